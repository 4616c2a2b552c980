/**
 * Widget state in the URL fragment, so a teammate's link reopens a widget in
 * the same state. The fragment is never sent to any server.
 *
 * Format: `#<widgetId>?key=value&key=value` — the part before `?` is the
 * widget's element id, so the browser (or the widget, after hydration)
 * scrolls to it. Plain section anchors (`#symmetric-nat`) are untouched.
 *
 * A fragment is whatever someone typed or pasted, so nothing here throws:
 * malformed percent-encoding (`%ZZ`, a cut-off `%E0%A4%A`) is set aside and
 * reported, and the rest of the state is still read (RFC 3986 §2.1 defines
 * percent-encoding; WHATWG URL's `application/x-www-form-urlencoded` parser
 * reads the query).
 *
 * Never put credentials, candidates or other private data here.
 */

/** The result of {@link decodeFragmentPart}: the decoded text, or the raw text and `ok: false`. */
export interface DecodedPart {
  readonly ok: boolean;
  /** The decoded text, or the input unchanged when it could not be decoded. */
  readonly value: string;
}

/**
 * Percent-decodes one part of a URL fragment without throwing
 * (`decodeURIComponent` throws `URIError` on `%ZZ` or a cut-off UTF-8 sequence).
 *
 * @param text - Raw text from `location.hash`.
 * @param plusIsSpace - Read `+` as a space, as in a query string.
 * @returns The decoded text, or the raw text with `ok: false`.
 * @example decodeFragmentPart('a%ZZ') // → { ok: false, value: 'a%ZZ' }
 */
export function decodeFragmentPart(text: string, plusIsSpace = false): DecodedPart {
  const raw = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return { ok: true, value: decodeURIComponent(raw) };
  } catch {
    return { ok: false, value: text };
  }
}

/** A fragment split into widget id and state, with what could not be decoded. */
export interface FragmentState {
  /** The part before `?`, decoded when possible. */
  readonly id: string;
  /** Whether a `?` was present (a link to widget state, not a plain anchor). */
  readonly hasState: boolean;
  /** Parameters that decoded cleanly, in order. */
  readonly params: URLSearchParams;
  /** Raw `key=value` pieces (and the id) whose percent-encoding is malformed; they were left out. */
  readonly undecodable: readonly string[];
}

/**
 * Splits a fragment into id and parameters, leaving out (and listing) every
 * piece whose percent-encoding is malformed. Never throws.
 *
 * @param hash - `location.hash`, with or without the leading `#`.
 * @returns The id, the clean parameters and the pieces left out.
 * @example parseFragment('#gatherer?server=stun:a%ZZ&policy=relay').undecodable // → ['server=stun:a%ZZ']
 */
export function parseFragment(hash: string): FragmentState {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = fragment.indexOf('?');
  const rawId = q === -1 ? fragment : fragment.slice(0, q);
  const id = decodeFragmentPart(rawId);
  const undecodable: string[] = id.ok ? [] : [rawId];
  const params = new URLSearchParams();
  if (q !== -1) {
    for (const piece of fragment.slice(q + 1).split('&')) {
      if (piece === '') continue;
      const eq = piece.indexOf('=');
      const key = decodeFragmentPart(eq === -1 ? piece : piece.slice(0, eq), true);
      const value = decodeFragmentPart(eq === -1 ? '' : piece.slice(eq + 1), true);
      if (key.ok && value.ok) params.append(key.value, value.value);
      else undecodable.push(piece);
    }
  }
  return { id: id.value, hasState: q !== -1, params, undecodable };
}

/**
 * Reads the state a link carries for one widget, with what could not be
 * decoded, so the widget can load the rest and say what it left out.
 *
 * @param widgetId - the widget's element id, e.g. `inspector`
 * @param hash - `location.hash` (injectable for tests)
 * @returns the state, or `null` when the fragment is not for this widget
 */
export function readHashStateDetailed(widgetId: string, hash: string = globalThis.location?.hash ?? ''): FragmentState | null {
  const state = parseFragment(hash);
  return state.id === widgetId ? state : null;
}

/**
 * Reads the state a link carries for one widget. Parameters with malformed
 * percent-encoding are left out (see {@link readHashStateDetailed} to list them).
 * @param widgetId - the widget's element id, e.g. `inspector`
 * @param hash - `location.hash` (injectable for tests)
 * @returns the parameters, or `null` when the fragment is not for this widget
 */
export function readHashState(widgetId: string, hash: string = globalThis.location?.hash ?? ''): URLSearchParams | null {
  return readHashStateDetailed(widgetId, hash)?.params ?? null;
}

/**
 * The fragment that carries a widget's state.
 * @example hashFor('inspector', { c: 'candidate:1 1 udp 1 192.0.2.1 9 typ host' })
 */
export function hashFor(widgetId: string, params: Record<string, string> | URLSearchParams): string {
  const search = new URLSearchParams(params).toString();
  return `#${widgetId}${search ? `?${search}` : ''}`;
}

/**
 * Replaces the current URL's fragment with a widget's state, without adding a
 * history entry or scrolling. Browser only.
 */
export function writeHashState(widgetId: string, params: Record<string, string> | URLSearchParams): void {
  const url = new URL(globalThis.location.href);
  url.hash = hashFor(widgetId, params);
  globalThis.history.replaceState(globalThis.history.state, '', url);
}

/** The full shareable URL for a widget state. Browser only. */
export function shareUrl(widgetId: string, params: Record<string, string> | URLSearchParams): string {
  const url = new URL(globalThis.location.href);
  url.hash = hashFor(widgetId, params);
  return url.href;
}
