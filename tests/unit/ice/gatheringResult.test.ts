import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GatheringRecord } from '../../../src/lib/ice/gatheringResult.ts';
import { candidateRow, gatheringResultToJson, gatheringResultToMarkdown, relayProtocolOf, reportOf } from '../../../src/lib/ice/gatheringResult.ts';
import { parseCandidate } from '../../../src/lib/ice/parseCandidate.ts';

// Recorded from Debian Chromium 156 against coturn 4.6 on 127.0.0.1 (port 3478 here).
const chrome = {
  host: 'candidate:674102641 1 udp 2113937151 192.168.10.2 54922 typ host generation 0 ufrag IkIm network-cost 999',
  host6: 'candidate:794792385 1 udp 2113942271 fd00::2 35829 typ host generation 0 ufrag IkIm network-cost 999',
  srflx: 'candidate:3856507340 1 udp 1677729535 203.0.113.7 54922 typ srflx raddr 192.168.10.2 rport 54922 generation 0 ufrag IkIm network-cost 999',
  relayUdp: 'candidate:1399482517 1 udp 50339839 198.51.100.9 40289 typ relay raddr 203.0.113.7 rport 54922 generation 0 ufrag IkIm network-cost 999',
  relayTcp: 'candidate:1797656238 1 udp 16785407 198.51.100.9 40220 typ relay raddr 203.0.113.7 rport 41458 generation 0 ufrag IkIm network-cost 999',
};
const STUN = 'stun:198.51.100.9:3478';
const TURN = 'turn:198.51.100.9:3478?transport=udp';

function record(partial: Partial<GatheringRecord>): GatheringRecord {
  return {
    iceServers: [{ urls: STUN }, { urls: TURN, username: 'alice', credential: 's3cret-pass' }],
    iceTransportPolicy: 'all',
    timeoutSeconds: 10,
    candidates: [
      { ms: 6, line: chrome.host, url: null, relayProtocol: null },
      { ms: 6, line: chrome.host6, url: null, relayProtocol: null },
      { ms: 7, line: chrome.srflx, url: STUN, relayProtocol: null },
      { ms: 61, line: chrome.relayUdp, url: TURN, relayProtocol: null },
    ],
    errors: [],
    completion: 'complete',
    durationMs: 120,
    ...partial,
  };
}

const parsed = (line: string) => {
  const r = parseCandidate(line);
  assert.ok(r.ok);
  return r.value;
};

describe('relayProtocolOf', () => {
  test('a reported relayProtocol is used as it is', () => {
    assert.deepEqual(relayProtocolOf(parsed(chrome.relayTcp), 'tcp'), { protocol: 'tcp', inferred: false });
  });
  test('Chrome leaves it empty for UDP; type preference 3 reads as UDP', () => {
    assert.deepEqual(relayProtocolOf(parsed(chrome.relayUdp), null), { protocol: 'udp', inferred: true });
  });
  test('type preference 1 reads as TCP', () => {
    assert.deepEqual(relayProtocolOf(parsed(chrome.relayTcp), null), { protocol: 'tcp', inferred: true });
  });
  test('non-relay candidates have none', () => {
    assert.equal(relayProtocolOf(parsed(chrome.srflx), 'udp'), null);
  });
});

describe('candidateRow', () => {
  test('parses each gathered record once: the same record gives the same row object', () => {
    const gatheredRecord = { ms: 1, line: chrome.srflx, url: STUN, relayProtocol: null };
    assert.equal(candidateRow(gatheredRecord), candidateRow(gatheredRecord));
    assert.notEqual(candidateRow(gatheredRecord), candidateRow({ ...gatheredRecord }));
  });
  test('decodes the priority of a gathered line', () => {
    const row = candidateRow({ ms: 1, line: chrome.host, url: null, relayProtocol: null });
    assert.deepEqual([row.priority?.typePreference, row.priority?.localPreference, row.priority?.componentId], [126, 0xffff & (2113937151 >> 8), 1]);
  });
  test('a line that does not parse gives a row without a candidate, not an exception', () => {
    const row = candidateRow({ ms: 1, line: 'nonsense', url: null, relayProtocol: null });
    assert.equal(row.candidate, null);
  });
});

