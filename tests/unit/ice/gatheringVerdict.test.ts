import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GatheredCandidate, GatheringInput, IceCandidateErrorInfo } from '../../../src/lib/ice/gatheringVerdict.ts';
import { errorAddressVisibility, evaluateGathering, readIceCandidateError } from '../../../src/lib/ice/gatheringVerdict.ts';
import { translator } from '../../../src/i18n/dictionary.ts';
import { iceText } from '../../../src/lib/ice/messages.ts';
import type { Candidate } from '../../../src/lib/ice/parseCandidate.ts';
import { parseCandidate } from '../../../src/lib/ice/parseCandidate.ts';
import { lines } from './candidateLines.ts';

const t = { en: translator('en', iceText), ja: translator('ja', iceText) };

const STUN = 'stun:stun.example.org:3478';
const TURN = 'turn:turn.example.org:3478?transport=udp';
const stunServer = { urls: STUN };
const turnServer = { urls: TURN, username: '1700000000:alice', credential: 'c2VjcmV0' };

function candidate(line: string): Candidate {
  const result = parseCandidate(line);
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

function gathered(line: string, url?: string): GatheredCandidate {
  return url === undefined ? { candidate: candidate(line) } : { candidate: candidate(line), url };
}

function run(partial: Partial<GatheringInput>): ReturnType<typeof evaluateGathering> {
  return evaluateGathering({ iceServers: [], candidates: [], errors: [], completion: 'complete', ...partial });
}

const readingCodes = (report: ReturnType<typeof evaluateGathering>) => report.readings.map((r) => r.code);
const verdictCodes = (report: ReturnType<typeof evaluateGathering>) => report.servers.map((s) => s.code);

describe('evaluateGathering: overall readings', () => {
  test('a working STUN and TURN server give relay-ok and srflx-ok', () => {
    const report = run({
      iceServers: [stunServer, turnServer],
      candidates: [
        gathered(lines.chromeHost),
        gathered(lines.chromeSrflx, STUN),
        gathered(lines.chromeRelayUdp, TURN),
      ],
    });
    assert.deepEqual(readingCodes(report), ['relay-ok', 'srflx-ok', 'srflx-translated']);
    assert.equal(report.overall.code, 'relay-ok');
    assert.deepEqual(verdictCodes(report), ['works', 'works']);
    assert.deepEqual(report.servers.map((s) => s.attribution), ['url', 'url']);
    assert.deepEqual(report.counts, { total: 3, host: 1, mdns: 0, srflx: 1, prflx: 0, relay: 1 });
  });

  test('no servers and IPv4 host candidates give host-only', () => {
    const report = run({ candidates: [gathered(lines.chromeHost), gathered(lines.chromeIpv6Host)] });
    assert.deepEqual(readingCodes(report), ['host-only']);
    assert.equal(
      t.en(report.overall.messageKey, report.overall.params),
      'Only host candidates: a peer connects only if it can reach one of these addresses directly — on the same LAN, or from a segment routed to this one without address translation. Across a NAT, configure a STUN or TURN server that both sides can reach.',
    );
  });

  test('only .local host candidates give mdns-only', () => {
    const report = run({ candidates: [gathered(lines.chromeMdnsHost), gathered(lines.firefoxMdnsHost)] });
    assert.deepEqual(readingCodes(report), ['mdns-only']);
    assert.equal(report.counts.mdns, 2);
  });

  test('no candidates at all after completion give nothing-gathered', () => {
    assert.deepEqual(readingCodes(run({})), ['nothing-gathered']);
  });

  test('no candidates yet while gathering give gathering-in-progress and pending verdicts', () => {
    const report = run({ iceServers: [stunServer, turnServer], completion: 'in-progress' });
    assert.deepEqual(readingCodes(report), ['gathering-in-progress']);
    assert.deepEqual(verdictCodes(report), ['pending', 'pending']);
  });

  test('relay policy without a relay candidate gives relay-only-policy-no-relay', () => {
    const report = run({ iceServers: [stunServer, turnServer], iceTransportPolicy: 'relay' });
    assert.deepEqual(readingCodes(report), ['relay-only-policy-no-relay']);
    assert.deepEqual(verdictCodes(report), ['not-used', 'no-response']);
  });

  test('a TURN server that gives no relay adds turn-configured-no-relay', () => {
    const report = run({
      iceServers: [stunServer, turnServer],
      candidates: [gathered(lines.chromeMdnsHost), gathered(lines.chromeSrflxHidden, STUN)],
      errors: [{ errorCode: 401, errorText: 'Unauthorized', url: TURN, address: '192.168.1.x', port: 54400 }],
    });
    assert.deepEqual(readingCodes(report), ['turn-configured-no-relay', 'srflx-ok', 'srflx-hosts-hidden']);
    assert.equal(report.overall.code, 'turn-configured-no-relay', 'the TURN failure is the headline');
    assert.deepEqual(verdictCodes(report), ['works', 'auth-failed']);
  });

  test('a srflx address equal to a host address gives srflx-equals-host', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [
        gathered('candidate:1 1 udp 2122260223 198.51.100.20 50000 typ host generation 0'),
        gathered('candidate:2 1 udp 1686052607 198.51.100.20 50000 typ srflx raddr 0.0.0.0 rport 0 generation 0', STUN),
      ],
    });
    assert.deepEqual(readingCodes(report), ['srflx-ok', 'srflx-equals-host']);
    assert.deepEqual(report.readings[1]?.params, { address: '198.51.100.20' });
  });

  test('a srflx address equal to its own raddr also gives srflx-equals-host', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [gathered('candidate:2 1 UDP 1686052863 2001:db8::20 50000 typ srflx raddr 2001:DB8:0::20 rport 50000')],
    });
    assert.ok(readingCodes(report).includes('srflx-equals-host'));
  });

  test('a timeout is added to the readings with the time limit', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [gathered(lines.chromeMdnsHost)],
      completion: 'timed-out',
      timeoutSeconds: 10,
    });
    assert.deepEqual(readingCodes(report), ['mdns-only', 'gathering-timed-out']);
    assert.deepEqual(verdictCodes(report), ['no-response']);
    assert.match(t.ja(report.readings[1]?.messageKey ?? 'reading.host-only', report.readings[1]?.params), /10 秒/);
  });
});

