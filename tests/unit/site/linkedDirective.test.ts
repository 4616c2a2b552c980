/**
 * `client:linked` (src/directives/linked.ts): which fragments count as a
 * widget-state link that hydrates the island at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linksTo } from '../../../src/directives/linked.ts';

test('a state link to the widget hydrates at once', () => {
  assert.equal(linksTo('#two-tabs?room=abc123', 'two-tabs'), true);
  assert.equal(linksTo('#two-tabs?', 'two-tabs'), true);
  assert.equal(linksTo('#two%2Dtabs?room=x', 'two-tabs'), true, 'the id is percent-decoded, as the page script does');
});

test('a plain anchor, another widget, or no fragment waits until visible', () => {
  assert.equal(linksTo('#two-tabs', 'two-tabs'), false, 'an anchor without state');
  assert.equal(linksTo('', 'two-tabs'), false);
  assert.equal(linksTo('#gatherer?server=stun:x', 'two-tabs'), false);
  assert.equal(linksTo('#two-tabs-extra?room=x', 'two-tabs'), false);
  assert.equal(linksTo('#two-tabs?room=x', ''), false, 'an island without an id never matches');
});

test('hostile fragments never throw', () => {
  assert.equal(linksTo('#two-tabs%ZZ?room=x', 'two-tabs'), false);
  assert.equal(linksTo('#%E0%A4%A?x', 'two-tabs'), false);
  assert.equal(linksTo('#?', 'two-tabs'), false);
});
