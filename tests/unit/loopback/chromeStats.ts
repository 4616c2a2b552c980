/**
 * Real output of Chromium 156 (Debian), captured from two RTCPeerConnections
 * in one page with --allow-loopback-in-peer-connection and the coturn of
 * scripts/support/coturn.ts on 127.0.0.1. The machine's interfaces were
 * 192.0.2.2 and fd00::2. Only stats entries the lab reads are kept;
 * certificate fingerprints and timestamps are dropped. Pair priorities are
 * floating-point numbers, as the browser reports them.
 */
import type { StatsEntry } from '../../../src/lib/loopback/candidatePairs.ts';

/** Two host pairs (IPv4 and IPv6), both succeeded; the IPv6 one is selected. Seen from the controlling side. */
export const hostHostStats: StatsEntry[] = [
  {
    "id": "CPV2nHEwdf_TCeNj+do",
    "type": "candidate-pair",
    "bytesReceived": 0,
    "bytesSent": 0,
    "consentRequestsSent": 4,
    "currentRoundTripTime": 0,
    "localCandidateId": "IV2nHEwdf",
    "nominated": true,
    "packetsReceived": 0,
    "packetsSent": 0,
    "priority": 9.079312923804853e+18,
    "remoteCandidateId": "ITCeNj+do",
    "requestsReceived": 1,
    "requestsSent": 5,
    "responsesReceived": 5,
    "responsesSent": 1,
    "state": "succeeded",
    "totalRoundTripTime": 0.094,
    "writable": true
  },
  {
    "id": "CPp+6qiFsQ_yU93Wo24",
    "type": "candidate-pair",
    "bytesReceived": 2227,
    "bytesSent": 2065,
    "consentRequestsSent": 2,
    "currentRoundTripTime": 0.001,
    "localCandidateId": "Ip+6qiFsQ",
    "nominated": true,
    "packetsReceived": 7,
    "packetsSent": 7,
    "priority": 9.079290933572287e+18,
    "remoteCandidateId": "IyU93Wo24",
    "requestsReceived": 5,
    "requestsSent": 3,
    "responsesReceived": 3,
    "responsesSent": 5,
    "state": "succeeded",
    "totalRoundTripTime": 0.002,
    "writable": false
  },
  {
    "id": "ITCeNj+do",
    "type": "remote-candidate",
    "address": "fd00::2",
    "candidateType": "host",
    "port": 33110,
    "priority": 2113942271,
    "protocol": "udp"
  },
  {
    "id": "IV2nHEwdf",
    "type": "local-candidate",
    "address": "fd00::2",
    "candidateType": "host",
    "port": 40387,
    "priority": 2113942271,
    "protocol": "udp"
  },
  {
    "id": "Ip+6qiFsQ",
    "type": "local-candidate",
    "address": "192.0.2.2",
    "candidateType": "host",
    "port": 44829,
    "priority": 2113937151,
    "protocol": "udp"
  },
  {
    "id": "IyU93Wo24",
    "type": "remote-candidate",
    "address": "192.0.2.2",
    "candidateType": "host",
    "port": 59936,
    "priority": 2113937151,
    "protocol": "udp"
  },
  {
    "id": "T01",
    "type": "transport",
    "bytesReceived": 2227,
    "bytesSent": 2065,
    "dtlsRole": "server",
    "dtlsState": "connected",
    "iceRole": "controlling",
    "iceState": "connected",
    "packetsReceived": 7,
    "packetsSent": 7,
    "selectedCandidatePairChanges": 2,
    "selectedCandidatePairId": "CPV2nHEwdf_TCeNj+do"
  }
];

