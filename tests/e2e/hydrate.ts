/**
 * Hydrating widgets as a reader does. Widgets are `client:interact`
 * islands (src/directives/interact.ts): they stay server HTML until the
 * reader reaches for them, so a test that wants a live widget moves the
 * pointer onto it — as a reader's mouse would — and waits for the root's
 * `data-ready="true"`, which every widget sets once mounted.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Moves the pointer onto `widget` (scrolling it into view) and waits until it has mounted. */
export async function hydrate(widget: Locator, message?: string): Promise<void> {
  await widget.hover();
  await expect(widget, message).toHaveAttribute('data-ready', 'true');
}

/**
 * Reaches for every island on the page in turn, top to bottom, as a reader
 * working down the page would, and waits at each until it has hydrated
 * (Astro removes an island's `ssr` attribute once its component has).
 * Islands are `display: contents`, so the pointer goes to each one's first
 * element child — the widget's root. Returns how many islands there were.
 */
export async function hydrateEachIsland(page: Page, label = ''): Promise<number> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    await island.locator(':scope > :not(template, style, script, link)').first().hover();
    await expect(island, `${label} island ${i + 1} of ${count}`.trim()).not.toHaveAttribute('ssr', { timeout: 20_000 });
  }
  await expect(page.locator('astro-island[ssr]'), label || undefined).toHaveCount(0);
  return count;
}
