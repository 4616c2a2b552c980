// Widgets under test: ConnectivityMatrix (src/components/nat/ConnectivityMatrix.svelte), loading NatDemo.
/**
 * The connectivity matrix as a reader uses it: the grids match what the
 * simulator computes (4×4 and 9×9, with and without TURN), each cell says
 * why, and selecting a cell — with the mouse or the keyboard — loads that
 * pair into the demo on the same page. Both languages, axe after
 * interaction.
 */
import { translator } from '../../src/i18n/dictionary.ts';
import { test, expect } from './fixtures.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import {
  classicNatTypeIds,
  computeMatrix,
  natText,
  rfc4787NatTypeIds,
  runScenario,
  type NatMatrix,
  type NatTypeId,
} from '../../src/lib/nat/index.ts';
import { hydrate } from './hydrate.ts';

/** The NAT simulator's text in each language, as the page shows it. */
const t = { en: translator('en', natText), ja: translator('ja', natText) };

// Computing grids and running axe over 81 cells takes long on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const ID = 'nat-matrix';
const DEMO = 'nat-demo';

function matrixOf(ids: readonly NatTypeId[], turn: boolean): NatMatrix {
  const matrix = computeMatrix(ids, { turn });
  if (!matrix.ok) throw new Error(matrix.error.message);
  return matrix.value;
}

const verdicts = {
  en: { direct: 'Direct', turn: 'TURN only', none: 'No path' },
  ja: { direct: '直接', turn: 'TURN のみ', none: '経路なし' },
} as const;


function expectedCells(matrix: NatMatrix, lang: Lang): string[] {
  const noPair = lang === 'en' ? 'no pair' : 'ペアなし';
  return matrix.cells.flat().map((outcome) => `${outcome.via}|${outcome.pair ? `${outcome.pair.a.local} ↔ ${outcome.pair.a.remote}` : noPair}`);
}

for (const lang of ['en', 'ja'] as const) {
  test(`the classic grid shows what the simulator computes, with and without TURN (${lang})`, async ({ natMatrix }) => {
    await natMatrix.open(lang);
    const direct = matrixOf(classicNatTypeIds, false);
    expect(await natMatrix.shown()).toEqual(expectedCells(direct, lang));
    // Labels per verdict, and the header names in the page language.
    await expect(natMatrix.cell(0, 0).locator('.verdict')).toHaveText(verdicts[lang].direct);
    await expect(natMatrix.cell(3, 3).locator('.verdict')).toHaveText(verdicts[lang].turn);
    await expect(natMatrix.root.locator('thead th').nth(3)).toHaveText(`B: ${t[lang]('nat.symmetric.name')}`);
    await natMatrix.setTurn(true);
    await natMatrix.waitUntilComputed();
    expect(await natMatrix.shown()).toEqual(expectedCells(matrixOf(classicNatTypeIds, true), lang));
    await expect(natMatrix.cell(3, 3).locator('.pair')).toContainText('relay');
    await natMatrix.axe();
  });

  test(`selecting a cell loads that pair into the demo on the page (${lang})`, async ({ page, natMatrix }) => {
    await natMatrix.open(lang);
    // Symmetric (row 3) against port-restricted cone (column 2).
    await natMatrix.cell(3, 2).click();
    const demo = page.locator(`#${DEMO}`);
    await expect(demo).toBeInViewport();
    await hydrate(demo);
    await expect(demo).toHaveAttribute('data-scenario', 'ice');
    await expect(demo.locator(`#${DEMO}-nat-A`)).toHaveValue('symmetric');
    await expect(demo.locator(`#${DEMO}-nat-B`)).toHaveValue('port-restricted-cone');
    await expect(demo).toHaveAttribute('data-step', '0');
    await expect(page).toHaveURL(new RegExp(`#${DEMO}\\?s=ice\\.sym\\.prc\\.0$`));
    const run = runScenario('ice', { natA: 'symmetric', natB: 'port-restricted-cone', turn: false });
    if (!run.ok) throw new Error('run');
    const first = run.value.events[0]!;
    await expect(demo.locator(`#${DEMO}-caption`)).toHaveText(t[lang](first.code, first.params));
    // The matrix remembers the choice and explains it.
    await expect(natMatrix.cell(3, 2)).toHaveAttribute('aria-current', 'true');
    const outcome = matrixOf(classicNatTypeIds, false).cells[3]![2]!;
    await expect(natMatrix.root.locator('.why-text')).toContainText(t[lang](`outcome.${outcome.reason}`, outcome.params));
    await expect(natMatrix.root.locator('.notice')).toContainText(t[lang]('nat.symmetric.name'));
    await natMatrix.axe();
  });
}