/** Both sides relay-only through coturn: one relay–relay pair. */
export const relayRelayStats: StatsEntry[] = [
  {
    "id": "CPeR3wzI25_r/eMt4+y",
    "type": "candidate-pair",
    "bytesReceived": 2226,
    "bytesSent": 2066,
    "consentRequestsSent": 4,
    "currentRoundTripTime": 0.002,
    "localCandidateId": "IeR3wzI25",
    "nominated": true,
    "packetsReceived": 7,
    "packetsSent": 7,
    "priority": 2.1620796229158502e+17,
    "remoteCandidateId": "Ir/eMt4+y",
    "requestsReceived": 4,
    "requestsSent": 5,
    "responsesReceived": 5,
    "responsesSent": 4,
    "state": "succeeded",
    "totalRoundTripTime": 0.011,
    "writable": true
  },
  {
    "id": "IeR3wzI25",
    "type": "local-candidate",
    "address": "127.0.0.1",
    "candidateType": "relay",
    "port": 40949,
    "priority": 50339839,
    "protocol": "udp",
    "relayProtocol": "udp",
    "url": "turn:127.0.0.1:45715?transport=udp"
  },
  {
    "id": "Ir/eMt4+y",
    "type": "remote-candidate",
    "address": "127.0.0.1",
    "candidateType": "relay",
    "port": 40948,
    "priority": 50339839,
    "protocol": "udp"
  },
  {
    "id": "T01",
    "type": "transport",
    "bytesReceived": 2226,
    "bytesSent": 2066,
    "dtlsRole": "server",
    "dtlsState": "connected",
    "iceRole": "controlling",
    "iceState": "connected",
    "packetsReceived": 7,
    "packetsSent": 7,
    "selectedCandidatePairChanges": 1,
    "selectedCandidatePairId": "CPeR3wzI25_r/eMt4+y"
  }
];

/** This side relay-only, the other side with the TURN server and policy "all": relay–srflx succeeded, relay–host still in progress. */
export const relaySrflxStats: StatsEntry[] = [
  {
    "id": "CPcwejXaZp_J1xZlgNO",
    "type": "candidate-pair",
    "bytesReceived": 3689,
    "bytesSent": 2095,
    "consentRequestsSent": 4,
    "currentRoundTripTime": 0.379,
    "localCandidateId": "IcwejXaZp",
    "nominated": true,
    "packetsReceived": 9,
    "packetsSent": 7,
    "priority": 2.162079655463644e+17,
    "remoteCandidateId": "IJ1xZlgNO",
    "requestsReceived": 5,
    "requestsSent": 5,
    "responsesReceived": 5,
    "responsesSent": 5,
    "state": "succeeded",
    "totalRoundTripTime": 0.384,
    "writable": true
  },
  {
    "id": "CPcwejXaZp_onSTK5Pj",
    "type": "candidate-pair",
    "bytesReceived": 0,
    "bytesSent": 0,
    "consentRequestsSent": 0,
    "localCandidateId": "IcwejXaZp",
    "nominated": false,
    "packetsReceived": 0,
    "packetsSent": 0,
    "priority": 2.1620796229158502e+17,
    "remoteCandidateId": "IonSTK5Pj",
    "requestsReceived": 0,
    "requestsSent": 0,
    "responsesReceived": 0,
    "responsesSent": 0,
    "state": "waiting",
    "totalRoundTripTime": 0,
    "writable": false
  },
  {
    "id": "CPcwejXaZp_t8U0uYeP",
    "type": "candidate-pair",
    "bytesReceived": 0,
    "bytesSent": 0,
    "consentRequestsSent": 0,
    "localCandidateId": "IcwejXaZp",
    "nominated": false,
    "packetsReceived": 0,
    "packetsSent": 0,
    "priority": 2.1620796641877965e+17,
    "remoteCandidateId": "It8U0uYeP",
    "requestsReceived": 0,
    "requestsSent": 5,
    "responsesReceived": 0,
    "responsesSent": 0,
    "state": "in-progress",
    "totalRoundTripTime": 0,
    "writable": false
  },
  {
    "id": "IJ1xZlgNO",
    "type": "remote-candidate",
    "address": "127.0.0.1",
    "candidateType": "srflx",
    "port": 50361,
    "priority": 1677729535,
    "protocol": "udp",
    "relatedAddress": "192.0.2.2",
    "relatedPort": 50361
  },
  {
    "id": "IcwejXaZp",
    "type": "local-candidate",
    "address": "127.0.0.1",
    "candidateType": "relay",
    "port": 40901,
    "priority": 50339839,
    "protocol": "udp",
    "relayProtocol": "udp",
    "url": "turn:127.0.0.1:45715?transport=udp"
  },
  {
    "id": "IonSTK5Pj",
    "type": "remote-candidate",
    "address": "127.0.0.1",
    "candidateType": "relay",
    "port": 40998,
    "priority": 50339839,
    "protocol": "udp",
    "relatedAddress": "127.0.0.1",
    "relatedPort": 50361
  },
  {
    "id": "It8U0uYeP",
    "type": "remote-candidate",
    "address": "192.0.2.2",
    "candidateType": "host",
    "port": 50361,
    "priority": 2113937151,
    "protocol": "udp"
  },
  {
    "id": "T01",
    "type": "transport",
    "bytesReceived": 3689,
    "bytesSent": 2095,
    "dtlsRole": "server",
    "dtlsState": "connected",
    "iceRole": "controlling",
    "iceState": "connected",
    "packetsReceived": 9,
    "packetsSent": 7,
    "selectedCandidatePairChanges": 1,
    "selectedCandidatePairId": "CPcwejXaZp_J1xZlgNO"
  }
];

