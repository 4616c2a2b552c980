/**
 * Reader-facing text of the ICE library, in English and Japanese: parse
 * errors, notes on candidates, explanations of every candidate field and
 * type for the inspector, server verdicts, gathering readings and
 * `icecandidateerror` readings for the gatherer.
 *
 * Keys are flat and dotted (`candidateError.bad-port`); values may contain
 * `{placeholder}`s filled by `translator` (`src/i18n/dictionary.ts`). The library builds its
 * English `message` strings from here, so there is one source for each text.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';
import type { CandidateField } from './parseCandidate.ts';

const en = {
  // Field names, used inside other messages.
  'fieldName.prefix': 'prefix',
  'fieldName.foundation': 'foundation',
  'fieldName.componentId': 'component ID',
  'fieldName.transport': 'transport',
  'fieldName.priority': 'priority',
  'fieldName.address': 'connection address',
  'fieldName.port': 'port',
  'fieldName.type': 'candidate type',
  'fieldName.relatedAddress': 'related address (raddr)',
  'fieldName.relatedPort': 'related port (rport)',
  'fieldName.tcpType': 'TCP type (tcptype)',
  'fieldName.extension': 'extension attribute',

  // Field explanations for the inspector.
  'field.foundation':
    'Foundation: an identifier the agent gives alike to candidates of the same type, base address, protocol and STUN/TURN server. Pairs with the same foundations are checked one at a time while the rest wait frozen, so one success unfreezes similar pairs (RFC 8445 §5.1.1.3, §6.1.2.6).',
  'field.componentId':
    'Component ID: which part of a media stream the candidate carries, 1 for RTP and 2 for RTCP. Browsers multiplex RTCP and bundle streams, so you will normally see only 1.',
  'field.transport':
    'Transport: UDP or TCP. WebRTC prefers UDP; TCP candidates (RFC 6544) are a fallback for networks that block UDP.',
  'field.priority':
    'Priority: a 32-bit number made of the type preference (top 8 bits), the local preference (middle 16 bits) and 256 minus the component ID (low 8 bits). Higher is better, and the priorities of both sides order the candidate pairs (RFC 8445 §5.1.2).',
  'field.address':
    'Connection address: where the peer sends its connectivity checks — an address of a local interface (host), the mapping a NAT created (srflx, prflx: public on the open internet, often private in a closed network), an address on a TURN server (relay), or an mDNS name ending in .local.',
  'field.port':
    'Port: the UDP or TCP port that goes with the address. Active TCP candidates show 9, a placeholder, because the active side connects out from a port it cannot know in advance (RFC 6544 §4.5).',
  'field.type':
    'Candidate type: host, srflx (server reflexive), prflx (peer reflexive) or relay. It says how the address was obtained (RFC 8445 §5.1.1).',
  'field.relatedAddress':
    'Related address (raddr): the address this candidate was derived from. On a srflx candidate it is the local address the NAT translated from — when the browser shows it: Chrome writes raddr 0.0.0.0 rport 0 while it hides local addresses (mDNS hiding on, and the page holds no microphone or camera permission). On a relay candidate it is your address as the TURN server saw it. ICE does not use it; it is there for diagnosis (RFC 8839 §5.1).',
  'field.relatedPort':
    'Related port (rport): the port that goes with the related address. When a srflx candidate has the same port as its rport, the NAT kept the port number while translating.',
  'field.tcpType':
    'TCP type (tcptype): active candidates open connections, passive ones accept them, and so (simultaneous open) candidates do both at once (RFC 6544 §4.5).',
  'field.generation':
    'generation: a Google extension that counts ICE restarts, 0 until the first restart. No RFC defines it.',
  'field.ufrag':
    'ufrag: the ICE username fragment of the session that gathered this candidate (a=ice-ufrag, RFC 8839 §5.4). It tells which ICE session a trickled candidate belongs to.',
  'field.networkId':
    'network-id: the number libwebrtc gives the network interface the candidate was gathered on; candidates with the same number share an interface. No RFC defines it.',
  'field.networkCost':
    'network-cost: libwebrtc’s estimate of how expensive the interface is to use (cellular costs more than Wi-Fi or Ethernet); lower is preferred. No RFC defines it.',

  // Candidate types for the inspector.
  'candidateType.host':
    'Host candidate: an address of one of this device’s own network interfaces. It works directly only when the peer can reach that address — on the same LAN, or when the address is public (RFC 8445 §5.1.1.1).',
  'candidateType.srflx':
    'Server-reflexive candidate: the address and port a STUN server (or a TURN server’s Allocate response) saw this device come from — after any NAT between the two. On the open internet that is a public address; in a closed network it is often a private address of the router or segment in between. Its raddr is the local address behind the NAT, or 0.0.0.0 when the browser hides it. A peer can reach it if it can reach that address and the NAT reuses the mapping for other destinations (RFC 8445 §5.1.1.2).',
  'candidateType.prflx':
    'Peer-reflexive candidate: an address discovered during connectivity checks, when a check comes from (or a response reports) an address the peer never signalled — usually a NAT mapping that only this peer sees. You never gather these; they appear in candidate pairs and stats (RFC 8445 §7.2.5.3.1, §7.3.1.3).',
  'candidateType.relay':
    'Relayed candidate: an address on a TURN server that forwards traffic to you. It is the fallback that works even when both sides are behind strict NATs or firewalls, at the cost of an extra hop and server bandwidth (RFC 8445 §5.1.1.2, RFC 8656).',
  'candidateType.mdns':
    'mDNS host candidate: a host candidate whose address is a random <uuid>.local name instead of a private IP, so that web pages cannot read your LAN address. A peer on the same LAN resolves it with multicast DNS; a peer elsewhere cannot, and does not need to, because srflx and relay candidates carry the addresses it can reach (draft-ietf-mmusic-mdns-ice-candidates, RFC 8828).',

  // Address classes, for inspectors and redacted placeholders.
  'addressClass.loopback': 'loopback',
  'addressClass.private': 'private (RFC 1918)',
  'addressClass.link-local': 'link-local',
  'addressClass.cgnat': 'carrier-grade NAT (100.64.0.0/10)',
  'addressClass.documentation': 'documentation example',
  'addressClass.unique-local': 'unique local IPv6 (fc00::/7)',
  'addressClass.multicast': 'multicast',
  'addressClass.reserved': 'reserved',
  'addressClass.public': 'public',
  'addressClass.mdns': 'mDNS name',
  'addressClass.unspecified': 'unspecified (hidden)',
  'addressClass.hostname': 'DNS name',
  'addressClass.invalid': 'not an address',

  // Candidate parse errors.
  'candidateError.empty':
    'The line is empty; paste one candidate line, starting with a=candidate: or candidate:.',
  'candidateError.not-a-candidate':
    '"{token}" at position {position} is not a candidate attribute; only a=candidate: lines describe ICE candidates.',
  'candidateError.not-a-candidate-line':
    '"{token}" is not a candidate line. A candidate line reads like candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400; copy one from chrome://webrtc-internals, an SDP (a=candidate: lines) or the candidate gatherer.',
  'candidateError.truncated':
    'The line ends before the {field}; a candidate needs foundation, component, transport, priority, address, port and "typ <type>", and every keyword needs a value.',
  'candidateError.bad-foundation':
    'Foundation "{token}" at position {position} must be 1 to 32 letters, digits, "+" or "/"; check that the line was not cut or joined to another.',
  'candidateError.bad-component':
    'Component ID "{token}" at position {position} must be a number from 1 to 256 (1 is RTP, 2 is RTCP).',
  'candidateError.unknown-transport':
    'Transport "{token}" at position {position} is neither UDP nor TCP; browsers write only udp or tcp here.',
  'candidateError.bad-priority':
    'Priority "{token}" at position {position} must be a whole number of at most 10 digits.',
  'candidateError.priority-out-of-range':
    'Priority {token} at position {position} is outside 1 to 2147483647 (2^31 − 1), the range RFC 8445 allows.',
  'candidateError.bad-address':
    'The {field} "{token}" at position {position} is not an IPv4 address, an IPv6 address or a host name; check for a typo or a missing part.',
  'candidateError.bad-port':
    'The {field} "{token}" at position {position} is not a number; ports are whole numbers from 0 to 65535.',
  'candidateError.port-out-of-range':
    'The {field} {token} at position {position} is above 65535, the largest port number.',
  'candidateError.missing-typ':
    'Expected the keyword typ at position {position} but found "{token}"; the type follows the port as typ host, typ srflx, typ prflx or typ relay.',
  'candidateError.unknown-candidate-type':
    'Candidate type "{token}" at position {position} is not host, srflx, prflx or relay.',
  'candidateError.missing-raddr':
    'raddr is missing (see "{token}" at position {position}): RFC 8839 §5.1 requires raddr and rport on srflx, prflx and relay candidates, so check that the line was not cut or edited.',
  'candidateError.missing-rport':
    'raddr at position {position} has no rport; add "rport <port>" after the related address.',
  'candidateError.duplicate-attribute':
    '"{token}" at position {position} appears a second time; keep only one {field}.',
  'candidateError.bad-tcptype':
    'TCP type "{token}" at position {position} must be active, passive or so (RFC 6544 §4.5).',
  'candidateError.tcptype-on-udp':
    '"{token}" at position {position} is valid only on TCP candidates; remove it or change the transport to tcp.',
  'candidateError.missing-extension-value':
    'Extension "{token}" at position {position} has no value; extensions come in "name value" pairs.',
  'candidateError.bad-extension-name':
    'Extension name "{token}" at position {position} is not a token (RFC 8839 §5.1, RFC 8866 §9): a name is visible ASCII without spaces or any of "(),/:;<=>?@[\\]. Browsers write names such as generation, ufrag, network-id; check that the line was not edited or joined to other text.',
  'candidateError.bad-extension-value':
    'Extension value "{token}" at position {position} has characters outside visible ASCII, which RFC 8839 §5.1 does not allow (extension-att-value = *VCHAR); check that the line was not edited or joined to other text.',

  // Notes on lines that parsed.
  'candidateNote.mdns-address':
    'The address is an mDNS name: the browser hid the private IP address behind a random .local name that only peers on the same LAN can resolve.',
  'candidateNote.fqdn-address':
    'The address is a DNS name, not an IP address; browsers do not send these, and the receiving agent must resolve it before using the candidate.',
  'candidateNote.hidden-related-address':
    'The related address is 0.0.0.0 (or ::) with port 0: the sender hid the address this candidate came from, as RFC 8839 §5.1 allows for privacy, so you cannot see which local address the NAT translated.',
  'candidateNote.related-address-on-host':
    'This host candidate carries raddr/rport, which RFC 8839 §5.1 says must be omitted for host candidates; ICE ignores them.',
  'candidateNote.tcp-without-tcptype':
    'This TCP candidate has no tcptype; RFC 6544 requires active, passive or so so that the peer knows which side opens the connection.',
  'candidateNote.tcp-active-discard-port':
    'Port 9 on an active TCP candidate is the discard-port convention of RFC 6544 §4.5: the active side connects out from a temporary port, so it has no real port to announce.',
  'candidateNote.tcp-active-port-not-discard':
    'An active TCP candidate should announce port 9 (RFC 6544 §4.5); this one announces another port, which no peer will connect to.',
  'candidateNote.missing-related-address':
    'This candidate has no raddr/rport although RFC 8839 §5.1 requires them on srflx, prflx and relay candidates; it was accepted only because that check was turned off.',

  // Priorities.
  'priorityError.not-an-integer': '{value} is not a whole number; a priority is an integer from 1 to 2147483647.',
  'priorityError.priority-out-of-range':
    'Priority {value} is outside 1 to 2147483647 (2^31 − 1), the range of RFC 8445 §5.1.2.1.',
  'priorityError.type-preference-out-of-range': 'Type preference {value} must be a whole number from 0 to 126.',
  'priorityError.local-preference-out-of-range': 'Local preference {value} must be a whole number from 0 to 65535.',
  'priorityError.component-out-of-range': 'Component ID {value} must be a whole number from 1 to 256.',
  'typePreference.recommended':
    'Type preference {value} is what RFC 8445 §5.1.2.2 recommends for {type} candidates.',
  'typePreference.not-recommended':
    'Type preference {value} differs from the {recommended} RFC 8445 §5.1.2.2 recommends for {type} candidates; agents may choose their own values, and browsers do.',
  'typePreference.libwebrtc.host': '126: libwebrtc’s preference for UDP host candidates.',
  'typePreference.libwebrtc.host-tcp':
    '90: libwebrtc’s preference for TCP host candidates, below every UDP candidate except relays, so that UDP is tried first.',
  'typePreference.libwebrtc.srflx': '100: libwebrtc’s preference for server-reflexive candidates.',
  'typePreference.libwebrtc.prflx': '110: libwebrtc’s preference for UDP peer-reflexive candidates.',
  'typePreference.libwebrtc.prflx-tcp': '80: libwebrtc’s preference for TCP peer-reflexive candidates.',
  'typePreference.libwebrtc.relay-tls':
    '0: in libwebrtc (Chrome, Edge, Safari) a relay reached over TLS (turns:) — the last resort.',
  'typePreference.libwebrtc.relay-tcp': '1: in libwebrtc a relay reached over TCP (turn:…?transport=tcp).',
  'typePreference.libwebrtc.relay-udp-or-dtls':
    '2: in most libwebrtc versions a relay reached over UDP; recent versions give 2 to DTLS and 3 to UDP.',
  'typePreference.libwebrtc.relay-udp': '3: in recent libwebrtc versions a relay reached over UDP.',

  // ICE server URL errors.
  'urlError.not-a-string': 'The URL must be a string such as stun:stun.example.org.',
  'urlError.empty-url':
    'The URL is empty; write one such as stun:stun.example.org or turn:turn.example.org:3478?transport=udp.',
  'urlError.url-too-long':
    'The URL is {length} characters long; an ICE server URL is at most a scheme, a host name of up to 253 characters, a port and ?transport=, so anything over {max} characters is refused. Paste only the URL, e.g. turn:turn.example.org:3478?transport=udp.',
  'urlError.url-whitespace':
    'The URL contains whitespace at position {position}; remove it: {suggestion}.',
  'urlError.missing-scheme': '"{url}" has no stun:/turn: scheme; write it as {suggestion}.',
  'urlError.web-url-scheme':
    '{scheme}: is a web address scheme, not an ICE server URL; drop it and write {suggestion} (or turn: for a TURN server).',
  'urlError.unknown-scheme': 'Scheme {scheme}: is unknown; ICE server URLs start with stun:, stuns:, turn: or turns:.',
  'urlError.double-slash': 'ICE server URLs have no // after the scheme; write {suggestion}.',
  'urlError.userinfo-in-url':
    'Credentials do not belong in the URL; remove "{token}@" and set username and credential in the RTCIceServer entry instead.',
  'urlError.unexpected-path': 'ICE server URLs have no path; remove "{token}" and write {suggestion}.',
  'urlError.missing-host': 'The URL has no host after {scheme}:; add the server’s name or address.',
  'urlError.bad-host': '"{token}" is not a valid host name or IPv4 address; check it for typos.',
  'urlError.bad-ipv6': '"{token}" inside the brackets is not a valid IPv6 address.',
  'urlError.unbracketed-ipv6':
    'An IPv6 address must be written in brackets so the port can be told apart; write {suggestion}.',
  'urlError.bad-port':
    'Port "{token}" is not a number; write a port from 1 to 65535, or leave it out to use {defaultPort}.',
  'urlError.port-out-of-range': 'Port {token} is outside 1 to 65535; leave it out to use the default {defaultPort}.',
  'urlError.transport-on-stun':
    '?transport= is defined only for turn: and turns: URLs (RFC 7065) and browsers reject it on {scheme}:; write {suggestion}.',
  'urlError.unknown-query-parameter':
    'Query parameter "{token}" is unknown; the only one defined is ?transport=udp or ?transport=tcp on turn: and turns: URLs.',
  'urlError.bad-transport':
    'Transport "{token}" is neither udp nor tcp; for TURN over TLS write a turns: URL with ?transport=tcp.',

  // RTCIceServer entry errors.
  'iceServerError.not-an-object': "An ICE server entry must be an object such as { urls: 'stun:stun.example.org' }.",
  'iceServerError.missing-urls': 'The entry has no urls; add a URL string or an array of them.',
  'iceServerError.empty-urls': 'urls is an empty list; add at least one stun:, stuns:, turn: or turns: URL.',
  'iceServerError.url-not-a-string': 'Item {index} of urls is not a string; write each URL as a string.',
  'iceServerError.bad-username': 'username must be a string.',
  'iceServerError.bad-credential': 'credential must be a string.',
  'iceServerError.username-too-long':
    'The username is {length} bytes long; TURN usernames must be shorter than 509 bytes (RFC 8489 §14.3).',
  'iceServerError.turn-needs-credentials':
    '{url} is a TURN URL, so the entry needs both username and credential; without them browsers throw InvalidAccessError.',

  // Server verdicts.
  'serverVerdict.stun.works':
    '{url} works: it answered with the address it saw you come from — after any NAT between you and it — and the browser made a server-reflexive candidate of it.',
  'serverVerdict.turn.works':
    '{url} works: it gave you a relay address, so calls can fall back to relaying when a direct path fails.',
  'serverVerdict.stun.unreachable':
    '{url} could not be reached (error 701): check the host name and port, and whether this network blocks outgoing UDP to it.',
  'serverVerdict.turn.unreachable':
    '{url} could not be reached (error 701): check the host name and port, and whether the network blocks it; offer TURN over TCP or TLS on port 443 for locked-down networks.',
  'serverVerdict.stun.no-response':
    'No server-reflexive candidate and no error came from {url} before gathering ended: the server probably never answered — check the host, the port and any firewall on the way.',
  'serverVerdict.stun.no-response.hosts-shown':
    'No server-reflexive candidate and no error came from {url}. Either the server did not answer, or it saw you at one of the host addresses listed above (no NAT in between): while host addresses are shown, libwebrtc drops a srflx equal to one of them as redundant. A relay candidate’s raddr, if TURN is configured, shows the address the TURN server saw.',
  'serverVerdict.stun.no-response.several':
    'No server-reflexive candidate and no error came from {url}. Either the server did not answer, or it saw you at the same address as another STUN server in the list: libwebrtc keeps one srflx per address, so the second server adds nothing.',
  'serverVerdict.stun.no-response.hosts-shown-several':
    'No server-reflexive candidate and no error came from {url}. Either the server did not answer, or the browser dropped its answer: libwebrtc keeps one srflx per address (a second STUN server that sees you at the same address adds nothing), and while host addresses are shown it drops a srflx equal to one of them (no NAT in between).',
  'serverVerdict.turn.no-response':
    'No relay candidate and no error came from {url} before gathering ended: the server probably never answered — check the port, the transport and any firewall on the way.',
  'serverVerdict.auth-failed':
    '{url} rejected the username or credential (401): check them, and if they are time-limited, that they have not expired.',
  'serverVerdict.forbidden': '{url} refused the allocation by policy (403): check the TURN server’s access rules.',
  'serverVerdict.allocation-quota':
    '{url} says this username already holds as many allocations as allowed (486): close unused connections or raise the quota.',
  'serverVerdict.insufficient-capacity':
    '{url} has no relay capacity left (508): widen its relay port range or add servers.',
  'serverVerdict.allocation-mismatch':
    '{url} answered with an allocation mismatch (437): restart ICE, and check for a load balancer that splits one client across servers.',
  'serverVerdict.stale-nonce':
    '{url} kept rejecting the nonce as stale (438): check the server’s nonce lifetime and clock.',
  'serverVerdict.unsupported-transport':
    '{url} does not offer the relay transport the browser asked for (442): enable UDP relaying on the server.',
  'serverVerdict.try-alternate':
    '{url} redirected to another server (300) and no candidate came back: configure the alternate server directly.',
  'serverVerdict.server-error': '{url} returned error {errorCodes}: see the error readings below for what to try.',
  'serverVerdict.not-used':
    '{url} was not used: with iceTransportPolicy "relay" the browser gathers only relay candidates and skips STUN servers.',
  'serverVerdict.pending': '{url}: no answer yet; gathering is still running.',
  'serverVerdict.indeterminate':
    '{url}: a candidate of the expected type arrived, but the browser did not say which server it came from, and several could have.',
  'serverVerdict.invalid-url':
    '{url} is not a valid ICE server URL, so the browser would reject the configuration; see the URL error.',
  'serverVerdict.missing-credentials':
    '{url} has no username and credential, so the browser would reject the configuration with InvalidAccessError.',

  // Overall readings.
  'reading.nothing-gathered':
    'Nothing was gathered: the browser produced no candidates at all. Check that the page may use WebRTC (extensions and enterprise policies can block it) and that the machine has a network connection and a default route: in this project’s NAT lab, Chromium on a machine with no default route gathered no host candidates at all.',
  'reading.gathering-in-progress': 'Gathering is still running; candidates will appear as they arrive.',
  'reading.relay-only-policy-no-relay':
    'iceTransportPolicy is "relay" but no relay candidate arrived, so no connection is possible: fix the TURN server (see its verdict) or allow other candidates.',
  'reading.relay-ok':
    'A relay candidate arrived: even if both networks block direct paths, the call can go through the TURN server.',
  'reading.srflx-ok':
    'A server-reflexive candidate arrived, so the STUN server answered: {address} is the address it saw you come from — after any NAT between you and it. On the open internet that is a public address; in a closed network it is often a private address of the router or segment in between. A peer that can reach {address} can try a direct path to it; behind a symmetric NAT or a strict firewall that path can still fail, which is what TURN is for.',
  'reading.host-only':
    'Only host candidates: a peer connects only if it can reach one of these addresses directly — on the same LAN, or from a segment routed to this one without address translation. Across a NAT, configure a STUN or TURN server that both sides can reach.',
  'reading.mdns-only':
    'Only mDNS (.local) host candidates: a peer on the same link may resolve these names by multicast DNS, but multicast DNS does not cross routers, so a peer on any other segment cannot use them — even one that could route to your real address. Configure a STUN or TURN server that both sides can reach, or see “Show my real local addresses” below.',
  'reading.srflx-equals-host':
    'The server-reflexive address {address} equals one of this machine’s own addresses: no NAT lies between this machine and the STUN server. That is normal when both are on the same segment or on public addresses — and a run from here says nothing about how a call behaves behind a NAT elsewhere, e.g. the customer’s.',
  'reading.srflx-translated':
    '{address} differs from every host address of this machine, so an address translation (a NAT) lies between this machine and the STUN server — the proof that STUN worked from behind it. raddr {raddr} is the local address it translated from.',
  'reading.srflx-translated-raddr-hidden':
    '{address} differs from every host address of this machine, so an address translation (a NAT) lies between this machine and the STUN server — the proof that STUN worked from behind it. The browser hid which local address was translated (raddr 0.0.0.0).',
  'reading.srflx-hosts-hidden':
    'This page cannot compare {address} with this machine’s own addresses: Chrome hides them here — host candidates are .local names and a srflx’s raddr reads 0.0.0.0 port 0. That is Chrome’s privacy default (mDNS hiding on, and the page holds no microphone or camera permission), not a STUN failure. Compare {address} with the output of ip addr (ipconfig on Windows): if it is none of them, a NAT lies between you and the STUN server. Or press “Show my real local addresses” to let the page compare.',
  'reading.no-host':
    'No host candidate: the browser found no local address to gather from, although it gathered other candidates. This machine may have no default route — in this project’s NAT lab, Chromium on a machine with no default route gathered no host candidates at all. Check ip route (route print on Windows). Without host candidates, peers on the same segment cannot connect directly.',
  'reading.turn-configured-no-relay':
    'A TURN server is configured but no relay candidate arrived: calls work only where a direct path exists — typically the office — and fail on networks that need relaying. Check the TURN verdict.',
  'reading.gathering-timed-out':
    'Gathering did not finish within {seconds} s: a server that never answers keeps gathering open until the browser gives up. Look for the server with no response, fix or remove it, and use trickle ICE so calls need not wait for the end.',

  // icecandidateerror readings.
  'iceError.701.hidden-address':
    '701 from {url}: the server could not be reached from one of this machine’s addresses (the browser hides which one and writes 0.0.0.x) — the DNS lookup failed or no answer came. Often not fatal: if another interface or address family (e.g. IPv4 while IPv6 failed) got a candidate from the same server, ignore it. If none did, check the host name, the port and whether the network blocks UDP.',
  'iceError.701':
    '701 from {url}: the server could not be reached from {address} — the DNS lookup failed or no answer came. Often not fatal: if another interface or address family (e.g. IPv4 while IPv6 failed) got a candidate from the same server, ignore it. If none did, check the host name, the port and whether the network blocks UDP.',
  'iceError.401':
    '401 Unauthenticated from {url}: the TURN server rejected the username or credential. Check both, and if they are time-limited (username like "timestamp:user"), that they were issued recently and the clocks agree.',
  'iceError.401.other-phrase':
    '401 Unauthenticated from {url} (the server’s own reason phrase, "{text}", is the older name from RFC 5389; RFC 8489 §14.8 calls it Unauthenticated): the TURN server rejected the username or credential. Check both, and if they are time-limited (username like "timestamp:user"), that they were issued recently and the clocks agree.',
  'iceError.403':
    '403 Forbidden from {url}: the server understood the request but refuses it by policy, e.g. for this client address. Check the TURN server’s allow and deny rules.',
  'iceError.437':
    '437 Allocation Mismatch from {url}: the server and the browser disagree about whether an allocation exists, typically after a lost response or when a load balancer spreads one client across servers. Restart ICE; if it repeats, pin clients to one server.',
  'iceError.438':
    '438 Stale Nonce from {url}: the nonce expired and the retry with a fresh one also failed. Check the server’s nonce lifetime and clock.',
  'iceError.442':
    '442 Unsupported Transport Protocol from {url}: the TURN server does not relay the transport the browser requested (UDP). Enable UDP relaying on the server.',
  'iceError.486':
    '486 Allocation Quota Reached from {url}: this username holds as many allocations as the server allows. Close unused peer connections, issue credentials per session, or raise the quota.',
  'iceError.508':
    '508 Insufficient Capacity from {url}: the server has no relay ports or capacity left. Widen its relay port range, add servers, or look for leaked allocations.',
  'iceError.300':
    '300 Try Alternate from {url}: the server redirected the browser to another server, and the redirect did not produce a candidate. Configure the alternate server’s URL directly.',
  'iceError.other':
    'Error {code} from {url}: {text}. Look the code up in RFC 8489 §14.8 (STUN) or RFC 8656 (TURN).',
} as const;

const ja: Translation<typeof en> = {
  'fieldName.prefix': '接頭辞',
  'fieldName.foundation': 'ファウンデーション',
  'fieldName.componentId': 'コンポーネント ID',
  'fieldName.transport': 'トランスポート',
  'fieldName.priority': '優先度',
  'fieldName.address': '接続アドレス',
  'fieldName.port': 'ポート',
  'fieldName.type': '候補タイプ',
  'fieldName.relatedAddress': '関連アドレス（raddr）',
  'fieldName.relatedPort': '関連ポート（rport）',
  'fieldName.tcpType': 'TCP タイプ（tcptype）',
  'fieldName.extension': '拡張属性',

  'field.foundation':
    'ファウンデーション：タイプ、ベースアドレス、プロトコル、STUN/TURN サーバーが同じ候補に、エージェントが共通して付ける識別子です。ファウンデーションが同じ候補ペアは 1 つずつ検査され、残りは凍結（frozen）状態で待ちます。1 つが成功すると、似たペアの凍結が解除されます（RFC 8445 §5.1.1.3、§6.1.2.6）。',
  'field.componentId':
    'コンポーネント ID：候補がメディアストリームのどの部分を運ぶかを表します。1 が RTP、2 が RTCP です。ブラウザーは RTCP を多重化し、ストリームもバンドルするため、通常は 1 しか見かけません。',
  'field.transport':
    'トランスポート：UDP か TCP です。WebRTC は UDP を優先し、TCP 候補（RFC 6544）は UDP が遮断されたネットワークのための予備です。',
  'field.priority':
    '優先度：タイプ優先度（上位 8 ビット）、ローカル優先度（中央の 16 ビット）、256 からコンポーネント ID を引いた値（下位 8 ビット）から成る 32 ビットの数値です。大きいほど優先され、双方の優先度から候補ペアの順番が決まります（RFC 8445 §5.1.2）。',
  'field.address':
    '接続アドレス：相手が接続性チェックを送る宛先です。ローカルインターフェースのアドレス（host）、NAT が作ったマッピング（srflx、prflx。インターネットではパブリックアドレス、閉域網ではプライベートアドレスのことがよくあります）、TURN サーバー上のアドレス（relay）、または .local で終わる mDNS 名のいずれかです。',
  'field.port':
    'ポート：アドレスと対になる UDP または TCP のポートです。active な TCP 候補では仮の値 9 が入ります。active 側は、事前にはわからないポートから接続を開くためです（RFC 6544 §4.5）。',
  'field.type':
    '候補タイプ：host、srflx（サーバーリフレクシブ）、prflx（ピアリフレクシブ）、relay のいずれかで、アドレスをどうやって得たかを表します（RFC 8445 §5.1.1）。',
  'field.relatedAddress':
    '関連アドレス（raddr）：この候補の元になったアドレスです。srflx 候補では NAT が変換する前のローカルアドレスですが、ブラウザーが見せる場合に限ります。Chrome はローカルアドレスを隠している間（mDNS による秘匿が有効で、ページがマイクやカメラの許可を持たないとき）、raddr 0.0.0.0 rport 0 と書きます。relay 候補では、TURN サーバーから見えたこちらのアドレスです。ICE 自体はこの値を使わず、診断のために載っています（RFC 8839 §5.1）。',
  'field.relatedPort':
    '関連ポート（rport）：関連アドレスと対になるポートです。srflx 候補のポートが rport と同じなら、NAT は変換の際にポート番号を変えていません。',
  'field.tcpType':
    'TCP タイプ（tcptype）：active は接続を開く側、passive は受け付ける側、so（simultaneous open）は両方を同時に行う候補です（RFC 6544 §4.5）。',
  'field.generation':
    'generation：ICE リスタートの回数を数える Google 独自の拡張で、最初のリスタートまでは 0 です。RFC では定義されていません。',
  'field.ufrag':
    'ufrag：この候補を収集したセッションの ICE ユーザー名フラグメント（a=ice-ufrag、RFC 8839 §5.4）です。トリクルで届いた候補がどの ICE セッションのものかを示します。',
  'field.networkId':
    'network-id：候補を収集したネットワークインターフェースに libwebrtc が付ける番号です。番号が同じ候補は同じインターフェースから来ています。RFC では定義されていません。',
  'field.networkCost':
    'network-cost：そのインターフェースを使うコストを libwebrtc が見積もった値です（モバイル回線は Wi-Fi や有線より高くなります）。小さいほど優先されます。RFC では定義されていません。',

  'candidateType.host':
    'ホスト候補：この端末自身のネットワークインターフェースのアドレスです。相手がそのアドレスに直接届く場合、つまり同じ LAN にいるか、アドレスがパブリックな場合にだけ、そのまま使えます（RFC 8445 §5.1.1.1）。',
  'candidateType.srflx':
    'サーバーリフレクシブ候補：この端末から届いたパケットの送信元として STUN サーバー（または TURN サーバーの Allocate 応答）が観測したアドレスとポートで、途中に NAT があれば変換後の値です。インターネットではパブリックアドレス、閉域網では途中のルーターやセグメントのプライベートアドレスであることがよくあります。raddr には NAT の内側のローカルアドレスが入るか、ブラウザーが隠していれば 0.0.0.0 が入ります。相手がそのアドレスに到達でき、NAT がほかの宛先にも同じマッピングを使うなら、相手はここに届きます（RFC 8445 §5.1.1.2）。',
  'candidateType.prflx':
    'ピアリフレクシブ候補：接続性チェックの途中で見つかったアドレスです。相手が通知していないアドレスからチェックが届いたとき（または応答がそうしたアドレスを示したとき）に生まれ、多くはその相手との間だけで見える NAT の対応付けです。自分で収集することはなく、候補ペアや統計の中に現れます（RFC 8445 §7.2.5.3.1、§7.3.1.3）。',
  'candidateType.relay':
    'リレー候補：TURN サーバー上のアドレスで、届いた通信をサーバーがこちらへ転送します。双方が厳しい NAT やファイアウォールの内側にいてもつながる最後の手段ですが、経路が 1 段増え、サーバーの帯域を消費します（RFC 8445 §5.1.1.2、RFC 8656）。',
  'candidateType.mdns':
    'mDNS ホスト候補：アドレスがプライベート IP ではなく、ランダムな <uuid>.local 名になっているホスト候補です。Web ページに LAN 内のアドレスを読み取られないよう、ブラウザーがこうしています。同じ LAN の相手はマルチキャスト DNS で名前を解決できますが、ほかのネットワークの相手には解決できません。ただし、相手が届くアドレスは srflx 候補や relay 候補が運ぶので、解決できなくても困りません（draft-ietf-mmusic-mdns-ice-candidates、RFC 8828）。',

  'addressClass.loopback': 'ループバック',
  'addressClass.private': 'プライベート（RFC 1918）',
  'addressClass.link-local': 'リンクローカル',
  'addressClass.cgnat': 'キャリアグレード NAT（100.64.0.0/10）',
  'addressClass.documentation': 'ドキュメント用の例示アドレス',
  'addressClass.unique-local': 'IPv6 ユニークローカル（fc00::/7）',
  'addressClass.multicast': 'マルチキャスト',
  'addressClass.reserved': '予約済み',
  'addressClass.public': 'パブリック',
  'addressClass.mdns': 'mDNS 名',
  'addressClass.unspecified': '未指定（秘匿）',
  'addressClass.hostname': 'DNS 名',
  'addressClass.invalid': 'アドレスではありません',

  'candidateError.empty': '行が空です。a=candidate: または candidate: で始まる候補行を 1 行貼り付けてください。',
  'candidateError.not-a-candidate':
    '位置 {position} の「{token}」は candidate 属性ではありません。ICE 候補を表すのは a=candidate: の行だけです。',
  'candidateError.not-a-candidate-line':
    '「{token}」は候補行ではありません。候補行は candidate:842163049 1 udp 1677729535 203.0.113.7 54400 typ srflx raddr 192.168.1.20 rport 54400 のような形です。chrome://webrtc-internals、SDP の a=candidate: 行、または候補の収集ツールからコピーしてください。',
  'candidateError.truncated':
    '{field}の手前で行が終わっています。候補行にはファウンデーション、コンポーネント、トランスポート、優先度、アドレス、ポート、「typ <タイプ>」がすべて必要で、各キーワードには値が続きます。',
  'candidateError.bad-foundation':
    '位置 {position} のファウンデーション「{token}」は、英数字・「+」・「/」から成る 1〜32 文字でなければなりません。行が途中で切れたり、別の行とつながったりしていないか確認してください。',
  'candidateError.bad-component':
    '位置 {position} のコンポーネント ID「{token}」は 1〜256 の数値でなければなりません（1 が RTP、2 が RTCP です）。',
  'candidateError.unknown-transport':
    '位置 {position} のトランスポート「{token}」は UDP でも TCP でもありません。ブラウザーがここに書くのは udp か tcp だけです。',
  'candidateError.bad-priority': '位置 {position} の優先度「{token}」は 10 桁以内の整数でなければなりません。',
  'candidateError.priority-out-of-range':
    '位置 {position} の優先度 {token} は、RFC 8445 が認める 1〜2147483647（2^31 − 1）の範囲外です。',
  'candidateError.bad-address':
    '位置 {position} の{field}「{token}」は、IPv4 アドレスでも IPv6 アドレスでもホスト名でもありません。打ち間違いや欠けた部分がないか確認してください。',
  'candidateError.bad-port': '位置 {position} の{field}「{token}」は数値ではありません。ポートは 0〜65535 の整数です。',
  'candidateError.port-out-of-range':
    '位置 {position} の{field} {token} は、ポート番号の上限 65535 を超えています。',
  'candidateError.missing-typ':
    '位置 {position} にはキーワード typ があるはずですが、「{token}」になっています。候補タイプはポートの後に typ host、typ srflx、typ prflx、typ relay の形で書きます。',
  'candidateError.unknown-candidate-type':
    '位置 {position} の候補タイプ「{token}」は host、srflx、prflx、relay のいずれでもありません。',
  'candidateError.missing-raddr':
    'raddr がありません（位置 {position} の「{token}」を参照）。RFC 8839 §5.1 では srflx・prflx・relay 候補に raddr と rport が必須です。行が途中で切れたり書き換えられたりしていないか確認してください。',
  'candidateError.missing-rport':
    '位置 {position} の raddr に対応する rport がありません。関連アドレスの後に「rport <ポート>」を加えてください。',
  'candidateError.duplicate-attribute':
    '位置 {position} の「{token}」は 2 回目の出現です。{field}は 1 つだけにしてください。',
  'candidateError.bad-tcptype':
    '位置 {position} の TCP タイプ「{token}」は active、passive、so のいずれかでなければなりません（RFC 6544 §4.5）。',
  'candidateError.tcptype-on-udp':
    '位置 {position} の「{token}」は TCP 候補でしか使えません。削除するか、トランスポートを tcp にしてください。',
  'candidateError.missing-extension-value':
    '位置 {position} の拡張属性「{token}」に値がありません。拡張属性は「名前 値」の組で書きます。',
  'candidateError.bad-extension-name':
    '位置 {position} の拡張属性名「{token}」はトークンではありません（RFC 8839 §5.1、RFC 8866 §9）。名前に使えるのは空白と "(),/:;<=>?@[\\] を除く ASCII の表示文字です。ブラウザーが書く名前は generation、ufrag、network-id などです。行が書き換えられたり、ほかのテキストとつながったりしていないか確認してください。',
  'candidateError.bad-extension-value':
    '位置 {position} の拡張属性の値「{token}」に ASCII の表示文字以外が含まれています。RFC 8839 §5.1 では認められていません（extension-att-value = *VCHAR）。行が書き換えられたり、ほかのテキストとつながったりしていないか確認してください。',

  'candidateNote.mdns-address':
    'アドレスが mDNS 名です。ブラウザーがプライベート IP アドレスを、同じ LAN の相手しか解決できないランダムな .local 名で隠しています。',
  'candidateNote.fqdn-address':
    'アドレスが IP アドレスではなく DNS 名です。ブラウザーはこの形式を送りません。受け取った側は、候補を使う前に名前を解決する必要があります。',
  'candidateNote.hidden-related-address':
    '関連アドレスが 0.0.0.0（または ::）、ポートが 0 です。RFC 8839 §5.1 がプライバシーのために認めているとおり、送信側が元のアドレスを隠しているため、NAT がどのローカルアドレスを変換したかはわかりません。',
  'candidateNote.related-address-on-host':
    'この host 候補には raddr/rport が付いています。RFC 8839 §5.1 では host 候補では省略することになっており、ICE はこれを使いません。',
  'candidateNote.tcp-without-tcptype':
    'この TCP 候補には tcptype がありません。どちらが接続を開くかを相手が判断できるよう、RFC 6544 では active、passive、so のいずれかを付けることになっています。',
  'candidateNote.tcp-active-discard-port':
    'active な TCP 候補のポート 9 は、RFC 6544 §4.5 による discard ポートの慣例です。active 側は一時的なポートから接続を開くため、通知できる実際のポートがありません。',
  'candidateNote.tcp-active-port-not-discard':
    'active な TCP 候補はポート 9 を通知することになっています（RFC 6544 §4.5）。この候補は別のポートを示していますが、相手がそこへ接続することはありません。',
  'candidateNote.missing-related-address':
    'この候補には raddr/rport がありません。RFC 8839 §5.1 では srflx・prflx・relay 候補に必須ですが、その検査を無効にしているため受け付けました。',

  'priorityError.not-an-integer': '{value} は整数ではありません。優先度は 1〜2147483647 の整数です。',
  'priorityError.priority-out-of-range':
    '優先度 {value} は、RFC 8445 §5.1.2.1 の範囲 1〜2147483647（2^31 − 1）を外れています。',
  'priorityError.type-preference-out-of-range': 'タイプ優先度 {value} は 0〜126 の整数でなければなりません。',
  'priorityError.local-preference-out-of-range': 'ローカル優先度 {value} は 0〜65535 の整数でなければなりません。',
  'priorityError.component-out-of-range': 'コンポーネント ID {value} は 1〜256 の整数でなければなりません。',
  'typePreference.recommended': 'タイプ優先度 {value} は、RFC 8445 §5.1.2.2 が {type} 候補に推奨する値です。',
  'typePreference.not-recommended':
    'タイプ優先度 {value} は、RFC 8445 §5.1.2.2 が {type} 候補に推奨する {recommended} と異なります。値はエージェントが独自に決めてよく、実際にブラウザーもそうしています。',
  'typePreference.libwebrtc.host': '126：libwebrtc が UDP のホスト候補に付ける値です。',
  'typePreference.libwebrtc.host-tcp':
    '90：libwebrtc が TCP のホスト候補に付ける値です。リレー以外のどの UDP 候補よりも低くし、UDP を先に試すようにしています。',
  'typePreference.libwebrtc.srflx': '100：libwebrtc がサーバーリフレクシブ候補に付ける値です。',
  'typePreference.libwebrtc.prflx': '110：libwebrtc が UDP のピアリフレクシブ候補に付ける値です。',
  'typePreference.libwebrtc.prflx-tcp': '80：libwebrtc が TCP のピアリフレクシブ候補に付ける値です。',
  'typePreference.libwebrtc.relay-tls':
    '0：libwebrtc（Chrome、Edge、Safari）では TLS（turns:）で接続したリレーを表し、最後の手段です。',
  'typePreference.libwebrtc.relay-tcp': '1：libwebrtc では TCP（turn:…?transport=tcp）で接続したリレーを表します。',
  'typePreference.libwebrtc.relay-udp-or-dtls':
    '2：多くの libwebrtc のバージョンでは UDP で接続したリレーを表します。新しいバージョンでは 2 が DTLS、3 が UDP です。',
  'typePreference.libwebrtc.relay-udp': '3：新しい libwebrtc では UDP で接続したリレーを表します。',

  'urlError.not-a-string': 'URL は stun:stun.example.org のような文字列で指定してください。',
  'urlError.empty-url':
    'URL が空です。stun:stun.example.org や turn:turn.example.org:3478?transport=udp のように書いてください。',
  'urlError.url-too-long':
    'URL が {length} 文字あります。ICE サーバーの URL はスキーム、最長 253 文字のホスト名、ポート、?transport= だけから成るため、{max} 文字を超えるものは受け付けません。turn:turn.example.org:3478?transport=udp のように URL だけを貼り付けてください。',
  'urlError.url-whitespace': 'URL の位置 {position} に空白があります。取り除いて {suggestion} としてください。',
  'urlError.missing-scheme': '「{url}」に stun: や turn: のスキームがありません。{suggestion} と書いてください。',
  'urlError.web-url-scheme':
    '{scheme}: は Web 用のスキームで、ICE サーバーの URL ではありません。スキームを外して {suggestion}（TURN サーバーなら turn:）と書いてください。',
  'urlError.unknown-scheme':
    '{scheme}: は未知のスキームです。ICE サーバーの URL は stun:、stuns:、turn:、turns: のいずれかで始まります。',
  'urlError.double-slash': 'ICE サーバーの URL ではスキームの後に // を書きません。{suggestion} としてください。',
  'urlError.userinfo-in-url':
    '認証情報は URL に含めません。「{token}@」を取り除き、RTCIceServer の username と credential に設定してください。',
  'urlError.unexpected-path': 'ICE サーバーの URL にパスはありません。「{token}」を取り除き、{suggestion} としてください。',
  'urlError.missing-host': '{scheme}: の後にホストがありません。サーバーの名前かアドレスを書いてください。',
  'urlError.bad-host': '「{token}」は有効なホスト名でも IPv4 アドレスでもありません。打ち間違いがないか確認してください。',
  'urlError.bad-ipv6': '角括弧内の「{token}」は有効な IPv6 アドレスではありません。',
  'urlError.unbracketed-ipv6':
    'IPv6 アドレスはポートと区別できるよう角括弧で囲みます。{suggestion} と書いてください。',
  'urlError.bad-port':
    'ポート「{token}」が数値ではありません。1〜65535 のポートを書くか、省略して既定の {defaultPort} を使ってください。',
  'urlError.port-out-of-range':
    'ポート {token} は 1〜65535 の範囲外です。省略すれば既定の {defaultPort} が使われます。',
  'urlError.transport-on-stun':
    '?transport= は turn: と turns: の URL にだけ定義されており（RFC 7065）、ブラウザーは {scheme}: に付けると拒否します。{suggestion} と書いてください。',
  'urlError.unknown-query-parameter':
    'クエリパラメーター「{token}」は未知のものです。定義されているのは、turn: と turns: の URL に付ける ?transport=udp または ?transport=tcp だけです。',
  'urlError.bad-transport':
    'トランスポート「{token}」は udp でも tcp でもありません。TLS 上の TURN には、turns: の URL に ?transport=tcp を付けて指定します。',

  'iceServerError.not-an-object':
    "ICE サーバーの項目は { urls: 'stun:stun.example.org' } のようなオブジェクトで指定してください。",
  'iceServerError.missing-urls': '項目に urls がありません。URL の文字列かその配列を加えてください。',
  'iceServerError.empty-urls':
    'urls が空の配列です。stun:、stuns:、turn:、turns: のいずれかの URL を 1 つ以上加えてください。',
  'iceServerError.url-not-a-string': 'urls の {index} 番目が文字列ではありません。URL はそれぞれ文字列で書いてください。',
  'iceServerError.bad-username': 'username は文字列で指定してください。',
  'iceServerError.bad-credential': 'credential は文字列で指定してください。',
  'iceServerError.username-too-long':
    'ユーザー名が {length} バイトあります。TURN のユーザー名は 509 バイト未満でなければなりません（RFC 8489 §14.3）。',
  'iceServerError.turn-needs-credentials':
    '{url} は TURN の URL なので、項目に username と credential の両方が必要です。どちらかが欠けていると、ブラウザーは InvalidAccessError を投げます。',

  'serverVerdict.stun.works':
    '{url} は正常です。こちらがどのアドレスから来たように見えたか（途中に NAT があれば変換後のアドレス）を応答し、ブラウザーがそれをサーバーリフレクシブ候補にしました。',
  'serverVerdict.turn.works':
    '{url} は正常です。リレートランスポートアドレスを取得できたので、直接の経路が失敗しても中継で通話できます。',
  'serverVerdict.stun.unreachable':
    '{url} に到達できませんでした（エラー 701）。ホスト名とポート、このネットワークがそこへの UDP 送信を遮断していないかを確認してください。',
  'serverVerdict.turn.unreachable':
    '{url} に到達できませんでした（エラー 701）。ホスト名とポート、ネットワークによる遮断を確認してください。制限の厳しいネットワーク向けには、443 番ポートで TCP または TLS の TURN を用意してください。',
  'serverVerdict.stun.no-response':
    '収集が終わるまでに、{url} からはサーバーリフレクシブ候補もエラーも届きませんでした。サーバーが一度も応答しなかったと考えられます。ホスト、ポート、途中のファイアウォールを確認してください。',
  'serverVerdict.stun.no-response.hosts-shown':
    '{url} からはサーバーリフレクシブ候補もエラーも届きませんでした。サーバーが応答しなかったか、上に並んだホストアドレスのどれかからこちらが来たように見えた（途中に NAT がない）かのどちらかです。ホストアドレスを見せている間、libwebrtc はそれと同じ srflx を重複として捨てます。TURN を設定していれば、リレー候補の raddr に TURN サーバーから見えたアドレスが出ます。',
  'serverVerdict.stun.no-response.several':
    '{url} からはサーバーリフレクシブ候補もエラーも届きませんでした。サーバーが応答しなかったか、一覧のほかの STUN サーバーと同じアドレスが見えたかのどちらかです。libwebrtc は同じアドレスの srflx を 1 つしか残さないため、2 台目のサーバーからは何も増えません。',
  'serverVerdict.stun.no-response.hosts-shown-several':
    '{url} からはサーバーリフレクシブ候補もエラーも届きませんでした。サーバーが応答しなかったか、ブラウザーが応答を捨てたかのどちらかです。libwebrtc は同じアドレスの srflx を 1 つしか残さず（同じアドレスが見える 2 台目の STUN サーバーからは何も増えません）、ホストアドレスを見せている間はそれと同じ srflx（途中に NAT がない場合）も捨てます。',
  'serverVerdict.turn.no-response':
    '収集が終わるまでに、{url} からはリレー候補もエラーも届きませんでした。サーバーが一度も応答しなかったと考えられます。ポート、トランスポート、途中のファイアウォールを確認してください。',
  'serverVerdict.auth-failed':
    '{url} がユーザー名または credential を拒否しました（401）。値を確認し、有効期限付きの認証情報なら期限が切れていないか確かめてください。',
  'serverVerdict.forbidden':
    '{url} がポリシーによりアロケーションを拒否しました（403）。TURN サーバーのアクセス規則を確認してください。',
  'serverVerdict.allocation-quota':
    '{url} によると、このユーザー名はすでに上限までアロケーションを持っています（486）。使っていない接続を閉じるか、上限を引き上げてください。',
  'serverVerdict.insufficient-capacity':
    '{url} にはリレーの空きがありません（508）。リレー用のポート範囲を広げるか、サーバーを増やしてください。',
  'serverVerdict.allocation-mismatch':
    '{url} がアロケーションの不一致を返しました（437）。ICE をリスタートし、1 つのクライアントを複数のサーバーに振り分けるロードバランサーがないか確認してください。',
  'serverVerdict.stale-nonce':
    '{url} が nonce を期限切れとして拒否し続けました（438）。サーバーの nonce の有効期間と時刻を確認してください。',
  'serverVerdict.unsupported-transport':
    '{url} は、ブラウザーが要求したリレー用のトランスポートに対応していません（442）。サーバーで UDP のリレーを有効にしてください。',
  'serverVerdict.try-alternate':
    '{url} が別のサーバーへ誘導しましたが（300）、候補は得られませんでした。誘導先のサーバーを直接設定してください。',
  'serverVerdict.server-error':
    '{url} がエラー {errorCodes} を返しました。対処は下のエラーの解説を参照してください。',
  'serverVerdict.not-used':
    '{url} は使われませんでした。iceTransportPolicy が "relay" のとき、ブラウザーはリレー候補だけを収集し、STUN サーバーには問い合わせません。',
  'serverVerdict.pending': '{url}：まだ応答がありません。収集は続いています。',
  'serverVerdict.indeterminate':
    '{url}：期待するタイプの候補は届きましたが、ブラウザーがどのサーバーから得たかを示さず、該当しうるサーバーが複数あります。',
  'serverVerdict.invalid-url':
    '{url} は ICE サーバーの URL として正しくないため、ブラウザーは設定全体を拒否します。URL のエラーを確認してください。',
  'serverVerdict.missing-credentials':
    '{url} には username と credential がないため、ブラウザーは InvalidAccessError で設定を拒否します。',

  'reading.nothing-gathered':
    '候補が 1 つも収集されませんでした。拡張機能や企業ポリシーで WebRTC が禁止されていないか、端末がネットワークにつながっていてデフォルトルートがあるかを確認してください。このプロジェクトの NAT ラボでは、デフォルトルートのないマシン上の Chromium はホスト候補を 1 つも収集しませんでした。',
  'reading.gathering-in-progress': '収集中です。候補は届きしだい表示されます。',
  'reading.relay-only-policy-no-relay':
    'iceTransportPolicy が "relay" なのにリレー候補が届かなかったため、接続は成立しません。TURN サーバーを直す（判定を参照）か、ほかの候補も許可してください。',
  'reading.relay-ok':
    'リレー候補が届きました。双方のネットワークが直接の経路を遮断していても、TURN サーバー経由で通話できます。',
  'reading.srflx-ok':
    'サーバーリフレクシブ候補が届いたので、STUN サーバーは応答しています。{address} は、こちらがどのアドレスから来たように STUN サーバーから見えたか（途中に NAT があれば変換後のアドレス）を示します。インターネットではパブリックアドレス、閉域網では途中のルーターやセグメントのプライベートアドレスであることがよくあります。{address} に到達できる相手とは直接の経路を試せます。ただし、対称型 NAT や厳しいファイアウォールの内側ではこの経路も失敗することがあり、そのために TURN があります。',
  'reading.host-only':
    'ホスト候補しかありません。相手がこれらのアドレスに直接到達できる場合、つまり同じ LAN にいるか、アドレス変換なしでこのセグメントへルーティングされる場合にしかつながりません。NAT を越えるなら、双方が到達できる STUN サーバーか TURN サーバーを設定してください。',
  'reading.mdns-only':
    'mDNS（.local）のホスト候補しかありません。同じリンク上の相手はマルチキャスト DNS で名前を解決できることがありますが、マルチキャスト DNS はルーターを越えないため、ほかのセグメントの相手は、本来のアドレスへルーティングできる場合でもこれらを使えません。双方が到達できる STUN サーバーか TURN サーバーを設定するか、下の「実際のローカルアドレスを表示」を参照してください。',
  'reading.srflx-equals-host':
    'サーバーリフレクシブアドレス {address} が、このマシン自身のアドレスと同じです。このマシンと STUN サーバーの間に NAT はありません。両者が同じセグメントにある場合やパブリックアドレスを持つ場合には普通のことで、ここでの結果からは、ほかの場所（たとえば顧客）の NAT の内側で通話がどう振る舞うかはわかりません。',
  'reading.srflx-translated':
    '{address} はこのマシンのどのホストアドレスとも異なります。つまり、このマシンと STUN サーバーの間でアドレス変換（NAT）が行われており、NAT の内側から STUN が機能した証拠になります。raddr {raddr} が変換前のローカルアドレスです。',
  'reading.srflx-translated-raddr-hidden':
    '{address} はこのマシンのどのホストアドレスとも異なります。つまり、このマシンと STUN サーバーの間でアドレス変換（NAT）が行われており、NAT の内側から STUN が機能した証拠になります。どのローカルアドレスが変換されたかは、ブラウザーが隠しています（raddr 0.0.0.0）。',
  'reading.srflx-hosts-hidden':
    'このページでは {address} をこのマシン自身のアドレスと比べられません。Chrome がここではそれを隠しているためで、ホスト候補は .local 名になり、srflx の raddr は 0.0.0.0、ポート 0 になります。これは Chrome のプライバシー上の既定の動作（mDNS による秘匿が有効で、ページがマイクやカメラの許可を持たない）であり、STUN の失敗ではありません。{address} を ip addr（Windows では ipconfig）の出力と比べてください。どれとも一致しなければ、STUN サーバーとの間に NAT があります。または「実際のローカルアドレスを表示」を押すと、このページで比べられます。',
  'reading.no-host':
    'ホスト候補がありません。ほかの候補は収集できたのに、ブラウザーは収集に使えるローカルアドレスを見つけられませんでした。このマシンにはデフォルトルートがないのかもしれません。このプロジェクトの NAT ラボでは、デフォルトルートのないマシン上の Chromium はホスト候補を 1 つも収集しませんでした。ip route（Windows では route print）を確認してください。ホスト候補がなければ、同じセグメントの相手とも直接にはつながりません。',
  'reading.turn-configured-no-relay':
    'TURN サーバーを設定しているのに、リレー候補が届きませんでした。この状態では、直接の経路がある場所（たいていはオフィス）でしか通話できず、中継が必要なネットワークでは失敗します。TURN の判定を確認してください。',
  'reading.gathering-timed-out':
    '{seconds} 秒以内に収集が終わりませんでした。応答しないサーバーがあると、ブラウザーが諦めるまで収集が終わりません。応答のないサーバーを探して修正または削除し、終了を待たずに済むようトリクル ICE を使ってください。',

  'iceError.701.hidden-address':
    '{url} から 701：このマシンのアドレスの 1 つからサーバーに到達できませんでした（どのアドレスかはブラウザーが隠し、0.0.0.x と書いています）。DNS の名前解決に失敗したか、応答がありませんでした。致命的でないことも多く、別のインターフェースやアドレスファミリー（IPv6 は失敗したが IPv4 は成功した、など）で同じサーバーから候補が得られていれば無視してかまいません。どこからも得られていなければ、ホスト名、ポート、ネットワークによる UDP の遮断を確認してください。',
  'iceError.701':
    '{url} から 701：{address} からサーバーに到達できませんでした。DNS の名前解決に失敗したか、応答がありませんでした。致命的でないことも多く、別のインターフェースやアドレスファミリー（IPv6 は失敗したが IPv4 は成功した、など）で同じサーバーから候補が得られていれば無視してかまいません。どこからも得られていなければ、ホスト名、ポート、ネットワークによる UDP の遮断を確認してください。',
  'iceError.401':
    '{url} から 401 Unauthenticated：TURN サーバーがユーザー名または credential を拒否しました。両方を確認し、有効期限付き（「timestamp:user」形式のユーザー名など）であれば、発行から時間がたっていないか、時刻がずれていないかを確かめてください。',
  'iceError.401.other-phrase':
    '{url} から 401 Unauthenticated（サーバー自身の理由フレーズ「{text}」は RFC 5389 での旧名で、RFC 8489 §14.8 では Unauthenticated と呼びます）：TURN サーバーがユーザー名または credential を拒否しました。両方を確認し、有効期限付き（「timestamp:user」形式のユーザー名など）であれば、発行から時間がたっていないか、時刻がずれていないかを確かめてください。',
  'iceError.403':
    '{url} から 403 Forbidden：サーバーは要求を理解したうえで、ポリシーにより拒否しています（このクライアントのアドレスを許可していない、など）。TURN サーバーの許可・拒否の規則を確認してください。',
  'iceError.437':
    '{url} から 437 Allocation Mismatch：アロケーションの有無について、サーバーとブラウザーの認識が食い違っています。応答が失われた後や、ロードバランサーが 1 つのクライアントを複数のサーバーに振り分けたときによく起きます。ICE をリスタートし、繰り返すならクライアントを 1 台のサーバーに固定してください。',
  'iceError.438':
    '{url} から 438 Stale Nonce：nonce が期限切れになり、新しい nonce での再試行も失敗しました。サーバーの nonce の有効期間と時刻を確認してください。',
  'iceError.442':
    '{url} から 442 Unsupported Transport Protocol：TURN サーバーが、ブラウザーの要求したトランスポート（UDP）でのリレーに対応していません。サーバーで UDP のリレーを有効にしてください。',
  'iceError.486':
    '{url} から 486 Allocation Quota Reached：このユーザー名は、サーバーが許す上限までアロケーションを持っています。使っていない RTCPeerConnection を閉じる、セッションごとに認証情報を発行する、上限を引き上げる、のいずれかを検討してください。',
  'iceError.508':
    '{url} から 508 Insufficient Capacity：サーバーにリレー用のポートや処理能力の空きがありません。リレー用のポート範囲を広げる、サーバーを増やす、解放されていないアロケーションがないか調べる、といった対処をしてください。',
  'iceError.300':
    '{url} から 300 Try Alternate：サーバーがブラウザーを別のサーバーへ誘導しましたが、誘導先からは候補が得られませんでした。誘導先のサーバーの URL を直接設定してください。',
  'iceError.other':
    '{url} からエラー {code}：{text}。コードの意味は RFC 8489 §14.8（STUN）または RFC 8656（TURN）で確認してください。',
};

/** The ICE library's text; read it with `translator(lang, iceText)`. */
export const iceText = defineDictionary({ en, ja });

