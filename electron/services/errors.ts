import type { ErrorCode } from '../../core/bridge/contract';

/**
 * An expected failure of a service (missing session, invalid import, conflict...).
 * Handlers turn it into a typed `{ok:false, error}` Result; anything else becomes 'internal'.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** True for a Node filesystem error with the given code (ENOENT, EEXIST...). */
export function isFsError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