/** This side relay-only, the other side host only: the relay cannot reach 192.0.2.2, checks keep failing. */
export const relayHostFailedStats: StatsEntry[] = [
  {
    "id": "CPgEuQlXE3_5aOiSmT3",
    "type": "candidate-pair",
    "bytesReceived": 0,
    "bytesSent": 0,
    "consentRequestsSent": 0,
    "localCandidateId": "IgEuQlXE3",
    "nominated": false,
    "packetsReceived": 0,
    "packetsSent": 0,
    "priority": 2.1620796641877965e+17,
    "remoteCandidateId": "I5aOiSmT3",
    "requestsReceived": 0,
    "requestsSent": 172,
    "responsesReceived": 0,
    "responsesSent": 0,
    "state": "in-progress",
    "totalRoundTripTime": 0,
    "writable": false
  },
  {
    "id": "I5aOiSmT3",
    "type": "remote-candidate",
    "address": "192.0.2.2",
    "candidateType": "host",
    "port": 37839,
    "priority": 2113937151,
    "protocol": "udp"
  },
  {
    "id": "IgEuQlXE3",
    "type": "local-candidate",
    "address": "127.0.0.1",
    "candidateType": "relay",
    "port": 40951,
    "priority": 50339839,
    "protocol": "udp",
    "relayProtocol": "udp",
    "url": "turn:127.0.0.1:45715?transport=udp"
  },
  {
    "id": "T01",
    "type": "transport",
    "bytesReceived": 0,
    "bytesSent": 0,
    "dtlsRole": "server",
    "dtlsState": "new",
    "iceRole": "controlling",
    "iceState": "checking",
    "packetsReceived": 0,
    "packetsSent": 0,
    "selectedCandidatePairChanges": 0
  }
];

/** The data-channel offer of the host–host run (trickle ICE: no candidates inside). */
export const chromeOffer = "v=0\r\no=- 6246077939303705576 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:ZAjy\r\na=ice-pwd:0ZLKiltor3Rxcl/G9eYV+mIw\r\na=ice-options:trickle\r\na=fingerprint:sha-256 49:12:BA:88:58:D2:94:CD:B3:EA:7D:B9:CA:96:8F:E2:63:F4:66:B3:B1:1C:81:7E:A3:EA:4D:E1:F9:0E:49:5F\r\na=setup:actpass\r\na=mid:0\r\na=sctp-port:5000\r\na=max-message-size:262144\r\n";

/** The answer of the same run. */
export const chromeAnswer = "v=0\r\no=- 2302324366901504259 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:h8FR\r\na=ice-pwd:BLNz6Qxw0wpV/+5d0bkMAEND\r\na=ice-options:trickle\r\na=fingerprint:sha-256 9E:03:66:7F:4D:0B:FF:5F:40:E9:F7:3E:B8:1E:3C:C6:4F:32:64:2D:73:F0:95:16:74:E6:4F:67:91:1A:5F:D6\r\na=setup:active\r\na=mid:0\r\na=sctp-port:5000\r\na=max-message-size:262144\r\n";

/** `RTCIceCandidate.toJSON()` of the candidates trickled in the host–host and relay–relay runs. */
export const chromeCandidates = [
  {
    "candidate": "candidate:291552225 1 udp 2113937151 192.0.2.2 44829 typ host generation 0 ufrag ZAjy network-cost 999",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
    "usernameFragment": "ZAjy"
  },
  {
    "candidate": "candidate:3657857537 1 udp 2113942271 fd00::2 40387 typ host generation 0 ufrag ZAjy network-cost 999",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
    "usernameFragment": "ZAjy"
  },
  {
    "candidate": "candidate:860733134 1 udp 50339839 127.0.0.1 40949 typ relay raddr 0.0.0.0 rport 0 generation 0 ufrag FMhd network-cost 999",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
    "usernameFragment": "FMhd"
  }
];
