/**
 * The site's own field-kit widgets, run by the reader's steps in Chromium
 * inside the lab's namespaces: the two-machine connection test between a
 * host in LAN A and a host in LAN B (codes copied from one page and pasted
 * into the other), and the NAT mapping hint behind one router.
 *
 * The pages are the built site (`astro build` output), answered from disk by
 * Playwright's request interception on the lab's `.test` origin, so nothing
 * is resolved or fetched and the browsers in the namespaces need no route to
 * the machine's own servers. Any request outside that origin is aborted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { internetAddresses, internetRoles } from './addressPlan.ts';
import { labOrigin, launchBrowser, type LabBrowser } from './browser.ts';
import type { InternetLab } from './internetLab.ts';
import type { LabNatMode } from '../../src/lib/lab/labModes.ts';
import { translator } from '../../src/i18n/dictionary.ts';
import { twoMachineUi } from '../../src/components/twomachine/strings.ts';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Whether a built site is there to serve.
 *
 * @param siteDir - the build output directory
 * @returns true when it holds the English home page
 */
export function siteIsBuilt(siteDir: string): boolean {
  return existsSync(join(siteDir, 'en', 'index.html'));
}

/**
 * Opens a page of the built site in a lab browser, on the lab's origin.
 *
 * @param browser - a browser in a lab namespace
 * @param siteDir - the build output directory
 * @param path - the site path, e.g. `/en/nat-types/`
 * @returns the page, loaded
 */