describe('evaluateGathering: STUN verdicts', () => {
  test('701 without a srflx candidate is unreachable', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [gathered(lines.chromeMdnsHost)],
      errors: [{ errorCode: 701, errorText: 'STUN host lookup received error.', url: STUN, address: '192.168.1.x', port: 54400 }],
    });
    assert.deepEqual(verdictCodes(report), ['unreachable']);
    assert.equal(report.servers[0]?.messageKey, 'serverVerdict.stun.unreachable');
  });

  test('701 from one interface does not spoil a srflx from another', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [gathered(lines.chromeSrflx, STUN)],
      errors: [{ errorCode: 701, url: STUN, address: '[2001:db8::x]', port: 58101 }],
    });
    assert.deepEqual(verdictCodes(report), ['works']);
    assert.equal(report.servers[0]?.errors.length, 1);
    assert.equal(report.errorReadings[0]?.code, '701');
  });

  test('a srflx with no url is credited to the only server that could have sent it', () => {
    const report = run({ iceServers: [stunServer], candidates: [gathered(lines.firefoxSrflx)] });
    assert.deepEqual(verdictCodes(report), ['works']);
    assert.equal(report.servers[0]?.attribution, 'only-server');
  });

  test('a srflx with no url and two possible servers is indeterminate', () => {
    const report = run({
      iceServers: [stunServer, { urls: 'stun:stun2.example.org' }],
      candidates: [gathered(lines.firefoxSrflx)],
    });
    assert.deepEqual(verdictCodes(report), ['indeterminate', 'indeterminate']);
    assert.equal(report.unattributedCandidates.length, 1);
  });

  test('a srflx whose url names another server does not count', () => {
    const report = run({
      iceServers: [stunServer],
      candidates: [gathered(lines.chromeSrflx, 'stun:elsewhere.example.org')],
    });
    assert.deepEqual(verdictCodes(report), ['no-response']);
    assert.equal(report.unattributedCandidates.length, 1);
  });

  test('the url a browser reports with an explicit default port still matches', () => {
    const report = run({
      iceServers: [{ urls: 'stun:stun.example.org' }],
      candidates: [gathered(lines.chromeSrflx, 'stun:stun.example.org:3478')],
    });
    assert.deepEqual(verdictCodes(report), ['works']);
  });
});

