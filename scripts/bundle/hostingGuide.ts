/**
 * HOSTING.md for the archive `npm run bundle` writes: how to serve the
 * built site on an intranet host, for the base path it was built for.
 */
export interface HostingFacts {
  version: string;
  /** The base path the site was built for, e.g. `/ice-guide/` or `/`. */
  base: string;
  /** The address the build was told (SITE_URL with its base), if any. */
  siteUrl: string | undefined;
}

export function hostingGuide({ version, base, siteUrl }: HostingFacts): string {
  const root = base === '/' ? '' : base.replace(/\/$/, '');
  const rebuild = 'SITE_URL=https://your-host.example/your/path/ npm run bundle';
  return `# Hosting the ICE Field Guide ${version}

This archive is the whole site: static files in \`site/\`. It needs nothing
from the internet — no CDN, fonts, analytics or external scripts; every
request it makes goes to the host that serves it. The widgets talk only to
the STUN/TURN servers the reader types in.

**Built for:** ${siteUrl ? `\`${siteUrl}\`` : 'no fixed address (no SITE_URL)'} — base path \`${base}\`.
Serve the contents of \`site/\` at exactly that path${base === '/' ? ' (the root of a host)' : ''}. For another
path or address, rebuild from the source: \`${rebuild}\`.
${siteUrl ? '' : `Without SITE_URL the pages carry no canonical URLs, and there is no sitemap or
RSS feed (both need absolute addresses); everything else works.
`}
## What the server must do

- Serve \`index.html\` for a directory (\`${base}en/\` → \`${base}en/index.html\`).
- Answer unknown paths with \`site/404.html\` and status 404 (optional, but nicer).
- Send these types (most servers already do):

| files | Content-Type |
| --- | --- |
| \`.html\` | \`text/html; charset=utf-8\` |
| \`.js\` | \`text/javascript\` (module scripts are refused under any other type) |
| \`.css\` | \`text/css\` |
| \`.svg\` | \`image/svg+xml\` |
| \`.json\`, \`.xml\`, \`.txt\` | \`application/json\`, \`application/xml\`, \`text/plain\` |
| \`pagefind/**/*.pf_meta\`, \`.pf_index\`, \`.pf_fragment\`, \`.pagefind\` | \`application/octet-stream\` (search index and its WebAssembly, already compressed: do not add \`Content-Encoding\` to them) |

The pages carry their own Content-Security-Policy (a \`<meta>\` tag). If your
server adds a CSP header, it must allow \`script-src 'self' 'wasm-unsafe-eval'\`
(the search compiles its WebAssembly in the page) or search stops working.

## nginx

\`\`\`nginx
location ${base} {
    alias /srv/ice-field-guide/site/;   # the unpacked site/ directory, trailing slash on both
    index index.html;
    error_page 404 ${root}/404.html;
}
\`\`\`

The stock \`mime.types\` covers everything; Pagefind's own extensions fall back
to \`default_type application/octet-stream\`, which is right.

## Apache

\`\`\`apache
Alias "${base}" "/srv/ice-field-guide/site/"
<Directory "/srv/ice-field-guide/site">
    Require all granted
    DirectoryIndex index.html
    AddType application/octet-stream .pf_meta .pf_index .pf_fragment .pagefind
    AddType text/javascript .js
</Directory>
ErrorDocument 404 ${root}/404.html
\`\`\`

## Caddy

\`\`\`caddy
:8080 {
    handle_path ${root || ''}/* {
        root * /srv/ice-field-guide/site
        file_server
        handle_errors {
            rewrite * /404.html
            file_server
        }
    }
}
\`\`\`

## Python, for a quick look on one machine

\`\`\`sh
${base === '/'
    ? 'cd site && python3 -m http.server 8080 --bind 127.0.0.1\n# then open http://127.0.0.1:8080/'
    : `mkdir -p /tmp/ice-root${root.replace(/\/[^/]*$/, '')} && ln -sfn "$PWD/site" /tmp/ice-root${root}\npython3 -m http.server 8080 --bind 127.0.0.1 --directory /tmp/ice-root\n# then open http://127.0.0.1:8080${base}`}
\`\`\`

(Python's server does not use \`404.html\`; everything else works.)

## Checking it

Open \`${base}en/\` and \`${base}ja/\`, search for a word on \`${base}en/search/\`, and
open an article with a widget (\`${base}en/anatomy-of-a-candidate/\`). The
browser's developer tools should show no request leaving your host.
`;
}
