/**
 * Checks internal links of a built static site: every internal `href`/`src`
 * must name an existing page or file, and every `#anchor` an existing id on
 * that page. Pure: the caller supplies the pages' HTML and the set of files.
 */

/** A problem found on one page. */
export interface LinkProblem {
  readonly page: string;
  readonly link: string;
  readonly kind: 'missing-page' | 'missing-anchor' | 'duplicate-id';
}

const ATTR = /\s(href|src)\s*=\s*("([^"]*)"|'([^']*)')/g;
const ID = /\sid\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Decodes the few HTML entities Astro writes into attribute values. */
function unescapeAttr(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The ids an HTML document defines, with the ids defined more than once. */
export function collectIds(html: string): { ids: Set<string>; duplicates: string[] } {
  const ids = new Set<string>();
  const duplicates: string[] = [];
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<template[\s\S]*?<\/template>/gi, '');
  for (const m of withoutScripts.matchAll(ID)) {
    const id = unescapeAttr(m[2] ?? m[3] ?? '');
    if (ids.has(id)) duplicates.push(id);
    ids.add(id);
  }
  return { ids, duplicates };
}

/** The internal links (href and src values) of an HTML document. */
export function collectLinks(html: string): string[] {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '');
  return [...withoutScripts.matchAll(ATTR)].map((m) => unescapeAttr(m[3] ?? m[4] ?? ''));
}

/**
 * Resolves a link found on `pagePath` to a site path and fragment, or
 * `undefined` for external, mailto, data and javascript links.
 */
export function resolveInternal(pagePath: string, link: string): { path: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const url = new URL(link, `http://site.invalid${pagePath}`);
  // `#widget?k=v` carries a widget's state; only the part before `?` is an anchor.
  const hash = decodeURIComponent(url.hash.slice(1)).split('?')[0] ?? '';
  return { path: decodeURIComponent(url.pathname), hash };
}

/**
 * Finds dead internal links and anchors.
 * @param pages - map of site path (e.g. `/en/x/`) to HTML
 * @param files - every file path the site serves (e.g. `/favicon.svg`, `/en/x/index.html`)
 */
export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): LinkProblem[] {
  const idsByPage = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];
  for (const [page, html] of pages) {
    const { ids, duplicates } = collectIds(html);
    idsByPage.set(page, ids);
    for (const id of duplicates) problems.push({ page, link: `#${id}`, kind: 'duplicate-id' });
  }
  const pageFor = (path: string): string | undefined => {
    if (pages.has(path)) return path;
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    if (pages.has(withSlash)) return withSlash;
    return undefined;
  };
  for (const [page, html] of pages) {
    for (const link of collectLinks(html)) {
      const target = resolveInternal(page, link);
      if (!target) continue;
      const targetPage = pageFor(target.path);
      if (!targetPage) {
        if (!files.has(target.path) && !files.has(`${target.path.replace(/\/$/, '')}/index.html`)) {
          problems.push({ page, link, kind: 'missing-page' });
        }
        continue;
      }
      if (target.hash && !idsByPage.get(targetPage)?.has(target.hash)) {
        problems.push({ page, link, kind: 'missing-anchor' });
      }
    }
  }
  return problems;
}
