import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHex, toHex, toHexDump } from '../../../src/lib/stun/hex.ts';
import { assertBytes, unwrap, unwrapError, vectorBytes } from './fixtures.ts';

const first8 = Uint8Array.of(0x00, 0x01, 0x00, 0x58, 0x21, 0x12, 0xa4, 0x42);

describe('parseHex: loose hex', () => {
  const forms: [string, string][] = [
    ['bytes separated by spaces', '00 01 00 58 21 12 a4 42'],
    ['upper-case digits', '00 01 00 58 21 12 A4 42'],
    ['one 32-bit word per line, as RFC 5769 prints them', '00 01 00 58\n21 12 a4 42\n'],
    ['Windows line ends and tabs', '00\t01 00 58\r\n21 12 a4 42'],
    ['0x prefixes and commas, as in a C array', '0x00, 0x01, 0x00, 0x58, 0x21, 0x12, 0xa4, 0x42'],
    ['one 0x-prefixed run', '0x000100582112A442'],
    ['colon-separated bytes', '00:01:00:58:21:12:a4:42'],
    ['a Wireshark hex stream', '000100582112a442'],
    ['16-bit groups', '0001 0058 2112 a442'],
  ];
  for (const [name, text] of forms) {
    test(`accepts ${name}`, () => {
      assertBytes(unwrap(parseHex(text)), first8);
    });
  }
});

describe('parseHex: dumps with offset and ASCII columns', () => {
  // Output of `xxd` on the RFC 5769 §2.1 message (108 bytes).
  const xxd = `00000000: 0001 0058 2112 a442 b7e7 a701 bc34 d686  ...X!..B.....4..
00000010: fa87 dfae 8022 0010 5354 554e 2074 6573  ....."..STUN tes
00000020: 7420 636c 6965 6e74 0024 0004 6e00 01ff  t client.$..n...
00000030: 8029 0008 932f f9b1 5126 3b36 0006 0009  .).../..Q&;6....
00000040: 6576 746a 3a68 3676 5920 2020 0008 0014  evtj:h6vY   ....
00000050: 9aea a70c bfd8 cb56 781e f2b5 b2d3 f249  .......Vx......I
00000060: c1b5 71a2 8028 0004 e57a 3bcf            ..q..(...z;.`;

  // Output of `hexdump -C` on the same message.
  const hexdumpC = `00000000  00 01 00 58 21 12 a4 42  b7 e7 a7 01 bc 34 d6 86  |...X!..B.....4..|
00000010  fa 87 df ae 80 22 00 10  53 54 55 4e 20 74 65 73  |....."..STUN tes|
00000020  74 20 63 6c 69 65 6e 74  00 24 00 04 6e 00 01 ff  |t client.$..n...|
00000030  80 29 00 08 93 2f f9 b1  51 26 3b 36 00 06 00 09  |.).../..Q&;6....|
00000040  65 76 74 6a 3a 68 36 76  59 20 20 20 00 08 00 14  |evtj:h6vY   ....|
00000050  9a ea a7 0c bf d8 cb 56  78 1e f2 b5 b2 d3 f2 49  |.......Vx......I|
00000060  c1 b5 71 a2 80 28 00 04  e5 7a 3b cf              |..q..(...z;.|
0000006c`;

  // Wireshark "Copy › …as Hex Dump": 4-digit offsets, ASCII after three spaces.
  const wireshark = `0000   00 01 00 58 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86   ...X!..B.....4..
0010   fa 87 df ae 80 22 00 10 53 54 55 4e 20 74 65 73   ....."..STUN tes
0020   74 20 63 6c 69 65 6e 74 00 24 00 04 6e 00 01 ff   t client.$..n...
0030   80 29 00 08 93 2f f9 b1 51 26 3b 36 00 06 00 09   .).../..Q&;6....
0040   65 76 74 6a 3a 68 36 76 59 20 20 20 00 08 00 14   evtj:h6vY   ....
0050   9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49   .......Vx......I
0060   c1 b5 71 a2 80 28 00 04 e5 7a 3b cf               ..q..(...z;.`;

  test('reads an xxd dump, ignoring offsets and the ASCII column', () => {
    assertBytes(unwrap(parseHex(xxd)), vectorBytes('2.1'));
  });
  test('reads a hexdump -C dump, including its final offset-only line', () => {
    assertBytes(unwrap(parseHex(hexdumpC)), vectorBytes('2.1'));
  });
  test('reads a Wireshark hex dump', () => {
    assertBytes(unwrap(parseHex(wireshark)), vectorBytes('2.1'));
  });
  test('reads a Wireshark dump whose short last line has its ASCII right after the bytes', () => {
    const unaligned = wireshark.replace(/e5 7a 3b cf +\.\.q/, 'e5 7a 3b cf   ..q');
    assert.notEqual(unaligned, wireshark);
    assertBytes(unwrap(parseHex(unaligned)), vectorBytes('2.1'));
  });
  test('reads a one-line dump, stopping at the ASCII column', () => {
    const oneLine = '00000000: 4000 0005 6865 6c6c 6f00 0000            @...hello...';
    assertBytes(unwrap(parseHex(oneLine)), Uint8Array.of(0x40, 0, 0, 5, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0, 0, 0));
  });
  test('ignores ASCII columns that look like hex when the offsets give the line length', () => {
    const tricky = '0000   ca fe ba be ca fe ba be ca fe ba be ca fe ba be   cafe\n0010   00 01   ..';
    const bytes = unwrap(parseHex(tricky));
    assert.equal(bytes.length, 18);
  });
  test('reads back its own toHexDump output for every length from 0 to 40 bytes', () => {
    for (let length = 1; length <= 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      assertBytes(unwrap(parseHex(toHexDump(bytes))), bytes);
    }
  });
});

