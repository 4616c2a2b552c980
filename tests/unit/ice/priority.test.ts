import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CandidateProtocol, CandidateType } from '../../../src/lib/ice/parseCandidate.ts';
import {
  computePriority,
  decodePriority,
  libwebrtcTypePreferenceMeaning,
  matchesRecommendedTypePreference,
  pairPriority,
  readCandidatePriority,
  RECOMMENDED_TYPE_PREFERENCES,
} from '../../../src/lib/ice/priority.ts';

describe('decodePriority', () => {
  // [priority, type preference, local preference, component] — values from the lines in candidateLines.ts.
  const table: readonly (readonly [number, number, number, number])[] = [
    [2122260223, 126, 32542, 1], // Chrome IPv4 host
    [2122262783, 126, 32552, 1], // Chrome IPv6 host
    [2113937151, 126, 30, 1], // Chrome/Safari mDNS host
    [1677729535, 100, 30, 1], // Chrome srflx
    [41885439, 2, 32542, 1], // Chrome relay over UDP
    [25108223, 1, 32542, 1], // Chrome relay over TCP
    [8331007, 0, 32542, 1], // Chrome relay over TLS
    [1518280447, 90, 32542, 1], // Chrome TCP host
    [2122252543, 126, 32512, 1], // Firefox host
    [1686052863, 100, 32543, 1], // Firefox srflx
    [2105524479, 125, 32704, 1], // Firefox TCP active
    [2130706431, 126, 65535, 1], // RFC 8839 host example
    [1694498815, 100, 65535, 1], // RFC 8839 srflx example
    [2130706430, 126, 65535, 2], // RTCP component of the RFC host example
  ];
  for (const [priority, typePreference, localPreference, componentId] of table) {
    test(`${priority} decodes to ${typePreference} / ${localPreference} / ${componentId}`, () => {
      const result = decodePriority(priority);
      assert.ok(result.ok);
      assert.deepEqual(result.value, {
        priority,
        typePreference,
        localPreference,
        componentId,
        typePreferenceInRange: true,
      });
    });
  }

  test('a low byte of 0 decodes to component 256', () => {
    const result = decodePriority(0x7e_ffff_00);
    assert.ok(result.ok);
    assert.equal(result.value.componentId, 256);
  });

  test('type preference 127 decodes but is marked out of range', () => {
    const result = decodePriority(2 ** 31 - 1);
    assert.ok(result.ok);
    assert.equal(result.value.typePreference, 127);
    assert.equal(result.value.typePreferenceInRange, false);
  });

  test('0, 2^31 and fractions are rejected with codes', () => {
    assert.deepEqual(
      [0, 2 ** 31, 1.5, Number.NaN].map((p) => {
        const r = decodePriority(p);
        return r.ok ? 'ok' : r.error.code;
      }),
      ['priority-out-of-range', 'priority-out-of-range', 'not-an-integer', 'not-an-integer'],
    );
  });
});

describe('computePriority', () => {
  test('rebuilds real priorities from their parts', () => {
    assert.deepEqual(computePriority(126, 32542, 1), { ok: true, value: 2122260223 });
    assert.deepEqual(computePriority(100, 30, 1), { ok: true, value: 1677729535 });
    assert.deepEqual(computePriority(126, 65535, 2), { ok: true, value: 2130706430 });
  });

  test('every decoded priority round-trips through computePriority', () => {
    for (const p of [2122260223, 41885439, 8331007, 1694498815, 1]) {
      const d = decodePriority(p);
      assert.ok(d.ok);
      assert.deepEqual(computePriority(d.value.typePreference, d.value.localPreference, d.value.componentId), {
        ok: true,
        value: p,
      });
    }
  });

  test('out-of-range arguments are named by code', () => {
    const code = (r: ReturnType<typeof computePriority>) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(computePriority(127, 0, 1)), 'type-preference-out-of-range');
    assert.equal(code(computePriority(0, 65536, 1)), 'local-preference-out-of-range');
    assert.equal(code(computePriority(0, 0, 0)), 'component-out-of-range');
    assert.equal(code(computePriority(0, 0, 257)), 'component-out-of-range');
    assert.equal(code(computePriority(0, 0, 256)), 'priority-out-of-range');
  });
});

