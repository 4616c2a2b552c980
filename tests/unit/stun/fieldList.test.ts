import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listFields, regionValue, relatedExplanations, xorAddressAttributes } from '../../../src/lib/stun/fieldList.ts';
import { decodePacket } from '../../../src/lib/stun/packet.ts';
import { parseHex } from '../../../src/lib/stun/hex.ts';
import { STUN_SAMPLES, sampleById } from '../../../src/lib/stun/samples.ts';
import { RFC5769_VECTORS } from '../../../src/lib/stun/rfc5769.ts';
import type { StunPacket } from '../../../src/lib/stun/packet.ts';

function packetOf(sampleId: string): StunPacket {
  const sample = sampleById(sampleId);
  assert.ok(sample, sampleId);
  const decoded = decodePacket(sample.bytes);
  assert.ok(decoded.ok, sampleId);
  return decoded.value;
}

function valueOf(packet: StunPacket, fieldId: string, lang: 'en' | 'ja' = 'en'): string {
  const { groups } = listFields(packet, lang);
  const entry = groups.flatMap((g) => g.fields).find((f) => f.region.fieldId === fieldId);
  assert.ok(entry, `no field ${fieldId}`);
  return entry.value;
}

describe('listFields', () => {
  test('every byte of every sample belongs to exactly one listed field', () => {
    for (const sample of STUN_SAMPLES) {
      const packet = packetOf(sample.id);
      const { groups, regionOfByte, regions } = listFields(packet, 'en');
      assert.equal(regionOfByte.length, sample.bytes.length, sample.id);
      assert.ok(regionOfByte.every((r) => r >= 0), `${sample.id}: a byte without a field`);
      const listed = groups.flatMap((g) => g.fields.map((f) => f.regionIndex));
      assert.deepEqual(listed, regions.map((_, i) => i), sample.id);
    }
  });

  test('a Binding success response is listed as the header and three attributes', () => {
    const { groups } = listFields(packetOf('binding-success-ipv4'), 'en');
    assert.deepEqual(
      groups.map((g) => g.title),
      ['STUN header', 'Attribute 1: SOFTWARE', 'Attribute 2: XOR-MAPPED-ADDRESS', 'Attribute 3: FINGERPRINT'],
    );
    assert.equal(groups[2]?.explanationId, 'attr-xor-mapped-address');
    assert.equal(groups[0]?.start, 0);
    assert.equal(groups[0]?.end, 20);
    assert.equal(groups[3]?.end, packetOf('binding-success-ipv4').bytes.length);
  });

  test('group titles follow the page language', () => {
    const { groups } = listFields(packetOf('binding-success-ipv4'), 'ja');
    assert.equal(groups[0]?.title, 'STUN ヘッダー');
    assert.equal(groups[2]?.title, '属性 2: XOR-MAPPED-ADDRESS');
  });

  test('a ChannelData message is one group with its four fields', () => {
    const { groups } = listFields(packetOf('turn-channel-data'), 'en');
    assert.equal(groups.length, 1);
    assert.deepEqual(
      groups[0]?.fields.map((f) => f.region.fieldId),
      ['channel-data-channel-number', 'channel-data-length', 'channel-data-data', 'channel-data-padding'],
    );
  });
});

