import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCandidatesFromSdp } from '../../../src/lib/ice/parseCandidatesFromSdp.ts';
import { lines } from './candidateLines.ts';

/** A Chrome-style offer with two media sections, CRLF line endings. */
const offer = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1',
  'm=audio 54400 UDP/TLS/RTP/SAVPF 111',
  'c=IN IP4 203.0.113.7',
  `a=${lines.chromeMdnsHost}`,
  `a=${lines.chromeSrflx}`,
  'a=ice-ufrag:EsAw',
  'a=mid:0',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'c=IN IP4 0.0.0.0',
  'a=mid:1',
  'a=candidate:bad 1 udp 2122260223 192.168.1.20 54401 typ host',
  'a=end-of-candidates',
  '',
].join('\r\n');

describe('parseCandidatesFromSdp', () => {
  test('finds every candidate of an SDP with line numbers, mid and m-line index', () => {
    const found = parseCandidatesFromSdp(offer);
    assert.equal(found.format, 'sdp');
    assert.equal(found.endOfCandidates, true);
    assert.deepEqual(
      found.candidates.map((c) => [c.lineNumber, c.sdpMid, c.sdpMLineIndex, c.source, c.result.ok]),
      [
        [8, '0', 0, 'sdp', true],
        [9, '0', 0, 'sdp', true],
        [15, '1', 1, 'sdp', true],
      ],
    );
  });

  test('a bad line is reported in place without hiding the others', () => {
    const found = parseCandidatesFromSdp(`${offer}a=candidate:1 1 udp 2122260223 192.168.1.20 99999 typ host\r\n`);
    const last = found.candidates.at(-1);
    assert.equal(last?.lineNumber, 17);
    assert.ok(last !== undefined && !last.result.ok);
    assert.equal(last.result.error.code, 'port-out-of-range');
    assert.equal(last.text.slice(last.result.error.position, last.result.error.end), '99999');
  });

  test('a list of bare lines in every prefix form is read', () => {
    const text = [
      lines.firefoxHost,
      '',
      `a=${lines.firefoxSrflx}`,
      '842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400',
      'some note that is not a candidate',
    ].join('\n');
    const found = parseCandidatesFromSdp(text);
    assert.equal(found.format, 'lines');
    assert.deepEqual(
      found.candidates.map((c) => [c.lineNumber, c.source, c.result.ok]),
      [
        [1, 'bare', true],
        [3, 'sdp', true],
        [4, 'bare', true],
      ],
    );
  });

  test('RTCIceCandidate.toJSON() output is read with its sdpMid and sdpMLineIndex', () => {
    const json = JSON.stringify({ candidate: lines.chromeSrflx, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'EsAw' });
    const found = parseCandidatesFromSdp(json);
    assert.equal(found.format, 'json');
    assert.equal(found.candidates.length, 1);
    const [c] = found.candidates;
    assert.equal(c?.sdpMid, '0');
    assert.equal(c?.sdpMLineIndex, 0);
    assert.equal(c?.usernameFragment, 'EsAw');
    assert.equal(c?.lineNumber, 1);
    assert.ok(c?.result.ok);
  });

  test('a pretty-printed JSON array gets the line of each candidate and an end marker', () => {
    const json = JSON.stringify(
      [
        { candidate: lines.chromeMdnsHost, sdpMid: '0', sdpMLineIndex: 0 },
        { candidate: lines.chromeRelayUdp, sdpMid: '0', sdpMLineIndex: 0 },
        { candidate: '', sdpMid: '0', sdpMLineIndex: 0 },
      ],
      null,
      2,
    );
    const found = parseCandidatesFromSdp(json);
    assert.deepEqual(
      found.candidates.map((c) => c.lineNumber),
      [3, 8],
    );
    assert.equal(found.endOfCandidates, true);
  });

  test('one JSON object per line, as in logs, is read line by line', () => {
    const log = [
      `12:00:01.100 onicecandidate ${JSON.stringify({ candidate: lines.chromeHost, sdpMid: '0', sdpMLineIndex: 0 })}`,
      `12:00:01.250 onicecandidate ${JSON.stringify({ candidate: lines.chromeSrflx, sdpMid: '1', sdpMLineIndex: 1 })}`,
    ].join('\n');
    const found = parseCandidatesFromSdp(log);
    assert.deepEqual(
      found.candidates.map((c) => [c.lineNumber, c.source, c.sdpMid, c.sdpMLineIndex, c.result.ok]),
      [
        [1, 'json', '0', 0, true],
        [2, 'json', '1', 1, true],
      ],
    );
  });

  test('an RTCSessionDescription as JSON is unpacked and its SDP scanned', () => {
    const found = parseCandidatesFromSdp(JSON.stringify({ type: 'offer', sdp: offer }));
    assert.equal(found.format, 'json');
    assert.deepEqual(
      found.candidates.map((c) => [c.lineNumber, c.sdpMid]),
      [
        [8, '0'],
        [9, '0'],
        [15, '1'],
      ],
    );
  });

  test('broken JSON falls back to scanning lines', () => {
    const found = parseCandidatesFromSdp(`{"candidate":"${lines.firefoxHost}", "sdpMid": "0"`);
    assert.equal(found.candidates.length, 1);
    assert.equal(found.candidates[0]?.source, 'json');
  });

  test('empty input gives an empty result', () => {
    assert.deepEqual(parseCandidatesFromSdp('  \n '), { candidates: [], endOfCandidates: false, format: 'empty' });
  });
});
