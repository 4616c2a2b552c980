/**
 * `client:linked="<id>"`: hydrates the island at once when the page was
 * opened with a widget-state link to it (`#<id>?…`, e.g. the two-tab lab's
 * `#two-tabs?room=…`), and otherwise when it scrolls into view, exactly as
 * Astro's own `client:visible` (which it delegates to).
 *
 * A link that carries a widget's state is a request to run that widget:
 * the second tab of the two-tab lab should join its room while the page is
 * still loading, not after the page script has scrolled the widget into
 * view and an IntersectionObserver has reported it.
 *
 * Registered by `src/directives/integration.ts`; runs in the browser before
 * any framework code, so it stays tiny: Astro's directive and the site's
 * fragment parser only.
 */
import visible from 'astro/runtime/client/visible.js';
import type { ClientDirective } from 'astro';
import { parseFragment } from '../lib/browser/hashState.ts';

/** Whether `hash` (as in `location.hash`) is a widget-state link to the widget `id`. */
export function linksTo(hash: string, id: string): boolean {
  const fragment = parseFragment(hash);
  return id !== '' && fragment.hasState && fragment.id === id;
}

const linked: ClientDirective = (load, options, el) => {
  const id = typeof options.value === 'string' ? options.value : '';
  if (linksTo(location.hash, id)) {
    void load().then((hydrate) => hydrate());
    return;
  }
  // Astro's directive reads only an object value (its rootMargin); our id string is ignored there.
  return visible(load, options, el);
};

export default linked;
