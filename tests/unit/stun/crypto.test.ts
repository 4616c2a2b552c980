import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { utf8Encode } from '../../../src/lib/stun/bytes.ts';
import { crc32, hmac, md5, sha1, sha256 } from '../../../src/lib/stun/crypto.ts';
import { toHex } from '../../../src/lib/stun/hex.ts';

const text = (s: string) => utf8Encode(s);
const repeat = (byte: number, count: number) => new Uint8Array(count).fill(byte);
const digestHex = (bytes: Uint8Array) => toHex(bytes, { separator: '' });

describe('MD5 (RFC 1321 §A.5 test suite)', () => {
  const suite: [string, string][] = [
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
  ];
  for (const [input, expected] of suite) {
    test(`MD5("${input.length > 20 ? `${input.slice(0, 20)}…` : input}") is ${expected}`, () => {
      assert.equal(digestHex(md5(text(input))), expected);
    });
  }
});

describe('SHA-1 (FIPS 180 examples)', () => {
  test('hashes "abc" (one block)', () => {
    assert.equal(digestHex(sha1(text('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  });
  test('hashes the 448-bit message (two blocks)', () => {
    const input = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    assert.equal(digestHex(sha1(text(input))), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });
  test('hashes one million "a"', () => {
    assert.equal(digestHex(sha1(repeat(0x61, 1_000_000))), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });
  test('hashes the empty message', () => {
    assert.equal(digestHex(sha1(new Uint8Array(0))), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });
});

describe('SHA-256 (FIPS 180 examples)', () => {
  test('hashes "abc" (one block)', () => {
    assert.equal(digestHex(sha256(text('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  test('hashes the 448-bit message (two blocks)', () => {
    const input = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    assert.equal(digestHex(sha256(text(input))), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
  test('hashes one million "a"', () => {
    assert.equal(
      digestHex(sha256(repeat(0x61, 1_000_000))),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
  test('hashes the empty message', () => {
    assert.equal(
      digestHex(sha256(new Uint8Array(0))),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('HMAC-MD5 and HMAC-SHA1 (RFC 2202)', () => {
  const cases: [string, Uint8Array, Uint8Array, string, string][] = [
    ['1', repeat(0x0b, 16), text('Hi There'), 'md5', '9294727a3638bb1c13f48ef8158bfc9d'],
    ['2', text('Jefe'), text('what do ya want for nothing?'), 'md5', '750c783e6ab0b503eaa86e310a5db738'],
    ['3', repeat(0xaa, 16), repeat(0xdd, 50), 'md5', '56be34521d144c88dbb8c733f0e8b3f6'],
    [
      '6',
      repeat(0xaa, 80),
      text('Test Using Larger Than Block-Size Key - Hash Key First'),
      'md5',
      '6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd',
    ],
    ['1', repeat(0x0b, 20), text('Hi There'), 'sha1', 'b617318655057264e28bc0b6fb378c8ef146be00'],
    ['2', text('Jefe'), text('what do ya want for nothing?'), 'sha1', 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'],
    ['3', repeat(0xaa, 20), repeat(0xdd, 50), 'sha1', '125d7342b9ac11cd91a39af48aa17b4f63f175d3'],
    [
      '4',
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      repeat(0xcd, 50),
      'sha1',
      '4c9007f4026250c6bc8414f9bf50c86c2d7235da',
    ],
    ['5', repeat(0x0c, 20), text('Test With Truncation'), 'sha1', '4c1a03424b55e07fe7f27be1d58bb9324a9a5a04'],
    [
      '6',
      repeat(0xaa, 80),
      text('Test Using Larger Than Block-Size Key - Hash Key First'),
      'sha1',
      'aa4ae5e15272d00e95705637ce8a3b55ed402112',
    ],
    [
      '7',
      repeat(0xaa, 80),
      text('Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data'),
      'sha1',
      'e8e99d0f45237d786d6bbaa7965c7808bbff1a91',
    ],
  ];
  for (const [name, key, data, hash, expected] of cases) {
    test(`HMAC-${hash.toUpperCase()} test case ${name} gives ${expected}`, () => {
      assert.equal(digestHex(hmac(hash === 'md5' ? md5 : sha1, key, data)), expected);
    });
  }
});

describe('HMAC-SHA256 (RFC 4231)', () => {
  const largeKey = repeat(0xaa, 131);
  const cases: [string, Uint8Array, Uint8Array, string][] = [
    ['1', repeat(0x0b, 20), text('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    [
      '2',
      text('Jefe'),
      text('what do ya want for nothing?'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    ],
    ['3', repeat(0xaa, 20), repeat(0xdd, 50), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
    [
      '4',
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      repeat(0xcd, 50),
      '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    ],
    [
      '6',
      largeKey,
      text('Test Using Larger Than Block-Size Key - Hash Key First'),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    ],
    [
      '7',
      largeKey,
      text(
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ),
      '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    ],
  ];
  for (const [name, key, data, expected] of cases) {
    test(`test case ${name} gives ${expected.slice(0, 16)}…`, () => {
      assert.equal(digestHex(hmac(sha256, key, data)), expected);
    });
  }
  test('test case 5 gives a3b6167473100ee06e0c796c2955552b when truncated to 128 bits', () => {
    const mac = hmac(sha256, repeat(0x0c, 20), text('Test With Truncation'));
    assert.equal(digestHex(mac.slice(0, 16)), 'a3b6167473100ee06e0c796c2955552b');
  });
});

describe('CRC-32', () => {
  test('the check value of "123456789" is 0xCBF43926', () => {
    assert.equal(crc32(text('123456789')), 0xcbf43926);
  });
  test('the CRC of no bytes is 0', () => {
    assert.equal(crc32(new Uint8Array(0)), 0);
  });
  test('a single changed bit changes the CRC', () => {
    assert.notEqual(crc32(text('123456789')), crc32(text('123456788')));
  });
});