describe('type preferences', () => {
  test('the recommended values are those of RFC 8445 §5.1.2.2', () => {
    assert.deepEqual(RECOMMENDED_TYPE_PREFERENCES, { host: 126, prflx: 110, srflx: 100, relay: 0 });
  });

  test('matchesRecommendedTypePreference compares with the recommendation for the type', () => {
    assert.equal(matchesRecommendedTypePreference('host', 126), true);
    assert.equal(matchesRecommendedTypePreference('srflx', 100), true);
    assert.equal(matchesRecommendedTypePreference('relay', 2), false);
    assert.equal(matchesRecommendedTypePreference('host', 90), false);
  });

  const meanings: readonly (readonly [CandidateType, CandidateProtocol, number, string | null])[] = [
    ['relay', 'udp', 0, 'relay-tls'],
    ['relay', 'udp', 1, 'relay-tcp'],
    ['relay', 'udp', 2, 'relay-udp-or-dtls'],
    ['relay', 'udp', 3, 'relay-udp'],
    ['relay', 'udp', 5, null],
    ['host', 'tcp', 90, 'host-tcp'],
    ['host', 'udp', 126, 'host'],
    ['host', 'tcp', 125, null],
    ['prflx', 'tcp', 80, 'prflx-tcp'],
    ['srflx', 'udp', 100, 'srflx'],
  ];
  for (const [type, protocol, preference, meaning] of meanings) {
    test(`libwebrtc reads ${type}/${protocol} type preference ${preference} as ${meaning}`, () => {
      assert.equal(libwebrtcTypePreferenceMeaning(type, protocol, preference), meaning);
    });
  }

  test('readCandidatePriority explains a Chrome TCP relay priority', () => {
    const result = readCandidatePriority({ priority: 25108223, type: 'relay', protocol: 'udp', componentId: 1 });
    assert.ok(result.ok);
    assert.equal(result.value.matchesRecommendation, false);
    assert.equal(result.value.libwebrtc, 'relay-tcp');
    assert.equal(result.value.componentMatches, true);
    assert.deepEqual(
      result.value.remarks.map((r) => r.messageKey),
      ['typePreference.not-recommended', 'typePreference.libwebrtc.relay-tcp'],
    );
  });

  test('readCandidatePriority notices a component that disagrees with the line', () => {
    const result = readCandidatePriority({ priority: 2130706431, type: 'host', protocol: 'udp', componentId: 2 });
    assert.ok(result.ok);
    assert.equal(result.value.matchesRecommendation, true);
    assert.equal(result.value.componentMatches, false);
  });
});

describe('pairPriority', () => {
  // 2^32 · 1686052607 = 7241540806400540672; 2 · 2122260223 = 4244520446; G > D adds 1.
  test('a controlling host and a controlled srflx give 2^32·D + 2·G + 1', () => {
    const result = pairPriority(2122260223, 1686052607);
    assert.ok(result.ok);
    assert.equal(result.value.value, 7241540810645061119n);
    assert.equal(result.value.decimal, '7241540810645061119');
  });

  test('swapping roles drops the tie-break bit', () => {
    const result = pairPriority(1686052607, 2122260223);
    assert.ok(result.ok);
    assert.equal(result.value.decimal, '7241540810645061118');
  });

  test('equal priorities give 2^32·P + 2·P', () => {
    const result = pairPriority(2130706431, 2130706431);
    assert.ok(result.ok);
    // 2^32 · 2130706431 = 9151314438521880576; 2 · 2130706431 = 4261412862.
    assert.equal(result.value.decimal, '9151314442783293438');
  });

  test('the result exceeds Number.MAX_SAFE_INTEGER and stays exact', () => {
    const result = pairPriority(2 ** 31 - 1, 2 ** 31 - 1);
    assert.ok(result.ok);
    assert.ok(result.value.value > BigInt(Number.MAX_SAFE_INTEGER));
    assert.equal(result.value.decimal, '9223372036854775806');
  });

  test('an invalid priority is an error, not an exception', () => {
    const result = pairPriority(0, 1);
    assert.equal(result.ok, false);
  });
});
