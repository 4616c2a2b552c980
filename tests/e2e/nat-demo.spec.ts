// Widgets under test: NatDemo (src/components/nat/NatDemo.svelte) with its NatDiagram and NatTables.
/**
 * The NAT-table demo as a reader uses it: stepping through scenarios while
 * the mapping tables change as the captions say, drops with their reasons,
 * links that reopen the same moment, keyboard-only use, reduced motion,
 * choosing NAT types, both languages, and axe after interaction. What the
 * page shows is compared with the simulator's own events (src/lib/nat).
 */
import type { Page } from '@playwright/test';
import { translator } from '../../src/i18n/dictionary.ts';
import { test, expect } from './fixtures.ts';
import { encodeScenarioState, natText, runScenario, type NatTypeId, type ScenarioInput, type ScenarioId, type SimEvent } from '../../src/lib/nat/index.ts';
import { buildDemoFrames, mappingRowKey } from '../../src/lib/nat/demoFrames.ts';
import { hydrate } from './hydrate.ts';

/** The NAT simulator's text in each language, as the page shows it. */
const t = { en: translator('en', natText), ja: translator('ja', natText) };

const ID = 'nat-demo';

/** The scenario's events, exactly as the page computes them. */
function eventsOf(id: ScenarioId, input: ScenarioInput = {}): readonly SimEvent[] {
  const run = runScenario(id, input);
  if (!run.ok) throw new Error(run.error.message);
  return run.value.events;
}

function hashFor(scenario: ScenarioId, natA: NatTypeId, natB: NatTypeId, step: number, turn = false): string {
  const encoded = encodeScenarioState({ scenario, natA, natB, turn, seed: 1, step });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return `${ID}?s=${encoded.value}`;
}


/** What the tables should hold at an event: every row key per NAT, and the changed ones. */
function expectedTables(events: readonly SimEvent[], index: number): Map<string, { rows: string[]; changed: string[] }> {
  const frames = buildDemoFrames(events);
  const out = new Map<string, { rows: string[]; changed: string[] }>();
  for (const table of events[index]?.nats ?? []) {
    const changes = frames[index]?.changes.find((change) => change.nat === table.nat);
    out.set(table.nat, {
      rows: table.rows.map(mappingRowKey),
      changed: table.rows.filter((row) => changes?.rows[mappingRowKey(row)] !== undefined).map((row) => `${mappingRowKey(row)}=${changes?.rows[mappingRowKey(row)]?.kind}`),
    });
  }
  return out;
}

