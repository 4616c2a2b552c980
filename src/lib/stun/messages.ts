/**
 * Reader-facing explanations of the STUN explorer, in English and Japanese
 * (the codec's error sentences are in `errorText.ts`):
 *
 * - {@link fieldExplanations}: what each header field, class, method,
 *   attribute, sub-field and error response code is and why it exists,
 *   keyed by the `explanationId` of a byte region (regions.ts), with the RFC
 *   section in {@link fieldReferences};
 * - {@link regionLabels}: the short labels of byte regions.
 */
import type { Lang } from '../../i18n/locales.ts';


/** The RFC section behind each explanation; also the list of explanation ids. */
export const fieldReferences = {
  'header-type': 'RFC 8489 §5',
  'header-length': 'RFC 8489 §5',
  'header-magic-cookie': 'RFC 8489 §5',
  'header-transaction-id': 'RFC 8489 §5',
  'class-request': 'RFC 8489 §5',
  'class-indication': 'RFC 8489 §5',
  'class-success-response': 'RFC 8489 §5',
  'class-error-response': 'RFC 8489 §5',
  'method-binding': 'RFC 8489 §5',
  'method-allocate': 'RFC 8656 §7',
  'method-refresh': 'RFC 8656 §8',
  'method-send': 'RFC 8656 §11',
  'method-data': 'RFC 8656 §11',
  'method-create-permission': 'RFC 8656 §10',
  'method-channel-bind': 'RFC 8656 §12',
  'attribute-type': 'RFC 8489 §14',
  'attribute-length': 'RFC 8489 §14',
  'attribute-value': 'RFC 8489 §14',
  'attribute-padding': 'RFC 8489 §14',
  'attr-mapped-address': 'RFC 8489 §14.1',
  'attr-xor-mapped-address': 'RFC 8489 §14.2',
  'attr-username': 'RFC 8489 §14.3',
  'attr-message-integrity': 'RFC 8489 §14.5',
  'attr-message-integrity-sha256': 'RFC 8489 §14.6',
  'attr-fingerprint': 'RFC 8489 §14.7',
  'attr-error-code': 'RFC 8489 §14.8',
  'attr-realm': 'RFC 8489 §14.9',
  'attr-nonce': 'RFC 8489 §14.10',
  'attr-unknown-attributes': 'RFC 8489 §14.13',
  'attr-software': 'RFC 8489 §14.14',
  'attr-alternate-server': 'RFC 8489 §14.15',
  'attr-priority': 'RFC 8445 §16.1',
  'attr-use-candidate': 'RFC 8445 §16.1',
  'attr-ice-controlled': 'RFC 8445 §16.1',
  'attr-ice-controlling': 'RFC 8445 §16.1',
  'attr-channel-number': 'RFC 8656 §18.1',
  'attr-lifetime': 'RFC 8656 §18.2',
  'attr-xor-peer-address': 'RFC 8656 §18.3',
  'attr-data': 'RFC 8656 §18.4',
  'attr-xor-relayed-address': 'RFC 8656 §18.5',
  'attr-requested-transport': 'RFC 8656 §18.8',
  'attr-dont-fragment': 'RFC 8656 §18.9',
  'attr-unknown-required': 'RFC 8489 §14',
  'attr-unknown-optional': 'RFC 8489 §14',
  'address-reserved': 'RFC 8489 §14.1',
  'address-family': 'RFC 8489 §14.1',
  'address-port': 'RFC 8489 §14.1',
  'address-ip': 'RFC 8489 §14.1',
  'xor-port': 'RFC 8489 §14.2',
  'xor-ip': 'RFC 8489 §14.2',
  'error-code-reserved': 'RFC 8489 §14.8',
  'error-code-class': 'RFC 8489 §14.8',
  'error-code-number': 'RFC 8489 §14.8',
  'error-code-reason': 'RFC 8489 §14.8',
  'unknown-attributes-entry': 'RFC 8489 §14.13',
  rffu: 'RFC 8656 §18',
  'channel-data-channel-number': 'RFC 8656 §12.4',
  'channel-data-length': 'RFC 8656 §12.4',
  'channel-data-data': 'RFC 8656 §12.4',
  'channel-data-padding': 'RFC 8656 §12.5',
  'error-300': 'RFC 8489 §14.8',
  'error-400': 'RFC 8489 §14.8',
  'error-401': 'RFC 8489 §14.8',
  'error-403': 'RFC 8656 §19',
  'error-420': 'RFC 8489 §14.8',
  'error-437': 'RFC 8656 §19',
  'error-438': 'RFC 8489 §14.8',
  'error-440': 'RFC 8656 §19',
  'error-441': 'RFC 8656 §19',
  'error-442': 'RFC 8656 §19',
  'error-443': 'RFC 8656 §19',
  'error-486': 'RFC 8656 §19',
  'error-487': 'RFC 8445 §16.2',
  'error-500': 'RFC 8489 §14.8',
  'error-508': 'RFC 8656 §19',
} as const;

/** Id of an explanation: header field, class, method, attribute, sub-field or error response code. */
export type FieldExplanationId = keyof typeof fieldReferences;

/**
 * Whether a string is an explanation id, e.g. one read from a URL.
 *
 * @param id - any string
 * @returns true when {@link explainField} has an entry for it
 */
export function isFieldExplanationId(id: string): id is FieldExplanationId {
  return Object.hasOwn(fieldReferences, id);
}

/** What a field is and why it exists, in one language. */
export interface FieldExplanation {
  /** Short name, e.g. "Magic cookie" / "マジッククッキー". */
  readonly title: string;
  /** What it is. */
  readonly what: string;
  /** Why it exists (for error codes: when it is sent and what the client does). */
  readonly why: string;
}

