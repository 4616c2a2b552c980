/**
 * Search page: Pagefind's JavaScript API (loaded from /pagefind/ only when
 * this page is opened) with our own small, keyboard-friendly result list.
 * Pagefind keeps one index per <html lang>; "search both languages" merges
 * the other languages' indexes.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
  init(): Promise<void>;
}

const OTHER_LANGS: Record<string, string[]> = { en: ['ja'], ja: ['en'] };

/** Pagefind's bundle, under the site's base path (SITE_BASE). */
const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

/** Escapes text, then lets Pagefind's <mark> highlights through. */
function safeExcerpt(html: string): string {
  const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>').replace(/&amp;(amp|lt|gt|quot|#39);/g, '&$1;');
}

export function startSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const all = document.getElementById('all-langs') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const otherBox = document.getElementById('search-other');
  const otherLink = otherBox?.querySelector('a');
  if (!form || !input || !all || !status || !list) return;
  // No match here: one click searches the other language's pages for the
  // same words (a Japanese term typed on the English page, or the reverse).
  const offerOther = (q: string | null) => {
    if (!otherBox || !otherLink) return;
    otherBox.hidden = q === null;
    if (q === null) return;
    otherLink.href = `${form.dataset.otherSearch ?? ''}?q=${encodeURIComponent(q)}`;
    otherLink.textContent = (form.dataset.tryOther ?? '').replace('{q}', q);
  };
  const lang = form.dataset.lang ?? 'en';
  let pagefind: Promise<Pagefind> | undefined;
  let merged = false;

  const load = (): Promise<Pagefind> => {
    // A variable URL keeps the bundler from trying to resolve it at build time.
    const url = `${BUNDLE}pagefind.js`;
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      // Pagefind puts the path it was loaded from (the base path) in front
      // of its result URLs by itself.
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  const run = async () => {
    const q = input.value.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (all.checked) params.set('all', '1');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!q) { list.replaceChildren(); status.textContent = ''; offerOther(null); return; }
    let pf: Pagefind;
    try {
      pf = await load();
      if (all.checked && !merged) {
        // Pagefind skips a merge whose path matches the primary index, so
        // name the same bundle by its absolute URL.
        const bundle = new URL(BUNDLE, location.href).href;
        for (const other of OTHER_LANGS[lang] ?? []) await pf.mergeIndex(bundle, { language: other });
        merged = true;
      }
    } catch {
      status.textContent = form.dataset.loadError ?? '';
      return;
    }
    const search = await pf.debouncedSearch(q, {}, 150);
    if (search === null) return; // superseded by a newer keystroke
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      // Merged indexes report absolute URLs; keep links on this site relative.
      const url = new URL(d.url, location.href);
      a.href = url.origin === location.origin ? `${url.pathname}${url.hash}` : url.href;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = safeExcerpt(d.excerpt);
      li.append(a, p);
      return li;
    }));
    offerOther(data.length === 0 && !all.checked ? q : null);
    status.textContent = data.length === 0
      ? (form.dataset.noResults ?? '').replace('{q}', q)
      : (form.dataset.results ?? '').replace('{n}', String(search.results.length)).replace('{q}', q);
  };

  form.addEventListener('submit', (event) => { event.preventDefault(); void run(); });
  input.addEventListener('input', () => { void run(); });
  all.addEventListener('change', () => {
    // Merging is one-way; reload the index when the box is cleared.
    if (!all.checked && merged) { pagefind = undefined; merged = false; }
    void run();
  });
  const initial = new URLSearchParams(location.search);
  input.value = initial.get('q') ?? '';
  all.checked = initial.get('all') === '1';
  if (input.value) void run();
}