test('the 9×9 grid with TURN matches the simulator and loads a pair with TURN on', async ({ page, natMatrix }) => {
  await natMatrix.open('en');
  await natMatrix.chooseSize('rfc4787');
  await natMatrix.setTurn(true);
  await natMatrix.waitUntilComputed();
  await expect(natMatrix.cells).toHaveCount(81);
  expect(await natMatrix.shown()).toEqual(expectedCells(matrixOf(rfc4787NatTypeIds, true), 'en'));
  // Without TURN, the same grid: computed separately, and cached when switched back.
  await natMatrix.setTurn(false);
  await natMatrix.waitUntilComputed();
  expect(await natMatrix.shown()).toEqual(expectedCells(matrixOf(rfc4787NatTypeIds, false), 'en'));
  await natMatrix.setTurn(true);
  await expect(natMatrix.root.locator('table')).not.toHaveAttribute('aria-busy', 'true');
  // APDM + APDF against EIM + APDF, with TURN.
  await natMatrix.cell(8, 2).click();
  await expect(page).toHaveURL(new RegExp(`#${DEMO}\\?s=ice\\.pp\\.ep\\.0\\.t$`));
  const demo = page.locator(`#${DEMO}`);
  await expect(demo.locator(`#${DEMO}-nat-A`)).toHaveValue('apdm-apdf');
  await expect(demo.locator(`#${DEMO}-turn`)).toBeChecked();
  await expect(demo.locator('svg g[data-node="TURN"]')).toBeVisible();
  await natMatrix.axe();
});

test('the matrix is operable from the keyboard alone', async ({ page, natMatrix }) => {
  await natMatrix.open('en');
  // Tab from the last option (relay only) lands on the first cell; the grid is one tab stop.
  await natMatrix.root.locator(`#${ID}-relay`).focus();
  await page.keyboard.press('Tab');
  await expect(natMatrix.cell(0, 0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(natMatrix.cell(0, 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(natMatrix.cell(2, 1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(natMatrix.cell(2, 3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(natMatrix.cell(2, 0)).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(natMatrix.cell(3, 3)).toBeFocused();
  // Focusing a cell explains it.
  const outcome = matrixOf(classicNatTypeIds, false).cells[3]![3]!;
  await expect(natMatrix.root.locator('.why-text')).toContainText(t.en(`outcome.${outcome.reason}`, outcome.params));
  expect(await natMatrix.root.locator('.cell[tabindex="0"]').count()).toBe(1);
  // Space loads it; focus moves to the demo.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  const demo = page.locator(`#${DEMO}`);
  await expect(demo).toBeFocused();
  await expect(demo).toHaveAttribute('data-scenario', 'ice');
  await expect(demo.locator(`#${DEMO}-nat-A`)).toHaveValue('symmetric');
  await expect(demo.locator(`#${DEMO}-nat-B`)).toHaveValue('port-restricted-cone');
  // Enter works too, and Shift+Tab leaves the grid from the focused cell.
  await natMatrix.cell(3, 2).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${DEMO}\\?s=ice\\.prc\\.prc\\.0$`));
  await expect(demo.locator(`#${DEMO}-nat-A`)).toHaveValue('port-restricted-cone');
  await natMatrix.axe();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Japanese 9×9 grid has no axe violations (${colorScheme})`, async ({ page, natMatrix }) => {
    await page.emulateMedia({ colorScheme });
    await natMatrix.open('ja');
    await natMatrix.chooseSize('rfc4787');
    await natMatrix.waitUntilComputed();
    await natMatrix.cell(4, 4).focus();
    await natMatrix.axe();
  });
}
