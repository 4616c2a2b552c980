/**
 * Candidate lines for the ICE tests, written in the exact shapes each
 * browser emits (field order, extension set, transport spelling, priority
 * values), with addresses from the documentation ranges (RFC 5737, RFC 3849)
 * and private ranges. The two RFC lines are the examples of RFC 8839.
 */
export const lines = {
  /** Chrome, server reflexive, with libwebrtc's extensions. */
  chromeSrflx:
    'candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, server reflexive while local addresses are hidden behind mDNS. */
  chromeSrflxHidden:
    'candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag EsAw network-cost 999',
  /** Chrome, mDNS host candidate. */
  chromeMdnsHost:
    'candidate:1467250027 1 udp 2113937151 6f0f1c54-6b1d-4e8b-a3c5-2f7a0d9e8c11.local 54400 typ host generation 0 ufrag EsAw network-cost 999',
  /** Chrome, IPv4 host candidate (mDNS disabled or address already exposed). */
  chromeHost:
    'candidate:1467250027 1 udp 2122260223 192.168.1.20 54400 typ host generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, relay reached over UDP. */
  chromeRelayUdp:
    'candidate:3406391066 1 udp 41885439 198.51.100.9 61234 typ relay raddr 203.0.113.7 rport 54400 generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, relay reached over TCP (turn:…?transport=tcp). */
  chromeRelayTcp:
    'candidate:1932104532 1 udp 25108223 198.51.100.9 55874 typ relay raddr 203.0.113.7 rport 60112 generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, relay reached over TLS (turns:). */
  chromeRelayTls:
    'candidate:2768193810 1 udp 8331007 198.51.100.9 58210 typ relay raddr 203.0.113.7 rport 60348 generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, passive TCP host candidate. */
  chromeTcpPassive:
    'candidate:1191384207 1 tcp 1518280447 192.168.1.20 50062 typ host tcptype passive generation 0 ufrag EsAw network-id 1 network-cost 10',
  /** Chrome, IPv6 host candidate, compressed form. */
  chromeIpv6Host:
    'candidate:2999745851 1 udp 2122262783 2001:db8:85a3::8a2e:370:7334 58101 typ host generation 0 ufrag EsAw network-id 2 network-cost 10',
  /** Firefox, host candidate: upper-case UDP, no extensions. */
  firefoxHost: 'candidate:0 1 UDP 2122252543 192.168.1.20 51234 typ host',
  /** Firefox, mDNS host candidate. */
  firefoxMdnsHost: 'candidate:0 1 UDP 2122252543 c0a9a6ee-9c2d-4b9e-a8d4-5bd1d2a6e1f7.local 51234 typ host',
  /** Firefox, server reflexive. */
  firefoxSrflx: 'candidate:1 1 UDP 1686052863 203.0.113.7 51234 typ srflx raddr 192.168.1.20 rport 51234',
  /** Firefox, active TCP host candidate on the discard port. */
  firefoxTcpActive: 'candidate:3 1 TCP 2105524479 192.168.1.20 9 typ host tcptype active',
  /** Firefox, relay. */
  firefoxRelay: 'candidate:5 1 UDP 92217087 198.51.100.9 50123 typ relay raddr 198.51.100.9 rport 50123',
  /** Safari, mDNS host candidate (libwebrtc, no ufrag). */
  safariMdnsHost:
    'candidate:2564695290 1 udp 2113937151 7f3e8a52-1c3b-4d4e-9f60-2b8c5d7e9a13.local 60134 typ host generation 0 network-cost 999',
  /** Safari, server reflexive with the related address hidden. */
  safariSrflx:
    'candidate:1822093270 1 udp 1677729535 203.0.113.7 60134 typ srflx raddr 0.0.0.0 rport 0 generation 0 network-cost 999',
  /** RFC 8839 example: host candidate. */
  rfcHost: 'a=candidate:1 1 UDP 2130706431 203.0.113.141 8998 typ host',
  /** RFC 8839 example: server-reflexive candidate. */
  rfcSrflx: 'a=candidate:2 1 UDP 1694498815 192.0.2.3 45664 typ srflx raddr 203.0.113.141 rport 8998',
} as const;