/** Glossary entries of the site that ICE explanations link to. */
export type GlossaryId =
  | 'host-candidate'
  | 'server-reflexive-candidate'
  | 'peer-reflexive-candidate'
  | 'relayed-candidate'
  | 'mdns-candidate'
  | 'foundation'
  | 'component'
  | 'priority'
  | 'candidate-pair'
  | 'trickle-ice'
  | 'stun'
  | 'turn'
  | 'nat';

/**
 * Candidate fields and well-known extensions the inspector explains: every
 * field of the grammar (`CandidateField`, less the `candidate:` prefix and
 * the catch-all for extensions) and the extensions browsers send.
 */
export type ExplainedField = Exclude<CandidateField, 'prefix' | 'extension'> | 'generation' | 'ufrag' | 'networkId' | 'networkCost';

/** What the inspector cites next to an explanation. */
export interface Reference {
  /** The section to cite, e.g. `RFC 8839 §5.1`, or `null` for browser extensions. */
  readonly rfc: string | null;
  readonly glossary: GlossaryId | null;
}

/** Citation and glossary link for each explained field (text: `field.<name>`). */
export const fieldReferences: { readonly [F in ExplainedField]: Reference } = {
  foundation: { rfc: 'RFC 8445 §5.1.1.3', glossary: 'foundation' },
  componentId: { rfc: 'RFC 8445 §5.1.2.1', glossary: 'component' },
  transport: { rfc: 'RFC 8839 §5.1, RFC 6544', glossary: null },
  priority: { rfc: 'RFC 8445 §5.1.2', glossary: 'priority' },
  address: { rfc: 'RFC 8839 §5.1', glossary: null },
  port: { rfc: 'RFC 8839 §5.1', glossary: null },
  type: { rfc: 'RFC 8445 §5.1.1', glossary: null },
  relatedAddress: { rfc: 'RFC 8839 §5.1', glossary: 'nat' },
  relatedPort: { rfc: 'RFC 8839 §5.1', glossary: 'nat' },
  tcpType: { rfc: 'RFC 6544 §4.5', glossary: null },
  generation: { rfc: null, glossary: 'trickle-ice' },
  ufrag: { rfc: 'RFC 8839 §5.4', glossary: 'trickle-ice' },
  networkId: { rfc: null, glossary: null },
  networkCost: { rfc: null, glossary: null },
};

/** Candidate kinds the inspector explains: the four types plus mDNS host candidates. */
export type ExplainedCandidateKind = 'host' | 'srflx' | 'prflx' | 'relay' | 'mdns';

/** Citation and glossary link for each candidate kind (text: `candidateType.<kind>`). */
export const candidateTypeReferences: { readonly [K in ExplainedCandidateKind]: Reference } = {
  host: { rfc: 'RFC 8445 §5.1.1.1', glossary: 'host-candidate' },
  srflx: { rfc: 'RFC 8445 §5.1.1.2', glossary: 'server-reflexive-candidate' },
  prflx: { rfc: 'RFC 8445 §7.2.5.3.1', glossary: 'peer-reflexive-candidate' },
  relay: { rfc: 'RFC 8445 §5.1.1.2, RFC 8656', glossary: 'relayed-candidate' },
  mdns: { rfc: 'draft-ietf-mmusic-mdns-ice-candidates, RFC 8828', glossary: 'mdns-candidate' },
};
