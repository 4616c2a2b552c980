// Widgets under test: ScrollTable (src/components/ScrollTable.svelte), as the gatherer's candidate table and the inspector's field table.
/**
 * A result table on a phone: the page never scrolls sideways, and the box
 * the table sits in (which would scroll on its own if the table were wider)
 * holds it whole — at 390 px the gatherer lays each candidate out as a card;
 * the box is a region named for the table and reachable by keyboard; the
 * column heads are the widget's, in the page's language, in order. A table
 * nested in a panel (the inspector's fields) is not a second region.
 */
import { test, expect } from './fixtures.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { gathererText } from '../../src/components/gatherer/strings.ts';
import { iceUiText } from '../../src/components/ice/strings.ts';
import { langs } from '../../src/i18n/locales.ts';

test.use({ viewport: { width: 390, height: 844 } });

for (const lang of langs) {
  test(`${lang}: the gatherer's candidates sit whole in a named, keyboard-reachable box, and the page does not scroll sideways`, async ({ page, gatherer }) => {
    const t = translator(lang, gathererText);
    await gatherer.open(lang);
    await gatherer.gather();
    await expect(gatherer.rows('host').first()).toBeVisible();
    const region = gatherer.root.getByRole('region', { name: t('candidates') });
    await expect(region).toBeVisible();
    await expect(region.locator('table.candidates thead th')).toHaveText([t('col.inspect'), t('col.ms'), t('col.type'), t('col.protocol'), t('col.address'), t('col.related'), t('col.server'), t('col.priority')]);
    const widths = await region.evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth, page: document.documentElement.scrollWidth }));
    expect(widths.scroll, 'nothing of the table is cut off at 390 px').toBeLessThanOrEqual(widths.client);
    expect(widths.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(390);
    // Keyboard: Tab from the control before it lands on the box.
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
  });

  test(`${lang}: the inspector's field table has its heads and is not a region of its own`, async ({ inspector }) => {
    const t = translator(lang, iceUiText);
    await inspector.open(lang);
    await inspector.paste('candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 generation 0');
    const table = inspector.root.locator('table').filter({ has: inspector.page.locator('caption', { hasText: t('details.fields') }) });
    await expect(table.locator('thead th')).toHaveText(['#', t('details.field'), t('details.value'), t('details.meaning')]);
    await expect(table.locator('tbody tr[data-field="type"]')).toBeVisible();
    await expect(inspector.root.getByRole('region')).toHaveCount(0);
  });
}
