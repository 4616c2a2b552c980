// Widgets under test: every widget's hydration through the site's `client:interact` directive (src/directives/interact.ts), driven through NatDemo, ConnectivityMatrix, MappingHint, DumpDoctor and StunExplorer.
/**
 * Widgets hydrate when the reader reaches for them, not when they scroll
 * past (issue 14 §2: widget pages ≤ 30 KB of JS before the reader
 * interacts). Reading a page to the end loads no widget code; the pointer,
 * a tap, or the keyboard wakes one widget, and only that one. What the
 * reader does while a widget's code is still on its way — a tap on a
 * button, text typed or pasted, Enter in a form, a dropped file — is not
 * lost: it is replayed once the widget has mounted, and a form never goes
 * to the server nor a dropped file replace the page meanwhile.
 *
 * To make "while it loads" certain rather than a race, each test holds
 * back the widget's code (every `/_astro/*.js` requested after the page
 * has loaded) until the reader's actions are done, then lets it through.
 * When the code never arrives, or breaks while starting, the widget says
 * so in the page's language, and still sends no form to the server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { DUMP_FIXTURES } from './pages/DumpDoctorPage.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { dumpText } from '../../src/lib/dump/messages.ts';
import { stunExplorerText } from '../../src/components/stun/strings.ts';
import { natUiText } from '../../src/components/nat/strings.ts';
import { interactText } from '../../src/directives/interact.strings.ts';

/** How long the directive waits for a hydrated widget to say it is ready (READY_WAIT_MS in src/directives/interact.ts). */
const READY_WAIT_S = 5;
import { langs } from '../../src/i18n/locales.ts';

/** Opens `path`, waits until the page has loaded, then holds back every script it asks for later. */
async function openHoldingWidgetCode(page: Page, path: string): Promise<{ requested: () => number; release: () => void }> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested = 0;
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    requested++;
    await gate;
    await route.continue();
  });
  return { requested: () => requested, release };
}

const scriptRequests = (page: Page): string[] => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
};

