import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { verifyStun } from '../../../src/lib/stun/integrity.ts';
import { decodePacket, encodePacket } from '../../../src/lib/stun/packet.ts';
import { STUN_SAMPLES, sampleById, sampleTextParams, stunSampleText } from '../../../src/lib/stun/samples.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import type { StunMessage } from '../../../src/lib/stun/types.ts';
import { assertBytes, unwrap } from './fixtures.ts';

function decodedSample(id: string): StunMessage {
  const sample = sampleById(id);
  assert.ok(sample, `no sample ${id}`);
  const packet = unwrap(decodePacket(sample.bytes));
  assert.ok(packet.kind === 'stun');
  return packet;
}

function textOf(message: StunMessage, name: string): string | undefined {
  const decoded = message.attributes.find((a) => a.name === name)?.decoded;
  return decoded?.kind === 'text' ? decoded.text.value : undefined;
}

function transactionIdOf(id: string): string {
  return Array.from(decodedSample(id).header.transactionId.value).join(',');
}

/** RFC 5737 and RFC 3849 documentation prefixes. */
function isDocumentationAddress(address: string): boolean {
  return /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/.test(address) || /^2001:db8:/.test(address);
}

describe('every sample', () => {
  test('has a unique, URL-friendly id', () => {
    const ids = STUN_SAMPLES.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
  });
  for (const sample of STUN_SAMPLES) {
    test(`${sample.id}: decodes, with no notes, and encodes back to the same bytes`, () => {
      const packet = unwrap(decodePacket(sample.bytes));
      assert.equal(packet.kind, sample.kind);
      if (packet.kind === 'stun') assert.deepEqual(packet.notes, []);
      assertBytes(unwrap(encodePacket(packet)), sample.bytes);
    });
    test(`${sample.id}: passes verification with the credentials it names, and names them exactly when needed`, () => {
      const packet = unwrap(decodePacket(sample.bytes));
      if (packet.kind !== 'stun') return;
      const report = verifyStun(packet, sample.credentials);
      assert.equal(report.passed, true);
      const hasIntegrity = packet.attributes.some((a) => a.name === 'MESSAGE-INTEGRITY');
      assert.equal(sample.credentials !== undefined, hasIntegrity);
      if (hasIntegrity) assert.equal(report.messageIntegrity.status, 'valid');
    });
    test(`${sample.id}: uses documentation addresses only`, () => {
      const packet = unwrap(decodePacket(sample.bytes));
      if (packet.kind !== 'stun') return;
      for (const attribute of packet.attributes) {
        const decoded = attribute.decoded;
        if (decoded.kind === 'address' || decoded.kind === 'xor-address') {
          assert.ok(isDocumentationAddress(decoded.address.value), decoded.address.value);
        }
      }
    });
    test(`${sample.id}: has a title and a one-paragraph description in English and Japanese`, () => {
      for (const lang of ['en', 'ja'] as const) {
        const t = translator(lang, stunSampleText);
        assert.ok(t.has(`sample.${sample.id}.title`) && t(`sample.${sample.id}.title`).length > 0);
        assert.ok(t(`sample.${sample.id}.description`).length > 80);
        assert.doesNotMatch(t(`sample.${sample.id}.description`), /\n/);
        // Every value the description quotes is filled in, none left as a placeholder.
        assert.doesNotMatch(t(`sample.${sample.id}.description`, sampleTextParams), /\{\w+\}/);
      }
      const ja = translator('ja', stunSampleText)(`sample.${sample.id}.description`);
      assert.match(ja, /[\u3040-\u30ff]/);
      assert.match(ja, /。$/);
    });
  }
});

describe('the samples tell one consistent story', () => {
  test('the IPv4 Binding response answers the Binding request (same transaction ID)', () => {
    assert.equal(transactionIdOf('binding-success-ipv4'), transactionIdOf('binding-request'));
  });
  test('the ICE check carries USERNAME ufragR:ufragL, PRIORITY, ICE-CONTROLLING, USE-CANDIDATE, MESSAGE-INTEGRITY and FINGERPRINT', () => {
    const check = decodedSample('ice-connectivity-check');
    assert.equal(textOf(check, 'USERNAME'), 'ufragR:ufragL');
    assert.deepEqual(
      check.attributes.map((a) => a.name),
      ['USERNAME', 'PRIORITY', 'ICE-CONTROLLING', 'USE-CANDIDATE', 'MESSAGE-INTEGRITY', 'FINGERPRINT'],
    );
    const priority = check.attributes[1]?.decoded;
    assert.ok(priority?.kind === 'uint32');
    assert.equal(priority.number.value >>> 24, 110, 'peer-reflexive type preference');
  });
  test('the 401 answers the first Allocate and hands out the realm and nonce the next Allocate repeats', () => {
    const unauthorized = decodedSample('turn-allocate-unauthorized');
    const authenticated = decodedSample('turn-allocate-authenticated');
    assert.equal(transactionIdOf('turn-allocate-unauthorized'), transactionIdOf('turn-allocate-request'));
    assert.equal(unauthorized.header.messageClass, 'error-response');
    const error = unauthorized.attributes[0]?.decoded;
    assert.ok(error?.kind === 'error-code' && error.code === 401);
    assert.equal(textOf(authenticated, 'REALM'), textOf(unauthorized, 'REALM'));
    assert.equal(textOf(authenticated, 'NONCE'), textOf(unauthorized, 'NONCE'));
    assert.notEqual(transactionIdOf('turn-allocate-authenticated'), transactionIdOf('turn-allocate-request'));
  });
  test('the Allocate success answers the authenticated Allocate with a relayed address and a lifetime', () => {
    const success = decodedSample('turn-allocate-success');
    assert.equal(transactionIdOf('turn-allocate-success'), transactionIdOf('turn-allocate-authenticated'));
    assert.deepEqual(success.attributes.map((a) => a.name).slice(0, 3), [
      'XOR-RELAYED-ADDRESS',
      'XOR-MAPPED-ADDRESS',
      'LIFETIME',
    ]);
  });
  test('CreatePermission and ChannelBind name the same peer, and ChannelData uses the bound channel', () => {
    const peerOf = (id: string) => {
      const peer = decodedSample(id).attributes.find((a) => a.name === 'XOR-PEER-ADDRESS')?.decoded;
      assert.ok(peer?.kind === 'xor-address');
      return `${peer.address.value}:${peer.port.value}`;
    };
    assert.equal(peerOf('turn-create-permission'), peerOf('turn-channel-bind'));
    const channel = decodedSample('turn-channel-bind').attributes[0]?.decoded;
    assert.ok(channel?.kind === 'channel-number');
    const channelData = sampleById('turn-channel-data');
    assert.ok(channelData);
    const packet = unwrap(decodePacket(channelData.bytes));
    assert.ok(packet.kind === 'channel-data');
    assert.equal(packet.channelNumber.value, channel.channel.value);
  });
  test('sampleById returns undefined for an unknown id', () => {
    assert.equal(sampleById('no-such-sample'), undefined);
  });
});
