/**
 * The only script text pages carry (no framework): copy-link buttons on
 * headings, copy buttons on code blocks, the language switch that keeps the
 * reader's #anchor, the table of contents, and Escape for term tooltips.
 * Every feature degrades to plain HTML without it.
 */
import { decodeFragmentPart } from '../lib/browser/hashState.ts';
import { copyText } from '../lib/browser/clipboard.ts';
import { prefersReducedMotion } from '../lib/browser/motion.ts';

const body = document.body;
const toast = document.getElementById('toast');
let toastTimer: number | undefined;

function say(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => { toast.textContent = ''; }, 2500);
}


// Heading permalinks: copy the full URL of the section, and go there.
document.addEventListener('click', async (event) => {
  const target = event.target as Element | null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', location.href);
    history.replaceState(null, '', url.hash);
    // replaceState does not update :target; re-assigning the hash does.
    location.hash = url.hash;
    const copied = await copyText(url.href);
    say(copied ? (body.dataset.i18nLinkCopied ?? '') : (body.dataset.i18nCopyFailed ?? ''));
    link.classList.add('copied');
    window.setTimeout(() => link.classList.remove('copied'), 1500);
    return;
  }
  // Language switch: open the same article at the same section.
  const switcher = target?.closest<HTMLAnchorElement>('a[data-lang-switch]');
  if (switcher && location.hash) {
    const url = new URL(switcher.href);
    url.hash = location.hash;
    switcher.href = url.href;
  }
});

// A link to a widget's state (`#widget-id?k=v`) names no element the
// browser can scroll to; scroll to the widget so it hydrates and restores
// its state. The fragment is whatever the link said: malformed
// percent-encoding must not stop this script (the rest of the page's
// features live here too). A deep link lands at once; only a short in-page
// move (under two screens) is animated, so a link never scrolls through
// thousands of pixels.
function scrollToWidgetState(event?: Event): void {
  const hash = location.hash.slice(1);
  const q = hash.indexOf('?');
  if (q <= 0) return;
  const target = document.getElementById(decodeFragmentPart(hash.slice(0, q)).value);
  if (!target) return;
  const distance = Math.abs(target.getBoundingClientRect().top);
  const smooth = event !== undefined && distance < 2 * window.innerHeight && !prefersReducedMotion();
  target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
}
scrollToWidgetState();
window.addEventListener('hashchange', scrollToWidgetState);

// Wide tables scroll sideways inside the prose column; make each one that
// does reachable by keyboard so it can be scrolled with the arrow keys.
for (const table of document.querySelectorAll<HTMLTableElement>('.prose table')) {
  if (table.scrollWidth > table.clientWidth && !table.hasAttribute('tabindex')) table.tabIndex = 0;
}

// Copy buttons on code blocks.
for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  pre.replaceWith(wrap);
  wrap.append(pre);
  if (!pre.hasAttribute('tabindex')) pre.tabIndex = 0;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = body.dataset.i18nCodeCopy ?? 'Copy';
  button.addEventListener('click', async () => {
    const ok = await copyText(pre.innerText.replace(/\n$/, ''));
    button.textContent = ok ? (body.dataset.i18nCodeCopied ?? 'Copied') : (body.dataset.i18nCopyFailed ?? '');
    say(button.textContent ?? '');
    window.setTimeout(() => { button.textContent = body.dataset.i18nCodeCopy ?? 'Copy'; }, 2000);
  });
  wrap.append(button);
}

// Table of contents: open on wide screens, folded on narrow ones, and the
// section being read is marked.
const toc = document.querySelector<HTMLDetailsElement>('.toc details');
if (toc) {
  const wide = window.matchMedia('(min-width: 64rem)');
  const sync = () => { toc.open = wide.matches; };
  sync();
  wide.addEventListener('change', sync);
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeFragmentPart(a.hash.slice(1)).value, a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const observer = new IntersectionObserver((entries) => {
    const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
    if (!visible) return;
    for (const a of links.values()) a.removeAttribute('aria-current');
    links.get(visible.target.id)?.setAttribute('aria-current', 'true');
  }, { rootMargin: '0px 0px -70% 0px' });
  for (const h of headings) observer.observe(h);
}

// Escape hides glossary tooltips (WCAG 1.4.13: dismissible without moving
// the pointer or focus); they come back on the next pointer or focus move.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') body.classList.add('tips-hidden');
});
document.addEventListener('focusin', () => body.classList.remove('tips-hidden'));
document.addEventListener('pointerover', (event) => {
  if (!(event.target as Element | null)?.closest?.('.term')) body.classList.remove('tips-hidden');
});