describe('evaluateGathering: TURN verdicts', () => {
  const codeTable: readonly (readonly [number, string])[] = [
    [401, 'auth-failed'],
    [403, 'forbidden'],
    [486, 'allocation-quota'],
    [508, 'insufficient-capacity'],
    [437, 'allocation-mismatch'],
    [438, 'stale-nonce'],
    [442, 'unsupported-transport'],
    [300, 'try-alternate'],
    [500, 'server-error'],
    [701, 'unreachable'],
  ];
  for (const [errorCode, verdict] of codeTable) {
    test(`error ${errorCode} without a relay is ${verdict}`, () => {
      const report = run({
        iceServers: [turnServer],
        candidates: [gathered(lines.chromeMdnsHost)],
        errors: [{ errorCode, url: TURN }],
      });
      assert.deepEqual(verdictCodes(report), [verdict]);
    });
  }

  test('a server answer outranks a 701 from another interface', () => {
    const report = run({
      iceServers: [turnServer],
      errors: [
        { errorCode: 701, url: TURN },
        { errorCode: 401, url: TURN },
      ],
    });
    assert.deepEqual(verdictCodes(report), ['auth-failed']);
  });

  test('a relay candidate means works even after errors', () => {
    const report = run({
      iceServers: [turnServer],
      candidates: [gathered(lines.chromeRelayUdp, TURN)],
      errors: [{ errorCode: 438, url: TURN }],
    });
    assert.deepEqual(verdictCodes(report), ['works']);
    assert.equal(report.servers[0]?.messageKey, 'serverVerdict.turn.works');
  });

  test('a srflx from a TURN server does not make the TURN verdict works', () => {
    const report = run({ iceServers: [turnServer], candidates: [gathered(lines.chromeSrflx, TURN)] });
    assert.deepEqual(verdictCodes(report), ['no-response']);
  });

  test('a relay reported with the transport the browser used matches a URL without one', () => {
    const report = run({
      iceServers: [{ urls: 'turn:turn.example.org', username: 'u', credential: 'c' }],
      candidates: [gathered(lines.chromeRelayTcp, 'turn:turn.example.org:3478?transport=tcp')],
    });
    assert.deepEqual(verdictCodes(report), ['works']);
  });

  test('a TURN URL without credentials and a broken URL are reported as such', () => {
    const report = run({ iceServers: [{ urls: ['turn:turn.example.org', 'stun://stun.example.org'] }] });
    assert.deepEqual(verdictCodes(report), ['missing-credentials', 'invalid-url']);
  });

  test('an error whose url matches no server is kept aside', () => {
    const report = run({ iceServers: [stunServer, turnServer], errors: [{ errorCode: 701, url: 'stun:other.example.org' }] });
    assert.equal(report.unattributedErrors.length, 1);
    assert.deepEqual(verdictCodes(report), ['no-response', 'no-response']);
  });

  test('junk input does not throw', () => {
    const report = evaluateGathering({
      iceServers: [null, 5, { urls: 7 }],
      candidates: [],
      errors: [],
      completion: 'complete',
    });
    assert.deepEqual(report.servers, []);
    assert.equal(report.overall.code, 'nothing-gathered');
  });
});

