import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding and cross-site request guard for the local web transport.
 * A page on another site can make the browser send requests to 127.0.0.1; it cannot make the
 * browser send our Host (after DNS rebinding the Host is the attacker's name) or our Origin.
 * So the Host must be exactly 127.0.0.1:PORT or localhost:PORT, and an Origin, when the
 * browser sends one, must be exactly http://127.0.0.1:PORT or http://localhost:PORT.
 */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Returns why the request is refused, or undefined when it comes from our own page (or a local tool). */
export function rejectForeign(request: IncomingMessage, port: number): string | undefined {
  const host = request.headers.host;
  if (host === undefined || !allowedOrigins(port).includes(`http://${host.toLowerCase()}`)) {
    return 'the Host header is not this ListenFirst server';
  }
  const origin = request.headers.origin;
  // Browsers send "null" for opaque origins (sandboxed frames, file:), which must not pass either.
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return 'the request came from another site (Origin header)';
  }
  return undefined;
}
