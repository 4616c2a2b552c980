import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodePacket } from '../../../src/lib/stun/packet.ts';
import type { ByteRegion } from '../../../src/lib/stun/regions.ts';
import { attributeExplanationId, byteRegions } from '../../../src/lib/stun/regions.ts';
import { RFC5769_VECTORS } from '../../../src/lib/stun/rfc5769.ts';
import { STUN_SAMPLES } from '../../../src/lib/stun/samples.ts';
import { stunFieldText } from '../../../src/lib/stun/messages.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { decodedVector, unwrap, vectorBytes } from './fixtures.ts';

const packets = [
  ...RFC5769_VECTORS.map((v) => ({ name: `RFC 5769 §${v.section}`, bytes: vectorBytes(v.section) })),
  ...STUN_SAMPLES.map((s) => ({ name: `sample ${s.id}`, bytes: s.bytes })),
];

function regionAt(regions: readonly ByteRegion[], fieldId: string): ByteRegion {
  const found = regions.find((r) => r.fieldId === fieldId);
  assert.ok(found, `no region ${fieldId}`);
  return found;
}

describe('byteRegions covers every byte once', () => {
  for (const { name, bytes } of packets) {
    test(`${name}: regions are contiguous from 0 to ${bytes.length} with unique anchor-friendly ids`, () => {
      const regions = byteRegions(unwrap(decodePacket(bytes)));
      let next = 0;
      for (const region of regions) {
        assert.equal(region.start, next, `gap or overlap before ${region.fieldId}`);
        assert.ok(region.end > region.start, `${region.fieldId} is empty`);
        next = region.end;
      }
      assert.equal(next, bytes.length);
      const ids = regions.map((r) => r.fieldId);
      assert.equal(new Set(ids).size, ids.length);
      for (const id of ids) assert.match(id, /^[a-z][a-z0-9-]*$/);
    });
  }
});

describe('byteRegions of RFC 5769 §2.2', () => {
  const regions = byteRegions(decodedVector('2.2'));

  test('starts with the four header fields', () => {
    assert.deepEqual(
      regions.slice(0, 4).map((r) => [r.fieldId, r.start, r.end]),
      [
        ['header-type', 0, 2],
        ['header-length', 2, 4],
        ['header-magic-cookie', 4, 8],
        ['header-transaction-id', 8, 20],
      ],
    );
  });
  test('splits XOR-MAPPED-ADDRESS into type, length, reserved, family, port and address', () => {
    const attribute = regions.filter((r) => r.groupId === 'attr-2').map((r) => [r.fieldId, r.start, r.end]);
    assert.deepEqual(attribute, [
      ['attr-2-xor-mapped-address-type', 36, 38],
      ['attr-2-xor-mapped-address-length', 38, 40],
      ['attr-2-xor-mapped-address-reserved', 40, 41],
      ['attr-2-xor-mapped-address-family', 41, 42],
      ['attr-2-xor-mapped-address-port', 42, 44],
      ['attr-2-xor-mapped-address-address', 44, 48],
    ]);
  });
  test('gives SOFTWARE its 1-byte padding region', () => {
    const padding = regionAt(regions, 'attr-1-software-padding');
    assert.deepEqual([padding.start, padding.end], [35, 36]);
    assert.equal(padding.explanationId, 'attribute-padding');
  });
  test('labels regions in English by default and in Japanese on request', () => {
    assert.equal(regionAt(regions, 'attr-2-xor-mapped-address-port').label, 'XOR-MAPPED-ADDRESS · port (XORed)');
    const japanese = byteRegions(decodedVector('2.2'), 'ja');
    assert.equal(regionAt(japanese, 'attr-2-xor-mapped-address-port').label, 'XOR-MAPPED-ADDRESS・ポート（XOR 済み）');
    assert.equal(regionAt(japanese, 'header-magic-cookie').label, 'マジッククッキー');
  });
  test('points each region at an explanation', () => {
    assert.equal(regionAt(regions, 'attr-2-xor-mapped-address-port').explanationId, 'xor-port');
    assert.equal(regionAt(regions, 'attr-3-message-integrity-hmac').explanationId, 'attr-message-integrity');
    assert.equal(regionAt(regions, 'attr-4-fingerprint-crc').explanationId, 'attr-fingerprint');
  });
});

describe('byteRegions of other layouts', () => {
  test('splits ERROR-CODE into reserved, class, number and reason', () => {
    const sample = STUN_SAMPLES.find((s) => s.id === 'turn-allocate-unauthorized');
    assert.ok(sample);
    const regions = byteRegions(unwrap(decodePacket(sample.bytes)));
    assert.deepEqual(
      regions.filter((r) => r.groupId === 'attr-1').map((r) => [r.fieldId, r.end - r.start]),
      [
        ['attr-1-error-code-type', 2],
        ['attr-1-error-code-length', 2],
        ['attr-1-error-code-reserved', 2],
        ['attr-1-error-code-class', 1],
        ['attr-1-error-code-number', 1],
        ['attr-1-error-code-reason', 12],
      ],
    );
  });
  test('gives ChannelData its four regions', () => {
    const sample = STUN_SAMPLES.find((s) => s.kind === 'channel-data');
    assert.ok(sample);
    assert.deepEqual(
      byteRegions(unwrap(decodePacket(sample.bytes))).map((r) => r.fieldId),
      ['channel-data-channel-number', 'channel-data-length', 'channel-data-data', 'channel-data-padding'],
    );
  });
  test('gives USE-CANDIDATE only a type and a length, as it has no value', () => {
    const sample = STUN_SAMPLES.find((s) => s.id === 'ice-connectivity-check');
    assert.ok(sample);
    const regions = byteRegions(unwrap(decodePacket(sample.bytes)));
    assert.deepEqual(
      regions.filter((r) => r.fieldId.includes('use-candidate')).map((r) => r.fieldId),
      ['attr-4-use-candidate-type', 'attr-4-use-candidate-length'],
    );
  });
  test('labels an unknown attribute by its type number and explains it by its range', () => {
    const bytes = Uint8Array.of(
      0,
      1,
      0,
      8,
      0x21,
      0x12,
      0xa4,
      0x42,
      ...new Uint8Array(12),
      0xc0,
      0x57,
      0,
      4,
      0,
      1,
      0,
      0x0a,
    );
    const message = unwrap(decodePacket(bytes));
    assert.ok(message.kind === 'stun');
    const value = regionAt(byteRegions(message), 'attr-1-unknown-0xc057-value');
    assert.equal(value.label, 'attribute 0xC057 · value');
    assert.equal(value.explanationId, 'attr-unknown-optional');
    assert.equal(attributeExplanationId(message.attributes[0]!), 'attr-unknown-optional');
  });
  test('every explanation id a region uses exists in both languages', () => {
    for (const { bytes } of packets) {
      for (const lang of ['en', 'ja'] as const) {
        const t = translator(lang, stunFieldText);
        for (const region of byteRegions(unwrap(decodePacket(bytes)), lang)) {
          assert.ok(t.has(`field.${region.explanationId}.title`), region.explanationId);
        }
      }
    }
  });
});
