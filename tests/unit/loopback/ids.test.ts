import { test } from 'node:test';
import assert from 'node:assert/strict';
import { electRole, idFromBytes, isTabId, ROOM_ID_LENGTH, validateRoomId } from '../../../src/lib/loopback/ids.ts';

test('ids use the low five bits of each byte, so every byte value maps to a symbol', () => {
  assert.equal(idFromBytes(new Uint8Array([0, 1, 31, 32, 255])), 'ab9a9');
  assert.equal(idFromBytes(new Uint8Array(ROOM_ID_LENGTH)).length, ROOM_ID_LENGTH);
});

test('generated ids avoid the easily confused characters 0, 1, l and o', () => {
  const all = idFromBytes(Uint8Array.from({ length: 32 }, (_, i) => i));
  assert.equal(new Set(all).size, 32);
  assert.doesNotMatch(all, /[01lo]/);
});

test('a generated id is a valid room id and tab id', () => {
  const id = idFromBytes(new Uint8Array([5, 9, 13, 17, 21, 25, 29, 3, 7, 11, 15, 19]));
  assert.equal(isTabId(id), true);
  assert.deepEqual(validateRoomId(id.slice(0, 10)), { ok: true, value: id.slice(0, 10) });
});

test('a missing room id is refused with room-id-missing', () => {
  for (const value of [null, '']) {
    const result = validateRoomId(value);
    assert.equal(result.ok ? null : result.error.code, 'room-id-missing');
  }
});

test('a room id with other characters or the wrong length is refused, quoting it', () => {
  for (const value of ['abc', 'ABCDEFGH', 'room id!', 'x'.repeat(33), '<script>']) {
    const result = validateRoomId(value);
    assert.equal(result.ok ? null : result.error.code, 'room-id-invalid', value);
    assert.equal(result.ok ? null : result.error.value, value);
  }
});

test('tab ids must be 8 to 32 lower-case letters and digits', () => {
  assert.equal(isTabId('abcd2345'), true);
  assert.equal(isTabId('abc'), false);
  assert.equal(isTabId('ABCD2345'), false);
  assert.equal(isTabId(12345678), false);
});

test('the tab whose id sorts first is polite, the other impolite', () => {
  assert.equal(electRole('aaaa2222', 'bbbb3333'), 'polite');
  assert.equal(electRole('bbbb3333', 'aaaa2222'), 'impolite');
});
