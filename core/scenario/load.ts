/**
 * Reading a scenario file: hostile-input guards, YAML parsing with source positions,
 * zod validation and cross-reference checks, every problem reported at once as
 * `file:line:col: error: message`. Never throws.
 */
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { Scenario, type Condition } from './schema';

/** Hard limits that keep a hostile file from costing unbounded time or memory. */
export const LIMITS = { maxBytes: 1_000_000, maxDepth: 32, maxAliases: 50 } as const;

/** One thing wrong with a scenario file, with its 1-based source position. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Formats a problem the way compilers do, so editors and terminals can jump to it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: error: ${p.message}`;
}

type Path = ReadonlyArray<PropertyKey>;

/** Finds where in the source a path points: the deepest existing node on the path. */
function positionOf(doc: Document, counter: LineCounter, path: Path): { line: number; col: number } {
  const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = keys.length; n >= 0; n--) {
    const node = doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) {
      // Missing keys point at their parent; a parent map is best shown at its first key.
      return counter.linePos(node.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

function describePath(path: Path): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out || '(top level)';
}

/** Refuses inputs that are not plausibly a hand-written YAML text file, before parsing. */
function screen(source: string, file: string): Problem | null {
  const at = (offset: number, message: string): Problem => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    return { file, line, col: offset - before.lastIndexOf('\n'), message };
  };
  if (source.length > LIMITS.maxBytes) return { file, line: 1, col: 1, message: `file is too large (${source.length} characters; the limit is ${LIMITS.maxBytes})` };
  const binary = source.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  if (binary >= 0) return at(binary, 'file looks binary (control or invalid byte); a scenario is a UTF-8 YAML text file');
  if (!/^\s*[^\s#]/m.test(source)) return { file, line: 1, col: 1, message: 'file is empty; a scenario needs at least id, title, persona, needs…' };
  // Flow collections ([ { ) and indentation are the two ways to nest; bound both before the parser recurses.
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\n') quote = quote === '"' || quote === "'" ? quote : null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') { const nl = source.indexOf('\n', i); i = nl < 0 ? source.length : nl; }
    else if (c === '[' || c === '{') { if (++depth > LIMITS.maxDepth) return at(i, `nesting is deeper than ${LIMITS.maxDepth} levels`); }
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  const deepIndent = source.search(new RegExp(`^[ -]{${LIMITS.maxDepth * 4},}\\S`, 'm'));
  if (deepIndent >= 0) return at(deepIndent, `nesting is deeper than ${LIMITS.maxDepth} levels`);
  return null;
}

function valueDepth(v: unknown, d = 0): number {
  if (d > LIMITS.maxDepth || v === null || typeof v !== 'object') return d;
  let max = d;
  for (const child of Object.values(v)) max = Math.max(max, valueDepth(child, d + 1));
  return max;
}

/** Checks that ids referenced across the file exist and the scenario hangs together. */
function crossCheck(s: Scenario): Array<{ path: Path; message: string }> {
  const out: Array<{ path: Path; message: string }> = [];
  const dupes = (list: Array<{ id: string }>, where: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) out.push({ path: [where, i, 'id'], message: `duplicate ${where} id "${x.id}"` });
      seen.add(x.id);
    });
  };
  dupes(s.needs, 'needs');
  dupes(s.brief, 'brief');
  dupes(s.wants, 'wants');
  dupes(s.objections, 'objections');
  dupes(s.phases, 'phases');
  const needIds = new Set(s.needs.map((n) => n.id));
  const phaseIds = new Set(s.phases.map((p) => p.id));
  const objectionIds = new Set(s.objections.map((o) => o.id));
  const top = s.needs.flatMap((n, i) => (n.top_of_mind ? [i] : []));
  if (top.length !== 1) out.push({ path: ['needs'], message: `exactly one need must be top_of_mind: true (found ${top.length})` });
  if (s.wants.length === 0 && s.objections.length === 0) out.push({ path: ['wants'], message: 'give at least one stated want (wants) or one objection, so pitching has a cost' });
  s.wants.forEach((w, i) => {
    if (!needIds.has(w.real_need)) out.push({ path: ['wants', i, 'real_need'], message: `unknown need "${w.real_need}"` });
  });
  s.needs.forEach((n, i) => {
    if (n.phase && !phaseIds.has(n.phase)) out.push({ path: ['needs', i, 'phase'], message: `unknown phase "${n.phase}"` });
  });
  const checkConditions = (list: Condition[], where: Path) => list.forEach((c, i) => {
    const p = [...where, i];
    const need = (field: 'need' | 'depth' | 'count' | 'value' | 'objection' | 'turns' | 'phase') => {
      if (c[field] === undefined) out.push({ path: p, message: `guard ${c.guard} needs "${field}"` });
    };
    if (c.guard === 'hasRevealed') { need('need'); need('depth'); if (c.need && !needIds.has(c.need)) out.push({ path: [...p, 'need'], message: `unknown need "${c.need}"` }); }
    if (c.guard === 'hasUncoveredEnough') { need('count'); need('depth'); }
    if (c.guard === 'isTrustAtLeast') need('value');
    if (c.guard === 'hasRaisedObjection') { need('objection'); if (c.objection && !objectionIds.has(c.objection)) out.push({ path: [...p, 'objection'], message: `unknown objection "${c.objection}"` }); }
    if (c.guard === 'hasTurnsAtLeast') need('turns');
    if (c.guard === 'isInPhase') { need('phase'); if (c.phase && !phaseIds.has(c.phase)) out.push({ path: [...p, 'phase'], message: `unknown phase "${c.phase}"` }); }
  });
  s.phases.forEach((ph, i) => {
    checkConditions(ph.when, ['phases', i, 'when']);
    ph.actions.forEach((a, j) => {
      const p = ['phases', i, 'actions', j];
      if ((a.action === 'raiseTrust' || a.action === 'lowerTrust') && a.by === undefined) out.push({ path: p, message: `action ${a.action} needs "by"` });
      if (a.action === 'extendPatience' && a.turns === undefined) out.push({ path: p, message: 'action extendPatience needs "turns"' });
      if (a.action === 'raiseObjection' && !(a.objection && objectionIds.has(a.objection))) out.push({ path: p, message: `action raiseObjection needs a known "objection"` });
    });
  });
  checkConditions(s.ending.next_step.also, ['ending', 'next_step', 'also']);
  if (s.ending.next_step.needs > s.needs.length) out.push({ path: ['ending', 'next_step', 'needs'], message: `asks for ${s.ending.next_step.needs} needs but the scenario has ${s.needs.length}` });
  if (s.trust.ends_below >= s.trust.guarded_below) out.push({ path: ['trust', 'ends_below'], message: 'ends_below must be lower than guarded_below' });
  if (s.trust.start < s.trust.guarded_below) out.push({ path: ['trust', 'start'], message: 'start must be at least guarded_below (the customer starts open)' });
  return out;
}

