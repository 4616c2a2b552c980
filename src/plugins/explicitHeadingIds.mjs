// @ts-check
/**
 * A Sätteri hast plugin that holds every article to the explicit-heading-id
 * convention: each h2–h4 must carry an id written by the author
 * (`## Symmetric NAT {#symmetric-nat}`, parsed by Sätteri's
 * `headingAttributes` feature), ids must be lowercase ASCII kebab-case, and
 * no id may appear twice on a page.
 *
 * Slugs generated from heading text would differ between English and
 * Japanese, so a link like `/ja/x#symmetric-nat` would break; failing the
 * build is cheaper than a broken shared link.
 *
 * It runs before Astro's own heading-id plugin, which keeps an existing id.
 */
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** @returns {import('satteri').HastPluginEntry} */
export function explicitHeadingIds() {
  return () => {
    /** @type {Set<string>} */
    const seen = new Set();
    return {
      name: 'explicit-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const where = ctx.fileURL ? ctx.fileURL.pathname : 'a Markdown document';
          const text = ctx.textContent(node).trim();
          const id = node.properties?.id;
          if (node.tagName === 'h1') {
            throw new Error(`${where}: "# ${text}" — articles must not contain an h1; the layout prints the title. Start sections at "##".`);
          }
          const level = Number(node.tagName.slice(1));
          if (level > 4) return;
          if (typeof id !== 'string' || id === '') {
            throw new Error(`${where}: heading "${text}" has no explicit id. Write it as "${'#'.repeat(level)} ${text} {#some-id}" with the same id in every language.`);
          }
          if (!ID_PATTERN.test(id)) {
            throw new Error(`${where}: heading "${text}" has id "${id}"; ids must be lowercase ASCII kebab-case, e.g. "symmetric-nat".`);
          }
          if (seen.has(id)) {
            throw new Error(`${where}: the id "${id}" is used by more than one heading ("${text}"). Heading ids must be unique on a page.`);
          }
          seen.add(id);
          // A permalink after the heading (not inside it, so the heading's
          // accessible name and the table of contents stay clean). It works
          // as a plain link without JavaScript; the page script upgrades it
          // to copy the full URL.
          const lang = /\/ja\//.test(where) ? 'ja' : 'en';
          const label = lang === 'ja' ? `「${text}」へのリンク` : `Link to the section “${text}”`;
          ctx.wrapNode(node, {
            raw: `<div class="heading-wrap level-${level}"><a class="heading-link" href="#${id}" data-copy-link data-pagefind-ignore><span class="sr-only">${escapeHtml(label)}</span></a></div>`,
          });
        },
      },
    };
  };
}