for (const lang of ['en', 'ja'] as const) {
  test(`stepping forward changes the mapping tables exactly as the captions say (${lang})`, async ({ natDemo }) => {
    await natDemo.open(lang, 'hole-punching');
    const events = eventsOf('hole-punch');
    await expect(natDemo.root).toHaveAttribute('data-scenario', 'hole-punch');
    // The first mapping on NAT A appears at the step that creates it, not before.
    const created = events.findIndex((event) => event.code === 'mapping-created' && event.node === 'NAT A');
    expect(created).toBeGreaterThan(0);
    for (let index = 0; index < events.length; index++) {
      if (index > 0) await natDemo.button('forward').click();
      const event = events[index]!;
      await expect(natDemo.root).toHaveAttribute('data-step', String(index));
      await expect(natDemo.caption).toHaveText(t[lang](event.code, event.params));
      for (const [nat, expected] of expectedTables(events, index)) {
        expect(await natDemo.rowKeys(nat), `${nat} at step ${index}`).toEqual(expected.rows);
        expect(await natDemo.changedRows(nat), `${nat} changes at step ${index}`).toEqual(expected.changed);
      }
      if (index === created - 1) await expect(natDemo.table('NAT A').locator('tr.empty')).toBeVisible();
      if (index === created) {
        const row = natDemo.table('NAT A').locator('tbody tr[data-change="created"]');
        await expect(row).toHaveCount(1);
        await expect(row).toHaveAttribute('data-inside', '192.168.1.10:50000');
        await expect(row.locator('td').last()).toHaveText(lang === 'en' ? 'new mapping' : '新しいマッピング');
      }
    }
    // Past the end, forward does nothing; back goes one step back.
    await natDemo.button('forward').click();
    await expect(natDemo.root).toHaveAttribute('data-step', String(events.length - 1));
    await natDemo.button('back').click();
    await expect(natDemo.root).toHaveAttribute('data-step', String(events.length - 2));
    await natDemo.axe();
  });

  test(`a dropped packet stops at the NAT and shows its reason (${lang})`, async ({ natDemo }) => {
    const events = eventsOf('one-side-first');
    const dropped = events.findIndex((event) => event.type === 'packet-dropped');
    expect(events[dropped]?.code).toBe('dropped-filtered');
    await natDemo.open(lang, 'hole-punching', hashFor('one-side-first', 'port-restricted-cone', 'port-restricted-cone', dropped - 1));
    await natDemo.button('forward').click();
    await expect(natDemo.caption).toHaveText(t[lang]('dropped-filtered', events[dropped]!.params));
    const reason = t[lang]('term.filtered');
    await expect(natDemo.root.locator('.now .drop')).toContainText(reason);
    await expect(natDemo.root.locator('.now .drop')).toHaveAttribute('data-reason', 'filtered');
    await expect(natDemo.root.locator('svg .drop-reason')).toHaveText(`✕ ${reason}`);
    const packet = natDemo.root.locator('svg g.packet');
    await expect(packet).toHaveClass(/dropped/);
    // It stops at NAT B: the packet sits on NAT B's box.
    await expect.poll(async () => (await packet.getAttribute('transform')) ?? '').toBe('');
    const [packetBox, natBox] = await Promise.all([packet.locator('rect').boundingBox(), natDemo.root.locator('svg g[data-node="NAT B"] rect').first().boundingBox()]);
    const centre = (packetBox!.x + packetBox!.width / 2) - (natBox!.x + natBox!.width / 2);
    expect(Math.abs(centre)).toBeLessThan(2);
    await natDemo.axe();
  });

  test(`a link reopens the same scenario at the same step, and stepping keeps the link current (${lang})`, async ({ page, natDemo }) => {
    const events = eventsOf('symmetric-vs-stun', { natA: 'symmetric', natB: 'full-cone' });
    await natDemo.open(lang, 'nat-types', hashFor('symmetric-vs-stun', 'symmetric', 'full-cone', 12));
    await expect(natDemo.root).toHaveAttribute('data-scenario', 'symmetric-vs-stun');
    await expect(natDemo.root).toHaveAttribute('data-step', '12');
    await expect(natDemo.select('scenario')).toHaveValue('symmetric-vs-stun');
    await expect(natDemo.select('nat-A')).toHaveValue('symmetric');
    await expect(natDemo.select('nat-B')).toHaveValue('full-cone');
    await expect(natDemo.caption).toHaveText(t[lang](events[12]!.code, events[12]!.params));
    await expect(natDemo.root).toBeInViewport();
    await natDemo.button('forward').click();
    await expect(page).toHaveURL(new RegExp(`#${ID}\\?s=ss\\.sym\\.fc\\.13$`));
    await page.reload();
    await natDemo.root.scrollIntoViewIfNeeded();
    await hydrate(natDemo.root);
    await expect(natDemo.root).toHaveAttribute('data-step', '13');
    await expect(natDemo.caption).toHaveText(t[lang](events[13]!.code, events[13]!.params));
    // A step past the end is clamped to the last one.
    await natDemo.open(lang, 'nat-types', hashFor('symmetric-vs-stun', 'symmetric', 'full-cone', 9999));
    await expect(natDemo.root).toHaveAttribute('data-step', String(events.length - 1));
  });

  test(`a broken link says what was wrong in the page language (${lang})`, async ({ natDemo }) => {
    await natDemo.open(lang, 'nat-types', `${ID}?s=ss.cone.fc.3`);
    const error = natDemo.root.locator(`#${ID}-error`);
    await expect(error).toContainText(t[lang]('error.unknown-nat-type', { token: 'cone', side: 'A' }));
    // The demo still works from its own start.
    await expect(natDemo.root).toHaveAttribute('data-scenario', 'learn-address');
    await natDemo.button('forward').click();
    await expect(natDemo.root).toHaveAttribute('data-step', '1');
    await expect(error).toBeHidden();
  });
}

