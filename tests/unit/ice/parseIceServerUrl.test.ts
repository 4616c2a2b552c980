import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IceServerUrlErrorCode } from '../../../src/lib/ice/parseIceServerUrl.ts';
import {
  MAX_ICE_SERVER_URL_LENGTH,
  parseIceServerUrl,
  sameIceServerUrl,
  validateIceServer,
  validateIceServers,
} from '../../../src/lib/ice/parseIceServerUrl.ts';

describe('parseIceServerUrl accepts', () => {
  // [url, scheme, host, hostKind, port, transport, normalized]
  const valid = [
    ['stun:stun.example.org', 'stun', 'stun.example.org', 'name', 3478, null, 'stun:stun.example.org'],
    ['stun:stun.example.org:19302', 'stun', 'stun.example.org', 'name', 19302, null, 'stun:stun.example.org:19302'],
    ['stuns:stun.example.org', 'stuns', 'stun.example.org', 'name', 5349, null, 'stuns:stun.example.org'],
    ['turn:turn.example.org', 'turn', 'turn.example.org', 'name', 3478, null, 'turn:turn.example.org'],
    ['turns:turn.example.org', 'turns', 'turn.example.org', 'name', 5349, null, 'turns:turn.example.org'],
    ['turn:192.0.2.10:3478?transport=udp', 'turn', '192.0.2.10', 'ipv4', 3478, 'udp', 'turn:192.0.2.10:3478?transport=udp'],
    ['turns:turn.example.org:443?transport=tcp', 'turns', 'turn.example.org', 'name', 443, 'tcp', 'turns:turn.example.org:443?transport=tcp'],
    ['turn:[2001:db8::10]:3478', 'turn', '2001:db8::10', 'ipv6', 3478, null, 'turn:[2001:db8::10]:3478'],
    ['stun:[2001:DB8:0:0:0:0:0:10]', 'stun', '2001:db8::10', 'ipv6', 3478, null, 'stun:[2001:db8::10]'],
    ['STUN:Stun.Example.ORG', 'stun', 'stun.example.org', 'name', 3478, null, 'stun:stun.example.org'],
    ['turn:turn.example.org?TRANSPORT=TCP', 'turn', 'turn.example.org', 'name', 3478, 'tcp', 'turn:turn.example.org?transport=tcp'],
  ] as const;
  for (const [url, scheme, host, hostKind, port, transport, normalized] of valid) {
    test(url, () => {
      const result = parseIceServerUrl(url);
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      assert.equal(result.value.scheme, scheme);
      assert.equal(result.value.host, host);
      assert.equal(result.value.hostKind, hostKind);
      assert.equal(result.value.port, port);
      assert.equal(result.value.transport, transport);
      assert.equal(result.value.normalized, normalized);
    });
  }

  test('kind and secure follow the scheme', () => {
    const turns = parseIceServerUrl('turns:turn.example.org');
    assert.ok(turns.ok);
    assert.equal(turns.value.kind, 'turn');
    assert.equal(turns.value.secure, true);
    const stun = parseIceServerUrl('stun:stun.example.org');
    assert.ok(stun.ok);
    assert.equal(stun.value.kind, 'stun');
    assert.equal(stun.value.secure, false);
    assert.equal(stun.value.portExplicit, false);
  });
});

