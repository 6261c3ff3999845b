/**
 * The app's screens as a tiny route model, kept in the URL hash so a reload (or the browser's
 * back button) returns to the same screen. Ids are URI-encoded so any stored id round-trips.
 */
export type Route =
  | { name: 'library' }
  | { name: 'brief'; scenarioId: string }
  | { name: 'call'; scenarioId: string; sessionId: string }
  | { name: 'debrief'; sessionId: string }
  | { name: 'history' }
  | { name: 'settings' };

export type RouteName = Route['name'];

/** Props of the practice screens (renderer/src/features/practice). They navigate via `useNavigate()`. */
export interface BriefScreenProps {
  scenarioId: string;
}
export interface CallScreenProps {
  scenarioId: string;
  /** The stored session this call appends to (new from the brief, or resumed from History). */
  sessionId: string;
}
export interface DebriefScreenProps {
  sessionId: string;
}

export const HOME: Route = { name: 'library' };

/** `#/brief/acme-cfo` for a brief route; the library is `#/library`. */
export function formatHash(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'brief':
      return `#/brief/${e(route.scenarioId)}`;
    case 'call':
      return `#/call/${e(route.scenarioId)}/${e(route.sessionId)}`;
    case 'debrief':
      return `#/debrief/${e(route.sessionId)}`;
    default:
      return `#/${route.name}`;
  }
}

function decode(part: string | undefined): string | undefined {
  if (part === undefined || part === '') return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Reads a hash back into a route; anything unknown or malformed lands on the library. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [name, first, second, ...rest] = parts;
  const a = decode(first);
  const b = decode(second);
  if (rest.length > 0) return HOME;
  switch (name) {
    case 'library':
    case 'history':
    case 'settings':
      return first === undefined ? { name } : HOME;
    case 'brief':
      return a && second === undefined ? { name, scenarioId: a } : HOME;
    case 'call':
      return a && b ? { name, scenarioId: a, sessionId: b } : HOME;
    case 'debrief':
      return a && second === undefined ? { name, sessionId: a } : HOME;
    default:
      return HOME;
  }
}

/** Which navigation section a route belongs to (the brief, call and debrief are part of Practice/History). */
export function sectionOf(route: Route): 'practice' | 'history' | 'settings' {
  if (route.name === 'history' || route.name === 'debrief') return 'history';
  if (route.name === 'settings') return 'settings';
  return 'practice';
}
