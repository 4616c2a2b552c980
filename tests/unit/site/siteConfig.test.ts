import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeBase, readSiteConfig } from '../../../src/plugins/siteConfig.mjs';

test('without SITE_URL the site builds at / and the build warns that absolute-URL parts are left out', () => {
  const c = readSiteConfig({});
  assert.equal(c.site, undefined);
  assert.equal(c.base, '/');
  assert.equal(c.errors.length, 0);
  assert.match(c.warnings[0] ?? '', /SITE_URL is not set.*sitemap.*RSS.*robots\.txt/s);
});

test('SITE_URL with a path gives the base path; the site is its origin', () => {
  const c = readSiteConfig({ SITE_URL: 'https://intranet.example/ice-guide/' });
  assert.deepEqual([c.site, c.base, c.warnings, c.errors], ['https://intranet.example', '/ice-guide/', [], []]);
});

test('SITE_BASE is normalised to a leading and trailing slash', () => {
  assert.equal(readSiteConfig({ SITE_BASE: 'ice-guide' }).base, '/ice-guide/');
  assert.equal(readSiteConfig({ SITE_BASE: '/a/b' }).base, '/a/b/');
  assert.equal(normalizeBase('///'), '/');
});

test('SITE_URL at a host root with SITE_BASE uses both', () => {
  const c = readSiteConfig({ SITE_URL: 'http://10.0.0.5:8080', SITE_BASE: '/docs/webrtc/' });
  assert.deepEqual([c.site, c.base, c.errors], ['http://10.0.0.5:8080', '/docs/webrtc/', []]);
});

test('a SITE_URL path that disagrees with SITE_BASE is an error naming both', () => {
  const c = readSiteConfig({ SITE_URL: 'https://h.example/a/', SITE_BASE: '/b/' });
  assert.match(c.errors[0] ?? '', /\/a\/.*\/b\//);
});

test('a SITE_URL that is not an http(s) address is an error that says what to give', () => {
  for (const bad of ['intranet/ice-guide', 'ftp://h.example/', 'https://h.example/x/?q=1']) {
    const c = readSiteConfig({ SITE_URL: bad });
    assert.equal(c.errors.length, 1, bad);
    assert.match(c.errors[0] ?? '', /e\.g\. https:\/\/intranet\.example\/ice-guide\//);
  }
});

test('a SITE_BASE with characters a URL path cannot hold is an error', () => {
  assert.match(readSiteConfig({ SITE_BASE: '/a b/' }).errors[0] ?? '', /not a URL path/);
});
