// Widgets under test: NatDemo (closed-network scenario, relay-only control) and ConnectivityMatrix (relay-only control, URL state).
/**
 * What a reader does with the relay-only control and the closed-network
 * demo: the closed-network article's demo starts as default Chrome sees the
 * network, prose links jump to the moments they describe, the ICE settings
 * are changed from the keyboard and kept in the URL, and the matrix's
 * relay-only grid shows relay↔relay everywhere and survives a reload. What
 * the page shows is compared with the simulator (src/lib/nat), in both
 * languages, with axe after interaction.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translator } from '../../src/i18n/dictionary.ts';
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { computeMatrix, natText, runScenario, classicNatTypeIds, type ScenarioInput } from '../../src/lib/nat/index.ts';
import { hydrate } from './hydrate.ts';

/** The NAT simulator's text in each language, as the page shows it. */
const t = { en: translator('en', natText), ja: translator('ja', natText) };

// Long reader journeys on a loaded CI machine; axe on the whole widget takes a while too.
test.describe.configure({ timeout: 180_000 });

const DEMO = 'nat-demo';
const MATRIX = 'nat-matrix';

function closedEvents(input: ScenarioInput) {
  const run = runScenario('closed-network', input);
  if (!run.ok) throw new Error(run.error.message);
  return run.value.events;
}

