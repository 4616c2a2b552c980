import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseNatDiscovery } from '../../../scripts/lab/natDiscovery.ts';

/** Real `turnutils_natdiscovery` (coturn 4.6.1) output, recorded in the lab from LAN A's host. */
function fixture(mode: string, flag: 'm' | 'f' | 'H'): string {
  return readFileSync(new URL(`./fixtures/natdiscovery-${mode}-${flag}.txt`, import.meta.url), 'utf8');
}

function reading(mode: string, flag: 'm' | 'f' | 'H') {
  const r = parseNatDiscovery(fixture(mode, flag));
  assert.ok(r.ok, `fixture ${mode} -${flag} should parse`);
  return r.value;
}

describe('mapping test (RFC 5780 §4.3)', () => {
  const cases = [
    ['no-nat', 'none'],
    ['full-cone', 'EIM'],
    ['restricted-cone', 'EIM'],
    ['linux-masquerade', 'EIM'],
    ['masquerade-random', 'APDM'],
  ] as const;
  for (const [mode, mapping] of cases) {
    test(`reads ${mapping} behind ${mode}`, () => {
      assert.equal(reading(mode, 'm').mapping, mapping);
    });
  }

  test('keeps "none" although the tool prints an EIM verdict after "No NAT!"', () => {
    const r = reading('no-nat', 'm');
    assert.ok(r.verdicts.some((v) => v.startsWith('No NAT!')));
    assert.equal(r.mapping, 'none');
  });

  test('collects one mapped address per request, three different ports behind a symmetric NAT', () => {
    const ports = reading('masquerade-random', 'm').samples.map((s) => s.mapped.split(':')[1]);
    assert.equal(ports.length, 3);
    assert.equal(new Set(ports).size, 3);
  });

  test('pairs each mapped address with the local address it was sent from', () => {
    const first = reading('linux-masquerade', 'm').samples[0];
    const local = first?.local ?? '';
    assert.ok(local.startsWith('10.1.0.2:'));
    assert.equal(first?.mapped.split(':')[1], local.split(':')[1]);
  });

  test('records which server address answered (RESPONSE-ORIGIN)', () => {
    const origins = reading('full-cone', 'm').samples.map((s) => s.origin);
    assert.deepEqual(origins, ['203.0.113.2:3478', '203.0.113.3:3478']);
  });

  test('leaves filtering and hairpinning unset when only the mapping test ran', () => {
    const r = reading('full-cone', 'm');
    assert.equal(r.filtering, null);
    assert.equal(r.hairpinning, null);
  });
});

describe('filtering test (RFC 5780 §4.4)', () => {
  const cases = [
    ['no-nat', 'EIF'],
    ['full-cone', 'EIF'],
    ['restricted-cone', 'ADF'],
    ['linux-masquerade', 'APDF'],
    ['masquerade-random', 'APDF'],
  ] as const;
  for (const [mode, filtering] of cases) {
    test(`reads ${filtering} behind ${mode}`, () => {
      assert.equal(reading(mode, 'f').filtering, filtering);
    });
  }
});

describe('hairpinning test (RFC 5780 §4.5)', () => {
  test('reads no hairpinning when both receives time out', () => {
    assert.equal(reading('linux-masquerade', 'H').hairpinning, false);
  });

  test('reads hairpinning when the request sent to the own mapped address arrives', () => {
    assert.equal(reading('no-nat', 'H').hairpinning, true);
  });
});

describe('errors', () => {
  test('reports a server that never answered', () => {
    const r = parseNatDiscovery('\n-= Mapping Behavior Discovery =-\nSTUN receive timeout..\n');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'natdiscovery-no-answer');
  });

  test('reports a server without OTHER-ADDRESS', () => {
    const text = '-= Mapping Behavior Discovery =-\n0: : IPv4. UDP reflexive addr: 203.0.113.10:4000\n0: : IPv4. Local addr: : 10.1.0.2:4000\n';
    const r = parseNatDiscovery(text);
    assert.equal(!r.ok && r.error.code, 'natdiscovery-no-rfc5780');
  });
});
