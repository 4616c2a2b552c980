// Widgets under test: every widget on the site (each `astro-island`, found in the built pages), and the page script (src/scripts/page.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { builtSitemapPaths } from './builtPages.ts';
import { hydrate } from './hydrate.ts';

/**
 * Hostile URL fragments never break a page (issue 10 §7): on pages that
 * between them carry every widget component in each language (see
 * coveringPages), each fragment below is opened in a fresh load;
 * the page must throw nothing, every widget must hydrate (Astro removes an
 * island's `ssr` attribute once it has; widgets that mark themselves ready
 * set `data-ready="true"` on their root, a convention every widget follows), and the page script must still have run (each code
 * block got its copy button). Pages are discovered from the sitemap and the
 * built HTML, so widgets added later are covered without editing this file.
 */
const dist = process.env.ASTRO_OUT_DIR ?? join(import.meta.dirname, '../../dist');

function builtHtml(path: string): string {
  try {
    return readFileSync(join(dist, path, 'index.html'), 'utf8');
  } catch {
    return '';
  }
}

/** The widget components on a page, by the island's component file (`/_astro/NatDemo.<hash>.js` → `NatDemo`). */
function componentsOn(path: string): string[] {
  return [...new Set([...builtHtml(path).matchAll(/<astro-island[^>]*?component-url="[^"]*\/([A-Za-z]+)\.[^"/]*\.js"/g)].map((m) => m[1]!))];
}

/**
 * Pages to load, per language: the fewest that between them carry every
 * widget component (greedy set cover, biggest pages first). A widget reads
 * its fragment with its own code wherever it is embedded, so each component
 * is exercised on one page per language; new widgets join by themselves.
 */
function coveringPages(paths: readonly string[]): string[] {
  const left = new Set(paths.flatMap(componentsOn));
  const chosen: string[] = [];
  while (left.size > 0) {
    const best = [...paths].sort((a, b) => componentsOn(b).filter((c) => left.has(c)).length - componentsOn(a).filter((c) => left.has(c)).length || a.localeCompare(b))[0]!;
    chosen.push(best);
    for (const c of componentsOn(best)) left.delete(c);
  }
  return chosen;
}

const allWidgetPages = builtSitemapPaths().filter((path) => builtHtml(path).includes('<astro-island'));
const widgetPages = ['/en/', '/ja/'].flatMap((lang) => coveringPages(allWidgetPages.filter((p) => p.startsWith(lang))));

/** Fragments for any page, then fragments aimed at a widget id (`{id}`). */
const pageFragments = ['%E0%A4%A', '%%%?=&&==%zz', 'gatherer?server=stun:a%ZZ', 'inspector?c=%%%', 'x'.repeat(5000)];
const widgetFragments = [
  // Malformed keys and values, under the names widgets read.
  '{id}?%%%=%%%&c=%E0%A4%A&server=%&sample=%ZZ&hex=%GG&field=%E0%A4%A&step=%&scenario=%FF&policy=%',
  // A field anchor with bad encoding, and a long valid-looking value cut mid-escape.
  `{id}-%ZZ`,
  `{id}?c=${'%41'.repeat(2000)}%4`,
];

test('the site has widget pages to check, and the pages chosen carry every widget component in each language', () => {
  expect(widgetPages.length).toBeGreaterThan(4);
  for (const lang of ['/en/', '/ja/']) {
    const everywhere = new Set(allWidgetPages.filter((p) => p.startsWith(lang)).flatMap(componentsOn));
    const checked = new Set(widgetPages.filter((p) => p.startsWith(lang)).flatMap(componentsOn));
    expect(everywhere.size).toBeGreaterThan(8);
    expect([...checked].sort()).toEqual([...everywhere].sort());
  }
});

for (const path of widgetPages) {
  test(`hostile fragments on ${path} throw nothing and every widget hydrates`, async ({ page }) => {
    test.slow();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(path);
    const ids = await page.locator('astro-island').evaluateAll((islands) =>
      islands.map((island) => island.querySelector('[id]')?.id ?? '').filter((id) => id !== ''),
    );
    expect(ids.length, 'each island has an element with an id').toBeGreaterThan(0);
    // The fragment parsing is the same code in both languages, so the
    // page-wide fragments run on the English pages; each widget's own
    // fragments run on every page in both languages (they reach the widget's
    // error messages, which are per language).
    const fragments = [...(path.startsWith('/ja/') ? [] : pageFragments), ...ids.flatMap((id) => widgetFragments.map((f) => f.replaceAll('{id}', id)))];

    for (const fragment of fragments) {
      const label = fragment.length > 60 ? `${fragment.slice(0, 57)}…` : fragment;
      await page.goto('about:blank');
      await page.goto(`${path}#${fragment}`);
      const islands = page.locator('astro-island');
      const count = await islands.count();
      for (let i = 0; i < count; i++) {
        // Islands are `display: contents`; reach for their widget as a reader would (client:interact hydrates it).
        const widget = islands.nth(i).locator('[id]').first();
        // Every widget marks its root `data-ready="true"` once mounted.
        await hydrate(widget, `widget ${i} ready with #${label}`);
        await expect(islands.nth(i), `island ${i} hydrated with #${label}`).not.toHaveAttribute('ssr', /.*/);
      }
      // The page script gives every code block of the prose a copy button; a
      // widget's own <pre> (rendered after hydration) is the widget's business.
      const blocks = await page.locator('.prose pre:not(astro-island pre)').count();
      await expect(page.locator('.copy-code:not(astro-island .copy-code)'), `page script ran with #${label}`).toHaveCount(blocks);
      expect(errors, `page errors with #${label}`).toEqual([]);
    }
  });
}