test('a step link in the article text moves the demo to that step', async ({ page, natDemo }) => {
  await natDemo.open('en', 'hole-punching');
  const events = eventsOf('hole-punch');
  const link = page.locator(`.prose a.demo-step`).first();
  await expect(link).toHaveAttribute('href', `#${ID}`);
  const state = (await link.getAttribute('data-demo-state')) ?? '';
  const step = Number(/\.(\d+)$/.exec(state)?.[1]);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${ID}\\?s=${state.replaceAll('.', '\\.')}$`));
  await expect(natDemo.root).toHaveAttribute('data-step', String(step));
  await expect(natDemo.caption).toHaveText(t.en(events[step]!.code, events[step]!.params));
  await expect(natDemo.root).toBeInViewport();
});

test('choosing NAT types and mapping or filtering separately reruns the scenario', async ({ page, natDemo }) => {
  await natDemo.open('en', 'symmetric-nat-and-turn');
  await natDemo.select('nat-B').selectOption('port-restricted-cone');
  await expect(natDemo.root).toHaveAttribute('data-step', '0');
  let events = eventsOf('symmetric-vs-stun', { natA: 'symmetric', natB: 'port-restricted-cone' });
  await natDemo.slider.focus();
  await page.keyboard.press('End');
  await expect(natDemo.caption).toHaveText(t.en(events.at(-1)!.code, events.at(-1)!.params));
  // Side A from symmetric (APDM + APDF) to endpoint-independent mapping: EIM + APDF.
  await natDemo.select('mapping-A').selectOption('EIM');
  await expect(natDemo.select('nat-A')).toHaveValue('eim-apdf');
  await expect(natDemo.select('filtering-A')).toHaveValue('APDF');
  events = eventsOf('symmetric-vs-stun', { natA: 'eim-apdf', natB: 'port-restricted-cone' });
  await expect(page).toHaveURL(new RegExp(`#${ID}\\?s=ss\\.ep\\.prc\\.0$`));
  await natDemo.button('forward').click();
  await expect(natDemo.caption).toHaveText(t.en(events[1]!.code, events[1]!.params));
  // No NAT: the behaviour selects are disabled and the tables say so.
  await natDemo.select('nat-A').selectOption('none');
  await expect(natDemo.select('mapping-A')).toBeDisabled();
  await expect(natDemo.root.locator('.no-nat[data-side="A"]')).toBeVisible();
  await expect(natDemo.table('NAT A')).toHaveCount(0);
  // A new scenario brings its own NAT types.
  await natDemo.select('scenario').selectOption('turn-fallback');
  await expect(natDemo.select('nat-A')).toHaveValue('symmetric');
  await expect(natDemo.root.locator('svg g[data-node="TURN"]')).toBeVisible();
});

test('the full ICE run ends with its outcome', async ({ page, natDemo }) => {
  await natDemo.open('ja', 'nat-types', hashFor('ice', 'restricted-cone', 'symmetric', 0, true));
  const run = runScenario('ice', { natA: 'restricted-cone', natB: 'symmetric', turn: true });
  if (!run.ok) throw new Error('run');
  await expect(natDemo.root.locator('.outcome')).toHaveCount(0);
  await natDemo.slider.focus();
  await page.keyboard.press('End');
  await expect(natDemo.root.locator('.outcome')).toContainText(t.ja(`outcome.${run.value.outcome!.reason}`, run.value.outcome!.params));
  await expect(natDemo.root.locator(`#${ID}-turn`)).toBeChecked();
});