describe('parseIceServerUrl rejects', () => {
  // [url, code, token, suggestion]
  const invalid: readonly (readonly [string, IceServerUrlErrorCode, string | null, string | null])[] = [
    ['', 'empty-url', null, null],
    [' stun:stun.example.org', 'url-whitespace', ' ', 'stun:stun.example.org'],
    ['stun:stun.example.org ', 'url-whitespace', ' ', 'stun:stun.example.org'],
    ['stun.example.org', 'missing-scheme', null, 'stun:stun.example.org'],
    ['stun.example.org:3478', 'missing-scheme', null, 'stun:stun.example.org:3478'],
    ['http://turn.example.org', 'web-url-scheme', 'http', 'stun:turn.example.org'],
    ['https://turn.example.org:443/api', 'web-url-scheme', 'https', 'stun:turn.example.org:443'],
    ['wss://turn.example.org', 'web-url-scheme', 'wss', 'stun:turn.example.org'],
    ['stun://stun.example.org', 'double-slash', '//', 'stun:stun.example.org'],
    ['turn://turn.example.org:3478/', 'double-slash', '//', 'turn:turn.example.org:3478'],
    ['sip:turn.example.org', 'unknown-scheme', 'sip', null],
    ['turn:user:secret@turn.example.org', 'userinfo-in-url', 'user:secret', 'turn:turn.example.org'],
    ['turn:turn.example.org/relay', 'unexpected-path', '/relay', 'turn:turn.example.org'],
    ['stun:', 'missing-host', null, null],
    ['stun::3478', 'missing-host', null, null],
    ['stun:stun_example!.org', 'bad-host', 'stun_example!.org', null],
    ['stun:192.0.2.300', 'bad-host', '192.0.2.300', null],
    ['turn:[2001:db8::zz]', 'bad-ipv6', '2001:db8::zz', null],
    ['turn:[2001:db8::1', 'bad-ipv6', '2001:db8::1', null],
    ['turn:2001:db8::1', 'unbracketed-ipv6', '2001:db8::1', 'turn:[2001:db8::1]'],
    ['stun:stun.example.org:abc', 'bad-port', 'abc', null],
    ['stun:stun.example.org:', 'bad-port', '', null],
    ['stun:stun.example.org:0', 'port-out-of-range', '0', null],
    ['stun:stun.example.org:65536', 'port-out-of-range', '65536', null],
    ['stun:stun.example.org?transport=udp', 'transport-on-stun', 'transport=udp', 'stun:stun.example.org'],
    ['stuns:stun.example.org:5349?transport=tcp', 'transport-on-stun', 'transport=tcp', 'stuns:stun.example.org:5349'],
    ['turn:turn.example.org?proto=udp', 'unknown-query-parameter', 'proto=udp', null],
    ['turn:turn.example.org?transport=udp&transport=tcp', 'unknown-query-parameter', 'transport=tcp', null],
    ['turn:turn.example.org?transport=tls', 'bad-transport', 'tls', 'turns:turn.example.org?transport=tcp'],
    ['turn:turn.example.org?transport=sctp', 'bad-transport', 'sctp', null],
  ];
  for (const [url, code, token, suggestion] of invalid) {
    test(`${JSON.stringify(url)} → ${code}`, () => {
      const result = parseIceServerUrl(url);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, code);
      assert.equal(result.error.token, token);
      assert.equal(result.error.suggestion, suggestion);
      if (token !== null && result.error.position !== null) {
        assert.equal(url.slice(result.error.position, result.error.position + token.length), token);
      }
    });
  }

  test('messages say what to write instead', () => {
    const doubleSlash = parseIceServerUrl('stun://stun.example.org');
    assert.ok(!doubleSlash.ok);
    assert.equal(doubleSlash.error.message, 'ICE server URLs have no // after the scheme; write stun:stun.example.org.');
    const port = parseIceServerUrl('turns:turn.example.org:0');
    assert.ok(!port.ok);
    assert.equal(port.error.message, 'Port 0 is outside 1 to 65535; leave it out to use the default 5349.');
  });

  test('a value that is not a string is an error, not an exception', () => {
    const result = parseIceServerUrl(42 as unknown as string);
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'not-a-string');
  });
});

describe('sameIceServerUrl', () => {
  test('default ports, case and IPv6 spelling do not matter', () => {
    assert.equal(sameIceServerUrl('stun:stun.example.org', 'STUN:stun.example.org:3478'), true);
    assert.equal(sameIceServerUrl('turn:[2001:db8::1]', 'turn:[2001:db8:0::1]:3478'), true);
  });

  test('a missing transport matches either transport, two different ones do not', () => {
    assert.equal(sameIceServerUrl('turn:turn.example.org', 'turn:turn.example.org:3478?transport=udp'), true);
    assert.equal(sameIceServerUrl('turn:turn.example.org?transport=tcp', 'turn:turn.example.org?transport=udp'), false);
  });

  test('a different scheme or port is a different server', () => {
    assert.equal(sameIceServerUrl('turn:turn.example.org', 'turns:turn.example.org'), false);
    assert.equal(sameIceServerUrl('stun:stun.example.org', 'stun:stun.example.org:19302'), false);
    assert.equal(sameIceServerUrl('stun:stun.example.org', 'not a url'), false);
  });
});

