// @ts-check
/**
 * A Sätteri hast plugin that puts the site's base path in front of every
 * root-relative link an article writes (`[x](/ja/nat-types/#full-cone)` →
 * `/ice-guide/ja/nat-types/#full-cone` when built with
 * `SITE_BASE=/ice-guide/`), so articles stay written from the site root and
 * work under any path. Protocol-relative (`//host`) and other links are
 * left alone.
 */

/**
 * @param {string} base - the configured base path, with leading and trailing slash
 * @returns {import('satteri').HastPluginEntry}
 */
export function basePathLinks(base) {
  return () => ({
    name: 'base-path-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (base === '/' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        if (href === base.slice(0, -1) || href.startsWith(base)) return;
        ctx.setProperty(node, 'href', `${base}${href.slice(1)}`);
      },
    },
  });
}
