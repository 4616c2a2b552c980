import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { utf8Encode } from '../../../src/lib/stun/bytes.ts';
import { decodeChannelData, encodeChannelData } from '../../../src/lib/stun/channelData.ts';
import { decodeStun } from '../../../src/lib/stun/decode.ts';
import { decodePacket, encodePacket } from '../../../src/lib/stun/packet.ts';
import { assertBytes, hex, unwrap, unwrapError, vectorBytes } from './fixtures.ts';

const hello = hex('40 00 00 05 68 65 6c 6c 6f 00 00 00');

describe('decodeChannelData (RFC 8656 §12.4)', () => {
  test('reads channel number, length, data and padding with their spans', () => {
    const message = unwrap(decodeChannelData(hello));
    assert.equal(message.channelNumber.value, 0x4000);
    assert.equal(message.length.value, 5);
    assertBytes(message.data.value, utf8Encode('hello'));
    assert.deepEqual(message.data.span, { offset: 4, length: 5 });
    assert.deepEqual(message.padding.span, { offset: 9, length: 3 });
  });
  test('accepts a message without padding, as UDP allows', () => {
    const message = unwrap(decodeChannelData(hello.slice(0, 9)));
    assert.equal(message.padding.value.length, 0);
  });
  test('accepts the highest channel number, 0x4FFF', () => {
    assert.equal(unwrap(decodeChannelData(hex('4f ff 00 00'))).channelNumber.value, 0x4fff);
  });
  const errors: [string, Uint8Array, string, number][] = [
    ['a header cut short', hex('40 00 00'), 'channel-data-truncated-header', 3],
    ['a STUN message', vectorBytes('2.2'), 'channel-data-not-channel-data', 0],
    ['a reserved channel number', hex('50 00 00 00'), 'channel-data-reserved-channel-number', 0],
    ['a length beyond the data', hex('40 00 00 08 01 02 03 04'), 'channel-data-length-exceeds-data', 2],
    ['bytes after the padding', hex('40 00 00 05 68 65 6c 6c 6f 00 00 00 00'), 'channel-data-trailing-bytes', 12],
    ['part of the padding only', hex('40 00 00 05 68 65 6c 6c 6f 00'), 'channel-data-trailing-bytes', 9],
  ];
  for (const [name, bytes, code, offset] of errors) {
    test(`reports ${name} as ${code} at offset ${offset}`, () => {
      const error = unwrapError(decodeChannelData(bytes));
      assert.equal(error.code, code);
      assert.equal(error.offset, offset);
    });
  }
});

describe('encodeChannelData', () => {
  test('pads to a multiple of 4 with zeros by default', () => {
    assertBytes(unwrap(encodeChannelData({ channelNumber: 0x4000, data: utf8Encode('hello') })), hello);
  });
  test('leaves padding out when asked', () => {
    const bytes = unwrap(encodeChannelData({ channelNumber: 0x4000, data: utf8Encode('hello'), padding: false }));
    assert.equal(bytes.length, 9);
  });
  test('gives back decoded messages byte for byte, padded or not', () => {
    for (const bytes of [hello, hello.slice(0, 9), hex('4f ff 00 04 01 02 03 04')]) {
      assertBytes(unwrap(encodeChannelData(unwrap(decodeChannelData(bytes)))), bytes);
    }
  });
  test('rejects a channel number outside 0x4000–0x4FFF', () => {
    const error = unwrapError(encodeChannelData({ channelNumber: 0x3fff, data: new Uint8Array(0) }));
    assert.equal(error.code, 'encode-bad-channel-number');
  });
  test('rejects padding bytes of the wrong length', () => {
    const error = unwrapError(
      encodeChannelData({ channelNumber: 0x4000, data: utf8Encode('hello'), padding: new Uint8Array(1) }),
    );
    assert.equal(error.code, 'encode-bad-padding');
  });
});

describe('decodePacket tells STUN from ChannelData by the first byte', () => {
  test('decodes a STUN message', () => {
    assert.equal(unwrap(decodePacket(vectorBytes('2.1'))).kind, 'stun');
  });
  test('decodes a ChannelData message', () => {
    assert.equal(unwrap(decodePacket(hello)).kind, 'channel-data');
  });
  test('round-trips both through encodePacket', () => {
    for (const bytes of [vectorBytes('2.3'), hello])
      assertBytes(unwrap(encodePacket(unwrap(decodePacket(bytes)))), bytes);
  });
  test('names DTLS when the first byte is 22 (a handshake record)', () => {
    const error = unwrapError(decodePacket(hex('16 fe fd 00')));
    assert.equal(error.code, 'packet-other-protocol');
    assert.equal(error.details['guess'], 'DTLS');
  });
  test('names RTP/RTCP when the first byte is 0x80', () => {
    assert.equal(unwrapError(decodePacket(hex('80 60 00 01'))).details['guess'], 'RTP/RTCP');
  });
  test('reports other first bytes as unrecognised', () => {
    assert.equal(unwrapError(decodePacket(hex('ff 00'))).code, 'packet-unrecognised');
  });
  test('reports an empty packet', () => {
    assert.equal(unwrapError(decodePacket(new Uint8Array(0))).code, 'packet-empty');
  });
  test('decodeStun points ChannelData bytes to the ChannelData decoder', () => {
    assert.equal(unwrapError(decodeStun(hello)).code, 'stun-looks-like-channel-data');
  });
});