test('everything works from the keyboard alone', async ({ page, natDemo }) => {
  await natDemo.open('en', 'hole-punching');
  const events = eventsOf('hole-punch');
  await natDemo.root.focus();
  // Tab reaches the step-forward button; Enter and Space press it.
  const forward = natDemo.button('forward');
  for (let presses = 0; presses < 25 && !(await forward.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(forward).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(natDemo.root).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Space');
  await expect(natDemo.root).toHaveAttribute('data-step', '2');
  await page.keyboard.press('Shift+Tab');
  await expect(natDemo.button('play')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(natDemo.button('back')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(natDemo.root).toHaveAttribute('data-step', '1');
  // The step slider: arrows step, Home and End jump.
  const slider = natDemo.slider;
  for (let presses = 0; presses < 10 && !(await slider.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(slider).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(natDemo.root).toHaveAttribute('data-step', '2');
  await page.keyboard.press('End');
  await expect(natDemo.root).toHaveAttribute('data-step', String(events.length - 1));
  await page.keyboard.press('Home');
  await expect(natDemo.root).toHaveAttribute('data-step', '0');
  await expect(natDemo.caption).toHaveText(t.en(events[0]!.code, events[0]!.params));
  // Play and pause from the keyboard.
  await natDemo.button('play').focus();
  await page.keyboard.press('Space');
  await expect(natDemo.root).toHaveAttribute('data-playing', 'true');
  await page.keyboard.press('Space');
  await expect(natDemo.root).toHaveAttribute('data-playing', 'false');
  // The scenario select works with the keyboard too.
  await natDemo.select('scenario').focus();
  await page.keyboard.press('ArrowDown');
  await expect(natDemo.root).toHaveAttribute('data-scenario', 'one-side-first');
  await natDemo.axe();
});

/** Samples, over a while, every `transform` in the diagram and the step on screen. */
async function watchWhilePlaying(page: Page, durationMs: number): Promise<{ transforms: number; distinctTransforms: number; steps: number[] }> {
  return page.evaluate(async (duration) => {
    const root = document.getElementById('nat-demo')!;
    const seen = new Set<string>();
    let transforms = 0;
    const steps = new Set<number>();
    const end = performance.now() + duration;
    while (performance.now() < end) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const element of root.querySelectorAll('svg *')) {
        const value = element.getAttribute('transform');
        const computed = getComputedStyle(element).transform;
        if (value !== null) {
          transforms++;
          seen.add(value);
        }
        if (computed !== 'none' && computed !== '') {
          transforms++;
          seen.add(computed);
        }
      }
      steps.add(Number(root.dataset['step']));
    }
    return { transforms, distinctTransforms: seen.size, steps: [...steps] };
  }, durationMs);
}

test('with reduced motion nothing moves while playing, and the captions still advance', async ({ page, natDemo }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await natDemo.open('en', 'hole-punching');
  await expect(natDemo.root).toHaveAttribute('data-reduced-motion', 'true');
  await natDemo.select('speed').selectOption('8');
  const captionBefore = await natDemo.caption.textContent();
  await natDemo.button('play').click();
  const watched = await watchWhilePlaying(page, 2000);
  expect(watched.transforms).toBe(0);
  expect(watched.steps.length).toBeGreaterThanOrEqual(3);
  await expect(natDemo.caption).not.toHaveText(captionBefore ?? '');
  await natDemo.button('play').click();
  await natDemo.axe();
});

test('without reduced motion the packet moves along the links while playing', async ({ page, natDemo }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await natDemo.open('en', 'hole-punching');
  await expect(natDemo.root).toHaveAttribute('data-reduced-motion', 'false');
  await natDemo.select('speed').selectOption('8');
  await natDemo.button('play').click();
  const watched = await watchWhilePlaying(page, 2000);
  // The same measurement as above sees motion here, so the reduced-motion test can fail.
  expect(watched.distinctTransforms).toBeGreaterThan(3);
  await natDemo.button('play').click();
});

test('the Japanese demo speaks Japanese throughout', async ({ natDemo }) => {
  await natDemo.open('ja', 'symmetric-nat-and-turn');
  await expect(natDemo.root.locator('h3')).toHaveText('NAT テーブルのデモ');
  await expect(natDemo.button('forward')).toContainText('1 つ進む');
  await expect(natDemo.select('scenario').locator('option:checked')).toHaveText(t.ja('scenario.symmetric-vs-stun.name'));
  await expect(natDemo.select('nat-A').locator('option:checked')).toHaveText(t.ja('nat.symmetric.name'));
  await expect(natDemo.table('NAT A').locator('caption')).toContainText('外側のアドレス 203.0.113.10');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the demo has no axe violations after interaction (${colorScheme})`, async ({ page, natDemo }) => {
    await page.emulateMedia({ colorScheme });
    await natDemo.open('ja', 'symmetric-nat-and-turn');
    await natDemo.slider.focus();
    await page.keyboard.press('End');
    await natDemo.select('nat-B').selectOption('apdm-eif');
    await natDemo.button('forward').click();
    await natDemo.axe();
  });
}

test('on a phone-sized screen the diagram and tables scroll and stay accessible', async ({ page, natDemo }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await natDemo.open('en', 'hole-punching', hashFor('hole-punch', 'port-restricted-cone', 'port-restricted-cone', 24));
  const diagram = natDemo.root.locator('.diagram');
  expect(await diagram.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => diagram.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await natDemo.axe();
});