/** Explanations of every field, class, method, attribute and error response code. */
export const fieldExplanations = {
  en: {
    'header-type': {
      title: 'Message type',
      what: 'Sixteen bits: two leading zero bits, then the 12-bit method and the 2-bit class interleaved, with class bit C1 at bit 8 and C0 at bit 4.',
      why: 'The class tells a request from an indication, a success response or an error response; the method says what is asked, such as Binding or Allocate. The interleaving keeps the type values of RFC 3489, and the two zero bits let STUN share a port with RTP, DTLS and TURN ChannelData.',
    },
    'header-length': {
      title: 'Message length',
      what: 'The number of bytes after the 20-byte header: all attributes with their padding. It is always a multiple of 4.',
      why: 'A receiver learns where the message ends (over TCP, where messages follow each other), and a length whose last two bits are not zero is a quick sign that the bytes are not STUN.',
    },
    'header-magic-cookie': {
      title: 'Magic cookie',
      what: 'The fixed value 0x2112A442.',
      why: 'It marks a message of RFC 5389 or RFC 8489, tells it apart from RFC 3489 STUN and from other protocols on the same port, and is the XOR key of XOR-MAPPED-ADDRESS.',
    },
    'header-transaction-id': {
      title: 'Transaction ID',
      what: '96 bits chosen at random by the sender of a request and copied into the response.',
      why: 'It pairs each response with its request, even across retransmissions; being unpredictable, it makes forging a response hard for an attacker who cannot see the request. For IPv6 it is also part of the XOR key.',
    },
    'class-request': {
      title: 'Request',
      what: 'Asks the receiver to do something; the receiver answers with a success or an error response carrying the same transaction ID.',
      why: 'Over UDP a client retransmits a request until a response arrives, which is how STUN copes with lost packets.',
    },
    'class-indication': {
      title: 'Indication',
      what: 'A message that gets no response.',
      why: 'Used where a reply would be wasted: TURN Send and Data indications carry application data, and ICE agents send Binding indications as keepalives.',
    },
    'class-success-response': {
      title: 'Success response',
      what: 'Answers a request that was carried out, with the same method and transaction ID.',
      why: 'It carries the result: for Binding, the address the server saw (XOR-MAPPED-ADDRESS); for Allocate, the relayed address.',
    },
    'class-error-response': {
      title: 'Error response',
      what: 'Answers a request that failed, with an ERROR-CODE attribute saying why.',
      why: 'Some errors are part of the normal flow: a TURN server answers the first Allocate with 401 to hand the client a realm and nonce.',
    },
    'method-binding': {
      title: 'Binding',
      what: 'Asks the server which source address and port the request came from; the answer is XOR-MAPPED-ADDRESS.',
      why: 'This is how a host behind a NAT learns its public (server-reflexive) address. ICE sends the same request between peers as its connectivity check and keepalive.',
    },
    'method-allocate': {
      title: 'Allocate',
      what: 'Asks a TURN server for a relayed transport address on the server.',
      why: 'When no direct path between the peers works, both can still reach a relay on the public Internet.',
    },
    'method-refresh': {
      title: 'Refresh',
      what: 'Extends the lifetime of an allocation, or deletes it when LIFETIME is 0.',
      why: 'Allocations expire unless refreshed, so a server does not keep relays for clients that have gone away.',
    },
    'method-send': {
      title: 'Send',
      what: 'An indication from client to TURN server carrying data (DATA) and the peer to relay it to (XOR-PEER-ADDRESS).',
      why: 'It relays data without binding a channel first, at the cost of 36 or more bytes of overhead per packet.',
    },
    'method-data': {
      title: 'Data',
      what: "An indication from TURN server to client carrying data a peer sent to the relayed address, and that peer's address.",
      why: 'It is the return path of Send; a bound channel replaces both with ChannelData.',
    },
    'method-create-permission': {
      title: 'CreatePermission',
      what: 'Installs or refreshes permissions for peer IP addresses; a permission lasts five minutes.',
      why: "A TURN server relays packets from a peer only if the client has a permission for the peer's IP address, so the relay does not become an open door into the client.",
    },
    'method-channel-bind': {
      title: 'ChannelBind',
      what: 'Binds a channel number (0x4000–0x4FFF) to a peer address; a binding lasts ten minutes.',
      why: 'After binding, data to and from that peer travels in ChannelData messages with a 4-byte header instead of Send and Data indications.',
    },
    'attribute-type': {
      title: 'Attribute type',
      what: 'Sixteen bits naming the attribute. Types 0x0000–0x7FFF are comprehension-required, 0x8000–0xFFFF comprehension-optional.',
      why: 'The split lets a receiver skip optional attributes it does not know while refusing a message whose required meaning it cannot understand.',
    },
    'attribute-length': {
      title: 'Attribute length',
      what: 'The length of the value in bytes, not counting the padding that follows it.',
      why: 'It lets a receiver step over an attribute, including one it does not understand.',
    },
    'attribute-value': {
      title: 'Attribute value',
      what: "The attribute's content; its layout depends on the attribute type.",
      why: 'Attributes carry everything a message says beyond its type and transaction ID.',
    },
    'attribute-padding': {
      title: 'Padding',
      what: 'One to three bytes after a value whose length is not a multiple of 4. Senders send zeros; receivers ignore whatever is there.',
      why: 'It keeps every attribute on a 32-bit boundary. The attribute length does not count it, but the message length does.',
    },
    'attr-mapped-address': {
      title: 'MAPPED-ADDRESS',
      what: 'The reflexive transport address in the clear: a reserved byte, the family, the port and the IP address.',
      why: 'It comes from RFC 3489 and is kept only for old clients. Some NATs rewrote any bytes in a packet that looked like their public address, corrupting it, which is why XOR-MAPPED-ADDRESS replaced it.',
    },
    'attr-xor-mapped-address': {
      title: 'XOR-MAPPED-ADDRESS',
      what: 'The source address and port the server saw, obfuscated with XOR: the port with the top 16 bits of the magic cookie, an IPv4 address with the cookie, an IPv6 address with the cookie followed by the transaction ID.',
      why: 'Some NATs and application-level gateways (ALGs) search packet payloads for their own public address and "fix" it. XOR hides the address from them so that it arrives unchanged.',
    },
    'attr-username': {
      title: 'USERNAME',
      what: 'Names the credentials: in ICE "remote ufrag:local ufrag", in TURN the account name. UTF-8, fewer than 509 bytes.',
      why: 'It tells the receiver which password to use to check MESSAGE-INTEGRITY.',
    },
    'attr-message-integrity': {
      title: 'MESSAGE-INTEGRITY',
      what: 'A 20-byte HMAC-SHA1 over the message up to this attribute, computed with the header length set as if this attribute were the last.',
      why: 'It proves that the sender knows the password and that nothing before it was changed. The length rule lets FINGERPRINT be added after it without changing it.',
    },
    'attr-message-integrity-sha256': {
      title: 'MESSAGE-INTEGRITY-SHA256',
      what: 'An HMAC-SHA256 over the same bytes as MESSAGE-INTEGRITY, 16 to 32 bytes long.',
      why: 'RFC 8489 added it as SHA-1 ages; it may follow MESSAGE-INTEGRITY so that old and new agents can both check the message.',
    },
    'attr-fingerprint': {
      title: 'FINGERPRINT',
      what: 'The CRC-32 of the message up to this attribute, XORed with 0x5354554E ("STUN" in ASCII). It must be the last attribute.',
      why: 'It lets a receiver tell STUN from other protocols sharing the same port with high confidence. The XOR keeps it from matching an application packet that itself ends with a CRC-32.',
    },
    'attr-error-code': {
      title: 'ERROR-CODE',
      what: 'A number from 300 to 699, split into a class (the hundreds digit) and a number (the rest), followed by a reason phrase.',
      why: 'It tells the client what went wrong and what to do next: 401 means "try again with credentials", 438 "use the fresh nonce".',
    },
    'attr-realm': {
      title: 'REALM',
      what: "The name of the server's credential domain, such as a host name. It appears in a 401 response and in every long-term-authenticated request.",
      why: 'It tells the client which username and password to use, and it is part of the long-term key MD5(username:realm:password).',
    },
    'attr-nonce': {
      title: 'NONCE',
      what: 'An opaque string chosen by the server, sent in 401 and 438 responses and repeated in later requests.',
      why: 'It lets the server limit how long one set of credentials can be reused, and makes replaying a captured request useless once the nonce expires.',
    },
    'attr-software': {
      title: 'SOFTWARE',
      what: 'The name and version of the software that sent the message, as UTF-8 text.',
      why: 'Diagnostics only: it helps to read a capture, and it changes nothing in how the message is processed.',
    },
    'attr-unknown-attributes': {
      title: 'UNKNOWN-ATTRIBUTES',
      what: 'In a 420 error response: the list of comprehension-required attribute types the server did not understand.',
      why: 'The client learns exactly which attributes to leave out when it retries.',
    },
    'attr-alternate-server': {
      title: 'ALTERNATE-SERVER',
      what: "Another server's address and port, in the same layout as MAPPED-ADDRESS (not XORed), sent with error 300 Try Alternate.",
      why: 'It lets a busy server redirect clients to another one.',
    },
    'attr-priority': {
      title: 'PRIORITY',
      what: 'A 32-bit priority: the one the sender would give a peer-reflexive candidate learned from this check.',
      why: 'If the check reveals an address the receiver has not seen, it creates a peer-reflexive candidate with exactly this priority, so both agents order their candidate pairs the same way.',
    },
    'attr-use-candidate': {
      title: 'USE-CANDIDATE',
      what: 'An attribute with no value: its presence is the message. Only the controlling agent sends it.',
      why: 'It nominates the candidate pair being checked: once the check succeeds, ICE uses this pair for media.',
    },
    'attr-ice-controlled': {
      title: 'ICE-CONTROLLED',
      what: 'A 64-bit random tie-breaker; its presence says the sender thinks it is the controlled agent.',
      why: 'It detects role conflicts: if both agents claim the same role, the tie-breakers decide who switches, or the receiver answers 487 Role Conflict.',
    },
    'attr-ice-controlling': {
      title: 'ICE-CONTROLLING',
      what: 'A 64-bit random tie-breaker; its presence says the sender thinks it is the controlling agent.',
      why: 'It detects role conflicts: if both agents claim the same role, the tie-breakers decide who switches, or the receiver answers 487 Role Conflict.',
    },
    'attr-channel-number': {
      title: 'CHANNEL-NUMBER',
      what: 'A channel number from 0x4000 to 0x4FFF, followed by 16 bits reserved for future use.',
      why: 'In a ChannelBind request it names the channel that will stand for the peer address in ChannelData messages.',
    },
    'attr-lifetime': {
      title: 'LIFETIME',
      what: 'Seconds until an allocation expires; the default is 600 (ten minutes).',
      why: 'The client asks for a lifetime and the server answers with the one it granted. A Refresh with LIFETIME 0 deletes the allocation.',
    },
    'attr-xor-peer-address': {
      title: 'XOR-PEER-ADDRESS',
      what: "A peer's address and port as the TURN server sees them, XORed like XOR-MAPPED-ADDRESS.",
      why: 'It names the peer in CreatePermission, ChannelBind, Send and Data, and is XORed for the same reason: NATs and ALGs that rewrite addresses they find in payloads.',
    },
    'attr-data': {
      title: 'DATA',
      what: 'Application data: in a Send indication the bytes to relay to the peer, in a Data indication the bytes a peer sent.',
      why: 'It carries the payload while no channel is bound.',
    },
    'attr-xor-relayed-address': {
      title: 'XOR-RELAYED-ADDRESS',
      what: 'The relayed transport address the TURN server allocated for the client, XORed like XOR-MAPPED-ADDRESS.',
      why: 'The client offers it to its peer as a relay candidate; whatever the peer sends there reaches the client through the server.',
    },
    'attr-requested-transport': {
      title: 'REQUESTED-TRANSPORT',
      what: 'The IP protocol number of the transport between the TURN server and the peers: 17 for UDP (6 for TCP, RFC 6062), followed by three reserved bytes.',
      why: 'Every Allocate request must say which transport the relayed address uses.',
    },
    'attr-dont-fragment': {
      title: 'DONT-FRAGMENT',
      what: "An attribute with no value; it asks the TURN server to set the Don't Fragment bit on packets it relays to the peer.",
      why: 'It lets the client discover the path MTU through the relay.',
    },
    'attr-unknown-required': {
      title: 'Unknown attribute (comprehension-required)',
      what: 'An attribute type this explorer does not know, in the range 0x0000–0x7FFF.',
      why: 'A receiver that does not understand such an attribute must reject a request with 420 Unknown Attribute rather than guess what it means.',
    },
    'attr-unknown-optional': {
      title: 'Unknown attribute (comprehension-optional)',
      what: 'An attribute type this explorer does not know, in the range 0x8000–0xFFFF.',
      why: 'A receiver that does not understand it simply skips it. Browsers add such vendor attributes; Chrome, for example, sends GOOG-NETWORK-INFO (0xC057) in ICE checks.',
    },
    'address-reserved': {
      title: 'Reserved byte',
      what: 'The first byte of an address value, sent as 0 and ignored by receivers.',
      why: 'It keeps the family, port and address in the 4-byte layout that RFC 3489 defined.',
    },
    'address-family': {
      title: 'Address family',
      what: '0x01 for IPv4 (a 4-byte address follows) or 0x02 for IPv6 (16 bytes).',
      why: 'It tells the receiver how long the address is and how to read it.',
    },
    'address-port': {
      title: 'Port',
      what: 'The port number in network byte order, not XORed.',
      why: 'Together with the IP address it forms the transport address.',
    },
    'address-ip': {
      title: 'IP address',
      what: 'The IP address in network byte order, not XORed.',
      why: 'Together with the port it forms the transport address.',
    },
    'xor-port': {
      title: 'X-Port',
      what: 'The port XORed with 0x2112, the top 16 bits of the magic cookie. XOR it again to get the real port.',
      why: 'A NAT or ALG that searches payloads for its public port does not find it.',
    },
    'xor-ip': {
      title: 'X-Address',
      what: 'The address XORed with the magic cookie (IPv4) or with the cookie followed by the 12-byte transaction ID (IPv6). XOR it again with the same key to get the real address.',
      why: 'A NAT or ALG that searches payloads for its public address does not find it; for IPv6 the transaction ID makes the key as long as the address.',
    },
    'error-code-reserved': {
      title: 'Reserved bits',
      what: 'The first 21 bits of the value: the first two bytes and the top five bits of the third, all zero.',
      why: 'They align the class and number to the end of the first word.',
    },
    'error-code-class': {
      title: 'Error class',
      what: 'The hundreds digit of the error code, 3 to 6, in the low three bits of this byte.',
      why: 'With the number it gives the code: class 4, number 1 is 401.',
    },
    'error-code-number': {
      title: 'Error number',
      what: 'The error code modulo 100, from 0 to 99.',
      why: 'Storing the hundreds digit apart keeps the code readable in a hex dump: 04 01 is 401.',
    },
    'error-code-reason': {
      title: 'Reason phrase',
      what: 'A short UTF-8 text for people, such as "Unauthorized".',
      why: 'Software acts on the number; the phrase is for logs and captures.',
    },
    'unknown-attributes-entry': {
      title: 'Unknown attribute type',
      what: 'One 16-bit attribute type that the server did not understand.',
      why: 'The client leaves this attribute out when it retries.',
    },
    rffu: {
      title: 'RFFU',
      what: 'Reserved For Future Use: sent as zeros and ignored by receivers.',
      why: 'It keeps the value a multiple of 4 bytes and leaves room for later extensions.',
    },
    'channel-data-channel-number': {
      title: 'Channel number',
      what: 'A channel number from 0x4000 to 0x4FFF. Its top two bits, 01, tell ChannelData from STUN (00) on the same port.',
      why: 'It stands for the peer address bound with ChannelBind, so that four bytes of header replace a whole Send or Data indication.',
    },
    'channel-data-length': {
      title: 'Length',
      what: 'The number of application data bytes that follow, not counting padding.',
      why: 'It tells the receiver where the data ends, which matters over TCP.',
    },
    'channel-data-data': {
      title: 'Application data',
      what: 'The bytes the peer sent or will receive, such as an ICE check, a DTLS record or an SRTP packet.',
      why: 'Relaying this data is the whole point of TURN.',
    },
    'channel-data-padding': {
      title: 'Padding',
      what: 'Zero to three bytes that round the message up to a multiple of 4; the length field does not count them.',
      why: 'Padding is required over TCP, so that messages stay aligned in the stream, and optional over UDP.',
    },
    'error-300': {
      title: '300 Try Alternate',
      what: 'The client should send its request to the server named in ALTERNATE-SERVER.',
      why: 'Used to redirect clients; it must be protected with MESSAGE-INTEGRITY so that an attacker cannot redirect them.',
    },
    'error-400': {
      title: '400 Bad Request',
      what: 'The request was malformed.',
      why: 'Retrying the same request will fail again; the client must change it.',
    },
    'error-401': {
      title: '401 Unauthenticated',
      what: 'The request had no credentials, or wrong ones. RFC 5389 called it "Unauthorized".',
      why: 'A TURN server answers the first Allocate this way on purpose, with REALM and NONCE; the client retries with USERNAME, REALM, NONCE and MESSAGE-INTEGRITY.',
    },
    'error-403': {
      title: '403 Forbidden',
      what: 'The request was valid but the server refuses it, for example for a peer address it will not relay to.',
      why: "Retrying will not help; the server's policy forbids it.",
    },
    'error-420': {
      title: '420 Unknown Attribute',
      what: 'The server did not understand a comprehension-required attribute; UNKNOWN-ATTRIBUTES lists them.',
      why: 'The client can retry without those attributes.',
    },
    'error-437': {
      title: '437 Allocation Mismatch',
      what: 'An Allocate arrived for a 5-tuple that already has an allocation, or another TURN request arrived for one that has none.',
      why: 'It usually means the client reused a local port or its allocation already expired.',
    },
    'error-438': {
      title: '438 Stale Nonce',
      what: 'The nonce in the request has expired.',
      why: 'The client retries with the new NONCE from this response; the password is not at fault.',
    },
    'error-440': {
      title: '440 Address Family not Supported',
      what: 'The server does not support the address family asked for, for the relayed or the peer address.',
      why: 'The client can retry with the other family.',
    },
    'error-441': {
      title: '441 Wrong Credentials',
      what: 'A request on an existing allocation used different credentials from those that created it.',
      why: 'An allocation belongs to the credentials that made it; others may not refresh or use it.',
    },
    'error-442': {
      title: '442 Unsupported Transport Protocol',
      what: 'The server does not support the transport in REQUESTED-TRANSPORT.',
      why: 'The client can ask for UDP, which every TURN server supports.',
    },
    'error-443': {
      title: '443 Peer Address Family Mismatch',
      what: 'The peer address is of a different family from the relayed address.',
      why: 'An IPv4 relay cannot reach an IPv6 peer, nor the other way round.',
    },
    'error-486': {
      title: '486 Allocation Quota Reached',
      what: 'The user has as many allocations as the server allows.',
      why: 'The client can retry later, after releasing an allocation.',
    },
    'error-487': {
      title: '487 Role Conflict',
      what: 'ICE: both agents claimed the same role (controlling or controlled).',
      why: 'The agent that receives it switches roles and repeats the check.',
    },
    'error-500': {
      title: '500 Server Error',
      what: 'The server had a temporary error.',
      why: 'The client may try again.',
    },
    'error-508': {
      title: '508 Insufficient Capacity',
      what: 'The server cannot make an allocation now, for example because it has no ports or bandwidth left.',
      why: 'The client can try another server or try again later.',
    },
  },
  ja: {
    'header-type': {
      title: 'メッセージタイプ',
      what: '16 ビットのフィールドです。先頭の 2 ビットは常に 0 で、残りの 14 ビットに 12 ビットのメソッドと 2 ビットのクラスが入り組んで並びます（クラスの C1 がビット 8、C0 がビット 4）。',
      why: 'クラスはリクエスト・インディケーション・成功レスポンス・エラーレスポンスの区別を、メソッドは Binding や Allocate など何を頼むのかを表します。ビットが入り組んでいるのは RFC 3489 時代のタイプ値を変えないためで、先頭 2 ビットを 0 にしているのは RTP・DTLS・TURN の ChannelData と同じポートを共有しても STUN を見分けられるようにするためです。',
    },
    'header-length': {
      title: 'メッセージ長',
      what: '20 バイトのヘッダーより後ろのバイト数、つまりパディングを含む全属性の長さです。常に 4 の倍数になります。',
      why: '受信側はこの値でメッセージの終わりを知ります（メッセージが連続して届く TCP では特に重要です）。下位 2 ビットが 0 でなければ STUN ではないと、すぐに判断することもできます。',
    },
    'header-magic-cookie': {
      title: 'マジッククッキー',
      what: '固定値 0x2112A442 です。',
      why: 'RFC 5389 / RFC 8489 の STUN メッセージであることを示し、RFC 3489 の STUN や同じポートを使う他のプロトコルと区別する目印になります。XOR-MAPPED-ADDRESS の XOR キーとしても使われます。',
    },
    'header-transaction-id': {
      title: 'トランザクション ID',
      what: 'リクエストの送信者がランダムに選ぶ 96 ビットの値で、レスポンスにはそのまま写されます。',
      why: '再送があってもレスポンスとリクエストを正しく対応づけるためのものです。推測できない値なので、リクエストを見られない攻撃者がレスポンスを偽造するのは困難です。IPv6 では XOR キーの一部にもなります。',
    },
    'class-request': {
      title: 'リクエスト',
      what: '受信側に処理を依頼するメッセージです。受信側は同じトランザクション ID を付けた成功レスポンスかエラーレスポンスで応えます。',
      why: 'UDP ではレスポンスが届くまでクライアントがリクエストを再送します。STUN はこの仕組みでパケット損失に対処しています。',
    },
    'class-indication': {
      title: 'インディケーション',
      what: 'レスポンスを求めないメッセージです。',
      why: '返事が無駄になる場面で使われます。TURN の Send / Data インディケーションはアプリケーションデータを運び、ICE エージェントは Binding インディケーションをキープアライブとして送ります。',
    },
    'class-success-response': {
      title: '成功レスポンス',
      what: '処理に成功したリクエストへの応答で、メソッドとトランザクション ID はリクエストと同じです。',
      why: '結果を運びます。Binding ならサーバーから見えたアドレス（XOR-MAPPED-ADDRESS）、Allocate ならリレートランスポートアドレスです。',
    },
    'class-error-response': {
      title: 'エラーレスポンス',
      what: '失敗したリクエストへの応答で、理由を示す ERROR-CODE 属性を含みます。',
      why: '通常の流れの一部であるエラーもあります。TURN サーバーは最初の Allocate にわざと 401 を返し、クライアントにレルムとノンスを伝えます。',
    },
    'method-binding': {
      title: 'Binding',
      what: 'リクエストがどの送信元アドレスとポートから届いたかをサーバーに尋ねます。答えは XOR-MAPPED-ADDRESS で返ります。',
      why: 'NAT の内側にあるホストは、こうして自分のパブリックなアドレス（サーバーリフレクシブアドレス）を知ります。ICE はピア同士で同じリクエストを送り、接続性チェックとキープアライブに使います。',
    },
    'method-allocate': {
      title: 'Allocate',
      what: 'TURN サーバー上にリレー用のトランスポートアドレスを割り当てるよう依頼します。',
      why: 'ピア同士が直接つながらなくても、インターネット上のリレーにはどちらも到達できるからです。',
    },
    'method-refresh': {
      title: 'Refresh',
      what: 'アロケーションの有効期間を延ばします。LIFETIME を 0 にするとアロケーションを削除します。',
      why: 'アロケーションは更新しなければ期限切れになるので、いなくなったクライアントのためにサーバーがリレーを持ち続けずに済みます。',
    },
    'method-send': {
      title: 'Send',
      what: 'クライアントから TURN サーバーへのインディケーションで、データ（DATA）と中継先のピア（XOR-PEER-ADDRESS）を運びます。',
      why: 'チャネルをバインドしなくてもデータを中継できますが、パケットごとに 36 バイト以上のオーバーヘッドがかかります。',
    },
    'method-data': {
      title: 'Data',
      what: 'TURN サーバーからクライアントへのインディケーションで、ピアがリレートランスポートアドレスに送ったデータとそのピアのアドレスを運びます。',
      why: 'Send の逆方向にあたります。チャネルをバインドすれば、どちらも ChannelData に置き換わります。',
    },
    'method-create-permission': {
      title: 'CreatePermission',
      what: 'ピアの IP アドレスに対するパーミッションを作成・更新します。パーミッションの有効期間は 5 分です。',
      why: 'TURN サーバーは、クライアントがパーミッションを持つ IP アドレスからのパケットしか中継しません。リレーがクライアントへの入り口として悪用されないようにするためです。',
    },
    'method-channel-bind': {
      title: 'ChannelBind',
      what: 'チャネル番号（0x4000〜0x4FFF）をピアのアドレスに結び付けます。バインドの有効期間は 10 分です。',
      why: 'バインド後は、そのピアとのデータを Send / Data インディケーションの代わりに 4 バイトのヘッダーしか持たない ChannelData で送れます。',
    },
    'attribute-type': {
      title: '属性タイプ',
      what: '属性の種類を表す 16 ビットの値です。0x0000〜0x7FFF は理解必須（comprehension-required）、0x8000〜0xFFFF は理解任意（comprehension-optional）です。',
      why: 'この区分により、受信側は知らない任意属性を読み飛ばしつつ、意味を理解しなければならない属性を含むメッセージは拒否できます。',
    },
    'attribute-length': {
      title: '属性長',
      what: '値のバイト数です。後に続くパディングは含みません。',
      why: '理解できない属性も含め、受信側が属性を読み飛ばせるようにするためです。',
    },
    'attribute-value': {
      title: '属性値',
      what: '属性の中身です。レイアウトは属性タイプによって決まります。',
      why: 'メッセージが伝える内容は、タイプとトランザクション ID 以外はすべて属性で運ばれます。',
    },
    'attribute-padding': {
      title: 'パディング',
      what: '値の長さが 4 の倍数でないときに後ろへ付ける 1〜3 バイトです。送信側は 0 を送り、受信側は中身を無視します。',
      why: 'すべての属性を 32 ビット境界に揃えるためのものです。属性長には含まれませんが、メッセージ長には含まれます。',
    },
    'attr-mapped-address': {
      title: 'MAPPED-ADDRESS',
      what: 'リフレクシブアドレスをそのままの形で運ぶ属性で、予約バイト・ファミリー・ポート・IP アドレスからなります。',
      why: 'RFC 3489 から引き継がれ、古いクライアントのためだけに残されています。一部の NAT がパケット中の自分のパブリックアドレスに見えるバイト列を書き換えてしまい、値が壊れたことから、XOR-MAPPED-ADDRESS に置き換えられました。',
    },
    'attr-xor-mapped-address': {
      title: 'XOR-MAPPED-ADDRESS',
      what: 'サーバーから見えた送信元のアドレスとポートを XOR で難読化したものです。ポートはマジッククッキーの上位 16 ビットと、IPv4 アドレスはクッキーと、IPv6 アドレスはクッキーとトランザクション ID をつなげた値と XOR します。',
      why: '一部の NAT やアプリケーションレベルゲートウェイ（ALG）は、ペイロードの中から自分のパブリックアドレスを探して「修正」してしまいます。XOR でアドレスを隠すことで、値が書き換えられずに届きます。',
    },
    'attr-username': {
      title: 'USERNAME',
      what: '資格情報を識別する名前です。ICE では「相手の ufrag:自分の ufrag」、TURN ではアカウント名が入ります。UTF-8 で 509 バイト未満です。',
      why: 'MESSAGE-INTEGRITY の検証にどのパスワードを使えばよいかを受信側に伝えます。',
    },
    'attr-message-integrity': {
      title: 'MESSAGE-INTEGRITY',
      what: 'この属性の直前までのメッセージに対する 20 バイトの HMAC-SHA1 です。計算時には、ヘッダーのメッセージ長をこの属性が最後であるかのように書き換えます。',
      why: '送信者がパスワードを知っていること、そしてそれより前の内容が改ざんされていないことを証明します。長さを書き換える決まりのおかげで、後から FINGERPRINT を付け加えても値が変わりません。',
    },
    'attr-message-integrity-sha256': {
      title: 'MESSAGE-INTEGRITY-SHA256',
      what: 'MESSAGE-INTEGRITY と同じ範囲に対する HMAC-SHA256 で、長さは 16〜32 バイトです。',
      why: 'SHA-1 の老朽化に備えて RFC 8489 で追加されました。MESSAGE-INTEGRITY の後に置けば、新旧どちらのエージェントも検証できます。',
    },
    'attr-fingerprint': {
      title: 'FINGERPRINT',
      what: 'この属性の直前までのメッセージの CRC-32 を 0x5354554E（ASCII で「STUN」）と XOR した値です。必ず最後の属性になります。',
      why: '同じポートを共有する他のプロトコルと STUN を、高い確度で見分けられるようにします。XOR するのは、末尾に CRC-32 を持つ別のアプリケーションのパケットと偶然一致しないようにするためです。',
    },
    'attr-error-code': {
      title: 'ERROR-CODE',
      what: '300〜699 のエラーコードをクラス（百の位）と番号（残り）に分けて格納し、その後に理由フレーズを続けたものです。',
      why: '何が起きて次に何をすべきかをクライアントに伝えます。たとえば 401 は「資格情報を付けてやり直す」、438 は「新しいノンスを使う」という意味です。',
    },
    'attr-realm': {
      title: 'REALM',
      what: 'サーバーの認証ドメインの名前で、ホスト名のような文字列です。401 レスポンスと、長期認証を使うすべてのリクエストに含まれます。',
      why: 'どのユーザー名とパスワードを使うべきかをクライアントに伝えます。長期認証のキー MD5(username:realm:password) の材料でもあります。',
    },
    'attr-nonce': {
      title: 'NONCE',
      what: 'サーバーが決める不透明な文字列です。401 や 438 のレスポンスで渡され、以後のリクエストにそのまま付けられます。',
      why: '同じ資格情報を使い回せる期間をサーバーが制限できるようにし、ノンスが切れた後は盗聴したリクエストを再送しても通用しないようにします。',
    },
    'attr-software': {
      title: 'SOFTWARE',
      what: 'メッセージを送ったソフトウェアの名前とバージョンを表す UTF-8 のテキストです。',
      why: '診断専用です。キャプチャを読む助けにはなりますが、メッセージの処理には影響しません。',
    },
    'attr-unknown-attributes': {
      title: 'UNKNOWN-ATTRIBUTES',
      what: '420 エラーレスポンスに含まれ、サーバーが理解できなかった理解必須属性のタイプを並べたものです。',
      why: 'クライアントは、再送時にどの属性を外せばよいかを正確に知ることができます。',
    },
    'attr-alternate-server': {
      title: 'ALTERNATE-SERVER',
      what: '別のサーバーのアドレスとポートで、MAPPED-ADDRESS と同じ形式（XOR なし）です。エラー 300 Try Alternate と一緒に送られます。',
      why: '混雑したサーバーがクライアントを別のサーバーへ振り向けるために使います。',
    },
    'attr-priority': {
      title: 'PRIORITY',
      what: '32 ビットの優先度で、この接続性チェックによってピアリフレクシブ候補が見つかった場合に送信側がその候補に付ける値です。',
      why: '受信側は、知らないアドレスからの確認を受け取ると、ちょうどこの優先度でピアリフレクシブ候補を作ります。これにより、両エージェントで候補ペアの順序が一致します。',
    },
    'attr-use-candidate': {
      title: 'USE-CANDIDATE',
      what: '値を持たない属性で、存在すること自体が意味を持ちます。送るのはコントローリングエージェントだけです。',
      why: '確認中の候補ペアを指名（ノミネート）します。確認が成功すると、ICE はこのペアをメディアに使います。',
    },
    'attr-ice-controlled': {
      title: 'ICE-CONTROLLED',
      what: '64 ビットのランダムなタイブレーカーです。この属性があることで、送信側が自分をコントロールドエージェントだと考えていることを示します。',
      why: '役割の衝突を検出するためのものです。両者が同じ役割を名乗った場合はタイブレーカーの大小でどちらが役割を変えるかを決めるか、受信側が 487 Role Conflict を返します。',
    },
    'attr-ice-controlling': {
      title: 'ICE-CONTROLLING',
      what: '64 ビットのランダムなタイブレーカーです。この属性があることで、送信側が自分をコントローリングエージェントだと考えていることを示します。',
      why: '役割の衝突を検出するためのものです。両者が同じ役割を名乗った場合はタイブレーカーの大小でどちらが役割を変えるかを決めるか、受信側が 487 Role Conflict を返します。',
    },
    'attr-channel-number': {
      title: 'CHANNEL-NUMBER',
      what: '0x4000〜0x4FFF のチャネル番号と、それに続く 16 ビットの予約領域です。',
      why: 'ChannelBind リクエストで、ChannelData メッセージの中でピアのアドレスの代わりに使うチャネルを指定します。',
    },
    'attr-lifetime': {
      title: 'LIFETIME',
      what: 'アロケーションが期限切れになるまでの秒数です。既定値は 600 秒（10 分）です。',
      why: 'クライアントが希望する値を送り、サーバーは実際に認めた値を返します。LIFETIME を 0 にした Refresh はアロケーションを削除します。',
    },
    'attr-xor-peer-address': {
      title: 'XOR-PEER-ADDRESS',
      what: 'TURN サーバーから見たピアのアドレスとポートで、XOR-MAPPED-ADDRESS と同じ方法で XOR されています。',
      why: 'CreatePermission・ChannelBind・Send・Data でピアを指定します。XOR するのは XOR-MAPPED-ADDRESS と同じく、ペイロード中のアドレスを書き換える NAT や ALG への対策です。',
    },
    'attr-data': {
      title: 'DATA',
      what: 'アプリケーションデータです。Send インディケーションではピアへ中継するバイト列、Data インディケーションではピアから届いたバイト列が入ります。',
      why: 'チャネルをバインドしていない間のペイロードを運びます。',
    },
    'attr-xor-relayed-address': {
      title: 'XOR-RELAYED-ADDRESS',
      what: 'TURN サーバーがクライアントのために割り当てたリレートランスポートアドレスで、XOR-MAPPED-ADDRESS と同じ方法で XOR されています。',
      why: 'クライアントはこれをリレー候補としてピアに伝えます。ピアがこのアドレスへ送ったものは、サーバーを経由してクライアントに届きます。',
    },
    'attr-requested-transport': {
      title: 'REQUESTED-TRANSPORT',
      what: 'TURN サーバーとピアの間で使うトランスポートの IP プロトコル番号です。UDP は 17（TCP は 6、RFC 6062）で、その後に 3 バイトの予約領域が続きます。',
      why: 'Allocate リクエストでは、リレートランスポートアドレスがどのトランスポートを使うかを必ず指定します。',
    },
    'attr-dont-fragment': {
      title: 'DONT-FRAGMENT',
      what: "値を持たない属性で、ピアへ中継する IP パケットに DF（Don't Fragment）ビットを立てるよう TURN サーバーに求めます。",
      why: 'クライアントがリレー経由でもパス MTU を探索できるようにするためです。',
    },
    'attr-unknown-required': {
      title: '未知の属性（理解必須）',
      what: 'このツールが知らない属性タイプで、0x0000〜0x7FFF の範囲にあります。',
      why: 'このような属性を理解できない受信側は、意味を推測せずに 420 Unknown Attribute でリクエストを拒否しなければなりません。',
    },
    'attr-unknown-optional': {
      title: '未知の属性（理解任意）',
      what: 'このツールが知らない属性タイプで、0x8000〜0xFFFF の範囲にあります。',
      why: '理解できない受信側は単に読み飛ばします。ブラウザーはこうしたベンダー独自の属性を付けることがあり、たとえば Chrome は ICE の接続性チェックに GOOG-NETWORK-INFO（0xC057）を付けます。',
    },
    'address-reserved': {
      title: '予約バイト',
      what: 'アドレス値の先頭バイトで、0 を送り、受信側は無視します。',
      why: 'ファミリー・ポート・アドレスを RFC 3489 が定めた 4 バイト単位のレイアウトに収めるためのものです。',
    },
    'address-family': {
      title: 'アドレスファミリー',
      what: '0x01 なら IPv4（続くアドレスは 4 バイト）、0x02 なら IPv6（16 バイト）です。',
      why: 'アドレスの長さと読み方を受信側に伝えます。',
    },
    'address-port': {
      title: 'ポート',
      what: 'ネットワークバイトオーダーのポート番号で、XOR されていません。',
      why: 'IP アドレスと組み合わせてトランスポートアドレスになります。',
    },
    'address-ip': {
      title: 'IP アドレス',
      what: 'ネットワークバイトオーダーの IP アドレスで、XOR されていません。',
      why: 'ポートと組み合わせてトランスポートアドレスになります。',
    },
    'xor-port': {
      title: 'X-Port',
      what: 'マジッククッキーの上位 16 ビット 0x2112 と XOR したポート番号です。もう一度 XOR すると本来のポートに戻ります。',
      why: 'ペイロード中から自分のパブリックなポートを探す NAT や ALG に見つからないようにするためです。',
    },
    'xor-ip': {
      title: 'X-Address',
      what: 'IPv4 ではマジッククッキーと、IPv6 ではクッキーと 12 バイトのトランザクション ID をつなげた値と XOR したアドレスです。同じキーでもう一度 XOR すると本来のアドレスに戻ります。',
      why: 'ペイロード中から自分のパブリックアドレスを探す NAT や ALG に見つからないようにするためです。IPv6 ではトランザクション ID を加えることで、キーがアドレスと同じ長さになります。',
    },
    'error-code-reserved': {
      title: '予約ビット',
      what: '値の先頭 21 ビット（最初の 2 バイトと 3 バイト目の上位 5 ビット）で、すべて 0 です。',
      why: 'クラスと番号を最初の 32 ビットワードの末尾に揃えるためのものです。',
    },
    'error-code-class': {
      title: 'エラークラス',
      what: 'エラーコードの百の位（3〜6）で、このバイトの下位 3 ビットに入ります。',
      why: '番号と組み合わせてコードになります。クラス 4・番号 1 なら 401 です。',
    },
    'error-code-number': {
      title: 'エラー番号',
      what: 'エラーコードを 100 で割った余りで、0〜99 の値です。',
      why: '百の位を分けて格納しているので、16 進ダンプでもコードが読み取りやすくなります（04 01 なら 401）。',
    },
    'error-code-reason': {
      title: '理由フレーズ',
      what: '「Unauthorized」のような、人が読むための短い UTF-8 テキストです。',
      why: 'ソフトウェアは番号を見て動作します。フレーズはログやキャプチャを読む人のためのものです。',
    },
    'unknown-attributes-entry': {
      title: '未知の属性タイプ',
      what: 'サーバーが理解できなかった 16 ビットの属性タイプの 1 つです。',
      why: 'クライアントは再送時にこの属性を外します。',
    },
    rffu: {
      title: 'RFFU（将来のための予約）',
      what: 'Reserved For Future Use の略で、0 を送り、受信側は無視します。',
      why: '値の長さを 4 バイトの倍数に保ち、将来の拡張の余地を残します。',
    },
    'channel-data-channel-number': {
      title: 'チャネル番号',
      what: '0x4000〜0x4FFF のチャネル番号です。上位 2 ビットが 01 であることで、同じポート上の STUN（00）と ChannelData を見分けます。',
      why: 'ChannelBind で結び付けたピアのアドレスの代わりになり、Send / Data インディケーション全体をわずか 4 バイトのヘッダーで置き換えます。',
    },
    'channel-data-length': {
      title: '長さ',
      what: '後に続くアプリケーションデータのバイト数です。パディングは含みません。',
      why: 'データの終わりを受信側に伝えます。TCP では特に重要です。',
    },
    'channel-data-data': {
      title: 'アプリケーションデータ',
      what: 'ピアが送った、またはピアへ届けるバイト列です。ICE の接続性チェック、DTLS レコード、SRTP パケットなどが入ります。',
      why: 'このデータを中継することこそが TURN の目的です。',
    },
    'channel-data-padding': {
      title: 'パディング',
      what: 'メッセージ全体を 4 の倍数に揃える 0〜3 バイトで、長さフィールドには含まれません。',
      why: 'TCP ではストリーム中でメッセージの境界を揃えるために必須で、UDP では任意です。',
    },
    'error-300': {
      title: '300 Try Alternate',
      what: 'ALTERNATE-SERVER で示したサーバーにリクエストを送り直すよう求めます。',
      why: 'クライアントの振り向けに使います。攻撃者に勝手に振り向けられないよう、MESSAGE-INTEGRITY で保護しなければなりません。',
    },
    'error-400': {
      title: '400 Bad Request',
      what: 'リクエストの形式が正しくありません。',
      why: '同じリクエストを再送しても失敗するので、内容を直す必要があります。',
    },
    'error-401': {
      title: '401 Unauthenticated',
      what: 'リクエストに資格情報がないか、誤っています。RFC 5389 では「Unauthorized」と呼ばれていました。',
      why: 'TURN サーバーは最初の Allocate にわざとこのエラーを REALM と NONCE 付きで返します。クライアントは USERNAME・REALM・NONCE・MESSAGE-INTEGRITY を付けて再送します。',
    },
    'error-403': {
      title: '403 Forbidden',
      what: 'リクエストは正しい形式ですが、サーバーが拒否しました。中継を許可していないピアアドレスなどが理由です。',
      why: 'サーバーのポリシーで禁止されているので、再送しても結果は変わりません。',
    },
    'error-420': {
      title: '420 Unknown Attribute',
      what: 'サーバーが理解必須属性を理解できませんでした。該当する属性は UNKNOWN-ATTRIBUTES に並んでいます。',
      why: 'クライアントはそれらの属性を外して再送できます。',
    },
    'error-437': {
      title: '437 Allocation Mismatch',
      what: 'すでにアロケーションのある 5 タプルに Allocate が届いたか、アロケーションのない 5 タプルにほかの TURN リクエストが届きました。',
      why: 'クライアントがローカルポートを使い回したか、アロケーションがすでに期限切れになっていることが多い原因です。',
    },
    'error-438': {
      title: '438 Stale Nonce',
      what: 'リクエストのノンスが期限切れです。',
      why: 'クライアントはこのレスポンスの新しい NONCE を使って再送します。パスワードが間違っているわけではありません。',
    },
    'error-440': {
      title: '440 Address Family not Supported',
      what: 'リレートランスポートアドレスまたはピアアドレスについて、要求されたアドレスファミリーをサーバーがサポートしていません。',
      why: 'クライアントはもう一方のファミリーで再試行できます。',
    },
    'error-441': {
      title: '441 Wrong Credentials',
      what: '既存のアロケーションに対するリクエストが、アロケーションを作成したときとは異なる資格情報を使っています。',
      why: 'アロケーションは作成した資格情報に属するので、ほかの資格情報では更新も利用もできません。',
    },
    'error-442': {
      title: '442 Unsupported Transport Protocol',
      what: 'REQUESTED-TRANSPORT で指定したトランスポートをサーバーがサポートしていません。',
      why: 'どの TURN サーバーもサポートしている UDP を指定し直せます。',
    },
    'error-443': {
      title: '443 Peer Address Family Mismatch',
      what: 'ピアアドレスのファミリーがリレートランスポートアドレスと異なります。',
      why: 'IPv4 のリレーから IPv6 のピアへは届かず、その逆も同じです。',
    },
    'error-486': {
      title: '486 Allocation Quota Reached',
      what: 'そのユーザーはサーバーが認める上限までアロケーションを持っています。',
      why: 'ほかのアロケーションを解放した後で再試行できます。',
    },
    'error-487': {
      title: '487 Role Conflict',
      what: 'ICE で、両エージェントが同じ役割（コントローリングまたはコントロールド）を名乗りました。',
      why: 'これを受け取ったエージェントは役割を切り替えて、接続性チェックをやり直します。',
    },
    'error-500': {
      title: '500 Server Error',
      what: 'サーバーで一時的なエラーが発生しました。',
      why: 'クライアントは再試行できます。',
    },
    'error-508': {
      title: '508 Insufficient Capacity',
      what: 'ポートや帯域が足りないなどの理由で、サーバーが今はアロケーションを作れません。',
      why: '別のサーバーを試すか、時間をおいて再試行します。',
    },
  },
} as const satisfies Record<Lang, Record<FieldExplanationId, FieldExplanation>>;

