import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NegotiationSnapshot } from '../../../src/lib/loopback/perfectNegotiation.ts';
import { decideOnDescription } from '../../../src/lib/loopback/perfectNegotiation.ts';

const stable: NegotiationSnapshot = { role: 'polite', makingOffer: false, signalingState: 'stable', settingRemoteAnswer: false };

test('an offer to a stable tab is applied by either role', () => {
  assert.equal(decideOnDescription('offer', stable).action, 'apply');
  assert.equal(decideOnDescription('offer', { ...stable, role: 'impolite' }).action, 'apply');
});

test('crossing offers: the impolite tab ignores the incoming offer and its candidates’ errors', () => {
  const glare = { ...stable, role: 'impolite' as const, signalingState: 'have-local-offer' as const };
  assert.deepEqual(decideOnDescription('offer', glare), { action: 'ignore-offer', collision: true, ignoreCandidateErrors: true });
});

test('crossing offers: the polite tab applies the incoming offer over its own', () => {
  const glare = { ...stable, signalingState: 'have-local-offer' as const };
  assert.deepEqual(decideOnDescription('offer', glare), { action: 'apply-over-own-offer', collision: true, ignoreCandidateErrors: false });
});

test('an offer that arrives while this tab is still making its own is a collision', () => {
  assert.equal(decideOnDescription('offer', { ...stable, role: 'impolite', makingOffer: true }).action, 'ignore-offer');
  assert.equal(decideOnDescription('offer', { ...stable, makingOffer: true }).action, 'apply-over-own-offer');
});

test('an offer that arrives while an answer is being applied is not a collision', () => {
  const applying = { ...stable, role: 'impolite' as const, signalingState: 'have-local-offer' as const, settingRemoteAnswer: true };
  assert.equal(decideOnDescription('offer', applying).action, 'apply');
});

test('an answer is applied only when this tab has an offer outstanding', () => {
  assert.equal(decideOnDescription('answer', { ...stable, signalingState: 'have-local-offer' }).action, 'apply');
  assert.equal(decideOnDescription('answer', stable).action, 'ignore-answer');
  assert.equal(decideOnDescription('answer', { ...stable, signalingState: 'have-remote-offer' }).action, 'ignore-answer');
});

test('whatever the timing, exactly one of two crossing offers is answered', () => {
  for (const state of ['have-local-offer', 'stable'] as const) {
    for (const makingOffer of [true, false]) {
      if (state === 'stable' && !makingOffer) continue;
      const polite = decideOnDescription('offer', { role: 'polite', makingOffer, signalingState: state, settingRemoteAnswer: false });
      const impolite = decideOnDescription('offer', { role: 'impolite', makingOffer, signalingState: state, settingRemoteAnswer: false });
      const answered = [polite, impolite].filter((d) => d.action !== 'ignore-offer').length;
      assert.equal(answered, 1, `${state}, makingOffer ${makingOffer}`);
    }
  }
});