describe('readIceCandidateError', () => {
  const codes = [701, 401, 403, 437, 438, 442, 486, 508, 300] as const;
  for (const errorCode of codes) {
    test(`${errorCode} has its own reading in English and Japanese`, () => {
      const reading = readIceCandidateError({ errorCode, url: TURN, address: '192.168.1.x' });
      assert.equal(reading.code, String(errorCode));
      assert.equal(reading.messageKey, `iceError.${errorCode}`);
      assert.match(t.en(reading.messageKey, reading.params), new RegExp(`^${errorCode}`));
      assert.match(t.ja(reading.messageKey, reading.params), /[ぁ-んァ-ヶ]/);
    });
  }

  test('any other code falls back to a generic reading that quotes the text', () => {
    const error: IceCandidateErrorInfo = { errorCode: 420, errorText: 'Unknown Attribute', url: STUN };
    const reading = readIceCandidateError(error);
    assert.equal(reading.code, 'other');
    assert.equal(
      t.en(reading.messageKey, reading.params),
      'Error 420 from stun:stun.example.org:3478: Unknown Attribute. Look the code up in RFC 8489 §14.8 (STUN) or RFC 8656 (TURN).',
    );
  });
});

describe('evaluateGathering in default Chrome and on closed networks', () => {
  test('a srflx with raddr 0.0.0.0 and .local hosts is read as hidden by Chrome, not as a STUN failure', () => {
    const report = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeMdnsHost), gathered(lines.chromeSrflxHidden, STUN)] });
    assert.deepEqual(readingCodes(report), ['srflx-ok', 'srflx-hosts-hidden']);
    assert.deepEqual(verdictCodes(report), ['works']);
    const en = t.en(report.readings[1]!.messageKey, report.readings[1]!.params);
    assert.match(en, /raddr reads 0\.0\.0\.0 port 0/);
    assert.match(en, /mDNS hiding on, and the page holds no microphone or camera permission/);
    assert.match(en, /not a STUN failure/);
    assert.match(t.ja(report.readings[1]!.messageKey, report.readings[1]!.params), /STUN の失敗ではありません/);
  });

  test('a srflx that differs from every real host address is the proof of a NAT, quoting raddr', () => {
    const report = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeHost), gathered(lines.chromeSrflx, STUN)] });
    assert.deepEqual(readingCodes(report), ['srflx-ok', 'srflx-translated']);
    assert.deepEqual(report.readings[1]?.params, { address: '203.0.113.7', raddr: '192.168.1.20' });
  });

  test('with real hosts but a hidden raddr, the comparison with the hosts still proves the NAT', () => {
    const report = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeHost), gathered(lines.chromeSrflxHidden, STUN)] });
    assert.deepEqual(readingCodes(report), ['srflx-ok', 'srflx-translated-raddr-hidden']);
  });

  test('the srflx reading says where the STUN server saw you come from, not "your public address"', () => {
    const report = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeHost), gathered(lines.chromeSrflx, STUN)] });
    for (const lang of ['en', 'ja'] as const) {
      const texts = [...report.readings, ...report.servers].map((r) => t[lang](r.messageKey, r.params)).join('\n');
      assert.doesNotMatch(texts, /your public address|peers on other networks|パブリックアドレスが見えて|ほかのネットワークの相手/);
    }
    assert.match(t.en(report.readings[0]!.messageKey, report.readings[0]!.params), /the address it saw you come from — after any NAT between you and it/);
    assert.match(t.en(report.servers[0]!.messageKey, report.servers[0]!.params), /the address it saw you come from — after any NAT between you and it/);
  });

  test('a gathering with no host candidate at all gets the no-default-route reading, first', () => {
    const report = run({ iceServers: [stunServer, turnServer], candidates: [gathered(lines.chromeRelayUdp, TURN)] });
    assert.equal(report.overall.code, 'no-host');
    assert.match(t.en(report.overall.messageKey), /may have no default route/);
    assert.match(t.ja(report.overall.messageKey), /デフォルトルートがない/);
  });

  test('relay-only gathering does not complain about missing host candidates', () => {
    const report = run({ iceServers: [turnServer], iceTransportPolicy: 'relay', candidates: [gathered(lines.chromeRelayUdp, TURN)] });
    assert.deepEqual(readingCodes(report), ['relay-ok']);
  });

  test('nothing gathered mentions the default route too', () => {
    const report = run({ iceServers: [stunServer] });
    assert.match(t.en(report.overall.messageKey), /default route/);
  });

  test('failures come first: timeout and TURN failure before what worked', () => {
    const report = run({
      iceServers: [stunServer, turnServer],
      candidates: [gathered(lines.chromeHost), gathered(lines.chromeSrflx, STUN)],
      completion: 'timed-out',
      timeoutSeconds: 10,
    });
    assert.deepEqual(readingCodes(report), ['turn-configured-no-relay', 'gathering-timed-out', 'srflx-ok', 'srflx-translated']);
  });

  test('the multi-server caveat appears only with several STUN servers, the dropped-srflx one only when hosts are shown', () => {
    const other = 'stun:stun2.example.org:3478';
    const one = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeMdnsHost)] });
    assert.equal(one.servers[0]?.messageKey, 'serverVerdict.stun.no-response');
    assert.doesNotMatch(t.en(one.servers[0]!.messageKey, one.servers[0]!.params), /second STUN server|keeps one srflx/);
    const shown = run({ iceServers: [stunServer], candidates: [gathered(lines.chromeHost)] });
    assert.equal(shown.servers[0]?.messageKey, 'serverVerdict.stun.no-response.hosts-shown');
    const several = run({ iceServers: [stunServer, { urls: other }], candidates: [gathered(lines.chromeMdnsHost), gathered(lines.chromeSrflxHidden, STUN)] });
    assert.equal(several.servers[1]?.messageKey, 'serverVerdict.stun.no-response.several');
    const both = run({ iceServers: [stunServer, { urls: other }], candidates: [gathered(lines.chromeHost)] });
    assert.equal(both.servers[0]?.messageKey, 'serverVerdict.stun.no-response.hosts-shown-several');
  });
});

