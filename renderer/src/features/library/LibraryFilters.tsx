import type { Difficulty, LibraryFilter } from './filters';

/** Search box and the difficulty and industry pickers above the scenario grid. */
export function LibraryFilters({ filter, industries, onChange }: {
  filter: LibraryFilter;
  industries: string[];
  onChange(filter: LibraryFilter): void;
}) {
  return (
    <div className="library-filters" role="search" aria-label="Filter scenarios">
      <label className="field grow">
        <span className="field-label">Search</span>
        <input
          className="input"
          type="search"
          placeholder="Title, persona, company…"
          value={filter.query}
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Difficulty</span>
        <select
          className="select"
          value={filter.difficulty}
          onChange={(e) => onChange({ ...filter, difficulty: e.target.value as Difficulty | 'all' })}
        >
          <option value="all">All difficulties</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">Industry</span>
        <select className="select" value={filter.industry} onChange={(e) => onChange({ ...filter, industry: e.target.value })}>
          <option value="all">All industries</option>
          {industries.map((industry) => <option key={industry} value={industry}>{industry}</option>)}
        </select>
      </label>
    </div>
  );
}
