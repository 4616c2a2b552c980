import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyAddress } from '../../../src/lib/ice/address.ts';
import type { Candidate } from '../../../src/lib/ice/parseCandidate.ts';
import { parseCandidate } from '../../../src/lib/ice/parseCandidate.ts';
import { createRedactor, redactCandidate, redactCandidates } from '../../../src/lib/ice/redactCandidate.ts';
import { lines } from './candidateLines.ts';

function candidate(line: string): Candidate {
  const result = parseCandidate(line);
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

describe('redactCandidate', () => {
  test('addresses, foundation and ufrag are replaced; everything else is kept', () => {
    const redacted = redactCandidate(candidate(lines.chromeSrflx));
    assert.equal(
      redacted.line,
      'candidate:1 1 udp 1677729535 documentation-v4-1.invalid 54400 typ srflx raddr private-v4-1.invalid rport 54400 generation 0 ufrag ufrag-1 network-id 1 network-cost 10',
    );
    assert.deepEqual(
      redacted.replacements.map((r) => [r.original, r.placeholder, r.addressClass]),
      [
        ['203.0.113.7', 'documentation-v4-1.invalid', 'documentation'],
        ['192.168.1.20', 'private-v4-1.invalid', 'private'],
      ],
    );
  });

  test('the redacted line parses again and keeps the address classes', () => {
    const redacted = redactCandidate(candidate('candidate:5 1 udp 1677729535 100.72.3.4 40000 typ srflx raddr 10.0.0.5 rport 40000'));
    assert.ok(redacted.candidate !== null);
    assert.equal(redacted.candidate.addressKind, 'redacted');
    assert.equal(classifyAddress(redacted.candidate.address), 'cgnat');
    assert.equal(classifyAddress(redacted.candidate.relatedAddress ?? ''), 'private');
    assert.equal(redacted.line.slice(...redacted.candidate.spans.address), 'cgnat-v4-1.invalid');
  });

  test('mDNS names are redacted too', () => {
    const redacted = redactCandidate(candidate(lines.chromeMdnsHost));
    assert.match(redacted.line, / mdns-1\.invalid 54400 typ host /);
    assert.doesNotMatch(redacted.line, /\.local/);
  });

  test('a hidden related address 0.0.0.0 is kept as it is', () => {
    const redacted = redactCandidate(candidate(lines.chromeSrflxHidden));
    assert.match(redacted.line, / raddr 0\.0\.0\.0 rport 0 /);
    assert.deepEqual(redacted.candidate?.notes, [{ code: 'hidden-related-address', field: 'relatedAddress' }]);
  });

  test('IPv6 addresses get v6 placeholders', () => {
    const redacted = redactCandidate(candidate(lines.chromeIpv6Host));
    assert.match(redacted.line, / documentation-v6-1\.invalid 58101 /);
  });

  test('one redactor keeps equal addresses and foundations equal across candidates', () => {
    const redacted = redactCandidates([
      candidate(lines.chromeHost),
      candidate(lines.chromeSrflx),
      candidate(lines.chromeRelayUdp),
      candidate('candidate:1467250027 1 udp 2122262783 192.168.1.21 54402 typ host generation 0'),
    ]);
    const [host, srflx, relay, secondHost] = redacted.map((r) => r.candidate);
    assert.equal(host?.address, 'private-v4-1.invalid');
    assert.equal(srflx?.relatedAddress, host?.address);
    assert.equal(relay?.relatedAddress, srflx?.address);
    assert.equal(secondHost?.address, 'private-v4-2.invalid');
    assert.equal(secondHost?.foundation, host?.foundation);
    assert.notEqual(srflx?.foundation, host?.foundation);
  });

  test('two spellings of one IPv6 address share a placeholder', () => {
    const redactor = createRedactor();
    assert.equal(redactor.redactAddress('2001:db8::1'), redactor.redactAddress('2001:DB8:0:0::1'));
    assert.equal(redactor.replacements.length, 1);
  });

  test('a fresh redactor starts its numbering again', () => {
    assert.equal(createRedactor().redactAddress('10.0.0.1'), 'private-v4-1.invalid');
    assert.equal(createRedactor().redactAddress('10.0.0.2'), 'private-v4-1.invalid');
  });
});