/**
 * Looks an explanation up in the page language, with its RFC section.
 *
 * @param lang - `en` or `ja`
 * @param id - an explanation id, such as a byte region's `explanationId`
 * @returns title, what, why and the RFC section
 * @example explainField('ja', 'header-magic-cookie').title // 'マジッククッキー'
 */
export function explainField(lang: Lang, id: FieldExplanationId): FieldExplanation & { readonly rfc: string } {
  return { ...fieldExplanations[lang][id], rfc: fieldReferences[id] };
}

/** Names of the parts of an attribute, for byte-region labels. */
export type RegionPart =
  | 'type'
  | 'length'
  | 'value'
  | 'padding'
  | 'reserved'
  | 'family'
  | 'port'
  | 'address'
  | 'xor-port'
  | 'xor-address'
  | 'class'
  | 'number'
  | 'reason'
  | 'entry'
  | 'hmac'
  | 'crc'
  | 'tie-breaker'
  | 'channel'
  | 'rffu'
  | 'protocol'
  | 'data';

/** Short labels of byte regions. `{n}` is an entry number; `attributePart` joins attribute and part. */
export const regionLabels = {
  en: {
    parts: {
      type: 'type',
      length: 'length',
      value: 'value',
      padding: 'padding',
      reserved: 'reserved',
      family: 'family',
      port: 'port',
      address: 'address',
      'xor-port': 'port (XORed)',
      'xor-address': 'address (XORed)',
      class: 'error class',
      number: 'error number',
      reason: 'reason phrase',
      entry: 'type #{n}',
      hmac: 'HMAC',
      crc: 'CRC-32 XOR 0x5354554E',
      'tie-breaker': 'tie-breaker',
      channel: 'channel number',
      rffu: 'RFFU',
      protocol: 'protocol',
      data: 'data',
    },
    attributePart: '{attribute} · {part}',
    unknownAttribute: 'attribute {type}',
  },
  ja: {
    parts: {
      type: '属性タイプ',
      length: '長さ',
      value: '値',
      padding: 'パディング',
      reserved: '予約',
      family: 'ファミリー',
      port: 'ポート',
      address: 'アドレス',
      'xor-port': 'ポート（XOR 済み）',
      'xor-address': 'アドレス（XOR 済み）',
      class: 'エラークラス',
      number: 'エラー番号',
      reason: '理由フレーズ',
      entry: 'タイプ #{n}',
      hmac: 'HMAC',
      crc: 'CRC-32 XOR 0x5354554E',
      'tie-breaker': 'タイブレーカー',
      channel: 'チャネル番号',
      rffu: 'RFFU（予約）',
      protocol: 'プロトコル',
      data: 'データ',
    },
    attributePart: '{attribute}・{part}',
    unknownAttribute: '属性 {type}',
  },
} as const satisfies Record<
  Lang,
  { readonly parts: Record<RegionPart, string>; readonly attributePart: string; readonly unknownAttribute: string }
>;
