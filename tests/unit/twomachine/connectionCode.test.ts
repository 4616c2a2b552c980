import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import type { ConnectionCode } from '../../../src/lib/twomachine/connectionCode.ts';
import {
  checkAnswer, checkInvitationAge, CLOCK_SKEW_S, codeFromSdp, decodeConnectionCode, encodeConnectionCode,
  fromBase64Url, INVITATION_LIFETIME_S, sdpFromCode, sessionIdFromBytes, toBase64Url,
} from '../../../src/lib/twomachine/connectionCode.ts';
import { chromeDescriptions } from './chromeDescriptions.ts';

const SESSION = { sessionId: '0123456789abcdef', createdAt: 1_796_000_000 };
const withoutUfrag = (line: string) => line.replace(/ ufrag \S+/, '');
const sdpAttr = (sdp: string, name: string) => sdp.split('\r\n').find((l) => l.startsWith(`a=${name}:`));
const sdpCandidates = (sdp: string) => sdp.split('\r\n').filter((l) => l.startsWith('a=candidate:')).map((l) => withoutUfrag(l.slice(2)));

function codeOf(name: string, kind: 'offer' | 'answer' = 'offer'): ConnectionCode {
  const sdp = chromeDescriptions[name]![kind];
  const r = codeFromSdp(kind, sdp, SESSION);
  assert.ok(r.ok);
  return r.value;
}

for (const name of Object.keys(chromeDescriptions)) {
  for (const kind of ['offer', 'answer'] as const) {
    test(`a real Chromium ${kind} (${name}) survives encode → decode → SDP with every ICE and DTLS attribute and candidate`, () => {
      const sdp = chromeDescriptions[name]![kind];
      const code = codeOf(name, kind);
      const text = encodeConnectionCode(code);
      assert.match(text, kind === 'offer' ? /^ifg1o\.[A-Za-z0-9_-]+$/ : /^ifg1a\.[A-Za-z0-9_-]+$/);
      const back = decodeConnectionCode(text, kind);
      assert.ok(back.ok, back.ok ? '' : back.error.message);
      assert.deepEqual(back.value, { ...code, candidates: code.candidates.map(withoutUfrag) });
      const rebuilt = sdpFromCode(back.value);
      for (const attr of ['ice-ufrag', 'ice-pwd', 'fingerprint', 'setup']) assert.equal(sdpAttr(rebuilt, attr), sdpAttr(sdp, attr), attr);
      assert.deepEqual(sdpCandidates(rebuilt), sdpCandidates(sdp));
      assert.ok(rebuilt.includes('a=end-of-candidates\r\n'));
      assert.ok(rebuilt.includes('m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n'));
    });
  }
}

test('a typical offer fits in a few hundred characters (measured on the real offers)', () => {
  const lengths = Object.keys(chromeDescriptions).map((name) => [name, codeOf(name).candidates.length, encodeConnectionCode(codeOf(name)).length] as const);
  for (const [name, candidates, length] of lengths) assert.ok(length <= 50 * candidates + 130, `${name}: ${candidates} candidates, ${length} characters`);
  const five = lengths.find(([name]) => name === 'default-chrome-stun-turn')!;
  assert.ok(five[2] < 330, `5 candidates with two .local hosts: ${five[2]} characters`);
});

test('eight candidates (mDNS hosts, srflx and relays over udp and tcp) stay under 450 characters (a few hundred)', () => {
  const base = codeOf('default-chrome-stun-turn');
  const extra = [
    'candidate:3098171578 1 tcp 1518157055 1baecefb-a795-4e46-9f30-ccb2bdd478fd.local 9 typ host tcptype active generation 0 network-id 1',
    'candidate:2422484830 1 tcp 1518283775 26fa2a2a-1ef6-4c6a-ad67-7b239e1fe50c.local 9 typ host tcptype active generation 0 network-id 2',
    'candidate:842163049 1 udp 1677729535 2001:db8:5::17 40100 typ srflx raddr :: rport 0 generation 0 network-id 2 network-cost 10',
  ];
  const code = { ...base, candidates: [...base.candidates, ...extra] };
  assert.equal(code.candidates.length, 8);
  const text = encodeConnectionCode(code);
  assert.ok(text.length < 450, `${text.length} characters`);
  const back = decodeConnectionCode(text, 'offer');
  assert.ok(back.ok);
  assert.deepEqual(back.value.candidates, code.candidates);
});

test('whitespace and line breaks from e-mail or chat are ignored', () => {
  const text = encodeConnectionCode(codeOf('relay-only'));
  const wrapped = `  ${text.slice(0, 40)}\n${text.slice(40, 90)}\r\n ${text.slice(90)}\n`;
  assert.ok(decodeConnectionCode(wrapped, 'offer').ok);
});

const offerText = encodeConnectionCode(codeOf('mdns-off-stun-turn'));
const answerText = encodeConnectionCode(codeOf('mdns-off-stun-turn', 'answer'));
const errorOf = (text: string, kind: 'offer' | 'answer' = 'offer') => {
  const r = decodeConnectionCode(text, kind);
  return r.ok ? null : r.error;
};

