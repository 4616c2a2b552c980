import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, collectIds, resolveInternal } from '../../../src/lib/site/linkCheck.ts';

const pages = new Map([
  ['/en/a/', '<h2 id="one">One</h2><a href="/en/b/#two">b</a><a href="#one">self</a><a href="https://example.org/">x</a>'],
  ['/en/b/', '<h2 id="two">Two</h2><img src="/logo.svg" alt=""><a href="../a/">a</a>'],
]);
const files = new Set(['/logo.svg', '/en/a/index.html', '/en/b/index.html']);

test('a site whose links and anchors all resolve has no problems', () => {
  assert.deepEqual(checkLinks(pages, files), []);
});

test('a link to a page that does not exist is reported', () => {
  const p = new Map(pages).set('/en/c/', '<a href="/en/nope/">x</a>');
  assert.deepEqual(checkLinks(p, files), [{ page: '/en/c/', link: '/en/nope/', kind: 'missing-page' }]);
});

test('a link to an anchor that does not exist is reported', () => {
  const p = new Map(pages).set('/en/c/', '<a href="/en/a/#missing">x</a>');
  assert.deepEqual(checkLinks(p, files), [{ page: '/en/c/', link: '/en/a/#missing', kind: 'missing-anchor' }]);
});

test('a same-page anchor is checked against the page itself', () => {
  const p = new Map([['/en/c/', '<h2 id="x">x</h2><a href="#y">y</a>']]);
  assert.deepEqual(checkLinks(p, new Set()), [{ page: '/en/c/', link: '#y', kind: 'missing-anchor' }]);
});

test('a page path without its trailing slash still resolves', () => {
  const p = new Map(pages).set('/en/c/', '<a href="/en/a#one">x</a>');
  assert.deepEqual(checkLinks(p, files), []);
});

test('duplicate ids on a page are reported', () => {
  assert.deepEqual(collectIds('<p id="a"></p><p id="a"></p>').duplicates, ['a']);
  const p = new Map([['/x/', '<p id="a"></p><p id="a"></p>']]);
  assert.equal(checkLinks(p, new Set())[0]?.kind, 'duplicate-id');
});

test('ids and links inside scripts are ignored', () => {
  assert.equal(collectIds('<script>const s = \'<p id="a">\'</script><p id="a"></p>').duplicates.length, 0);
});

test('external, mailto and data links are not checked', () => {
  assert.equal(resolveInternal('/en/', 'https://www.rfc-editor.org/rfc/rfc8445.html#section-6'), undefined);
  assert.equal(resolveInternal('/en/', 'mailto:a@b.c'), undefined);
  assert.equal(resolveInternal('/en/', 'data:image/png;base64,AA'), undefined);
});

test('percent-encoded anchors are decoded before comparison', () => {
  const p = new Map([['/x/', '<h2 id="a-b">x</h2><a href="#a%2Db">y</a>']]);
  assert.deepEqual(checkLinks(p, new Set()), []);
});

test('a link to widget state checks only the widget id', () => {
  const p = new Map([['/x/', '<div id="inspector"></div><a href="#inspector?c=abc">y</a><a href="#gatherer?x=1">z</a>']]);
  assert.deepEqual(checkLinks(p, new Set()), [{ page: '/x/', link: '#gatherer?x=1', kind: 'missing-anchor' }]);
});
