/**
 * Shared Playwright fixtures. Every test gets an automatic guard that fails
 * it when the page logs a console error, throws, violates the CSP, or
 * requests anything from a host other than the preview server. `SitePage`
 * reads like a reader's steps.
 */
import { test as base, expect, type Page, type BrowserContext } from '@playwright/test';

import type { Lang } from '../../src/i18n/locales.ts';
import { DumpDoctorPage } from './pages/DumpDoctorPage.ts';
import { GathererPage } from './pages/GathererPage.ts';
import { InspectorPage } from './pages/InspectorPage.ts';
import { NatDemoPage } from './pages/NatDemoPage.ts';
import { NatMatrixPage } from './pages/NatMatrixPage.ts';
import { StunExplorerPage } from './pages/StunExplorerPage.ts';
import { TurnCheckPage } from './pages/TurnCheckPage.ts';

interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  externalRequests: string[];
}

interface Options {
  /** Console errors that a test provokes on purpose (regexes). */
  allowConsole: RegExp[];
}

export class SitePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(lang: Lang, slug = '', hash = ''): Promise<void> {
    await this.page.goto(`/${lang}/${slug ? `${slug}/` : ''}${hash ? `#${hash}` : ''}`);
  }

  /** The language-switch link to the other language. */
  languageSwitch(label: 'English' | '日本語') {
    return this.page.getByRole('navigation', { name: /Language|言語/ }).getByRole('link', { name: label });
  }

  heading(id: string) {
    return this.page.locator(`#${id}`);
  }

  /** The permalink control that follows a heading. */
  copyLinkFor(id: string) {
    return this.page.locator(`.heading-wrap:has(#${id}) > a.heading-link`);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  }
}

async function watch(context: BrowserContext, baseURL: string, problems: Problems, allow: RegExp[]): Promise<void> {
  const allowedOrigin = new URL(baseURL).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== allowedOrigin) problems.externalRequests.push(url);
  });
  // Record CSP violations in the page, where the event fires.
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) => {
      store.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const onPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (allow.some((re) => re.test(text))) return;
      problems.consoleErrors.push(`${page.url()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

/** The widget page objects (tests/e2e/pages/), one fixture each, on the test's page. */
interface Widgets {
  doctor: DumpDoctorPage;
  gatherer: GathererPage;
  inspector: InspectorPage;
  natDemo: NatDemoPage;
  natMatrix: NatMatrixPage;
  stunExplorer: StunExplorerPage;
  turnCheck: TurnCheckPage;
}

export const test = base.extend<Options & Widgets & { site: SitePage; guard: Problems }>({
  allowConsole: [[], { option: true }],
  guard: [
    async ({ context, baseURL, allowConsole }, use) => {
      const problems: Problems = { consoleErrors: [], pageErrors: [], externalRequests: [] };
      await watch(context, baseURL ?? 'http://127.0.0.1', problems, allowConsole);
      await use(problems);
      const csp: string[] = [];
      for (const page of context.pages()) {
        if (page.isClosed()) continue;
        csp.push(...await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []));
      }
      expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.externalRequests, 'requests to hosts other than the preview server').toEqual([]);
      expect(csp, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  site: async ({ page }, use) => {
    await use(new SitePage(page));
  },
  doctor: async ({ page }, use) => {
    await use(new DumpDoctorPage(page));
  },
  gatherer: async ({ page }, use) => {
    await use(new GathererPage(page));
  },
  inspector: async ({ page }, use) => {
    await use(new InspectorPage(page));
  },
  natDemo: async ({ page }, use) => {
    await use(new NatDemoPage(page));
  },
  natMatrix: async ({ page }, use) => {
    await use(new NatMatrixPage(page));
  },
  stunExplorer: async ({ page }, use) => {
    await use(new StunExplorerPage(page));
  },
  turnCheck: async ({ page }, use) => {
    await use(new TurnCheckPage(page));
  },
});

export { expect };
export { DumpDoctorPage, GathererPage, InspectorPage, NatDemoPage, NatMatrixPage, StunExplorerPage, TurnCheckPage };

/** Every page the sitemap lists, as paths on the preview server. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await page.request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return [...new Set(paths)].sort();
}
