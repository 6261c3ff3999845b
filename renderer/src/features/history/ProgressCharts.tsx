import { useId, useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { METRICS, personalBest, type MetricKey, type ProgressPoint } from './metrics';

const COLORS: Record<MetricKey, string> = {
  listening: 'var(--listening)',
  pitching: 'var(--pitching)',
  talkShare: 'var(--accent)',
  questions: 'var(--accent)',
  reflections: 'var(--accent)',
};

/** Charts and the table show the latest sessions only; bests still count every session. */
export const MAX_CHARTED = 100;

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function format(value: number | undefined, unit: string): string {
  return value === undefined ? '—' : `${value}${unit}`;
}

/** One metric over time, with a sentence that says what the chart shows. */
function MetricChart({ points, all, metric }: { points: ProgressPoint[]; all: ProgressPoint[]; metric: (typeof METRICS)[number] }) {
  const captionId = useId();
  const values = points.map((p) => p[metric.key]).filter((v): v is number => v !== undefined);
  const best = personalBest(all, metric.key);
  const first = values[0];
  const latest = values.at(-1);
  const data = points.map((p, i) => ({ n: i + 1, label: shortDate.format(new Date(p.startedAt)), value: p[metric.key] }));
  const summary = values.length === 0
    ? `${metric.label}: no data yet.`
    : `${metric.label} over ${points.length < all.length ? 'the latest ' : ''}${values.length} session${values.length === 1 ? '' : 's'}: first ${format(first, metric.unit)}, latest ${format(latest, metric.unit)}, best ${format(best, metric.unit)}.`;
  return (
    <figure className="metric-chart panel" aria-labelledby={captionId}>
      <div className="metric-head">
        <h3>{metric.label}</h3>
        <span className="metric-best">Best <strong>{format(best, metric.unit)}</strong></span>
      </div>
      {values.length > 0 ? (
        <div className="metric-plot" aria-hidden="true">
          <LineChart responsive data={data} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} style={{ width: '100%', height: '100%' }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border)" tickLine={false} minTickGap={16} />
            <YAxis tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border)" tickLine={false} allowDecimals={false} domain={metric.unit === '%' || metric.key === 'listening' || metric.key === 'pitching' ? [0, 100] : [0, 'auto']} />
            <Tooltip
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }}
              labelStyle={{ color: 'var(--text-muted)' }}
              formatter={(value) => [`${String(value)}${metric.unit}`, metric.label]}
            />
            <Line type="linear" dataKey="value" stroke={COLORS[metric.key]} strokeWidth={2} dot={{ r: 3, fill: 'var(--surface)' }} connectNulls isAnimationActive={false} />
          </LineChart>
        </div>
      ) : (
        <p className="metric-empty muted">No data yet</p>
      )}
      <figcaption id={captionId} className="metric-caption">{summary}</figcaption>
    </figure>
  );
}

/** The same numbers as a table, for screen readers and anyone who prefers figures. */
function ProgressTable({ points }: { points: ProgressPoint[] }) {
  return (
    <div className="progress-table-wrap">
      <table className="progress-table">
        <caption className="visually-hidden">Progress per finished session, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Scenario</th>
            {METRICS.map((m) => <th key={m.key} scope="col">{m.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{shortDate.format(new Date(p.startedAt))}</th>
              <td>{p.scenarioTitle}</td>
              {METRICS.map((m) => <td key={m.key}>{format(p[m.key], m.unit)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Progress: a chart per metric over time with personal bests, or the same data as a table. */
export function ProgressCharts({ points: all }: { points: ProgressPoint[] }) {
  const [asTable, setAsTable] = useState(false);
  const points = all.length > MAX_CHARTED ? all.slice(-MAX_CHARTED) : all;
  return (
    <section className="progress" aria-labelledby="progress-title">
      <div className="progress-head">
        <h2 id="progress-title">Progress</h2>
        {points.length > 0 && (
          <button type="button" className="btn btn-small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show charts' : 'Show as table'}
          </button>
        )}
      </div>
      {all.length > points.length && (
        <p className="muted progress-note">Showing your latest {points.length} of {all.length} scored sessions; bests count them all.</p>
      )}
      {points.length === 0 ? (
        <p className="muted">Finish a practice call to see your progress here.</p>
      ) : asTable ? (
        <ProgressTable points={points} />
      ) : (
        <div className="metric-grid">
          {METRICS.map((metric) => <MetricChart key={metric.key} points={points} all={all} metric={metric} />)}
        </div>
      )}
    </section>
  );
}
