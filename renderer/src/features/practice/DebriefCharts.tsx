import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SessionTurn } from '../../../../core/session/types';
import type { Scorecard } from '../../../../core/scoring';

const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' },
  labelStyle: { color: 'var(--text-muted)' },
  itemStyle: { color: 'var(--text)' },
};
const TICK = { fill: 'var(--text-muted)', fontSize: 11 };
const LEGEND = { wrapperStyle: { fontSize: 12, color: 'var(--text-muted)' }, iconSize: 10 };

/** Cumulative questions (all and open) after each rep turn, from the stored labels. */
export function questionsOverCall(turns: readonly SessionTurn[]): { turn: number; questions: number; open: number }[] {
  const points: { turn: number; questions: number; open: number }[] = [];
  let questions = 0;
  let open = 0;
  for (const t of turns) {
    if (t.speaker !== 'rep') continue;
    if (t.labels && t.labels.question !== 'none') questions++;
    if (t.labels?.question === 'open') open++;
    points.push({ turn: points.length + 1, questions, open });
  }
  return points;
}

/**
 * The debrief's three charts. Each plot is decorative for assistive tech (`aria-hidden`); its
 * caption says the same numbers in a sentence.
 */
export function DebriefCharts({ card, turns }: { card: Scorecard; turns: readonly SessionTurn[] }) {
  const m = card.metrics;
  const talk = [
    { name: 'You', value: m.repWords, color: 'var(--accent)' },
    { name: 'Customer', value: m.customerWords, color: 'var(--listening)' },
  ];
  const questions = questionsOverCall(turns);
  const spin = [
    { name: 'Situation', value: m.spin.situation },
    { name: 'Problem', value: m.spin.problem },
    { name: 'Implication', value: m.spin.implication },
    { name: 'Need-payoff', value: m.spin.need_payoff },
  ];
  const share = Math.round(m.talkShare * 100);
  return (
    <div className="charts">
      <figure className="chart panel" aria-labelledby="chart-talk-caption">
        <h3>Talk share</h3>
        <div className="chart-plot" aria-hidden="true">
          <PieChart responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false}>
            <Pie data={talk} dataKey="value" nameKey="name" rootTabIndex={-1} innerRadius="55%" outerRadius="85%" stroke="var(--surface)" isAnimationActive={false}>
              {talk.map((d) => <Cell key={d.name} fill={d.color} />)}
            </Pie>
            <Tooltip {...TOOLTIP} formatter={(value, name) => [`${String(value)} words`, String(name)]} />
            <Legend {...LEGEND} iconType="circle" />
          </PieChart>
        </div>
        <figcaption id="chart-talk-caption">
          You spoke {share}% of the words ({m.repWords} of {m.repWords + m.customerWords}); the customer {100 - share}%. Top discovery calls: about 43%.
        </figcaption>
      </figure>
      <figure className="chart panel" aria-labelledby="chart-questions-caption">
        <h3>Questions over the call</h3>
        <div className="chart-plot" aria-hidden="true">
          <LineChart responsive data={questions} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} style={{ width: '100%', height: '100%' }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="turn" tick={TICK} stroke="var(--border)" tickLine={false} />
            <YAxis tick={TICK} stroke="var(--border)" tickLine={false} allowDecimals={false} />
            <Tooltip {...TOOLTIP} labelFormatter={(turn) => `After your turn ${String(turn)}`} />
            <Legend {...LEGEND} iconType="plainline" />
            <Line type="monotone" dataKey="questions" name="Questions" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="open" name="Open questions" stroke="var(--listening)" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </div>
        <figcaption id="chart-questions-caption">
          {m.questions.total} questions ({m.questions.open} open) over {questions.length} turns, asked in {m.questions.segmentsWithQuestion} of {m.questions.segments} parts of the call. Target: 11–14, spread through it.
        </figcaption>
      </figure>
      <figure className="chart panel" aria-labelledby="chart-spin-caption">
        <h3>SPIN mix</h3>
        <div className="chart-plot" aria-hidden="true">
          <BarChart responsive data={spin} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} style={{ width: '100%', height: '100%' }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="name" tick={{ ...TICK, fontSize: 10 }} stroke="var(--border)" tickLine={false} interval={0} />
            <YAxis tick={TICK} stroke="var(--border)" tickLine={false} allowDecimals={false} />
            <Tooltip {...TOOLTIP} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar dataKey="value" name="Questions" fill="var(--accent)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </div>
        <figcaption id="chart-spin-caption">
          Situation {m.spin.situation}, problem {m.spin.problem}, implication {m.spin.implication}, need-payoff {m.spin.need_payoff}. Implication and need-payoff questions are what win large sales (Rackham).
        </figcaption>
      </figure>
    </div>
  );
}