describe('parseHex: errors give the character position', () => {
  test('a non-hex character is reported with its position, line and column', () => {
    const error = unwrapError(parseHex('00 01\n00 5g'));
    assert.equal(error.code, 'hex-invalid-character');
    assert.equal(error.position, 10);
    assert.equal(error.line, 2);
    assert.equal(error.column, 5);
    assert.equal(error.character, 'g');
  });
  test('an odd number of digits is reported at the unpaired digit', () => {
    const error = unwrapError(parseHex('00 01 0 58'));
    assert.equal(error.code, 'hex-odd-digit-count');
    assert.equal(error.position, 6);
    assert.equal(error.character, '0');
  });
  test('an odd-length hex stream is reported at its last digit', () => {
    const error = unwrapError(parseHex('0001005'));
    assert.equal(error.code, 'hex-odd-digit-count');
    assert.equal(error.position, 6);
  });
  test('a 0x prefix with no digits is reported at the x', () => {
    const error = unwrapError(parseHex('0x00 0x'));
    assert.equal(error.code, 'hex-invalid-character');
    assert.equal(error.position, 6);
    assert.equal(error.character, 'x');
  });
  test('text without any hex digits is reported as empty', () => {
    assert.equal(unwrapError(parseHex('  \n ')).code, 'hex-empty');
    assert.equal(unwrapError(parseHex('')).code, 'hex-empty');
  });
  test('a squeezed hexdump line (*) asks for hexdump -v', () => {
    const dump = '00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000020';
    const error = unwrapError(parseHex(dump));
    assert.equal(error.code, 'hex-dump-squeezed');
    assert.equal(error.position, dump.indexOf('*'));
    assert.match(error.message, /hexdump -v -C/);
  });
  test('a dump line without an offset is reported at its first character', () => {
    const dump = '0000   00 01 00 58\nFrame 1: 62 bytes';
    const error = unwrapError(parseHex(dump));
    assert.equal(error.code, 'hex-dump-missing-offset');
    assert.equal(error.position, dump.indexOf('Frame'));
  });
  test('a dump line whose offset goes backwards is reported at that offset', () => {
    const dump = '0000   00 01 00 58\n0000   21 12 a4 42';
    const error = unwrapError(parseHex(dump));
    assert.equal(error.code, 'hex-dump-bad-offset');
    assert.equal(error.position, dump.lastIndexOf('0000'));
  });
  test('a dump line shorter than the next offset says is reported at its end', () => {
    const dump = '0000   00 01 00\n0004   21 12 a4 42';
    const error = unwrapError(parseHex(dump));
    assert.equal(error.code, 'hex-dump-short-line');
    assert.equal(error.position, dump.indexOf('\n'));
  });
  test('the English message names line, column and character', () => {
    const error = unwrapError(parseHex('zz'));
    assert.equal(
      error.message,
      'Character "z" at line 1, column 1 is not a hex digit; remove it or paste only the hex bytes.',
    );
  });
});

describe('toHex', () => {
  const bytes = Uint8Array.of(0x21, 0x12, 0xa4, 0x42, 0xb7);
  test('separates bytes with spaces by default', () => {
    assert.equal(toHex(bytes), '21 12 a4 42 b7');
  });
  test('writes a hex stream with an empty separator', () => {
    assert.equal(toHex(bytes, { separator: '' }), '2112a442b7');
  });
  test('writes 0x-prefixed upper-case C array items', () => {
    assert.equal(toHex(bytes, { separator: ', ', prefix: '0x', uppercase: true }), '0x21, 0x12, 0xA4, 0x42, 0xB7');
  });
  test('breaks lines after the given number of bytes', () => {
    assert.equal(toHex(bytes, { bytesPerLine: 4 }), '21 12 a4 42\nb7');
  });
  test('toHexDump writes hexdump -C lines', () => {
    assert.equal(
      toHexDump(vectorBytes('2.2')).split('\n')[0],
      '00000000  01 01 00 3c 21 12 a4 42  b7 e7 a7 01 bc 34 d6 86  |...<!..B.....4..|',
    );
    assert.equal(toHexDump(vectorBytes('2.2')).split('\n').at(-1), '00000050');
  });
});
