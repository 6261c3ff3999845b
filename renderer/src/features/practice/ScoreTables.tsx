import type { ComponentScore } from '../../../../core/scoring';

/** One side's components: value against target, points toward the headline, and the research anchor. */
export function ComponentTable({ title, components }: { title: string; components: readonly ComponentScore[] }) {
  return (
    <table className="components">
      <caption className="visually-hidden">{title} components</caption>
      <thead>
        <tr><th scope="col">Component</th><th scope="col">You</th><th scope="col">Target</th><th scope="col">Points</th></tr>
      </thead>
      <tbody>
        {components.map((c) => (
          <tr key={c.id}>
            <td>
              <span className="component-name">{c.name}</span>
              <p className="component-expl">{c.explanation}</p>
              <p className="anchor">Anchor: {c.anchor} ({c.source})</p>
            </td>
            <td className="num">{c.display}</td>
            <td className="num">{c.target}</td>
            <td className="num">{c.score === null ? '—' : Math.round(c.points)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
