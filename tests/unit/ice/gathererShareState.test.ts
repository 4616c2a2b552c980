import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clampTimeout, gathererStateFromParams, gathererStateToParams, SHARE_LIMITS } from '../../../src/lib/ice/gathererShareState.ts';

describe('gathererStateToParams / gathererStateFromParams', () => {
  test('servers, policy and time limit survive a round trip', () => {
    const state = { servers: [['stun:10.0.0.5:3478'], ['turn:10.0.0.5:3478?transport=udp', 'turn:10.0.0.5:3478?transport=tcp']], policy: 'relay' as const, timeoutSeconds: 15 };
    assert.deepEqual(gathererStateFromParams(new URLSearchParams(gathererStateToParams(state).toString())), state);
  });

  test('the parameters have no username or credential, whatever the input object carries', () => {
    const sneaky = { servers: [['turn:t.example']], policy: 'all' as const, timeoutSeconds: 10, username: 'alice', credential: 'secret' };
    const text = gathererStateToParams(sneaky).toString();
    assert.doesNotMatch(text, /alice|secret|username|credential/);
  });

  test('credentials added to a link by hand are ignored', () => {
    const state = gathererStateFromParams(new URLSearchParams('server=turn:t.example&username=alice&credential=secret'));
    assert.deepEqual(state, { servers: [['turn:t.example']], policy: 'all', timeoutSeconds: 10 });
  });

  test('empty rows are left out', () => {
    assert.equal(gathererStateToParams({ servers: [[], ['stun:a.example']], policy: 'all', timeoutSeconds: 10 }).getAll('server').length, 1);
  });

  test('an unknown policy falls back to all, and a bad time limit to the default', () => {
    const state = gathererStateFromParams(new URLSearchParams('policy=none&timeout=abc'));
    assert.equal(state.policy, 'all');
    assert.equal(state.timeoutSeconds, 10);
  });

  test('a crafted link cannot add more than the limits allow', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 50; i++) params.append('server', Array.from({ length: 20 }, (_, j) => `stun:h${j}.example`).join(','));
    params.append('server', `stun:${'a'.repeat(300)}.example`);
    const state = gathererStateFromParams(params);
    assert.equal(state.servers.length, SHARE_LIMITS.servers);
    assert.ok(state.servers.every((urls) => urls.length === SHARE_LIMITS.urlsPerServer));
  });
});

describe('clampTimeout', () => {
  const cases: [number, number][] = [[0, 1], [-5, 1], [1, 1], [10.4, 10], [60, 60], [600, 60], [Number.NaN, 10], [Infinity, 10]];
  for (const [input, expected] of cases) {
    test(`${input} s becomes ${expected} s`, () => assert.equal(clampTimeout(input), expected));
  }
});