describe('reportOf', () => {
  test('STUN and TURN both work when srflx and relay come from them', () => {
    assert.deepEqual(reportOf(record({})).servers.map((s) => s.code), ['works', 'works']);
  });
  test('a 401 from the TURN server gives auth-failed', () => {
    const r = reportOf(record({
      candidates: record({}).candidates.slice(0, 3),
      errors: [{ ms: 60, errorCode: 401, errorText: 'Unauthorized.', url: TURN, address: '0.0.0.x', port: 54922 }],
    }));
    assert.deepEqual(r.servers.map((s) => s.code), ['works', 'auth-failed']);
  });
  test('a server that never answered before the time limit gives no-response', () => {
    const r = reportOf(record({ iceServers: [{ urls: 'stun:127.0.0.1:9' }], candidates: record({}).candidates.slice(0, 2), completion: 'timed-out' }));
    assert.deepEqual(r.servers.map((s) => s.code), ['no-response']);
    assert.ok(r.readings.some((x) => x.code === 'gathering-timed-out'));
  });
});

describe('gatheringResultToMarkdown', () => {
  test('redacts every address by default and keeps the structure', () => {
    const md = gatheringResultToMarkdown(record({}), { lang: 'en' });
    for (const address of ['192.168.10.2', 'fd00::2', '203.0.113.7']) assert.ok(!md.includes(address), address);
    assert.match(md, /private-v4-1\.invalid/);
    assert.match(md, /\| ms \| type \| protocol \|/);
    assert.equal(md.split('\n').filter((l) => /^\| \d+ \| (host|srflx|relay) \|/.test(l)).length, 4);
  });
  test('keeps an address the browser already masked (0.0.0.x)', () => {
    const md = gatheringResultToMarkdown(record({ errors: [{ ms: 60, errorCode: 701, errorText: 'STUN binding request timed out.', url: STUN, address: '0.0.0.x', port: 5 }] }), { lang: 'en' });
    assert.match(md, /`0\.0\.0\.x:5`/);
  });
  test('never includes the username or credential', () => {
    const md = gatheringResultToMarkdown(record({}), { lang: 'en', redact: false });
    assert.doesNotMatch(md, /alice|s3cret-pass/);
  });
  test('shows addresses when the reader turns redaction off', () => {
    assert.match(gatheringResultToMarkdown(record({}), { lang: 'en', redact: false }), /192\.168\.10\.2/);
  });
  test('redacts the address quoted inside a reading too', () => {
    const same = 'candidate:1 1 udp 1677729535 192.168.10.2 54922 typ srflx raddr 192.168.10.2 rport 54922';
    const md = gatheringResultToMarkdown(record({ candidates: [{ ms: 5, line: chrome.host, url: null, relayProtocol: null }, { ms: 6, line: same, url: STUN, relayProtocol: null }] }), { lang: 'en' });
    assert.doesNotMatch(md, /192\.168\.10\.2/);
  });
  test('lists errors with their explanation and escapes pipes', () => {
    const md = gatheringResultToMarkdown(record({ errors: [{ ms: 60, errorCode: 401, errorText: 'Unauthorized | bad', url: TURN, address: '192.168.10.2', port: 54922 }] }), { lang: 'ja' });
    assert.match(md, /Unauthorized \\\| bad/);
    assert.match(md, /401 Unauthenticated/);
    assert.doesNotMatch(md, /192\.168\.10\.2/);
    assert.match(md, /ICE 候補の収集結果/);
  });
});