describe('icecandidateerror wording', () => {
  test('a 701 from a hidden local address (0.0.0.x) says the browser hides it', () => {
    const reading = readIceCandidateError({ errorCode: 701, url: STUN, address: '0.0.0.x', port: 0 });
    assert.equal(reading.messageKey, 'iceError.701.hidden-address');
    assert.match(t.en(reading.messageKey, reading.params), /the browser hides which one and writes 0\.0\.0\.x/);
  });

  test('a 401 whose reason phrase is the old "Unauthorized" explains RFC 8489\'s name', () => {
    const reading = readIceCandidateError({ errorCode: 401, errorText: 'Unauthorized', url: TURN });
    assert.equal(reading.messageKey, 'iceError.401.other-phrase');
    assert.match(t.en(reading.messageKey, reading.params), /"Unauthorized", is the older name from RFC 5389; RFC 8489 §14\.8 calls it Unauthenticated/);
    assert.equal(readIceCandidateError({ errorCode: 401, errorText: 'Unauthenticated', url: TURN }).messageKey, 'iceError.401');
  });

  test('errorAddressVisibility tells hidden, partly hidden and shown addresses apart', () => {
    assert.deepEqual(['0.0.0.x', '', '192.168.1.x', '192.168.1.20', '::'].map(errorAddressVisibility), ['hidden', 'hidden', 'partly-hidden', 'shown', 'hidden']);
  });
});