describe('validateIceServer', () => {
  test('a STUN entry with one URL string is normalised to an array', () => {
    const result = validateIceServer({ urls: 'STUN:stun.example.org' });
    assert.ok(result.ok);
    assert.deepEqual(result.value.urls, ['stun:stun.example.org']);
    assert.equal('username' in result.value, false);
  });

  test('a TURN entry with credentials keeps them', () => {
    const result = validateIceServer({
      urls: ['turn:turn.example.org?transport=udp', 'turns:turn.example.org:443?transport=tcp'],
      username: '1700000000:alice',
      credential: 'c2VjcmV0',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.urls, ['turn:turn.example.org?transport=udp', 'turns:turn.example.org:443?transport=tcp']);
    assert.equal(result.value.username, '1700000000:alice');
    assert.equal(result.value.credential, 'c2VjcmV0');
    assert.equal(result.value.parsedUrls.length, 2);
  });

  test('a TURN URL without credentials is turn-needs-credentials', () => {
    const result = validateIceServer({ urls: 'turn:turn.example.org', username: 'alice' });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'turn-needs-credentials');
    assert.equal(result.error.urlIndex, 0);
    assert.match(result.error.message, /InvalidAccessError/);
  });

  test('a STUN URL needs no credentials', () => {
    assert.equal(validateIceServer({ urls: ['stun:stun.example.org'] }).ok, true);
  });

  test('every problem is listed, the first one leads', () => {
    const result = validateIceServer({ urls: ['stun://a.example.org', 7, 'turn:b.example.org'] });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'double-slash');
    assert.deepEqual(
      result.error.problems.map((p) => [p.code, p.urlIndex]),
      [
        ['double-slash', 0],
        ['url-not-a-string', 1],
        ['turn-needs-credentials', 2],
      ],
    );
    assert.equal(result.error.problems[0]?.urlError?.suggestion, 'stun:a.example.org');
  });

  const broken: readonly (readonly [unknown, string])[] = [
    [null, 'not-an-object'],
    ['stun:stun.example.org', 'not-an-object'],
    [[{ urls: 'stun:a' }], 'not-an-object'],
    [{}, 'missing-urls'],
    [{ urls: 5 }, 'missing-urls'],
    [{ urls: [] }, 'empty-urls'],
    [{ urls: 'stun:a.example.org', username: 5 }, 'bad-username'],
    [{ urls: 'turn:a.example.org', username: 'u', credential: {} }, 'bad-credential'],
    [{ urls: 'turn:a.example.org', username: 'u'.repeat(509), credential: 'c' }, 'username-too-long'],
  ];
  for (const [entry, code] of broken) {
    test(`${JSON.stringify(entry).slice(0, 60)} → ${code}`, () => {
      const result = validateIceServer(entry);
      assert.ok(!result.ok);
      assert.equal(result.error.code, code);
    });
  }

  test('a 508-byte username is still accepted', () => {
    const result = validateIceServer({ urls: 'turn:a.example.org', username: 'u'.repeat(508), credential: 'c' });
    assert.equal(result.ok, true);
  });

  test('validateIceServers checks each entry of a list', () => {
    const results = validateIceServers([{ urls: 'stun:a.example.org' }, { urls: 'turn:b.example.org' }]);
    assert.deepEqual(
      results.map((r) => (r.ok ? 'ok' : r.error.code)),
      ['ok', 'turn-needs-credentials'],
    );
    assert.equal(validateIceServers('nope').length, 1);
  });
});

describe('parseIceServerUrl and very long input', () => {
  test('a 5,000-character URL is refused as too long, not as a bad host name', () => {
    const result = parseIceServerUrl(`stun:${'a'.repeat(4995)}`);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, 'url-too-long');
      assert.match(result.error.message, /5000 characters long/);
      assert.match(result.error.message, new RegExp(`over ${MAX_ICE_SERVER_URL_LENGTH} characters`));
    }
  });

  test('the longest well-formed URL (253-character host, port, transport) is still accepted', () => {
    const label = 'a'.repeat(63);
    const host = [label, label, label, 'b'.repeat(61)].join('.');
    assert.equal(host.length, 253);
    const url = `turns:${host}:65535?transport=tcp`;
    assert.ok(url.length <= MAX_ICE_SERVER_URL_LENGTH);
    assert.equal(parseIceServerUrl(url).ok, true);
  });

  test('one character over the limit is too long', () => {
    const url = `stun:${'a'.repeat(MAX_ICE_SERVER_URL_LENGTH - 4)}`;
    assert.equal(url.length, MAX_ICE_SERVER_URL_LENGTH + 1);
    const result = parseIceServerUrl(url);
    assert.equal(result.ok ? null : result.error.code, 'url-too-long');
  });
});