describe('gatheringResultToJson', () => {
  test('is valid JSON with verdicts, decoded priorities and redacted addresses', () => {
    const json = JSON.parse(gatheringResultToJson(record({}), { lang: 'en' })) as {
      redacted: boolean; servers: { verdict: string }[]; candidates: { address: string; typePreference: number; relayProtocol: string | null }[];
    };
    assert.equal(json.redacted, true);
    assert.deepEqual(json.servers.map((s) => s.verdict), ['works', 'works']);
    assert.ok(json.candidates.every((c) => c.address.endsWith('.invalid')));
    assert.equal(json.candidates[3]?.typePreference, 3);
    assert.equal(json.candidates[3]?.relayProtocol, 'udp');
  });
  test('never includes the username or credential', () => {
    assert.doesNotMatch(gatheringResultToJson(record({}), { lang: 'en', redact: false }), /alice|s3cret-pass|credential|username/);
  });
});

describe('export redaction of server URLs and the relay address', () => {
  test('server URLs are redacted by default in Markdown: host replaced, scheme, port and transport kept', () => {
    const md = gatheringResultToMarkdown(record({}), { lang: 'en' });
    assert.doesNotMatch(md, /198\.51\.100\.9/);
    assert.match(md, /`stun:documentation-v4-\d\.invalid:3478`/);
    assert.match(md, /`turn:documentation-v4-\d\.invalid:3478\?transport=udp`/);
    assert.match(md, /Server URLs are redacted/);
  });

  test('the relay address and the TURN server on the same IP get the same placeholder', () => {
    const json = JSON.parse(gatheringResultToJson(record({}), { lang: 'en' })) as { servers: { url: string }[]; candidates: { type: string; address: string }[] };
    const relay = json.candidates.find((c) => c.type === 'relay')?.address;
    assert.ok(relay?.endsWith('.invalid'));
    assert.equal(json.servers[1]?.url, `turn:${relay}:3478?transport=udp`);
  });

  test('server names become server-n.invalid, in verdict texts and error rows too', () => {
    const stun = 'stun:stun.corp.example:3478';
    const turn = 'turns:turn.corp.example:5349?transport=tcp';
    const md = gatheringResultToMarkdown(record({
      iceServers: [{ urls: stun }, { urls: turn, username: 'alice', credential: 's3cret-pass' }],
      candidates: [{ ms: 6, line: chrome.host, url: null, relayProtocol: null }, { ms: 7, line: chrome.srflx, url: stun, relayProtocol: null }],
      errors: [{ ms: 60, errorCode: 401, errorText: 'Unauthorized', url: turn, address: '192.168.10.2', port: 54922 }],
    }), { lang: 'ja' });
    assert.doesNotMatch(md, /corp\.example/);
    assert.match(md, /stun:server-1\.invalid:3478/);
    assert.match(md, /turns:server-2\.invalid:5349\?transport=tcp/);
  });

  test('JSON redacts URLs in servers, candidates, errors and explanations', () => {
    const text = gatheringResultToJson(record({ errors: [{ ms: 60, errorCode: 701, errorText: 'timeout', url: STUN, address: '0.0.0.x', port: 0 }] }), { lang: 'en' });
    assert.doesNotMatch(text, /198\.51\.100\.9/);
    assert.equal((JSON.parse(text) as { serversRedacted: boolean }).serversRedacted, true);
  });

  test('the reader can keep server URLs while addresses stay redacted', () => {
    const md = gatheringResultToMarkdown(record({}), { lang: 'en', redactServers: false });
    assert.match(md, /`stun:198\.51\.100\.9:3478`/);
    assert.doesNotMatch(md, /192\.168\.10\.2|203\.0\.113\.7/);
    assert.match(md, /Server URLs are NOT redacted/);
  });

  test('the raddr quoted by a reading is redacted with the rest', () => {
    const md = gatheringResultToMarkdown(record({}), { lang: 'en' });
    assert.match(md, /raddr private-v4-1\.invalid is the local address it translated from/);
  });
});
