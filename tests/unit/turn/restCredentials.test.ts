import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeRestUsername,
  expiryStatus,
  hmacSha1Base64,
  mintRestCredentials,
  readRestRejection,
} from '../../../src/lib/turn/restCredentials.ts';
import { restSnippet } from '../../../src/lib/turn/restSnippets.ts';

// The fixed vector, computed independently with
// printf '1767225600:alice' | openssl dgst -sha1 -hmac north-secret -binary | base64
const VECTOR = { secret: 'north-secret', user: 'alice', now: 1767222000, ttl: 3600, username: '1767225600:alice', password: 'PtgFkMyqgR4om/PGc3sDV5OnNo8=' };

test('HMAC-SHA1 matches RFC 2202 test case 2 (key "Jefe")', async () => {
  // effcdf6ae5eb2fa2d27416d5f184df9c259a7c79 in base64
  assert.equal(await hmacSha1Base64('Jefe', 'what do ya want for nothing?'), '7/zfauXrL6LSdBbV8YTfnCWafHk=');
});

test('minting gives the username expiry:user and the password of the fixed vector', async () => {
  const r = await mintRestCredentials({ secret: VECTOR.secret, user: VECTOR.user, lifetimeSeconds: VECTOR.ttl, nowSeconds: VECTOR.now });
  assert.deepEqual(r, { ok: true, value: { username: VECTOR.username, password: VECTOR.password, expiry: 1767225600 } });
});

test('an empty user id gives the expiry alone as username', async () => {
  const r = await mintRestCredentials({ secret: 's', user: '', lifetimeSeconds: 60, nowSeconds: 100 });
  assert.equal(r.ok && r.value.username, '160');
});

test('a custom separator is used between expiry and user', async () => {
  const r = await mintRestCredentials({ secret: 's', user: 'bob', lifetimeSeconds: 60, nowSeconds: 100, separator: '-' });
  assert.equal(r.ok && r.value.username, '160-bob');
});

for (const [name, input, code] of [
  ['an empty secret', { secret: '', user: 'a', lifetimeSeconds: 60, nowSeconds: 0 }, 'empty-secret'],
  ['a zero lifetime', { secret: 's', user: 'a', lifetimeSeconds: 0, nowSeconds: 0 }, 'bad-lifetime'],
  ['a fractional lifetime', { secret: 's', user: 'a', lifetimeSeconds: 1.5, nowSeconds: 0 }, 'bad-lifetime'],
  ['a lifetime over 30 days', { secret: 's', user: 'a', lifetimeSeconds: 31 * 86400, nowSeconds: 0 }, 'bad-lifetime'],
  ['a user id containing the separator', { secret: 's', user: 'a:b', lifetimeSeconds: 60, nowSeconds: 0 }, 'user-has-separator'],
  ['a digit as separator', { secret: 's', user: 'a', lifetimeSeconds: 60, nowSeconds: 0, separator: '1' }, 'bad-separator'],
  ['a user id over 508 bytes', { secret: 's', user: 'x'.repeat(600), lifetimeSeconds: 60, nowSeconds: 0 }, 'username-too-long'],
] as const) {
  test(`minting refuses ${name} with code ${code}`, async () => {
    const r = await mintRestCredentials(input);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, code);
  });
}

test('a negative lifetime is accepted only when expired credentials are asked for', async () => {
  const r = await mintRestCredentials({ secret: 's', user: 'a', lifetimeSeconds: -60, nowSeconds: 1000, allowExpired: true });
  assert.equal(r.ok && r.value.username, '940:a');
});

test('decoding a REST username gives its expiry and user id', () => {
  assert.deepEqual(decodeRestUsername(' 1767225600:alice '), { ok: true, value: { expiry: 1767225600, user: 'alice' } });
  assert.deepEqual(decodeRestUsername('1767225600'), { ok: true, value: { expiry: 1767225600, user: null } });
  assert.deepEqual(decodeRestUsername('1767225600:a:b'), { ok: true, value: { expiry: 1767225600, user: 'a:b' } });
});

test('decoding refuses a username that does not start with a Unix time', () => {
  const r = decodeRestUsername('alice:1767225600');
  assert.equal(!r.ok && r.error.code, 'bad-expiry');
  assert.equal(!decodeRestUsername('').ok && 'empty', 'empty');
  const e = decodeRestUsername('   ');
  assert.equal(!e.ok && e.error.code, 'empty-username');
});

test('an expiry earlier than the clock is expired, the same second is still valid', () => {
  assert.equal(expiryStatus(99, 100), 'expired');
  assert.equal(expiryStatus(100, 100), 'valid');
});

test('a 401 reads as expired, wrong secret / skew, or unknown by the evidence', () => {
  assert.equal(readRestRejection(99, 100, true), 'expired');
  assert.equal(readRestRejection(99, 100, false), 'expired');
  assert.equal(readRestRejection(200, 100, true), 'wrong-secret-or-skew');
  assert.equal(readRestRejection(200, 100, false), 'unknown');
  assert.equal(readRestRejection(null, 100, true), 'unknown');
});

test('the Node snippet, run by node, mints the fixed vector', () => {
  const dir = mkdtempSync(join(tmpdir(), 'turnrest-'));
  try {
    const file = join(dir, 'snippet.mjs');
    writeFileSync(file, `${restSnippet('node')}\nconst c = turnCredentials(${JSON.stringify(VECTOR.secret)}, 'alice', ${VECTOR.ttl}, ${VECTOR.now});\nconsole.log(c.username + ' ' + c.password);\n`);
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim();
    assert.equal(out, `${VECTOR.username} ${VECTOR.password}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const hasPython = spawnSync('python3', ['--version']).status === 0;
test('the Python snippet, run by python3, mints the fixed vector', { skip: hasPython ? false : 'python3 is not installed' }, () => {
  const code = `${restSnippet('python')}\nu, p = turn_credentials(${JSON.stringify(VECTOR.secret)}, "alice", ${VECTOR.ttl}, ${VECTOR.now})\nprint(u, p)\n`;
  const out = execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();
  assert.equal(out, `${VECTOR.username} ${VECTOR.password}`);
});

const hasGo = spawnSync('go', ['version']).status === 0;
test('the Go snippet, run by go, mints the fixed vector', { skip: hasGo ? false : 'go is not installed; the vector is checked by the Node snippet and WebCrypto above' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'turnrest-go-'));
  try {
    const lib = restSnippet('go').replace('package turncred', 'package main');
    writeFileSync(join(dir, 'cred.go'), lib);
    writeFileSync(join(dir, 'main.go'), `package main\n\nimport "fmt"\n\nfunc main() {\n\tu, p := TurnCredentials(${JSON.stringify(VECTOR.secret)}, "alice", ${VECTOR.ttl}, ${VECTOR.now})\n\tfmt.Println(u, p)\n}\n`);
    writeFileSync(join(dir, 'go.mod'), 'module turncred\n\ngo 1.20\n');
    const out = execFileSync('go', ['run', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' } }).trim();
    assert.equal(out, `${VECTOR.username} ${VECTOR.password}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every snippet computes HMAC-SHA1 of the username keyed by the secret, base64-encoded', () => {
  assert.match(restSnippet('node'), /createHmac\('sha1', secret\)\.update\(username\)\.digest\('base64'\)/);
  assert.match(restSnippet('python'), /hmac\.new\(secret\.encode\(\), username\.encode\(\), hashlib\.sha1\)/);
  assert.match(restSnippet('go'), /hmac\.New\(sha1\.New, \[\]byte\(secret\)\)/);
});
