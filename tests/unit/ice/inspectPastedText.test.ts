import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspectPastedText, MAX_GUESSED_LINES } from '../../../src/lib/ice/inspectPastedText.ts';

const host = 'candidate:674102641 1 udp 2113937151 192.0.2.2 54922 typ host generation 0 ufrag IkIm network-cost 999';

describe('inspectPastedText', () => {
  test('a valid line is found and parsed', () => {
    const r = inspectPastedText(host);
    assert.equal(r.candidates.length, 1);
    assert.equal(r.candidates[0]?.result.ok, true);
  });

  test('an SDP fragment yields each a=candidate line with its line number', () => {
    const sdp = `m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:0\r\na=${host}\r\na=candidate:1 1 udp 1 192.0.2.1 9 typ hots\r\n`;
    const r = inspectPastedText(sdp);
    assert.equal(r.format, 'sdp');
    assert.deepEqual(r.candidates.map((c) => [c.lineNumber, c.result.ok]), [[3, true], [4, false]]);
  });

  test('a line that does not look like a candidate is still parsed, so its error is precise', () => {
    const r = inspectPastedText('1 1 xyz 5 192.0.2.1 9 typ host');
    assert.equal(r.format, 'guessed');
    const result = r.candidates[0]?.result;
    assert.ok(result && !result.ok);
    assert.equal(result.error.code, 'unknown-transport');
    assert.equal(result.error.token, 'xyz');
  });

  test('an SDP without candidates says so instead of parsing every SDP line', () => {
    const r = inspectPastedText('v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n');
    assert.equal(r.noCandidates, true);
    assert.equal(r.candidates.length, 0);
  });

  test('empty text gives nothing and no complaint', () => {
    const r = inspectPastedText('  \n ');
    assert.deepEqual([r.format, r.candidates.length, r.noCandidates], ['empty', 0, false]);
  });

  test('at most MAX_GUESSED_LINES lines are tried one by one', () => {
    const r = inspectPastedText(Array.from({ length: 50 }, (_, i) => `garbage ${i}`).join('\n'));
    assert.equal(r.candidates.length, MAX_GUESSED_LINES);
  });
});

test('pasted prose is reported line by line as not a candidate line', () => {
  const found = inspectPastedText('hello world this is not a candidate');
  assert.equal(found.format, 'guessed');
  const first = found.candidates[0];
  assert.equal(first?.result.ok, false);
  if (first !== undefined && !first.result.ok) assert.equal(first.result.error.code, 'not-a-candidate-line');
});