export async function openSitePage(browser: LabBrowser, siteDir: string, path: string): Promise<Page> {
  const page = await browser.page.context().newPage();
  const root = normalize(siteDir) + sep;
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== labOrigin) return route.abort('blockedbyclient');
    let file = normalize(join(siteDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return route.fulfill({ status: 404, body: '' });
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: contentTypes[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto(`${labOrigin}${path}`);
  return page;
}

/** What one side of the two-machine test showed at the end. */
export interface TwoMachineSide {
  /** The widget's step: `connected`, `failed`, or where it stopped. */
  readonly step: string;
  /** Candidate types of the selected pair, local→remote, or null. */
  readonly selected: { readonly local: string; readonly remote: string } | null;
  /** The diagnosis code shown, or null. */
  readonly diagnosis: string | null;
  /** The evidence findings shown under the diagnosis. */
  readonly findings: readonly string[];
  /** Candidate types this side gathered. */
  readonly localTypes: readonly string[];
}

/** Options of {@link twoMachineAcross}. */
export interface TwoMachineScenario {
  readonly a: LabNatMode;
  readonly b: LabNatMode;
  /** `stun`: the lab's STUN server; `turn`: STUN and the lab's TURN server. */
  readonly servers: 'stun' | 'turn';
  readonly siteDir: string;
  /** How long to wait for `connected` or `failed` once the answer is pasted. */
  readonly timeoutMs?: number;
}

const t = translator('en', twoMachineUi);

async function addServer(page: Page, urls: string, username = '', credential = ''): Promise<void> {
  const root = page.locator('#two-machine');
  await root.locator('.ice-server-editor button.add').click();
  const row = root.locator('.ice-server-editor .row').last();
  await row.locator('input[id$="-urls"]').fill(urls);
  if (username !== '') await row.locator('input[id$="-username"]').fill(username);
  if (credential !== '') await row.locator('input[id$="-credential"]').fill(credential);
}

async function readSide(page: Page): Promise<TwoMachineSide> {
  return page.locator('#two-machine').evaluate((root) => {
    const selected = root.querySelector('.lb-pairs tbody tr[data-selected="true"]');
    const failure = root.querySelector('[data-diagnosis]');
    return {
      step: root.getAttribute('data-step') ?? '',
      selected: selected === null ? null : { local: selected.getAttribute('data-local-type') ?? '?', remote: selected.getAttribute('data-remote-type') ?? '?' },
      diagnosis: failure?.getAttribute('data-diagnosis') ?? null,
      findings: [...root.querySelectorAll('[data-finding]')].map((li) => li.getAttribute('data-finding') ?? ''),
      localTypes: [...new Set([...(root.querySelector('.tm-cands ul.tm-candidates')?.querySelectorAll('summary code') ?? [])].map((el) => / typ (\w+)/.exec(el.textContent ?? '')?.[1] ?? '?'))],
    };
  });
}

/**
 * Runs the two-machine test between LAN A's host (inviter) and LAN B's host
 * (answerer), each behind a router in the given mode, as the reader would:
 * servers typed into the editor, Create invitation, the code pasted on the
 * other machine, the answer pasted back, then the widget's own verdict.
 *
 * @param lab - the running lab
 * @param scenario - router modes, servers, site directory
 * @returns what each side's widget showed
 */
export async function twoMachineAcross(lab: InternetLab, scenario: TwoMachineScenario): Promise<{ a: TwoMachineSide; b: TwoMachineSide }> {
  return lab.withAttempt({ modes: { a: scenario.a, b: scenario.b } }, async () => {
    const [ba, bb] = await Promise.all([launchBrowser(lab.session, internetRoles.host.a), launchBrowser(lab.session, internetRoles.host.b)]);
    try {
      const [pa, pb] = await Promise.all([openSitePage(ba, scenario.siteDir, '/en/test-the-real-network/'), openSitePage(bb, scenario.siteDir, '/en/test-the-real-network/')]);
      for (const page of [pa, pb]) {
        // The widget hydrates when the reader reaches for it (client:interact): the pointer onto it.
        await page.locator('#two-machine').hover();
        await page.locator('#two-machine[data-ready="true"]').waitFor({ timeout: 30_000 });
        await addServer(page, lab.servers.stun);
        if (scenario.servers === 'turn') await addServer(page, lab.servers.turn, lab.servers.username, lab.servers.credential);
      }
      await pa.locator('#two-machine').getByRole('button', { name: t('create') }).click();
      await pa.locator('#two-machine .tm-code[data-kind="invitation"]').waitFor({ timeout: 30_000 });
      const invitation = await pa.locator('#two-machine .tm-code-text').inputValue();
      await pb.locator('#two-machine').getByLabel(t('offer.label')).fill(invitation);
      await pb.locator('#two-machine').getByRole('button', { name: t('offer.submit') }).click();
      await pb.locator('#two-machine .tm-code[data-kind="answer"]').waitFor({ timeout: 30_000 });
      const answer = await pb.locator('#two-machine .tm-code-text').inputValue();
      await pa.locator('#two-machine').getByLabel(t('answer.label')).fill(answer);
      await pa.locator('#two-machine').getByRole('button', { name: t('answer.submit') }).click();
      const settled = '#two-machine:is([data-step="connected"], [data-step="failed"])';
      const timeout = scenario.timeoutMs ?? 60_000;
      await Promise.all([pa.locator(settled).waitFor({ timeout }).catch(() => {}), pb.locator(settled).waitFor({ timeout }).catch(() => {})]);
      // The pair table is read from getStats every second; let it catch up.
      await Promise.all([pa, pb].map((p) => p.locator('#two-machine .lb-pairs tbody tr[data-selected="true"], #two-machine [data-diagnosis]').first().waitFor({ timeout: 5000 }).catch(() => {})));
      return { a: await readSide(pa), b: await readSide(pb) };
    } finally {
      await Promise.all([ba.close(), bb.close()]);
    }
  });
}

/** What the mapping hint showed behind one router. */
export interface MappingHintOutcome {
  /** `same-mapping`, `different-mapping`, `indeterminate`, or `` when it never answered. */
  readonly verdict: string;
  /** The srflx address:port of each round, as shown in the evidence table. */
  readonly evidence: readonly string[];
}

/**
 * Runs the NAT mapping hint in the NAT-types article on LAN A's host behind
 * a router in the given mode, with the lab server's two public addresses as
 * servers A and B.
 *
 * @param lab - the running lab
 * @param mode - the router mode
 * @param siteDir - the build output directory
 * @returns the verdict and the evidence
 */
export async function mappingHintBehind(lab: InternetLab, mode: LabNatMode, siteDir: string): Promise<MappingHintOutcome> {
  return lab.withAttempt({ modes: { a: mode, b: 'no-nat' } }, async () => {
    const browser = await launchBrowser(lab.session, internetRoles.host.a);
    try {
      const page = await openSitePage(browser, siteDir, '/en/nat-types/');
      const hint = page.locator('#mapping-hint');
      await hint.hover(); // client:interact: hydrates when the reader reaches for it
      await page.locator('#mapping-hint[data-ready="true"]').waitFor({ timeout: 30_000 });
      await hint.locator('#mapping-hint-a').fill(`stun:${internetAddresses.stunPrimary}:${internetAddresses.stunPort}`);
      await hint.locator('#mapping-hint-b').fill(`stun:${internetAddresses.stunAlternate}:${internetAddresses.stunPort}`);
      await hint.locator('button.run').click();
      await page.locator('#mapping-hint[data-verdict]').waitFor({ timeout: 60_000 }).catch(() => {});
      return {
        verdict: (await hint.getAttribute('data-verdict')) ?? '',
        evidence: await hint.locator('tr[data-round] code').allTextContents(),
      };
    } finally {
      await browser.close();
    }
  });
}
