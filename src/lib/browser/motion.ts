/**
 * The reader's `prefers-reduced-motion` setting, read in one place: the
 * scroll behaviour to use now, and a watcher for widgets that animate.
 */

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the reader asked for reduced motion (false where `matchMedia` is missing). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

/** `'auto'` (jump) under reduced motion, else `'smooth'`: for `scrollIntoView`. */
export function scrollBehavior(): ScrollBehavior {
  return prefersReducedMotion() ? 'auto' : 'smooth';
}

/**
 * Calls `onChange` with the setting now and whenever the reader changes it.
 *
 * @returns cleanup that stops watching
 */
export function watchReducedMotion(onChange: (reduce: boolean) => void): () => void {
  if (typeof matchMedia !== 'function') {
    onChange(false);
    return () => {};
  }
  const query = matchMedia(QUERY);
  const listener = (event: MediaQueryListEvent): void => onChange(event.matches);
  onChange(query.matches);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