test('every malformed input gets its own error code and a message saying what to do', () => {
  const cases: [string, string, 'offer' | 'answer', string][] = [
    ['empty', '  \n ', 'offer', 'empty'],
    ['prose', 'hello, here is my code', 'offer', 'malformed'],
    ['an SDP pasted instead', chromeDescriptions['relay-only']!.offer, 'offer', 'malformed'],
    ['a character outside base64url', `${offerText.slice(0, 30)}+${offerText.slice(31)}`, 'offer', 'malformed'],
    ['another version', offerText.replace(/^ifg1/, 'ifg2'), 'offer', 'other-version'],
    ['an answer in the invitation box', answerText, 'offer', 'answer-not-offer'],
    ['an invitation in the answer box', offerText, 'answer', 'offer-not-answer'],
    ['very long text', 'x'.repeat(9000), 'offer', 'too-long'],
  ];
  for (const [what, text, kind, expected] of cases) {
    const e = errorOf(text, kind);
    assert.equal(e?.code, expected, what);
    assert.ok((e?.message.length ?? 0) > 30, what);
  }
  assert.equal(errorOf(offerText.replace(/^ifg1/, 'ifg7'))?.version, 7);
});

test('a code cut short anywhere is "truncated", never "damaged" or a crash', () => {
  for (let cut = 1; cut < offerText.length - 7; cut += 3) {
    const e = errorOf(offerText.slice(0, offerText.length - cut));
    assert.equal(e?.code, 'truncated', `cut ${cut}`);
  }
});

test('a code changed in the middle is "damaged" (the check does not match) or unreadable, never accepted', () => {
  const body = offerText.slice(6);
  let damaged = 0;
  for (let i = 5; i < body.length - 5; i += 7) {
    const ch = body[i] === 'A' ? 'B' : 'A';
    const e = errorOf(`ifg1o.${body.slice(0, i)}${ch}${body.slice(i + 1)}`);
    assert.ok(e !== null, `position ${i}`);
    assert.ok(['damaged', 'truncated', 'malformed'].includes(e.code), `${i}: ${e.code}`);
    if (e.code === 'damaged') damaged += 1;
  }
  assert.ok(damaged > 0);
});

test('a payload with a matching check but impossible content is malformed', () => {
  // kind 0, then nothing else: the check matches, the content does not parse.
  const payload = Uint8Array.from([0, 1, 2]);
  const framed = new Uint8Array([...payload, ...sha256(payload).slice(0, 4)]);
  assert.equal(errorOf(`ifg1o.${toBase64Url(deflateSync(framed))}`)?.code, 'malformed');
  const wrongCheck = new Uint8Array([...payload, 0, 0, 0, 0]);
  assert.equal(errorOf(`ifg1o.${toBase64Url(deflateSync(wrongCheck))}`)?.code, 'damaged');
});

test('an answer is accepted only for the invitation this page holds, unanswered and not expired', () => {
  const answer = codeOf('mdns-off-stun-turn', 'answer');
  const invitation = { ...SESSION, answered: false };
  const now = SESSION.createdAt + 60;
  assert.ok(checkAnswer(answer, invitation, now).ok);
  const cases: [string, Parameters<typeof checkAnswer>[1], number, string][] = [
    ['reloaded page', null, now, 'other-invitation'],
    ['newer invitation', { ...invitation, sessionId: 'ffffffffffffffff' }, now, 'other-invitation'],
    ['answered already', { ...invitation, answered: true }, now, 'already-answered'],
    ['too old', invitation, SESSION.createdAt + INVITATION_LIFETIME_S + 1, 'expired'],
  ];
  for (const [what, inv, at, reason] of cases) {
    const r = checkAnswer(answer, inv, at);
    assert.ok(!r.ok, what);
    assert.deepEqual([r.error.code, r.error.staleReason], ['stale', reason], what);
  }
});

test('an invitation is refused as stale only when clearly older than its lifetime, allowing for clock skew', () => {
  const offer = codeOf('relay-only');
  assert.ok(checkInvitationAge(offer, SESSION.createdAt + INVITATION_LIFETIME_S + CLOCK_SKEW_S).ok);
  assert.ok(checkInvitationAge(offer, SESSION.createdAt - 3600).ok, 'a clock behind the maker’s is not an error');
  const r = checkInvitationAge(offer, SESSION.createdAt + INVITATION_LIFETIME_S + CLOCK_SKEW_S + 60);
  assert.ok(!r.ok);
  assert.deepEqual([r.error.code, r.error.staleReason, r.error.ageMinutes], ['stale', 'expired', 41]);
});

test('a description without ICE or DTLS attributes cannot become a code', () => {
  const sdp = chromeDescriptions['relay-only']!.offer;
  for (const attr of ['ice-ufrag', 'ice-pwd', 'fingerprint', 'setup']) {
    const r = codeFromSdp('offer', sdp.split('\r\n').filter((l) => !l.startsWith(`a=${attr}:`)).join('\r\n'), SESSION);
    assert.deepEqual(r.ok ? null : [r.error.code, r.error.missing], ['sdp-incomplete', `a=${attr}`]);
  }
});

test('codes carry no credentials and no server URLs', () => {
  const text = encodeConnectionCode(codeOf('mdns-off-stun-turn'));
  const back = decodeConnectionCode(text, 'offer');
  assert.ok(back.ok);
  assert.doesNotMatch(JSON.stringify(back.value), /turn:|stun:|username|credential/);
});

test('base64url round-trips every length and rejects impossible lengths', () => {
  for (let n = 0; n < 20; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
    assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
  }
  assert.equal(fromBase64Url('abcde'), null);
  assert.equal(sessionIdFromBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 255])), '01020304050607ff');
});