async function axe(page: Page, id: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(`#${id}`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

const labels = {
  en: { stun: 'Offer a STUN server', mdns: 'Hide host addresses behind mDNS names (default Chrome)', relay: 'Relay only (iceTransportPolicy: relay)', segment: 'Segment B (10.20.0.0/24)' },
  ja: { stun: 'STUN サーバーを使う', mdns: 'ホストアドレスを mDNS 名で隠す（既定の Chrome）', relay: 'リレー候補のみ（iceTransportPolicy: relay）', segment: 'セグメント B（10.20.0.0/24）' },
} as const;

for (const lang of ['en', 'ja'] as const satisfies readonly Lang[]) {
  test(`the closed-network demo starts in default Chrome, follows the prose links and keeps its settings in the URL (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/closed-network/`);
    const demo = page.locator(`#${DEMO}`);
    await demo.scrollIntoViewIfNeeded();
    await hydrate(demo);
    await expect(demo).toHaveAttribute('data-scenario', 'closed-network');
    // The diagram draws the closed network: segment B as the band, R1 and R2, no Internet.
    await expect(demo.locator('svg .band-label')).toHaveText(labels[lang].segment);
    await expect(demo.locator('svg g[data-node="R1"]')).toBeVisible();
    await expect(demo.locator('svg g[data-node="R2"]')).toBeVisible();
    await expect(demo.getByLabel(labels[lang].mdns)).toBeChecked();
    await expect(demo.getByLabel(labels[lang].stun)).toBeChecked();
    // The NAT type selects do not apply to this fixed network.
    await expect(demo.locator(`#${DEMO}-nat-A`)).toBeDisabled();

    // A prose link: host only, mDNS on, both sides drop the .local name.
    const hidden = closedEvents({ stun: false, mdns: true });
    await page.locator('a.demo-step[data-demo-state="cn.lx.no.3.n.m"]').click();
    await expect(demo).toHaveAttribute('data-step', '3');
    await expect(page.locator(`#${DEMO}-caption`)).toHaveText(t[lang](hidden[3]!.code, hidden[3]!.params));
    expect(hidden[3]!.code).toBe('mdns-unresolved');
    await expect(demo.getByLabel(labels[lang].stun)).not.toBeChecked();

    // Keyboard: turn mDNS hiding off with Space; the URL follows and the run connects through a peer-reflexive pair.
    await demo.getByLabel(labels[lang].mdns).focus();
    await page.keyboard.press('Space');
    await expect(demo.getByLabel(labels[lang].mdns)).not.toBeChecked();
    await expect(page).toHaveURL(/#nat-demo\?s=cn\.lx\.no\.0\.n$/);
    const open = closedEvents({ stun: false, mdns: false });
    await page.locator(`#${DEMO}-step`).focus();
    await page.keyboard.press('End');
    await expect(demo).toHaveAttribute('data-step', String(open.length - 1));
    const nominated = open.filter((event) => event.code === 'pair-nominated' && event.node === 'A')[0]!;
    expect(nominated.params['localType']).toBe('prflx');
    await page.locator(`a.demo-step[data-demo-state="cn.lx.no.47.n"]`).click();
    await expect(page.locator(`#${DEMO}-caption`)).toHaveText(t[lang](open[47]!.code, open[47]!.params));

    // Relay-only from the keyboard turns TURN on; a reload restores the same state.
    await demo.getByLabel(labels[lang].relay).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#nat-demo\?s=cn\.lx\.no\.0\.t\.r\.n$/);
    await expect(demo.locator(`#${DEMO}-turn`)).toBeChecked();
    await expect(demo.locator('svg g[data-node="TURN"]')).toBeVisible();
    await page.reload();
    await demo.scrollIntoViewIfNeeded();
    await hydrate(demo);
    await expect(demo.getByLabel(labels[lang].relay)).toBeChecked();
    await axe(page, DEMO);
  });

  test(`relay-only in the matrix selects relay↔relay in every cell and is kept in the URL (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/nat-types/`);
    const matrix = page.locator(`#${MATRIX}`);
    await matrix.scrollIntoViewIfNeeded();
    await hydrate(matrix);
    await matrix.getByLabel(labels[lang].relay).focus();
    await page.keyboard.press('Space');
    await expect(matrix).toHaveAttribute('data-relay', 'true');
    await expect(matrix).toHaveAttribute('data-turn', 'true');
    await expect(matrix.locator('table')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    const expected = computeMatrix(classicNatTypeIds, { turn: true, iceTransportPolicy: 'relay' });
    if (!expected.ok) throw new Error(expected.error.message);
    const shown = await matrix.locator('.cell').evaluateAll((cells) => cells.map((cell) => `${(cell as HTMLElement).dataset['via']}|${cell.querySelector('.pair')?.textContent ?? ''}`));
    expect(shown).toEqual(expected.value.cells.flat().map(() => 'turn|relay ↔ relay'));
    await expect(page).toHaveURL(/#nat-matrix\?size=classic&turn=1&relay=1$/);
    // Choosing a cell loads a relay-only ICE run into the demo.
    await matrix.locator('.cell[data-row="0"][data-column="0"]').click();
    await expect(page).toHaveURL(/#nat-demo\?s=ice\.fc\.fc\.0\.t\.r$/);
    await expect(page.locator(`#${DEMO}-relay`)).toBeChecked();
    // A shared link to the matrix state restores it.
    await page.goto(`/${lang}/nat-types/#nat-matrix?size=classic&turn=1&relay=1`);
    await matrix.scrollIntoViewIfNeeded();
    await expect(matrix).toHaveAttribute('data-relay', 'true');
    await expect(matrix.getByLabel(labels[lang].relay)).toBeChecked();
    // Turning TURN off clears relay-only.
    await matrix.locator(`#${MATRIX}-turn`).setChecked(false);
    await expect(matrix).toHaveAttribute('data-relay', 'false');
    await axe(page, MATRIX);
  });
}

test('a hostile matrix fragment is ignored and the matrix still hydrates', async ({ page }) => {
  await page.goto('/en/nat-types/#nat-matrix?size=%3Cscript%3E&turn=maybe&relay=2');
  const matrix = page.locator(`#${MATRIX}`);
  await matrix.scrollIntoViewIfNeeded();
  await hydrate(matrix);
  await expect(matrix).toHaveAttribute('data-size', 'classic');
  await expect(matrix).toHaveAttribute('data-relay', 'false');
});
