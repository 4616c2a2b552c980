/**
 * A value or an error, for parsers that must never throw on bad input.
 *
 * Errors carry a stable `code` (used to pick a localised message in the UI)
 * and an English `message` for developers and logs.
 */
export type Result<T, E extends LibError = LibError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** The common shape of every error returned by `src/lib`. */
export interface LibError {
  /** Stable machine-readable code, e.g. `port-out-of-range`. */
  readonly code: string;
  /** One English sentence saying what was wrong and what to do. */
  readonly message: string;
}

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed {@link Result}. */
export function err<E extends LibError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
