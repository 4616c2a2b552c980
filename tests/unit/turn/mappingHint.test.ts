import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIceServerUrl } from '../../../src/lib/ice/parseIceServerUrl.ts';
import { checkMappingServers, classifyMapping, mappingServersErrorParams, type MappingEvidence, type SrflxEvidence } from '../../../src/lib/turn/mappingHint.ts';

/** Evidence of a joint round that completed without errors unless a test says otherwise. */
const classify = (e: Pick<MappingEvidence, 'soloA' | 'soloB' | 'joint'> & Partial<MappingEvidence>) => classifyMapping({ jointErrors: [], jointComplete: true, ...e });

const c = (address: string, port: number, server: 'a' | 'b' | null, raddr = '192.0.2.2', rport = 48052): SrflxEvidence => ({ address, port, relatedAddress: raddr, relatedPort: rport, server });
const hiddenC = (address: string, port: number, server: 'a' | 'b' | null) => c(address, port, server, '0.0.0.0', 0);

test('two URLs at different IPv4 addresses are accepted without warning', () => {
  const r = checkMappingServers('stun:127.0.0.1:3478', 'stun:127.0.0.2:3478');
  assert.equal(r.ok && r.value.warning, null);
});

test('two URLs with the same literal IP are refused even with different ports', () => {
  const r = checkMappingServers('stun:127.0.0.1:3478', 'stun:127.0.0.1:3479');
  assert.equal(!r.ok && r.error.code, 'same-address');
});

test('two spellings of the same IPv6 address are refused', () => {
  const r = checkMappingServers('stun:[2001:db8::1]', 'stun:[2001:0db8:0:0:0:0:0:1]:3479');
  assert.equal(!r.ok && r.error.code, 'same-address');
});

test('one IPv4 and one IPv6 server are refused', () => {
  const r = checkMappingServers('stun:192.0.2.1', 'stun:[2001:db8::1]');
  assert.equal(!r.ok && r.error.code, 'mixed-families');
});

test('host names are accepted with a warning that they may resolve alike', () => {
  const r = checkMappingServers('stun:a.example.internal', 'stun:b.example.internal');
  assert.equal(r.ok && r.value.warning, 'names');
});

test('TURN and stuns URLs are refused; garbage names the bad URL', () => {
  assert.equal((() => { const r = checkMappingServers('turn:127.0.0.1', 'stun:127.0.0.2'); return !r.ok && r.error.code; })(), 'not-stun');
  const r = checkMappingServers('stun:127.0.0.1', 'http://x');
  assert.equal(!r.ok && r.error.code, 'invalid-url');
  assert.equal(!r.ok && r.error.index, 1);
  // The parser's own error rides along, so the widget can say it in the page's language.
  const parsed = parseIceServerUrl('http://x');
  assert.equal(!r.ok && r.error.urlError?.code, !parsed.ok && parsed.error.code);
  assert.equal(!r.ok && r.error.urlError?.url, 'http://x');
});

test('a refused URL is explained in the page language: the parser\'s reason in Japanese on a Japanese page, never its English message', () => {
  const r = checkMappingServers('stun:127.0.0.1:3478', 'stun://127.0.0.2');
  assert.ok(!r.ok && r.error.code === 'invalid-url');
  const ja = mappingServersErrorParams('ja', r.error, 'stun:127.0.0.1:3478');
  const en = mappingServersErrorParams('en', r.error, 'stun:127.0.0.1:3478');
  assert.equal(ja.which, 'B');
  assert.equal(ja.host, '127.0.0.1');
  assert.notEqual(ja.detail, r.error.message);
  assert.match(ja.detail, /[ぁ-んァ-ヶ一-龠]/);
  assert.match(ja.detail, /stun:127\.0\.0\.2/);
  assert.match(en.detail, /stun:127\.0\.0\.2/);
  assert.doesNotMatch(en.detail, /[ぁ-んァ-ヶ一-龠]/);
});

test('the other refusals keep their own sentence: the parameters name the server and A\'s host', () => {
  const r = checkMappingServers('stun:127.0.0.1:3478', 'stun:127.0.0.1:3479');
  assert.ok(!r.ok && r.error.code === 'same-address');
  assert.deepEqual(mappingServersErrorParams('ja', r.error, 'stun:127.0.0.1:3478'), { which: 'B', detail: r.error.message, host: '127.0.0.1' });
});

test('Chromium on this machine: one merged srflx in the joint round and both solo answers is the same mapping', () => {
  const h = classify({ soloA: [c('127.0.0.1', 40001, 'a', '192.0.2.2', 40001)], soloB: [c('127.0.0.1', 40002, 'b', '192.0.2.2', 40002)], joint: [c('127.0.0.1', 48052, 'b')] });
  assert.equal(h.code, 'same-mapping');
  assert.deepEqual(h.mappings, ['127.0.0.1:48052']);
  assert.equal(h.portPreserved, true);
});

