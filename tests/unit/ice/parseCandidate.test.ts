import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Candidate, CandidateErrorCode, CandidateField } from '../../../src/lib/ice/parseCandidate.ts';
import {
  candidateExtension,
  describeCandidateError,
  isHiddenRelatedAddress,
  parseCandidate,
  serializeCandidate,
} from '../../../src/lib/ice/parseCandidate.ts';
import { lines } from './candidateLines.ts';

function parsed(line: string): Candidate {
  const result = parseCandidate(line);
  if (!result.ok) assert.fail(`expected ${line} to parse, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('parseCandidate on browser and RFC lines', () => {
  test('a Chrome srflx line yields every field and its extensions in order', () => {
    const c = parsed(lines.chromeSrflx);
    assert.equal(c.prefix, 'candidate:');
    assert.equal(c.foundation, '842163049');
    assert.equal(c.componentId, 1);
    assert.equal(c.transport, 'udp');
    assert.equal(c.protocol, 'udp');
    assert.equal(c.priority, 1677729535);
    assert.equal(c.address, '203.0.113.7');
    assert.equal(c.addressKind, 'ipv4');
    assert.equal(c.port, 54400);
    assert.equal(c.type, 'srflx');
    assert.equal(c.relatedAddress, '192.168.1.20');
    assert.equal(c.relatedPort, 54400);
    assert.equal(c.tcpType, null);
    assert.deepEqual(
      c.extensions.map((e) => [e.name, e.value]),
      [
        ['generation', '0'],
        ['ufrag', 'EsAw'],
        ['network-id', '1'],
        ['network-cost', '10'],
      ],
    );
    assert.equal(c.generation, 0);
    assert.equal(c.ufrag, 'EsAw');
    assert.equal(c.networkId, 1);
    assert.equal(c.networkCost, 10);
    assert.deepEqual(c.notes, []);
  });

  test('Firefox upper-case UDP keeps its spelling and is normalised to udp', () => {
    const c = parsed(lines.firefoxHost);
    assert.equal(c.transport, 'UDP');
    assert.equal(c.protocol, 'udp');
    assert.equal(c.type, 'host');
    assert.deepEqual(c.extensions, []);
    assert.equal(c.generation, null);
  });

  test('a Chrome mDNS host candidate is recognised and noted', () => {
    const c = parsed(lines.chromeMdnsHost);
    assert.equal(c.addressKind, 'mdns');
    assert.deepEqual(c.notes, [{ code: 'mdns-address', field: 'address' }]);
    assert.equal(c.networkCost, 999);
  });

  test('Firefox and Safari mDNS host candidates are recognised', () => {
    assert.equal(parsed(lines.firefoxMdnsHost).addressKind, 'mdns');
    assert.equal(parsed(lines.safariMdnsHost).addressKind, 'mdns');
  });

  test('a hidden related address 0.0.0.0 rport 0 is accepted and flagged', () => {
    for (const line of [lines.chromeSrflxHidden, lines.safariSrflx]) {
      const c = parsed(line);
      assert.equal(c.relatedAddress, '0.0.0.0');
      assert.equal(c.relatedPort, 0);
      assert.deepEqual(c.notes, [{ code: 'hidden-related-address', field: 'relatedAddress' }]);
    }
  });

  test('a Chrome relay line parses with its related address', () => {
    const c = parsed(lines.chromeRelayUdp);
    assert.equal(c.type, 'relay');
    assert.equal(c.address, '198.51.100.9');
    assert.equal(c.relatedAddress, '203.0.113.7');
    assert.equal(c.relatedPort, 54400);
  });

  test('a Chrome passive TCP host candidate carries its tcptype', () => {
    const c = parsed(lines.chromeTcpPassive);
    assert.equal(c.protocol, 'tcp');
    assert.equal(c.tcpType, 'passive');
    assert.equal(c.port, 50062);
    assert.deepEqual(c.notes, []);
  });

  test('a Firefox active TCP candidate on port 9 is noted as the discard convention', () => {
    const c = parsed(lines.firefoxTcpActive);
    assert.equal(c.transport, 'TCP');
    assert.equal(c.tcpType, 'active');
    assert.equal(c.port, 9);
    assert.deepEqual(c.notes, [{ code: 'tcp-active-discard-port', field: 'port' }]);
  });

  test('an active TCP candidate on another port is noted as unusual', () => {
    const c = parsed('candidate:3 1 TCP 2105524479 192.168.1.20 40000 typ host tcptype active');
    assert.deepEqual(c.notes, [{ code: 'tcp-active-port-not-discard', field: 'port' }]);
  });

  test('a compressed IPv6 host address is recognised', () => {
    const c = parsed(lines.chromeIpv6Host);
    assert.equal(c.address, '2001:db8:85a3::8a2e:370:7334');
    assert.equal(c.addressKind, 'ipv6');
    assert.equal(c.networkId, 2);
  });

  test('the RFC 8839 examples parse with the a= prefix', () => {
    const host = parsed(lines.rfcHost);
    assert.equal(host.prefix, 'a=candidate:');
    assert.equal(host.priority, 2130706431);
    const srflx = parsed(lines.rfcSrflx);
    assert.equal(srflx.relatedAddress, '203.0.113.141');
    assert.equal(srflx.relatedPort, 8998);
  });

  test('a line without any prefix parses', () => {
    const c = parsed('842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400');
    assert.equal(c.prefix, '');
    assert.equal(c.foundation, '842163049');
  });

  test('surrounding whitespace and a trailing CRLF are ignored', () => {
    const c = parsed(`  a=candidate:0 1 UDP 2122252543 192.168.1.20 51234 typ host\r\n`);
    assert.equal(c.prefix, 'a=candidate:');
    assert.equal(c.port, 51234);
  });

  test('a non-browser FQDN address is accepted and flagged', () => {
    const c = parsed('candidate:1 1 udp 2122252543 media.example.org 51234 typ host');
    assert.equal(c.addressKind, 'fqdn');
    assert.deepEqual(c.notes, [{ code: 'fqdn-address', field: 'address' }]);
  });

  test('raddr on a host candidate is accepted and flagged', () => {
    const c = parsed('candidate:1 1 udp 2122252543 192.168.1.20 51234 typ host raddr 192.168.1.20 rport 51234');
    assert.deepEqual(c.notes, [{ code: 'related-address-on-host', field: 'relatedAddress' }]);
  });

  test('a TCP candidate without tcptype is flagged', () => {
    const c = parsed('candidate:1 1 tcp 1518280447 192.168.1.20 50062 typ host');
    assert.deepEqual(c.notes, [{ code: 'tcp-without-tcptype', field: 'tcpType' }]);
  });

  test('missing raddr is accepted as a note when the check is turned off', () => {
    const result = parseCandidate('candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx', {
      requireRelatedAddress: false,
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.notes, [{ code: 'missing-related-address', field: 'relatedAddress' }]);
  });

  test('candidateExtension reads one extension by name', () => {
    const c = parsed(lines.chromeSrflx);
    assert.equal(candidateExtension(c, 'network-cost'), '10');
    assert.equal(candidateExtension(c, 'nope'), null);
  });
});

describe('parseCandidate spans', () => {
  test('every field span covers exactly the token it came from', () => {
    const line = `  a=candidate:1191384207 1 tcp 1518280447 192.168.1.20 50062 typ host tcptype passive generation 0\r\n`;
    const c = parsed(line);
    const at = (span: readonly [number, number] | null) => (span === null ? null : line.slice(span[0], span[1]));
    assert.equal(at(c.spans.prefix), 'a=candidate:');
    assert.equal(at(c.spans.foundation), '1191384207');
    assert.equal(at(c.spans.componentId), '1');
    assert.equal(at(c.spans.transport), 'tcp');
    assert.equal(at(c.spans.priority), '1518280447');
    assert.equal(at(c.spans.address), '192.168.1.20');
    assert.equal(at(c.spans.port), '50062');
    assert.equal(at(c.spans.typeKeyword), 'typ');
    assert.equal(at(c.spans.type), 'host');
    assert.equal(at(c.spans.tcpTypeKeyword), 'tcptype');
    assert.equal(at(c.spans.tcpType), 'passive');
    assert.equal(at(c.spans.relatedAddress), null);
    assert.equal(at(c.extensions[0]?.nameSpan ?? null), 'generation');
    assert.equal(at(c.extensions[0]?.valueSpan ?? null), '0');
  });

  test('spans are offsets into the untrimmed input', () => {
    const c = parsed(`   candidate:0 1 UDP 2122252543 192.168.1.20 51234 typ host`);
    assert.deepEqual(c.spans.prefix, [3, 13]);
    assert.deepEqual(c.spans.foundation, [13, 14]);
  });

  test('raddr and rport spans point at their values', () => {
    const c = parsed(lines.rfcSrflx);
    assert.deepEqual(c.spans.relatedAddress, [63, 76]);
    assert.equal(lines.rfcSrflx.slice(63, 76), '203.0.113.141');
    assert.equal(lines.rfcSrflx.slice(...(c.spans.relatedPort ?? [0, 0])), '8998');
  });
});

describe('parseCandidate errors', () => {
  const cases: readonly (readonly [string, CandidateErrorCode, CandidateField | null, string | null, number])[] = [
    ['   \r\n', 'empty', null, null, 0],
    ['a=ice-ufrag:EsAw', 'not-a-candidate', 'prefix', 'a=ice-ufrag', 0],
    ['candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ', 'truncated', 'type', null, 58],
    ['candidate:842163049 1 udp', 'truncated', 'priority', null, 25],
    ['candidate:8421-63049 1 udp 2122252543 192.168.1.20 51234 typ host', 'bad-foundation', 'foundation', '8421-63049', 10],
    ['candidate:1 0 udp 2122252543 192.168.1.20 51234 typ host', 'bad-component', 'componentId', '0', 12],
    ['candidate:1 257 udp 2122252543 192.168.1.20 51234 typ host', 'bad-component', 'componentId', '257', 12],
    ['candidate:1 1 sctp 2122252543 192.168.1.20 51234 typ host', 'unknown-transport', 'transport', 'sctp', 14],
    ['candidate:1 1 udp 21222x2543 192.168.1.20 51234 typ host', 'bad-priority', 'priority', '21222x2543', 18],
    ['candidate:1 1 udp 2147483648 192.168.1.20 51234 typ host', 'priority-out-of-range', 'priority', '2147483648', 18],
    ['candidate:1 1 udp 0 192.168.1.20 51234 typ host', 'priority-out-of-range', 'priority', '0', 18],
    ['candidate:1 1 udp 2122252543 192.168.1.256 51234 typ host', 'bad-address', 'address', '192.168.1.256', 29],
    ['candidate:1 1 udp 2122252543 192.168.1.20 5123x typ host', 'bad-port', 'port', '5123x', 42],
    ['candidate:1 1 udp 2122252543 192.168.1.20 65536 typ host', 'port-out-of-range', 'port', '65536', 42],
    ['candidate:1 1 udp 2122252543 192.168.1.20 51234 type host', 'missing-typ', 'type', 'type', 48],
    ['candidate:1 1 udp 2122252543 192.168.1.20 51234 typ stun', 'unknown-candidate-type', 'type', 'stun', 52],
    ['candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx generation 0', 'missing-raddr', 'relatedAddress', 'srflx', 51],
    ['candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx rport 54400', 'missing-raddr', 'relatedAddress', 'rport', 57],
    [
      'candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 generation 0',
      'missing-rport',
      'relatedPort',
      'raddr',
      57,
    ],
    [
      'candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 raddr 10.0.0.1 rport 1',
      'duplicate-attribute',
      'relatedAddress',
      'raddr',
      88,
    ],
    ['candidate:1 1 tcp 1518280447 192.168.1.20 9 typ host tcptype client', 'bad-tcptype', 'tcpType', 'client', 61],
    [
      'candidate:1 1 udp 2122252543 192.168.1.20 51234 typ host tcptype passive',
      'tcptype-on-udp',
      'tcpType',
      'tcptype passive',
      57,
    ],
    [
      'candidate:1 1 udp 2122252543 192.168.1.20 51234 typ host generation 0 ufrag',
      'missing-extension-value',
      'extension',
      'ufrag',
      70,
    ],
    [
      'candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1 rport 54400',
      'bad-address',
      'relatedAddress',
      '192.168.1',
      63,
    ],
    [
      'candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 99999',
      'port-out-of-range',
      'relatedPort',
      '99999',
      82,
    ],
  ];

  for (const [line, code, field, token, position] of cases) {
    test(`${code} is reported for ${JSON.stringify(line.slice(0, 70))}`, () => {
      const result = parseCandidate(line);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, code);
      assert.equal(result.error.field, field);
      assert.equal(result.error.token, token);
      assert.equal(result.error.position, position);
      if (token !== null) assert.equal(line.slice(result.error.position, result.error.end), token);
      assert.ok(result.error.message.length > 20);
    });
  }

  test('an error message names the field, the token and its position', () => {
    const result = parseCandidate('candidate:1 1 udp 2122252543 192.168.1.20 65536 typ host');
    assert.ok(!result.ok);
    assert.equal(result.error.message, 'The port 65536 at position 42 is above 65535, the largest port number.');
  });

  test('describeCandidateError renders Japanese with the field name translated', () => {
    const result = parseCandidate('candidate:1 1 udp 2122252543 192.168.1.256 51234 typ host');
    assert.ok(!result.ok);
    const text = describeCandidateError('ja', result.error);
    assert.match(text, /位置 29 の接続アドレス「192\.168\.1\.256」/);
  });

  test('a value that is not a string is reported as empty instead of throwing', () => {
    const result = parseCandidate(undefined as unknown as string);
    assert.equal(result.ok, false);
  });
});

describe('serializeCandidate', () => {
  for (const [name, line] of Object.entries(lines)) {
    test(`${name} round-trips exactly`, () => {
      assert.equal(serializeCandidate(parsed(line)), line);
    });
  }

  test('non-canonical spacing and attribute order are normalised', () => {
    const c = parsed(
      'candidate:1  1\tudp 1677729535 203.0.113.7 54400 typ srflx generation 0 raddr 192.168.1.20 rport 54400',
    );
    assert.equal(
      serializeCandidate(c),
      'candidate:1 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 generation 0',
    );
  });

  test('upper-case keywords and type are written in lower case', () => {
    const c = parsed('candidate:0 1 UDP 2122252543 192.168.1.20 51234 TYP HOST');
    assert.equal(serializeCandidate(c), 'candidate:0 1 UDP 2122252543 192.168.1.20 51234 typ host');
  });

  test('the prefix can be overridden for RTCIceCandidate', () => {
    const c = parsed(lines.rfcHost);
    assert.equal(serializeCandidate(c, 'candidate:'), 'candidate:1 1 UDP 2130706431 203.0.113.141 8998 typ host');
    assert.equal(serializeCandidate(c, ''), '1 1 UDP 2130706431 203.0.113.141 8998 typ host');
  });
});

describe('isHiddenRelatedAddress', () => {
  test('0.0.0.0 and :: with port 0 or 9 are hidden; real addresses are not', () => {
    assert.equal(isHiddenRelatedAddress('0.0.0.0', 0), true);
    assert.equal(isHiddenRelatedAddress('::', 0), true);
    assert.equal(isHiddenRelatedAddress('0.0.0.0', 9), true);
    assert.equal(isHiddenRelatedAddress('0.0.0.0', 54400), false);
    assert.equal(isHiddenRelatedAddress('192.168.1.20', 0), false);
  });
});

describe('parseCandidate on text that is not a candidate', () => {
  test('prose is reported as not a candidate line, quoting the line, not one token', () => {
    const result = parseCandidate('hello world this is not a candidate');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.code, 'not-a-candidate-line');
    assert.equal(result.error.token, 'hello world this is not a candidate');
    assert.deepEqual([result.error.position, result.error.end], [0, 35]);
    assert.match(describeCandidateError('en', result.error), /^"hello world this is not a candidate" is not a candidate line/);
    assert.match(describeCandidateError('ja', result.error), /は候補行ではありません/);
  });

  test('a long prose line is quoted shortened', () => {
    const result = parseCandidate('The quick brown fox jumps over the lazy dog and keeps running');
    assert.equal(result.ok ? null : result.error.token, 'The quick brown fox jumps over the lazy…');
  });

  test('a bare line with typ in it is still parsed field by field', () => {
    const result = parseCandidate('842163049 x udp 1677729535 203.0.113.7 54400 typ host');
    assert.equal(result.ok ? null : result.error.code, 'bad-component');
  });

  test('a bare candidate without prefix still parses', () => {
    assert.equal(parseCandidate('842163049 1 udp 2122260223 192.0.2.1 54400 typ host').ok, true);
  });
});

describe('parseCandidate checks extension names and values against RFC 8839 §5.1', () => {
  const base = 'candidate:1 1 udp 2122252543 192.168.1.20 51234 typ host';
  const cases: readonly (readonly [string, string, CandidateErrorCode, string])[] = [
    ['an HTML tag as a name', `${base} <script>alert(1)</script> 1`, 'bad-extension-name', '<script>alert(1)</script>'],
    ['a name with a colon', `${base} a:b 1`, 'bad-extension-name', 'a:b'],
    ['a name with a slash', `${base} net/id 1`, 'bad-extension-name', 'net/id'],
    ['a name with a quote', `${base} "x" 1`, 'bad-extension-name', '"x"'],
    ['a value with non-ASCII characters', `${base} ufrag ユーザー`, 'bad-extension-value', 'ユーザー'],
  ];
  for (const [what, line, code, token] of cases) {
    test(`${what} is reported`, () => {
      const result = parseCandidate(line);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, code);
      assert.equal(result.error.token, token);
      assert.equal(line.slice(result.error.position, result.error.end), token);
    });
  }

  test('names browsers write, and other tokens, are accepted', () => {
    const result = parseCandidate(`${base} generation 0 ufrag EsAw network-id 1 network-cost 10 x-my.ext_1~! v`);
    assert.equal(result.ok, true);
  });
});