describe('regionValue', () => {
  test('the message type names method and class, in each language', () => {
    assert.equal(valueOf(packetOf('binding-request'), 'header-type'), '0x0001 · Binding request');
    assert.equal(valueOf(packetOf('turn-allocate-unauthorized'), 'header-type'), '0x0113 · Allocate error response');
    assert.equal(valueOf(packetOf('binding-success-ipv4'), 'header-type', 'ja'), '0x0101 · Binding 成功レスポンス');
  });

  test('header fields show length, cookie and transaction ID', () => {
    const packet = packetOf('binding-request');
    assert.equal(valueOf(packet, 'header-length'), '0 bytes');
    assert.equal(valueOf(packet, 'header-magic-cookie'), '0x2112A442');
    assert.equal(valueOf(packet, 'header-transaction-id'), '0x4a1f7c2e9b3d5a6081c2e4f7');
  });

  test('XOR-MAPPED-ADDRESS shows the real port and address with the bytes on the wire', () => {
    const packet = packetOf('binding-success-ipv4');
    // 50342 = 0xC4A6; 0xC4A6 XOR 0x2112 = 0xE5B4.
    assert.equal(valueOf(packet, 'attr-2-xor-mapped-address-port'), '50342 (on the wire 0xE5B4)');
    // 198.51.100.23 = C6 33 64 17; XOR 21 12 A4 42 = E7 21 C0 55.
    assert.equal(valueOf(packet, 'attr-2-xor-mapped-address-address'), '198.51.100.23 (on the wire 0xE721C055)');
    assert.equal(valueOf(packet, 'attr-2-xor-mapped-address-family'), 'IPv4 (0x01)');
    assert.equal(valueOf(packet, 'attr-2-xor-mapped-address-port', 'ja'), '50342（ネットワーク上では 0xE5B4）');
  });

  test('an IPv6 XOR address decodes to its RFC 5952 text', () => {
    assert.match(valueOf(packetOf('binding-success-ipv6'), 'attr-2-xor-mapped-address-address'), /^2001:db8:4f2a:100::1c \(on the wire 0x[0-9A-F]{32}\)$/);
  });

  test('text, error code, lifetime, transport and channel values read naturally', () => {
    assert.equal(valueOf(packetOf('ice-connectivity-check'), 'attr-1-username-value'), '"ufragR:ufragL"');
    const unauthorized = packetOf('turn-allocate-unauthorized');
    assert.equal(valueOf(unauthorized, 'attr-1-error-code-class'), '4 (a 4xx error)');
    assert.equal(valueOf(unauthorized, 'attr-1-error-code-number'), '1, so the code is 401');
    assert.equal(valueOf(unauthorized, 'attr-1-error-code-reason'), '"Unauthorized"');
    assert.equal(valueOf(packetOf('turn-allocate-success'), 'attr-3-lifetime-value'), '600 seconds');
    assert.equal(valueOf(packetOf('turn-allocate-success'), 'attr-3-lifetime-value', 'ja'), '600 秒');
    assert.equal(valueOf(packetOf('turn-allocate-request'), 'attr-1-requested-transport-protocol'), '17 (UDP)');
    assert.equal(valueOf(packetOf('turn-channel-bind'), 'attr-1-channel-number-channel'), '0x4000');
  });

  test('attribute types say whether a receiver must understand them', () => {
    assert.equal(valueOf(packetOf('binding-success-ipv4'), 'attr-1-software-type'), '0x8022 · SOFTWARE · comprehension-optional');
    assert.equal(valueOf(packetOf('ice-connectivity-check'), 'attr-2-priority-type'), '0x0024 · PRIORITY · comprehension-required');
  });

  test('data shows its size and a preview, text when printable', () => {
    const packet = packetOf('turn-channel-data');
    assert.equal(valueOf(packet, 'channel-data-data'), '5 bytes: "hello"');
    assert.equal(valueOf(packet, 'channel-data-padding'), '3 bytes: all zero');
    assert.equal(valueOf(packet, 'channel-data-channel-number'), '0x4000');
  });

  test('non-zero padding is shown as hex', () => {
    const vector = RFC5769_VECTORS[0];
    assert.ok(vector);
    const bytes = parseHex(vector.hex);
    assert.ok(bytes.ok);
    const packet = decodePacket(bytes.value);
    assert.ok(packet.ok);
    // RFC 5769 §2.1 pads the 9-byte USERNAME with three spaces.
    assert.equal(valueOf(packet.value, 'attr-4-username-padding'), '3 bytes: 20 20 20');
  });

  test('a region of another packet falls back to the header without throwing', () => {
    const packet = packetOf('binding-request');
    const foreign = listFields(packetOf('turn-channel-data'), 'en').regions[0];
    assert.ok(foreign);
    assert.equal(typeof regionValue(packet, foreign, 'en'), 'string');
  });
});

describe('relatedExplanations', () => {
  test('the message type relates to its class and method', () => {
    const packet = packetOf('turn-allocate-unauthorized');
    const type = listFields(packet, 'en').regions[0];
    assert.ok(type);
    assert.deepEqual(relatedExplanations(packet, type), ['class-error-response', 'method-allocate']);
  });

  test('a part of ERROR-CODE relates to the attribute and to the error code', () => {
    const packet = packetOf('turn-allocate-unauthorized');
    const number = listFields(packet, 'en').regions.find((r) => r.fieldId === 'attr-1-error-code-number');
    assert.ok(number);
    assert.deepEqual(relatedExplanations(packet, number), ['attr-error-code', 'error-401']);
  });

  test('a field that is the attribute itself is not repeated', () => {
    const packet = packetOf('binding-success-ipv4');
    const software = listFields(packet, 'en').regions.find((r) => r.fieldId === 'attr-1-software-value');
    assert.ok(software);
    assert.deepEqual(relatedExplanations(packet, software), []);
  });

  test('ChannelData fields have no related explanations', () => {
    const packet = packetOf('turn-channel-data');
    const data = listFields(packet, 'en').regions[2];
    assert.ok(data);
    assert.deepEqual(relatedExplanations(packet, data), []);
  });
});

describe('xorAddressAttributes', () => {
  test('an Allocate success response has a relayed and a mapped address', () => {
    const found = xorAddressAttributes(packetOf('turn-allocate-success'));
    assert.deepEqual(
      found.map((a) => [a.name, a.address.value, a.port.value]),
      [
        ['XOR-RELAYED-ADDRESS', '203.0.113.10', 49583],
        ['XOR-MAPPED-ADDRESS', '198.51.100.23', 50342],
      ],
    );
  });

  test('the IPv6 key is the magic cookie followed by the transaction ID', () => {
    const packet = packetOf('binding-success-ipv6');
    const [attribute] = xorAddressAttributes(packet);
    assert.ok(attribute && packet.kind === 'stun');
    assert.equal(attribute.family, 'IPv6');
    assert.deepEqual([...attribute.address.xor.key], [0x21, 0x12, 0xa4, 0x42, ...packet.header.transactionId.value]);
    assert.deepEqual([...attribute.port.xor.key], [0x21, 0x12]);
  });

  test('messages without XOR addresses list none', () => {
    assert.deepEqual(xorAddressAttributes(packetOf('binding-request')), []);
    assert.deepEqual(xorAddressAttributes(packetOf('turn-channel-data')), []);
  });
});
