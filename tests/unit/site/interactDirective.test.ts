/**
 * `client:interact` (src/directives/interact.ts): which fragments count as a
 * widget-state link that hydrates an island at once. (What the directive
 * does in a page — hydrating on reach, replaying what the reader did — is
 * tested in real Chromium by tests/e2e/interact.spec.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REACH_EVENTS, stateLinkId } from '../../../src/directives/interact.ts';

test('a state link names the widget it is for', () => {
  assert.equal(stateLinkId('#two-tabs?room=abc123'), 'two-tabs');
  assert.equal(stateLinkId('#two-tabs?'), 'two-tabs');
  assert.equal(stateLinkId('#two%2Dtabs?room=x'), 'two-tabs', 'the id is percent-decoded, as the page script does');
  assert.equal(stateLinkId('#nat-demo?scenario=hole-punch&step=3'), 'nat-demo');
});

test('a plain anchor or no fragment is not a state link', () => {
  assert.equal(stateLinkId('#two-tabs'), null, 'an anchor without state');
  assert.equal(stateLinkId(''), null);
  assert.equal(stateLinkId('#'), null);
  assert.equal(stateLinkId('#?room=x'), null, 'state without an id');
});

test('hostile fragments never throw and never count', () => {
  assert.equal(stateLinkId('#two-tabs%ZZ?room=x'), null);
  assert.equal(stateLinkId('#%E0%A4%A?x'), null);
  assert.equal(stateLinkId('#two-tabs?room=%ZZ'), 'two-tabs', 'state that partly cannot be decoded still wakes the widget, which says what it left out');
});

test('the reader reaches for a widget by pointer, touch, focus or a dragged file', () => {
  assert.deepEqual([...REACH_EVENTS].sort(), ['dragenter', 'focusin', 'pointerdown', 'pointerover', 'touchstart']);
});
