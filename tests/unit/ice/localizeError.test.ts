import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { candidateErrorText, iceServerProblemText, iceServerUrlErrorText } from '../../../src/lib/ice/localizeError.ts';
import { parseCandidate } from '../../../src/lib/ice/parseCandidate.ts';
import { parseIceServerUrl, validateIceServer } from '../../../src/lib/ice/parseIceServerUrl.ts';

const badUrls = [
  'stun://stun.example.org',
  'http://turn.example.org',
  'stun.example.org:3478',
  'stun:stun.example.org:99999',
  'stun:stun.example.org?transport=udp',
  'turn:turn.example.org?transport=tls',
  'turn:user@turn.example.org',
  'stun:2001:db8::1',
  'stun:bad_host!',
  'foo:bar',
  'stun: stun.example.org',
  'stun:',
];

const badLines = [
  'candidate:1 1 udp abc 192.0.2.1 9 typ host',
  'candidate:1 1 sctp 1 192.0.2.1 9 typ host',
  'candidate:1 1 udp 1 192.0.2.1 70000 typ host',
  'candidate:1 1 udp 1 192.0.2.1 9 typ hots',
  'candidate:1 1 udp 1 192.0.2.1 9 typ srflx',
  'candidate:1 1 udp 1 192.0.2.1',
  'candidate:1 1 udp 1 192.0.2.1 9 type host',
  'hello world',
];

describe('iceServerUrlErrorText', () => {
  for (const url of badUrls) {
    test(`in English it says exactly what the parser says for ${JSON.stringify(url)}`, () => {
      const result = parseIceServerUrl(url);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(iceServerUrlErrorText('en', result.error), result.error.message);
    });
  }

  test('in Japanese it fills in the suggestion and leaves no placeholder', () => {
    const result = parseIceServerUrl('stun://stun.example.org');
    assert.equal(result.ok, false);
    if (result.ok) return;
    const text = iceServerUrlErrorText('ja', result.error);
    assert.match(text, /stun:stun\.example\.org/);
    assert.doesNotMatch(text, /\{[a-zA-Z]+\}/);
    assert.notEqual(text, result.error.message);
  });

  test('in Japanese a bad port names the default port of the scheme', () => {
    const result = parseIceServerUrl('turns:turn.example.org:0');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(iceServerUrlErrorText('ja', result.error), /5349/);
  });
});

describe('iceServerProblemText', () => {
  test('a TURN URL without credentials is explained with the URL quoted, in both languages', () => {
    const entry = { urls: ['stun:a.example', 'turn:turn.example.org'] };
    const result = validateIceServer(entry);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const problem = result.error.problems[0]!;
    assert.equal(problem.code, 'turn-needs-credentials');
    assert.equal(iceServerProblemText('en', problem, entry), problem.message);
    assert.match(iceServerProblemText('ja', problem, entry), /turn:turn\.example\.org/);
  });

  test('an over-long username quotes its length in bytes', () => {
    const entry = { urls: ['turn:t.example'], username: 'ユ'.repeat(200), credential: 'x' };
    const result = validateIceServer(entry);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const problem = result.error.problems.find((p) => p.code === 'username-too-long')!;
    assert.equal(iceServerProblemText('en', problem, entry), problem.message);
    assert.match(iceServerProblemText('ja', problem, entry), /600/);
  });
});

describe('candidateErrorText', () => {
  for (const line of badLines) {
    test(`in English it says exactly what the parser says for ${JSON.stringify(line)}`, () => {
      const result = parseCandidate(line);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(candidateErrorText('en', result.error), result.error.message);
    });
  }

  test('in Japanese it names the offending token and no placeholder is left', () => {
    const result = parseCandidate('candidate:1 1 udp 1 192.0.2.1 9 typ hots');
    assert.equal(result.ok, false);
    if (result.ok) return;
    const text = candidateErrorText('ja', result.error);
    assert.match(text, /hots/);
    assert.doesNotMatch(text, /\{[a-zA-Z]+\}/);
  });
});

test('a URL that is too long is explained with its length and the limit in both languages', () => {
  const result = parseIceServerUrl(`turn:${'x'.repeat(5995)}`);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(iceServerUrlErrorText('en', result.error), /6000 characters long.*over 512 characters/);
  assert.match(iceServerUrlErrorText('ja', result.error), /6000 文字.*512 文字を超える/);
});
