/**
 * Widget state in the URL fragment, so a teammate's link reopens a widget in
 * the same state. The fragment is never sent to any server.
 *
 * Format: `#<widgetId>?key=value&key=value` — the part before `?` is the
 * widget's element id, so the browser (or the widget, after hydration)
 * scrolls to it. Plain section anchors (`#symmetric-nat`) are untouched.
 *
 * Never put credentials, candidates or other private data here.
 */

/**
 * Reads the state a link carries for one widget.
 * @param widgetId - the widget's element id, e.g. `inspector`
 * @param hash - `location.hash` (injectable for tests)
 * @returns the parameters, or `null` when the fragment is not for this widget
 */
export function readHashState(widgetId: string, hash: string = globalThis.location?.hash ?? ''): URLSearchParams | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = fragment.indexOf('?');
  const id = q === -1 ? fragment : fragment.slice(0, q);
  if (decodeURIComponent(id) !== widgetId) return null;
  return new URLSearchParams(q === -1 ? '' : fragment.slice(q + 1));
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