/**
 * Parses and validates a scenario file's text. `file` is only used in messages.
 * Returns every problem found, each with a source position; never throws.
 */
export function loadScenario(source: string, file: string): LoadResult {
  const screened = screen(source, file);
  if (screened) return { ok: false, problems: [screened] };
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: true, strict: true });
  } catch (e) {
    return { ok: false, problems: [{ file, line: 1, col: 1, message: `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const problems: Problem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = counter.linePos(err.pos[0]);
    const message = err.code === 'DUPLICATE_KEY' ? 'duplicate key (each key may appear once in a mapping)' : `YAML ${err.code === 'BAD_INDENT' ? 'indentation' : 'syntax'} error: ${err.message.split('\n')[0]}`;
    problems.push({ file, line: pos.line, col: pos.col, message });
  }
  if (problems.length) return { ok: false, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  } catch (e) {
    const aliasBomb = e instanceof ReferenceError || /alias/i.test(String(e));
    return { ok: false, problems: [{ file, line: 1, col: 1, message: aliasBomb ? `too many alias expansions (the limit is ${LIMITS.maxAliases}); scenarios should not need YAML aliases` : `cannot read YAML: ${String(e)}` }] };
  }
  if (valueDepth(data) > LIMITS.maxDepth) return { ok: false, problems: [{ file, line: 1, col: 1, message: `nesting is deeper than ${LIMITS.maxDepth} levels` }] };
  if (!isMap(doc.contents)) {
    const pos = doc.contents?.range ? counter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    return { ok: false, problems: [{ file, ...pos, message: `a scenario is a mapping of keys (id, title, persona…), not ${isSeq(doc.contents) ? 'a list' : 'a single value'}` }] };
  }
  const parsed = Scenario.safeParse(data);
  const at = (path: Path, message: string): Problem => ({ file, ...positionOf(doc, counter, path), message: `${describePath(path)}: ${message}` });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(at(issue.path, issueMessage(issue)));
    return { ok: false, problems: sortProblems(problems) };
  }
  for (const p of crossCheck(parsed.data)) problems.push(at(p.path, p.message));
  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, scenario: parsed.data };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `missing required key (expected ${issue.expected})`;
  return issue.message;
}

function sortProblems(list: Problem[]): Problem[] {
  return list.sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * Builds a problem for a path in an already valid file (e.g. a graph-check finding),
 * pointing at the node the path names. Never throws.
 */
export function problemAt(source: string, file: string, path: ReadonlyArray<string | number>, message: string): Problem {
  const counter = new LineCounter();
  try {
    const doc = parseDocument(source, { lineCounter: counter, keepSourceTokens: true });
    return { file, ...positionOf(doc, counter, path), message: `${describePath(path)}: ${message}` };
  } catch {
    return { file, line: 1, col: 1, message: `${describePath(path)}: ${message}` };
  }
}