for (const lang of langs) {
  test(`${lang}: reading a page to the end loads no widget code; reaching for one widget wakes it alone`, async ({ page }) => {
    await page.goto(`${lang}/nat-types/`);
    await page.waitForLoadState('networkidle');
    const later = scriptRequests(page);
    const islands = page.locator('astro-island');
    await expect(islands).toHaveCount(3);
    // Scroll each widget to the middle of the screen, as a reader reading on would, touching nothing.
    for (let i = 0; i < 3; i++) {
      await islands.nth(i).evaluate((el) => el.firstElementChild?.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForTimeout(300);
    expect(later, 'scripts fetched while reading').toEqual([]);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(3);
    // The server's HTML already shows each widget in the page's language.
    await expect(page.locator('#nat-matrix-title')).toHaveText(translator(lang, natUiText)('matrix.title'));

    // The pointer onto the matrix: the matrix hydrates, the demo and the hint stay as they were.
    await page.locator('#nat-matrix').hover();
    await expect(page.locator('#nat-matrix')).toHaveAttribute('data-ready', 'true');
    expect(later.length, 'the matrix fetched its code').toBeGreaterThan(0);
    await expect(page.locator('astro-island:has(#nat-matrix)')).not.toHaveAttribute('ssr', /.*/);
    await expect(page.locator('astro-island:has(#nat-demo)')).toHaveAttribute('ssr', '');
    await expect(page.locator('astro-island:has(#mapping-hint)')).toHaveAttribute('ssr', '');
  });

  test(`${lang}: the keyboard wakes a widget — Tab into the dump doctor`, async ({ page }) => {
    await page.goto(`${lang}/tools/dump-doctor/`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island:has(#dump-doctor)')).toHaveAttribute('ssr', '');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#dump-doctor') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('#dump-doctor') !== null), 'Tab reached the widget').toBe(true);
    await expect(page.locator('#dump-doctor')).toHaveAttribute('data-ready', 'true');
  });

  test(`${lang}: a file dropped while the dump doctor loads is read, and the page is not replaced`, async ({ page }) => {
    const code = await openHoldingWidgetCode(page, `${lang}/tools/dump-doctor/`);
    const text = readFileSync(join(DUMP_FIXTURES, 'closed-network-mdns.json'), 'utf8');
    const prevented = await page.locator('#dump-doctor .drop-zone').evaluate((zone, json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'closed-network-mdns.json', { type: 'application/json' }));
      const fire = (type: string) => {
        const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
        zone.dispatchEvent(event);
        return event.defaultPrevented;
      };
      fire('dragenter');
      return { dragover: fire('dragover'), drop: fire('drop') };
    }, text);
    // Prevented: the browser's own drop would open the file in place of the page; the doctor takes files, so the cursor says "copy".
    expect(prevented).toEqual({ dragover: true, drop: true });
    await expect.poll(code.requested, { message: 'the dragged file woke the widget' }).toBeGreaterThan(0);
    await expect(page.locator('#dump-doctor')).not.toHaveAttribute('data-ready', 'true');
    code.release();
    const doctor = page.locator('#dump-doctor');
    await expect(doctor.getByRole('status').first()).toContainText('closed-network-mdns.json');
    await expect(doctor.locator('[data-finding="only-mdns"]').first()).toBeVisible();
  });

  test(`${lang}: Enter in the STUN explorer's build form while it loads sends nothing to the server and builds the response once ready`, async ({ page }) => {
    const code = await openHoldingWidgetCode(page, `${lang}/stun-on-the-wire/`);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const url = page.url();
    const address = page.locator('#stun-explorer-build-address');
    await address.click();
    await address.fill('198.51.100.7');
    await page.locator('#stun-explorer-build-port').fill('40000');
    await page.locator('#stun-explorer-build-port').press('Enter');
    await expect.poll(code.requested, { message: 'reaching for the form woke the explorer' }).toBeGreaterThan(0);
    await expect(page.locator('#stun-explorer')).not.toHaveAttribute('data-ready', 'true');
    // The form did not go anywhere: same document, same address.
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(page.url()).toBe(url);
    code.release();
    const t = translator(lang, stunExplorerText);
    await expect(page.locator('#stun-explorer-build-done')).toContainText(t('build.done', { address: '198.51.100.7', port: 40000 }));
    await expect(address).toHaveValue('198.51.100.7');
  });
  test.describe(`${lang}: when a widget cannot run`, () => {
    // The browser and Astro log the failed request and the failed hydration; the reader is told in the widget.
    // One pattern: Playwright would read a second array element as fixture options.
    test.use({ allowConsole: [/Failed to load resource|\[astro-island\] Error hydrating|broken on purpose/] });

    test(`${lang}: the STUN explorer's code never arrives — the widget says so, Enter still sends nothing, and Reload brings it back`, async ({ page }) => {
      await page.goto(`${lang}/stun-on-the-wire/`);
      await page.waitForLoadState('networkidle');
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort('connectionrefused'));
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      const url = page.url();
      const explorer = page.locator('#stun-explorer');
      const address = page.locator('#stun-explorer-build-address');
      await address.click();
      await address.fill('198.51.100.7');
      await page.locator('#stun-explorer-build-port').fill('40000');
      await page.locator('#stun-explorer-build-port').press('Enter');
      const t = translator(lang, interactText);
      const alert = explorer.getByRole('alert');
      // What failed (the code did not load, in the browser's own words, naming the file: the component's or the framework's, whichever failed first) and what to do.
      const [before, after] = t('failed.load').split('{detail}') as [string, string];
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(alert).toHaveCount(1);
      await expect(alert.locator('p')).toHaveCount(3);
      await expect(alert.locator('p').nth(0)).toHaveText(new RegExp(`^${escape(before)}.*/_astro/[^ ]+\\.js.*${escape(after)}$`));
      await expect(alert.locator('p').nth(1)).toHaveText(t('failed.next'));
      await expect(alert.locator('p').nth(2)).toHaveText(t('failed.copy'));
      await expect(explorer).not.toHaveAttribute('data-ready', 'true');
      // The typed address is still there, and the form went nowhere (it would carry the input in the URL).
      await page.locator('#stun-explorer-build-port').press('Enter');
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(page.url()).toBe(url);
      await expect(address).toHaveValue('198.51.100.7');
      // The rest of the page is untouched: the article still reads.
      await expect(page.locator('main h1')).toBeVisible();
      await page.unroute(/\/_astro\/.*\.js$/);
      await alert.getByRole('button', { name: t('failed.reload') }).click();
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), 'the page reloaded').toBeUndefined();
      await explorer.hover();
      await expect(explorer).toHaveAttribute('data-ready', 'true');
      await expect(explorer.getByRole('alert')).toHaveCount(0);
    });

    test(`${lang}: a widget that breaks while starting says it stopped, with the error, and what the reader typed stays`, async ({ page }) => {
      await page.goto(`${lang}/tools/dump-doctor/`);
      await page.waitForLoadState('networkidle');
      const componentUrl = await page.locator('astro-island:has(#dump-doctor)').getAttribute('component-url');
      expect(componentUrl).toBeTruthy();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      await page.route((u) => u.pathname === new URL(componentUrl!, page.url()).pathname, async (route) => {
        await gate;
        await route.fulfill({ contentType: 'text/javascript', body: 'export default function Broken() { throw new Error("broken on purpose"); }' });
      });
      const doctor = page.locator('#dump-doctor');
      const area = doctor.getByLabel(translator(lang, dumpText)('ui.pasteLabel'));
      await area.fill('{"PeerConnections": {');
      release();
      const t = translator(lang, interactText);
      // Svelte clears the island when the component throws; the directive puts the server's HTML back, with the reader's text.
      const alert = doctor.getByRole('alert');
      await expect(alert).toHaveText(t('failed.start', { detail: 'broken on purpose' }) + t('failed.next') + t('failed.reload'));
      await expect(alert.getByRole('button', { name: t('failed.reload') })).toBeVisible();
      await expect(area).toHaveValue('{"PeerConnections": {');
      // Under the widget's title, so the notice says which tool it is about.
      expect(await alert.evaluate((el) => el.previousElementSibling?.id)).toBe('dump-doctor-title');
      // A failed widget reads no file, though it was built for files: "no drop", and the page stays.
      const dragged = await doctor.locator('.drop-zone').evaluate((zone) => {
        const event = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
        zone.dispatchEvent(event);
        return { prevented: event.defaultPrevented, dropEffect: event.dataTransfer?.dropEffect };
      });
      expect(dragged).toEqual({ prevented: true, dropEffect: 'none' });
      await expect(page.locator('main h1')).toBeVisible();
    });

    test(`${lang}: a widget that never says it is ready is reported after ${READY_WAIT_S} s, and answers what was held once it does`, async ({ page }) => {
      await page.goto(`${lang}/tools/dump-doctor/`);
      await page.waitForLoadState('networkidle');
      const componentUrl = await page.locator('astro-island:has(#dump-doctor)').getAttribute('component-url');
      // The real widget, except that it never marks itself ready (as when its mount step throws).
      await page.route((u) => u.pathname === new URL(componentUrl!, page.url()).pathname, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replaceAll('`data-ready`', '`data-not-ready`') });
      });
      const doctor = page.locator('#dump-doctor');
      const dump = dumpText;
      const area = doctor.getByLabel(translator(lang, dump)('ui.pasteLabel'));
      await area.click();
      await page.keyboard.insertText(readFileSync(join(DUMP_FIXTURES, 'closed-network-mdns.json'), 'utf8'));
      const t = translator(lang, interactText);
      const alert = doctor.getByRole('alert');
      await expect(alert).toHaveText(t('failed.stalled', { seconds: READY_WAIT_S }) + t('failed.reload'), { timeout: (READY_WAIT_S + 5) * 1000 });
      // Nothing was replayed into a widget that has not answered.
      await expect(doctor.locator('[data-finding]')).toHaveCount(0);
      // The widget comes round: the notice goes and the held text reaches it.
      await doctor.evaluate((el) => el.setAttribute('data-ready', 'true'));
      await expect(alert).toHaveCount(0);
      await doctor.getByRole('button', { name: translator(lang, dump)('ui.pasteButton') }).click();
      await expect(doctor.locator('[data-finding="only-mdns"]').first()).toBeVisible();
    });
  });

  test(`${lang}: while it loads, a widget that takes no files answers a dragged file with "no drop", and the page stays`, async ({ page }) => {
    await openHoldingWidgetCode(page, `${lang}/nat-types/`);
    const answer = await page.locator('#nat-matrix').evaluate((matrix) => {
      const event = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
      matrix.dispatchEvent(event);
      return { prevented: event.defaultPrevented, dropEffect: event.dataTransfer?.dropEffect };
    });
    // Prevented with dropEffect "none": the cursor says no, and the browser does not open the file in place of the page.
    expect(answer).toEqual({ prevented: true, dropEffect: 'none' });
  });

  test(`${lang}: a mouse click on the not-yet-enabled button while the dump doctor loads is kept`, async ({ page }) => {
    const code = await openHoldingWidgetCode(page, `${lang}/tools/dump-doctor/`);
    const doctor = page.locator('#dump-doctor');
    const t = translator(lang, dumpText);
    const area = doctor.getByLabel(t('ui.pasteLabel'));
    const button = doctor.getByRole('button', { name: t('ui.pasteButton') });
    await area.click();
    await page.keyboard.insertText(readFileSync(join(DUMP_FIXTURES, 'closed-network-mdns.json'), 'utf8'));
    await expect.poll(code.requested, { message: 'the click woke the doctor' }).toBeGreaterThan(0);
    await expect(button).toBeDisabled();
    const box = (await button.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    code.release();
    await expect(doctor).toHaveAttribute('data-ready', 'true');
    await expect(doctor.locator('[data-finding="only-mdns"]').first()).toBeVisible();
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of langs) {
    test(`${lang}: a tap on the NAT demo while it loads steps it forward once it is ready`, async ({ page }) => {
      const code = await openHoldingWidgetCode(page, `${lang}/hole-punching/`);
      const demo = page.locator('#nat-demo');
      const forward = demo.locator('.transport button.forward');
      await forward.scrollIntoViewIfNeeded();
      const before = Number(await demo.getAttribute('data-step') ?? '0');
      const box = (await forward.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(code.requested, { message: 'the tap woke the demo' }).toBeGreaterThan(0);
      await expect(demo).not.toHaveAttribute('data-ready', 'true');
      code.release();
      await expect(demo).toHaveAttribute('data-ready', 'true');
      await expect(demo).toHaveAttribute('data-step', String(before + 1));
      await expect(page).toHaveURL(/#nat-demo\?s=/);
    });

    test(`${lang}: text pasted and a tap on the not-yet-enabled button while the dump doctor loads are kept`, async ({ page }) => {
      const code = await openHoldingWidgetCode(page, `${lang}/tools/dump-doctor/`);
      const doctor = page.locator('#dump-doctor');
      const t = translator(lang, dumpText);
      const area = doctor.getByLabel(t('ui.pasteLabel'));
      const button = doctor.getByRole('button', { name: t('ui.pasteButton') });
      await expect(button).toBeDisabled();
      await area.tap();
      await page.keyboard.insertText(readFileSync(join(DUMP_FIXTURES, 'closed-network-mdns.json'), 'utf8'));
      await expect.poll(code.requested, { message: 'the tap woke the doctor' }).toBeGreaterThan(0);
      // Still the server's HTML: the button is disabled, so the tap gets no click of its own.
      await expect(button).toBeDisabled();
      const box = (await button.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      code.release();
      await expect(doctor).toHaveAttribute('data-ready', 'true');
      await expect(doctor.locator('[data-finding="only-mdns"]').first()).toBeVisible();
      await expect(area).not.toHaveValue('');
    });
  }
});
