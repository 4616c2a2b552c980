import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { translator } from '../../../src/i18n/dictionary.ts';
import { analyseDump, dumpText, MAX_DUMP_BYTES, readDump, type DumpReadErrorCode } from '../../../src/lib/dump/index.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'dumps');
const plain = readFileSync(join(dir, 'host-success.json'), 'utf8');
const gz = new Uint8Array(readFileSync(join(dir, 'host-success.gz')));

function code(input: Uint8Array | string): DumpReadErrorCode | 'ok' {
  const r = readDump(input);
  return r.ok ? 'ok' : r.error.code;
}

const cases: [string, Uint8Array | string, DumpReadErrorCode | 'ok'][] = [
  ['a real plain dump reads', new TextEncoder().encode(plain), 'ok'],
  ['a real compressed dump reads', gz, 'ok'],
  ['pasted text of a real dump reads', plain, 'ok'],
  ['an empty file is empty', new Uint8Array(0), 'empty'],
  ['whitespace only is empty', '  \n ', 'empty'],
  ['a text file is not JSON', 'hello, this is the log you asked for', 'not-json'],
  ['JSON with a syntax error in the middle is not JSON', '{"PeerConnections": {"1-1": nope}}', 'not-json'],
  ['a dump cut off in the middle is truncated', plain.slice(0, Math.floor(plain.length / 2)), 'truncated-json'],
  ['a compressed dump cut off in the middle is corrupt', gz.slice(0, Math.floor(gz.length / 2)), 'corrupt-compressed'],
  ['a gzip header with garbage after it is corrupt', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 'corrupt-compressed'],
  ['a JSON array is not a dump', '[1, 2, 3]', 'not-a-dump'],
  ['an object without PeerConnections is not a dump', '{"getUserMedia": []}', 'not-a-dump'],
  ['a dump with no peer connections says so', '{"getUserMedia": [], "PeerConnections": {}, "UserAgent": "x"}', 'no-peer-connections'],
  ['the rtcstats download is recognised', new Uint8Array(readFileSync(join(dir, 'rtcstats.gz'))), 'rtcstats-dump'],
  ['an rtcstats dump pasted as text is recognised', 'RTCStatsDump\n{"fileFormat":3}\n["create",null,{}]\n', 'rtcstats-dump'],
  [
    'a page saved from Firefox about:webrtc is recognised',
    '<!DOCTYPE html>\n<html><head><title>about:webrtc</title><link rel="stylesheet" href="chrome://global/content/aboutwebrtc/aboutWebrtc.css"></head><body></body></html>',
    'firefox-about-webrtc',
  ],
  ['a page saved from webrtc-internals with "Save page as" is not a dump', '<!DOCTYPE html><html><head><title>WebRTC Internals</title><script type="module" src="webrtc_internals.js"></script></head></html>', 'html-page'],
];

for (const [name, input, expected] of cases) test(name, () => assert.equal(code(input), expected));

test('a file over the limit is refused before it is read, and the message says the limit', () => {
  const r = readDump(new Uint8Array(MAX_DUMP_BYTES + 1));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'too-large');
  assert.equal(r.error.detail, MAX_DUMP_BYTES);
  assert.match(translator('en', dumpText)('error.too-large', { limit: 100 }), /100 MiB/);
  assert.match(translator('ja', dumpText)('error.too-large', { limit: 100 }), /100 MiB/);
});

test('a small compressed file that would inflate beyond the limit is refused while inflating', () => {
  const bomb = gzipSync(new Uint8Array(MAX_DUMP_BYTES + 1024), { level: 9 });
  assert.ok(bomb.length < 1024 * 1024);
  assert.equal(code(bomb), 'too-large');
});

test('a peer connection without stats reads, and its analysis says the dump cannot tell', () => {
  const r = analyseDump(readFileSync(join(dir, 'no-checks.json'), 'utf8'));
  assert.ok(r.ok);
  const ids = r.value.connections[0]!.findings.map((f) => f.id);
  assert.ok(ids.includes('no-stats'));
  assert.equal(r.value.connections[0]!.model.statsSeries, 0);
});

test('every read error has a text in both languages', () => {
  const codes: DumpReadErrorCode[] = ['empty', 'html-page', 'too-large', 'corrupt-compressed', 'rtcstats-dump', 'firefox-about-webrtc', 'not-json', 'truncated-json', 'not-a-dump', 'no-peer-connections'];
  for (const c of codes) {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang, dumpText);
      assert.ok(t.has(`error.${c}`));
      assert.doesNotMatch(t(`error.${c}`, { limit: 100, at: 1 }), /\{\w+\}/);
    }
  }
});

test('redaction replaces IPv4, IPv6 and mDNS names but leaves times and fingerprints', async () => {
  const { createTextRedactor } = await import('../../../src/lib/dump/report.ts');
  const r = createTextRedactor();
  const text = 'candidate:1 1 udp 2122260223 10.99.0.1 5000 typ host; fd00::2 ; 16:03:01.257; 88:AE:AE:13:C5:09 ; 6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local; 0.0.0.0';
  const out = r.text(text);
  assert.doesNotMatch(out, /10\.99\.0\.1|fd00::2|6f0f1c54/);
  assert.match(out, /16:03:01\.257/);
  assert.match(out, /88:AE:AE:13:C5:09/);
  assert.match(out, /0\.0\.0\.0/);
  assert.equal(r.text('10.99.0.1'), r.text('10.99.0.1'), 'the same address gets the same placeholder');
  assert.equal(r.pageUrl('https://meet.example.com/room/secret?token=abc'), 'https://site-1.invalid/…');
});

test('the text redactor replaces ICE server host names as well as addresses', async () => {
  const { createTextRedactor } = await import('../../../src/lib/dump/report.ts');
  const r = createTextRedactor();
  const out = r.text('STUN stun:stun.acme-corp.internal:3478 gave no srflx; turn:10.99.0.77?transport=udp and stun:STUN.acme-corp.internal again');
  assert.doesNotMatch(out, /acme-corp/i);
  assert.match(out, /stun:server-1\.invalid:3478/);
  assert.match(out, /stun:server-1\.invalid again/);
  assert.doesNotMatch(out, /10\.99\.0\.77/);
});
