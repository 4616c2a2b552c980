import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentStates, MAX_TIMELINE_ENTRIES, recordTransition } from '../../../src/lib/loopback/timeline.ts';

test('a transition is recorded with the time since the same machine’s previous state', () => {
  let t = recordTransition([], 'ice', 'checking', 10);
  t = recordTransition(t, 'gathering', 'gathering', 11);
  t = recordTransition(t, 'ice', 'connected', 25);
  assert.deepEqual(t.map((e) => [e.machine, e.state, e.sincePrevious]), [['ice', 'checking', null], ['gathering', 'gathering', null], ['ice', 'connected', 15]]);
});

test('repeating the current state records nothing', () => {
  const t = recordTransition([], 'dtls', 'connecting', 1);
  assert.equal(recordTransition(t, 'dtls', 'connecting', 2), t);
});

test('the timeline keeps only the newest entries', () => {
  let t = recordTransition([], 'channel', 'a', 0);
  for (let i = 1; i <= MAX_TIMELINE_ENTRIES + 10; i++) t = recordTransition(t, 'channel', i % 2 ? 'b' : 'a', i);
  assert.equal(t.length, MAX_TIMELINE_ENTRIES);
  assert.equal(t.at(-1)?.at, MAX_TIMELINE_ENTRIES + 10);
});

test('current states are the latest per machine', () => {
  let t = recordTransition([], 'ice', 'checking', 1);
  t = recordTransition(t, 'ice', 'connected', 2);
  assert.deepEqual(currentStates(t), { gathering: null, ice: 'connected', dtls: null, channel: null, connection: null });
});
