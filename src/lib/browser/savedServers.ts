/**
 * The reader's opt-in store for the gatherer's server list, credentials
 * included, in `localStorage`. Nothing is written unless the reader ticks
 * "Remember"; "Forget" deletes it. Failures (storage disabled, quota, bad
 * JSON) are treated as "nothing saved".
 */
import type { IceServerRow } from '../ice/iceServerRows.ts';

const KEY = 'ice-field-guide:gatherer:servers';

/**
 * Reads the saved rows.
 *
 * @returns The rows, or `null` when nothing (valid) is saved or storage is unavailable.
 */
export function loadSavedServers(): IceServerRow[] | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (raw === null || raw === undefined) return null;
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return null;
    return value.flatMap((item: unknown, i): IceServerRow[] => {
      if (typeof item !== 'object' || item === null) return [];
      const r = item as Record<string, unknown>;
      const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
      return [{ id: `saved-${i}`, urls: text('urls'), username: text('username'), credential: text('credential') }];
    });
  } catch {
    return null;
  }
}

/**
 * Saves the rows (URLs, usernames, credentials).
 *
 * @param rows - The editor's rows.
 * @returns `false` when storage is unavailable.
 */
export function saveServers(rows: readonly IceServerRow[]): boolean {
  try {
    const value = rows.map(({ urls, username, credential }) => ({ urls, username, credential }));
    globalThis.localStorage.setItem(KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Deletes the saved rows. */
export function forgetServers(): void {
  try {
    globalThis.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was saved.
  }
}