test('two equal srflx candidates (a browser that does not merge) is the same mapping', () => {
  const h = classify({ soloA: [c('198.51.100.7', 1, 'a')], soloB: [c('198.51.100.7', 2, 'b')], joint: [c('198.51.100.7', 61000, 'a'), c('198.51.100.7', 61000, 'b')] });
  assert.equal(h.code, 'same-mapping');
  assert.equal(h.portPreserved, false);
});

test('different ports from one socket are a different mapping', () => {
  const h = classify({ soloA: [c('198.51.100.7', 1, 'a')], soloB: [c('198.51.100.7', 2, 'b')], joint: [c('198.51.100.7', 61000, 'a'), c('198.51.100.7', 61001, 'b')] });
  assert.equal(h.code, 'different-mapping');
  assert.deepEqual(h.mappings, ['198.51.100.7:61000', '198.51.100.7:61001']);
});

test('with hidden raddr (mDNS on) two candidates from A and B that differ are a different mapping', () => {
  const h = classify({ soloA: [hiddenC('198.51.100.7', 1, 'a')], soloB: [hiddenC('198.51.100.7', 2, 'b')], joint: [hiddenC('198.51.100.7', 5, 'a'), hiddenC('198.51.100.7', 6, 'b')] });
  assert.equal(h.code, 'different-mapping');
  assert.equal(h.portPreserved, null);
});

test('with hidden raddr, three different candidates cannot be told apart: indeterminate', () => {
  const h = classify({ soloA: [hiddenC('198.51.100.7', 1, 'a')], soloB: [hiddenC('198.51.100.7', 2, 'b')], joint: [hiddenC('198.51.100.7', 5, 'a'), hiddenC('198.51.100.7', 6, 'b'), hiddenC('203.0.113.1', 7, 'a')] });
  assert.equal(h.code, 'indeterminate');
  assert.equal(h.reason, 'several-sockets');
});

test('candidates from two sockets, each with one mapping, are the same mapping', () => {
  const h = classify({
    soloA: [c('198.51.100.7', 1, 'a')],
    soloB: [c('198.51.100.7', 2, 'b')],
    joint: [c('198.51.100.7', 5, 'a', '10.0.0.2', 5), c('198.51.100.8', 6, 'a', '10.1.0.2', 6)],
  });
  assert.equal(h.code, 'same-mapping');
});

test('server B silent on its own is indeterminate, whatever the joint round shows', () => {
  const h = classify({ soloA: [c('127.0.0.1', 1, 'a')], soloB: [], joint: [c('127.0.0.1', 3, 'a')] });
  assert.equal(h.code, 'indeterminate');
  assert.equal(h.reason, 'b-no-answer');
});

test('server A silent on its own is indeterminate', () => {
  assert.equal(classify({ soloA: [], soloB: [c('127.0.0.1', 1, 'b')], joint: [] }).reason, 'a-no-answer');
});

test('no srflx in the joint round is indeterminate', () => {
  assert.equal(classify({ soloA: [c('127.0.0.1', 1, 'a')], soloB: [c('127.0.0.1', 1, 'b')], joint: [] }).reason, 'joint-no-answer');
});

test('two different mappings none of which the browser attributed is indeterminate', () => {
  const h = classify({ soloA: [c('127.0.0.1', 1, 'a')], soloB: [c('127.0.0.1', 1, 'b')], joint: [c('127.0.0.1', 3, null), c('127.0.0.1', 4, null)] });
  assert.equal(h.reason, 'unattributed');
});

// Chromium keeps one of two equal srflx candidates, so one joint candidate
// stands for both servers only when nothing in that round went wrong.
const soloOk = { soloA: [c('198.51.100.7', 40001, 'a')], soloB: [c('198.51.100.7', 40002, 'b')] };

test('an icecandidateerror in the joint round makes the hint indeterminate, never the same mapping', () => {
  const h = classify({ ...soloOk, joint: [c('198.51.100.7', 61000, 'a')], jointErrors: [{ errorCode: 701, errorText: 'STUN binding request timed out.', url: 'stun:198.51.100.2:3478', address: '192.0.2.2', server: 'b' }] });
  assert.equal(h.code, 'indeterminate');
  assert.equal(h.reason, 'joint-error');
  assert.deepEqual(h.mappings, ['198.51.100.7:61000']);
});

test('an error in the joint round wins even when both servers answered there with different mappings', () => {
  const h = classify({ ...soloOk, joint: [c('198.51.100.7', 61000, 'a'), c('198.51.100.7', 61001, 'b')], jointErrors: [{ errorCode: 701, errorText: '', url: null, address: null, server: null }] });
  assert.equal(h.reason, 'joint-error');
});

test('a joint round that ran out of time with a srflx from A only is indeterminate: B may not have answered', () => {
  const h = classify({ ...soloOk, joint: [c('198.51.100.7', 61000, 'a')], jointComplete: false });
  assert.equal(h.code, 'indeterminate');
  assert.equal(h.reason, 'joint-incomplete');
});

test('a joint round that ran out of time but holds different mappings from A and B is still a different mapping', () => {
  const h = classify({ ...soloOk, joint: [c('198.51.100.7', 61000, 'a'), c('198.51.100.7', 61001, 'b')], jointComplete: false });
  assert.equal(h.code, 'different-mapping');
});
