/**
 * Copying text, on any page the site may be served from.
 *
 * The async Clipboard API exists only in a secure context (HTTPS, or
 * `localhost`/`127.0.0.1`). An intranet copy of the site served over plain
 * HTTP — `python3 -m http.server` on a jump host, say — has no
 * `navigator.clipboard`, so every copy button would fail there. This falls
 * back to the older way that still works on such pages: select the text in
 * an invisible `<textarea>` and run the `copy` command. Browsers allow that
 * only shortly after the reader's click (transient user activation), so
 * call this straight from the click handler; the failed Clipboard API
 * attempt before it takes no time on a page that lacks the API.
 */

/**
 * Copies text to the clipboard.
 *
 * @param text - What to copy.
 * @returns `true` when the text was copied, `false` when neither way worked
 *   (the caller then shows the text for the reader to copy by hand).
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : (navigator.clipboard as Clipboard | undefined);
  if (clipboard !== undefined && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, document not focused): try the selection way.
    }
  }
  return copyBySelection(text);
}

/**
 * Copies text by selecting it in a temporary, invisible `<textarea>`.
 *
 * @param text - What to copy.
 * @returns Whether the browser reported the copy as done.
 */
function copyBySelection(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // Whatever the reader had selected comes back afterwards.
  const selection = document.getSelection();
  const ranges = selection === null ? [] : Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Fixed and transparent: selecting it neither scrolls nor shows anything.
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none';
  document.body.append(area);
  let copied = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    // iOS Safari does not select a read-only textarea with select() alone.
    area.setSelectionRange(0, text.length);
    // Deprecated but still the only copy an insecure page may make.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    active?.focus({ preventScroll: true });
    if (selection !== null && ranges.length > 0) {
      selection.removeAllRanges();
      for (const range of ranges) selection.addRange(range);
    }
  }
  return copied;
}
