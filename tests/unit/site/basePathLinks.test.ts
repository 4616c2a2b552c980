import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { basePathLinks } from '../../../src/plugins/basePathLinks.mjs';

const render = (md: string, base: string): string => (markdownToHtml(md, { hastPlugins: [basePathLinks(base)] }) as { html: string }).html;

test('root-relative article links get the base path, anchors and widget state kept', () => {
  assert.match(render('[a](/ja/nat-types/#full-cone) [b](/en/hole-punching/#nat-demo?s=x)', '/ice-guide/'),
    /href="\/ice-guide\/ja\/nat-types\/#full-cone".*href="\/ice-guide\/en\/hole-punching\/#nat-demo\?s=x"/);
});

test('external, protocol-relative, fragment-only and already-prefixed links are left alone', () => {
  const html = render('[a](https://www.rfc-editor.org/rfc/rfc8445) [b](//cdn.example/x) [c](#top) [d](/ice-guide/en/)', '/ice-guide/');
  assert.match(html, /href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc8445"/);
  assert.match(html, /href="\/\/cdn\.example\/x"/);
  assert.match(html, /href="#top"/);
  assert.match(html, /href="\/ice-guide\/en\/"/);
  assert.doesNotMatch(html, /ice-guide\/ice-guide/);
});

test('at the root base nothing changes', () => {
  assert.match(render('[a](/en/x/)', '/'), /href="\/en\/x\/"/);
});
