/**
 * The rows of the ICE server editor and their conversion to the
 * `iceServers` list of an `RTCConfiguration`, checked by the library's
 * validator (`validateIceServer`) so that the browser never sees a list it
 * would throw on. Shared by the candidate gatherer and the two-tab lab.
 */
import type { IceServerProblem, ValidIceServer } from './parseIceServerUrl.ts';
import { validateIceServer } from './parseIceServerUrl.ts';
import type { Lang } from '../../i18n/locales.ts';
import { iceServerProblemText } from './localizeError.ts';

/** One server in the editor: URLs as typed (comma- or space-separated), and credentials. */
export interface IceServerRow {
  id: string;
  urls: string;
  username: string;
  credential: string;
}

/** The problems of one row that would make the browser reject the configuration. */
export interface IceServerRowError {
  readonly rowId: string;
  /** 0-based position of the row in the list. */
  readonly rowIndex: number;
  /** Every problem the validator found, first one first. */
  readonly problems: readonly IceServerProblem[];
  /** The URLs the row was split into, so messages can quote them. */
  readonly urls: readonly string[];
}

/** {@link toRtcIceServers}' result: a list the browser accepts, or every row's problems. */
export type RtcIceServersResult =
  | { readonly ok: true; readonly value: RTCIceServer[] }
  | { readonly ok: false; readonly errors: readonly IceServerRowError[] };

/**
 * Splits the URL field of a row: URLs are separated by commas or white space.
 *
 * @param text - The field as typed.
 * @returns The URLs, without empty items.
 * @example splitUrls('stun:a.example, turn:b.example') // → ['stun:a.example', 'turn:b.example']
 */
export function splitUrls(text: string): string[] {
  return text.split(/[\s,]+/).filter((url) => url !== '');
}

/** Whether a row is entirely empty (such rows are ignored, not errors). */
export function isBlankRow(row: IceServerRow): boolean {
  return row.urls.trim() === '' && row.username === '' && row.credential === '';
}

/**
 * Checks one row as the browser would check the `RTCIceServer` it becomes.
 *
 * @param row - The row.
 * @returns `null` for a blank row, else the validator's result.
 */
export function checkIceServerRow(row: IceServerRow): ReturnType<typeof validateIceServer> | null {
  if (isBlankRow(row)) return null;
  return validateIceServer(rowEntry(row));
}

/**
 * Turns editor rows into `RTCConfiguration.iceServers`. Blank rows are
 * skipped; URLs are normalised (lower-case scheme and host); username and
 * credential are passed only when filled in. Never throws.
 *
 * @param rows - The editor's rows.
 * @returns The list, or the problems of every invalid row.
 */
export function toRtcIceServers(rows: readonly IceServerRow[]): RtcIceServersResult {
  const value: RTCIceServer[] = [];
  const errors: IceServerRowError[] = [];
  rows.forEach((row, rowIndex) => {
    const checked = checkIceServerRow(row);
    if (checked === null) return;
    if (checked.ok) value.push(toRtcIceServer(checked.value));
    else errors.push({ rowId: row.id, rowIndex, problems: checked.error.problems, urls: splitUrls(row.urls) });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * The problems of a row as sentences in the page language.
 *
 * @param lang - `en` or `ja`.
 * @param error - One row's problems from {@link toRtcIceServers}.
 * @param row - The row, for the username a message may quote.
 * @returns One sentence per problem.
 */
export function rowErrorTexts(lang: Lang, error: IceServerRowError, row: Pick<IceServerRow, 'username'>): string[] {
  return error.problems.map((problem) => iceServerProblemText(lang, problem, { urls: error.urls, username: row.username }));
}

/** The names of the editor's presets. */
export type IceServerPreset = 'none' | 'public-stun' | 'own-coturn';

/** Host of the public STUN example; contacted only if the reader presses Start with it. */
export const PUBLIC_STUN_HOST = 'stun.l.google.com';
/** A public STUN server, shown as an example of the syntax. */
export const PUBLIC_STUN_EXAMPLE = `stun:${PUBLIC_STUN_HOST}:19302`;
/** Placeholder host of the coturn template (`.internal` is reserved for private use). */
export const TEMPLATE_HOST = 'turn.example.internal';
/** The template for the reader's own coturn: TURN over UDP. */
export const OWN_COTURN_TEMPLATE = `turn:${TEMPLATE_HOST}:3478?transport=udp`;
/**
 * Every transport a browser can reach TURN with, in one entry so one
 * credential serves them all (RFC 7065 §3.1 URLs): UDP, TCP on the same
 * port, and TLS on coturn's default `tls-listening-port` 5349 (RFC 7065
 * §3.2; many deployments move it to 443 to pass strict firewalls).
 */
export const OWN_COTURN_TURN_URLS = [
  OWN_COTURN_TEMPLATE,
  `turn:${TEMPLATE_HOST}:3478?transport=tcp`,
  `turns:${TEMPLATE_HOST}:5349?transport=tcp`,
] as const;

/**
 * The rows of a preset.
 *
 * @param preset - Which preset.
 * @param makeId - Gives each new row its id.
 * @returns Fresh rows.
 */
export function presetRows(preset: IceServerPreset, makeId: () => string): IceServerRow[] {
  switch (preset) {
    case 'none':
      return [];
    case 'public-stun':
      return [{ id: makeId(), urls: PUBLIC_STUN_EXAMPLE, username: '', credential: '' }];
    case 'own-coturn':
      return [
        { id: makeId(), urls: `stun:${TEMPLATE_HOST}:3478`, username: '', credential: '' },
        { id: makeId(), urls: OWN_COTURN_TURN_URLS.join(', '), username: '', credential: '' },
      ];
  }
}

let counter = 0;

/**
 * A new row id, unique within the page.
 *
 * @returns An id such as `r1-k3x9`.
 */
export function newRowId(): string {
  counter += 1;
  return `r${counter}-${Math.random().toString(36).slice(2, 6)}`;
}

function rowEntry(row: IceServerRow): { urls: string[]; username?: string; credential?: string } {
  return {
    urls: splitUrls(row.urls),
    ...(row.username !== '' ? { username: row.username } : {}),
    ...(row.credential !== '' ? { credential: row.credential } : {}),
  };
}

function toRtcIceServer(server: ValidIceServer): RTCIceServer {
  const entry: RTCIceServer = { urls: [...server.urls] };
  if (server.username !== undefined) entry.username = server.username;
  if (server.credential !== undefined) entry.credential = server.credential;
  return entry;
}
