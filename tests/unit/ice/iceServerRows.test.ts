import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IceServerRow } from '../../../src/lib/ice/iceServerRows.ts';
import { checkIceServerRow, presetRows, rowErrorTexts, splitUrls, toRtcIceServers } from '../../../src/lib/ice/iceServerRows.ts';

const row = (urls: string, username = '', credential = '', id = 'r'): IceServerRow => ({ id, urls, username, credential });

describe('splitUrls', () => {
  test('splits on commas and white space and drops empty items', () => {
    assert.deepEqual(splitUrls(' stun:a.example,turn:b.example  turns:c.example ,, '), ['stun:a.example', 'turn:b.example', 'turns:c.example']);
  });
});

describe('toRtcIceServers', () => {
  test('valid rows become RTCIceServer entries with normalised URLs and credentials only when given', () => {
    const result = toRtcIceServers([row('STUN:Stun.Example.org'), row('turn:t.example?transport=UDP', 'u', 'p')]);
    assert.deepEqual(result, { ok: true, value: [{ urls: ['stun:stun.example.org'] }, { urls: ['turn:t.example?transport=udp'], username: 'u', credential: 'p' }] });
  });

  test('blank rows are skipped, not errors', () => {
    assert.deepEqual(toRtcIceServers([row('')]), { ok: true, value: [] });
  });

  test('every invalid row is reported with its id and position', () => {
    const result = toRtcIceServers([row('stun:ok.example', '', '', 'a'), row('stun://x.example', '', '', 'b'), row('turn:t.example', '', '', 'c')]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors.map((e) => [e.rowId, e.rowIndex, e.problems[0]?.code]), [['b', 1, 'double-slash'], ['c', 2, 'turn-needs-credentials']]);
  });

  test('a row with credentials but no URL is an error', () => {
    const result = toRtcIceServers([row('', 'u', 'p')]);
    assert.equal(result.ok, false);
  });

  test('never throws, even on odd input', () => {
    assert.doesNotThrow(() => toRtcIceServers([row('\u0000:%%%'), row('[::1'), row(':::')]));
  });
});

describe('rowErrorTexts', () => {
  test('gives one sentence per problem in the page language', () => {
    const r = row('stun://x.example turn:t.example');
    const checked = checkIceServerRow(r);
    assert.ok(checked !== null && !checked.ok);
    const error = { rowId: 'r', rowIndex: 0, problems: checked.error.problems, urls: splitUrls(r.urls) };
    const en = rowErrorTexts('en', error, r);
    const ja = rowErrorTexts('ja', error, r);
    assert.equal(en.length, 2);
    assert.equal(ja.length, 2);
    assert.match(ja[1] ?? '', /turn:t\.example/);
    assert.notDeepEqual(en, ja);
  });
});

describe('presetRows', () => {
  let n = 0;
  const makeId = () => `p${++n}`;
  test('"none" has no servers', () => assert.deepEqual(presetRows('none', makeId), []));
  test('the public STUN example is valid as it stands', () => {
    assert.equal(toRtcIceServers(presetRows('public-stun', makeId)).ok, true);
  });
  test('the coturn template asks for credentials before it can be used', () => {
    const result = toRtcIceServers(presetRows('own-coturn', makeId));
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.errors[0]?.problems[0]?.code, 'turn-needs-credentials');
  });
  test('the coturn template offers TURN over UDP, TCP and TLS, valid once credentials are filled in', () => {
    const rows = presetRows('own-coturn', makeId).map((r) => (r.urls.startsWith('turn') ? { ...r, username: 'u', credential: 'c' } : r));
    const result = toRtcIceServers(rows);
    assert.equal(result.ok, true);
    const urls = rows.flatMap((r) => splitUrls(r.urls));
    assert.deepEqual(urls, [
      'stun:turn.example.internal:3478',
      'turn:turn.example.internal:3478?transport=udp',
      'turn:turn.example.internal:3478?transport=tcp',
      'turns:turn.example.internal:5349?transport=tcp',
    ]);
  });
});
