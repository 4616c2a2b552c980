/**
 * Realistic, internally consistent example messages for the STUN explorer,
 * built with this codec's encoder (fixed transaction IDs, so the bytes never
 * change): a Binding exchange over IPv4 and IPv6, an ICE connectivity check,
 * and a TURN session from the first Allocate to a ChannelData packet.
 *
 * Addresses are documentation addresses (RFC 5737: 192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24; RFC 3849: 2001:db8::/32). The cast:
 * the client is seen at 198.51.100.23:50342, the TURN server relays at
 * 203.0.113.10:49583, and the peer is at 192.0.2.150:61234.
 */
import { buildBindingResponse } from './bindingResponse.ts';
import { utf8Encode } from './bytes.ts';
import { encodeChannelData } from './channelData.ts';
import type { StunEncodeError } from './errors.ts';
import type { StunMessageDescription } from './encode.ts';
import { encodeStun } from './encode.ts';
import type { StunCredentials } from './integrity.ts';
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';
import type { Result } from '../result.ts';

/** One example message. */
export interface StunSample {
  /**
   * Stable id, usable in a URL; the sample's title and its one paragraph
   * saying what the message is and what to look at are `sample.<id>.title`
   * and `sample.<id>.description` in {@link stunSampleText}.
   */
  readonly id: StunSampleId;
  readonly kind: 'stun' | 'channel-data';
  readonly bytes: Uint8Array;
  /** What MESSAGE-INTEGRITY was computed with, when the message has it. */
  readonly credentials?: StunCredentials;
}

/**
 * Unwraps an encoder result. The samples are fixed, valid inputs: a failure
 * here is a bug in this file, which the unit tests catch at import.
 */
function built(result: Result<Uint8Array, StunEncodeError>, id: string): Uint8Array {
  if (!result.ok) throw new Error(`STUN sample "${id}" does not encode: ${result.error.message}`);
  return result.value;
}

function transactionId(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function stunSample(
  id: StunSampleId,
  message: StunMessageDescription,
  credentials?: StunCredentials,
): StunSample {
  const bytes = built(encodeStun(message, credentials ? { credentials } : {}), id);
  return credentials
    ? { id, kind: 'stun', bytes, credentials }
    : { id, kind: 'stun', bytes };
}

const bindingTransaction = transactionId('4a1f7c2e9b3d5a6081c2e4f7');
const bindingV6Transaction = transactionId('c3a8e1f05b7d2946e0f1a2b3');
const iceCheckTransaction = transactionId('7e21d4c9a03b58f6e2a91c04');
const allocateTransaction = transactionId('2b9c4e7a1d6f30858c7e9a12');
const authenticatedAllocateTransaction = transactionId('9d0e3f6a2c5b8147a6d3e0f9');
const permissionTransaction = transactionId('51c7a2e9f04d6b38b1e5c7a0');
const channelBindTransaction = transactionId('e84b1f3c7a9d2065d4c8b2f1');

const serverSoftware = 'ICE Field Guide example server';

/** The ICE password of the agent that receives the check (its a=ice-pwd). */
const icePassword = '9rTz4Kq2Lw8vXb1Nf6Yh3D';

/** The TURN account used by the TURN samples. */
const turnCredentials = {
  mechanism: 'long-term',
  username: 'alice',
  realm: 'example.org',
  password: 'wonderland-2024',
} as const satisfies StunCredentials;
const turnNonce = 'Q9vT2mX7cLr4KsW1';
const turnAuth = [
  { type: 'USERNAME', text: turnCredentials.username },
  { type: 'REALM', text: turnCredentials.realm },
  { type: 'NONCE', text: turnNonce },
] as const;

const peer = { address: '192.0.2.150', port: 61234 };

/**
 * PRIORITY of a check (RFC 8445 §7.1.1): the priority the sender's
 * candidate would have as peer-reflexive — type preference 110, local
 * preference 65535, component 1: 2^24 × 110 + 2^8 × 65535 + (256 − 1).
 */
const peerReflexivePriority = 110 * 2 ** 24 + 65535 * 2 ** 8 + (256 - 1);

const en = {
  'sample.binding-request.title': 'Binding request',
  'sample.binding-request.description':
    'The smallest useful STUN message: a 20-byte header and no attributes at all. A browser gathering server-reflexive candidates sends this to each STUN server in its iceServers list. All that matters is the method (Binding), the class (request) and the random transaction ID, which the answer will repeat.',
  'sample.binding-success-ipv4.title': 'Binding success response (IPv4)',
  'sample.binding-success-ipv4.description':
    "The STUN server's answer to the request above, with the same transaction ID. XOR-MAPPED-ADDRESS carries the source of the request as the server saw it — 198.51.100.23 port 50342, the client's NAT mapping — XORed with the magic cookie. SOFTWARE names the server, and FINGERPRINT lets the client tell this packet from media arriving on the same port.",
  'sample.binding-success-ipv6.title': 'Binding success response (IPv6)',
  'sample.binding-success-ipv6.description':
    'The answer to a client that reached the server over IPv6, from 2001:db8:4f2a:100::1c port 61034. The 16-byte address is XORed with the magic cookie followed by the 12-byte transaction ID, so the key is as long as the address; follow the XOR byte by byte to watch the real address appear.',
  'sample.ice-connectivity-check.title': 'ICE connectivity check',
  'sample.ice-connectivity-check.description':
    `A connectivity check from the controlling ICE agent to its peer. USERNAME is the peer's ufrag, a colon and the sender's own ufrag, and MESSAGE-INTEGRITY is keyed with the peer's ice-pwd, so only an agent that has the SDP can make or check it. PRIORITY is the priority a peer-reflexive candidate would get, ICE-CONTROLLING carries the tie-breaker, and USE-CANDIDATE nominates this pair. The password to verify it is {icePassword}.`,
  'sample.turn-allocate-request.title': 'TURN Allocate request',
  'sample.turn-allocate-request.description':
    "A WebRTC client's first message to a TURN server: an Allocate request asking for a UDP relay (REQUESTED-TRANSPORT 17). It carries no credentials yet, because the client does not know the server's realm and nonce; the server will answer 401.",
  'sample.turn-allocate-unauthorized.title': 'Allocate error response: 401 Unauthorized',
  'sample.turn-allocate-unauthorized.description':
    'The refusal every TURN client expects: an Allocate error response with ERROR-CODE 401 and the reason phrase "Unauthorized" (RFC 8489 renamed it "Unauthenticated"). It is a step of the handshake, not a failure: REALM tells the client which credentials to use and NONCE is the value to repeat. There is no MESSAGE-INTEGRITY, since nothing has been proven yet.',
  'sample.turn-allocate-authenticated.title': 'Authenticated Allocate request',
  'sample.turn-allocate-authenticated.description':
    `The client tries again with a new transaction ID: the same REQUESTED-TRANSPORT, plus USERNAME, the REALM and NONCE copied from the 401, and MESSAGE-INTEGRITY keyed with MD5(username:realm:password) — the long-term credential mechanism. To verify it, use username {turnUsername}, realm {turnRealm} and password {turnPassword}.`,
  'sample.turn-allocate-success.title': 'Allocate success response',
  'sample.turn-allocate-success.description':
    "The TURN server grants the allocation. XOR-RELAYED-ADDRESS (203.0.113.10 port 49583) is the relayed address the client will offer as its relay candidate; XOR-MAPPED-ADDRESS (198.51.100.23 port 50342) is the client's public address, a server-reflexive candidate for free; LIFETIME says the allocation lasts 600 seconds unless refreshed. The server signs the response with the same long-term key.",
  'sample.turn-create-permission.title': 'CreatePermission request',
  'sample.turn-create-permission.description':
    `Before the relay forwards anything from the peer at {peerAddress}, the client installs a permission for that IP address. Only the IP address counts: the port in XOR-PEER-ADDRESS is ignored for permissions. Like every request on the allocation, it is authenticated with USERNAME, REALM, NONCE and MESSAGE-INTEGRITY.`,
  'sample.turn-channel-bind.title': 'ChannelBind request',
  'sample.turn-channel-bind.description':
    `The client binds channel 0x4000 to the peer {peerAddress} port {peerPort}. From then on, data to and from this peer can travel in ChannelData messages, whose 4-byte header replaces the 36 bytes or more that a Send indication adds. A ChannelBind also installs or refreshes the permission for the peer's IP address.`,
  'sample.turn-channel-data.title': 'ChannelData message',
  'sample.turn-channel-data.description':
    'Application data on channel 0x4000, bound above. There is no STUN header at all: two bytes of channel number, whose top bits 01 tell it from STUN, two bytes of length, then the data. The 5-byte payload is kept short so that the 3 bytes of padding show; in a call it would be a DTLS record, an SRTP packet or an ICE check.',
} as const;

const ja: Translation<typeof en> = {
  'sample.binding-request.title': 'Binding リクエスト',
  'sample.binding-request.description':
    'もっとも小さな実用的 STUN メッセージで、20 バイトのヘッダーだけからなり、属性は 1 つもありません。ブラウザーはサーバーリフレクシブ候補を集めるとき、iceServers に指定された各 STUN サーバーへこれを送ります。意味を持つのはメソッド（Binding）、クラス（リクエスト）、そしてランダムなトランザクション ID だけで、応答にはこの ID がそのまま入ります。',
  'sample.binding-success-ipv4.title': 'Binding 成功レスポンス（IPv4）',
  'sample.binding-success-ipv4.description':
    '上のリクエストに対する STUN サーバーの応答で、トランザクション ID も同じです。XOR-MAPPED-ADDRESS には、サーバーから見たリクエストの送信元、つまりクライアントの NAT マッピングである 198.51.100.23 のポート 50342 が、マジッククッキーと XOR された形で入っています。SOFTWARE はサーバーの名前を示し、FINGERPRINT は同じポートに届くメディアとこのパケットを見分けるために使われます。',
  'sample.binding-success-ipv6.title': 'Binding 成功レスポンス（IPv6）',
  'sample.binding-success-ipv6.description':
    'IPv6 でサーバーに届いたクライアント（2001:db8:4f2a:100::1c のポート 61034）への応答です。16 バイトのアドレスは、マジッククッキーに 12 バイトのトランザクション ID をつなげた値と XOR されるので、キーはアドレスと同じ長さになります。XOR を 1 バイトずつたどると、本来のアドレスが現れる様子を確認できます。',
  'sample.ice-connectivity-check.title': 'ICE の接続性チェック',
  'sample.ice-connectivity-check.description':
    `コントローリング側の ICE エージェントがピアへ送る接続性チェックです。USERNAME は「ピアの ufrag:自分の ufrag」で、MESSAGE-INTEGRITY のキーにはピアの ice-pwd を使うため、SDP を受け取ったエージェントでなければ作ることも検証することもできません。PRIORITY はピアリフレクシブ候補になった場合の優先度、ICE-CONTROLLING はタイブレーカーを運び、USE-CANDIDATE はこの候補ペアを指名します。検証に使うパスワードは {icePassword} です。`,
  'sample.turn-allocate-request.title': 'TURN の Allocate リクエスト',
  'sample.turn-allocate-request.description':
    'WebRTC クライアントが TURN サーバーへ最初に送るメッセージで、UDP のリレー（REQUESTED-TRANSPORT 17）を求める Allocate リクエストです。クライアントはまだサーバーのレルムとノンスを知らないため、資格情報は付いていません。サーバーは 401 を返します。',
  'sample.turn-allocate-unauthorized.title': 'Allocate エラーレスポンス: 401 Unauthorized',
  'sample.turn-allocate-unauthorized.description':
    'TURN クライアントが必ず受け取る拒否で、ERROR-CODE 401 と理由フレーズ「Unauthorized」を持つ Allocate エラーレスポンスです（RFC 8489 では「Unauthenticated」に改名されました）。これは失敗ではなく手順の一部で、REALM はどの資格情報を使うべきかを、NONCE は次のリクエストに付ける値をクライアントに伝えます。まだ何も証明されていないので、MESSAGE-INTEGRITY は付いていません。',
  'sample.turn-allocate-authenticated.title': '認証付きの Allocate リクエスト',
  'sample.turn-allocate-authenticated.description':
    `クライアントは新しいトランザクション ID で再送します。同じ REQUESTED-TRANSPORT に加え、USERNAME、401 から写した REALM と NONCE、そして MD5(username:realm:password) をキーとする MESSAGE-INTEGRITY が付きます。これが長期資格情報の仕組みです。検証するにはユーザー名 {turnUsername}、レルム {turnRealm}、パスワード {turnPassword} を使ってください。`,
  'sample.turn-allocate-success.title': 'Allocate 成功レスポンス',
  'sample.turn-allocate-success.description':
    'TURN サーバーがアロケーションを認めました。XOR-RELAYED-ADDRESS（203.0.113.10 のポート 49583）は、クライアントがリレー候補として相手に伝えるリレートランスポートアドレスです。XOR-MAPPED-ADDRESS（198.51.100.23 のポート 50342）はクライアントのパブリックアドレスで、サーバーリフレクシブ候補としてそのまま使えます。LIFETIME は、更新しなければアロケーションが 600 秒で切れることを示します。サーバーは同じ長期資格情報のキーでこのレスポンスに署名しています。',
  'sample.turn-create-permission.title': 'CreatePermission リクエスト',
  'sample.turn-create-permission.description':
    `リレーが {peerAddress} のピアからのパケットを中継できるよう、クライアントはその IP アドレスへのパーミッションを作成します。パーミッションで意味を持つのは IP アドレスだけで、XOR-PEER-ADDRESS のポートは無視されます。アロケーションに対するほかのリクエストと同じく、USERNAME・REALM・NONCE・MESSAGE-INTEGRITY で認証されています。`,
  'sample.turn-channel-bind.title': 'ChannelBind リクエスト',
  'sample.turn-channel-bind.description':
    `クライアントはチャネル 0x4000 をピア {peerAddress} のポート {peerPort} に結び付けます。これ以降、このピアとのデータは ChannelData メッセージで送れるようになり、Send インディケーションで増える 36 バイト以上のオーバーヘッドが 4 バイトのヘッダーで済みます。ChannelBind は、ピアの IP アドレスに対するパーミッションの作成・更新も兼ねています。`,
  'sample.turn-channel-data.title': 'ChannelData メッセージ',
  'sample.turn-channel-data.description':
    '上でバインドしたチャネル 0x4000 で送るアプリケーションデータです。STUN ヘッダーはまったくなく、上位 2 ビットが 01 で STUN と区別できる 2 バイトのチャネル番号、2 バイトの長さ、そしてデータが続くだけです。3 バイトのパディングが見えるよう、ペイロードは 5 バイトと短くしてあります。実際の通話では DTLS レコードや SRTP パケット、ICE の接続性チェックが入ります。',
};

/**
 * The samples' titles and descriptions, `sample.<id>.title` and
 * `sample.<id>.description`; read them with `translator(lang, stunSampleText)`.
 */
export const stunSampleText = defineDictionary({ en, ja });

/**
 * The values the sample descriptions quote (the passwords and the peer a
 * reader verifies or reads them with), for their placeholders:
 * `t(\`sample.${id}.description\`, sampleTextParams)`.
 */
export const sampleTextParams = {
  icePassword,
  turnUsername: turnCredentials.username,
  turnRealm: turnCredentials.realm,
  turnPassword: turnCredentials.password,
  peerAddress: peer.address,
  peerPort: peer.port,
} as const;

/** Id of a sample: the ids of {@link stunSampleText}. */
export type StunSampleId = { [K in keyof typeof en]: K extends `sample.${infer Id}.title` ? Id : never }[keyof typeof en];

/** The examples, in the order a reader meets them. */
export const STUN_SAMPLES: readonly StunSample[] = [
  stunSample(
    'binding-request',
    { messageClass: 'request', method: 'Binding', transactionId: bindingTransaction, attributes: [] },
  ),
  {
    id: 'binding-success-ipv4',
    kind: 'stun',
    bytes: built(
      buildBindingResponse({
        address: '198.51.100.23',
        port: 50342,
        transactionId: bindingTransaction,
        software: serverSoftware,
      }),
      'binding-success-ipv4',
    ),
  },
  {
    id: 'binding-success-ipv6',
    kind: 'stun',
    bytes: built(
      buildBindingResponse({
        address: '2001:db8:4f2a:100::1c',
        port: 61034,
        transactionId: bindingV6Transaction,
        software: serverSoftware,
      }),
      'binding-success-ipv6',
    ),
  },
  stunSample(
    'ice-connectivity-check',
    {
      messageClass: 'request',
      method: 'Binding',
      transactionId: iceCheckTransaction,
      attributes: [
        { type: 'USERNAME', text: 'ufragR:ufragL' },
        { type: 'PRIORITY', value: peerReflexivePriority },
        { type: 'ICE-CONTROLLING', tieBreaker: 0x1d2c3b4a59687766n },
        { type: 'USE-CANDIDATE' },
        { type: 'MESSAGE-INTEGRITY' },
        { type: 'FINGERPRINT' },
      ],
    },
    { mechanism: 'short-term', password: icePassword },
  ),
  stunSample(
    'turn-allocate-request',
    {
      messageClass: 'request',
      method: 'Allocate',
      transactionId: allocateTransaction,
      attributes: [{ type: 'REQUESTED-TRANSPORT', protocol: 17 }],
    },
  ),
  stunSample(
    'turn-allocate-unauthorized',
    {
      messageClass: 'error-response',
      method: 'Allocate',
      transactionId: allocateTransaction,
      attributes: [
        { type: 'ERROR-CODE', code: 401, reason: 'Unauthorized' },
        { type: 'REALM', text: turnCredentials.realm },
        { type: 'NONCE', text: turnNonce },
        { type: 'SOFTWARE', text: serverSoftware },
      ],
    },
  ),
  stunSample(
    'turn-allocate-authenticated',
    {
      messageClass: 'request',
      method: 'Allocate',
      transactionId: authenticatedAllocateTransaction,
      attributes: [{ type: 'REQUESTED-TRANSPORT', protocol: 17 }, ...turnAuth, { type: 'MESSAGE-INTEGRITY' }],
    },
    turnCredentials,
  ),
  stunSample(
    'turn-allocate-success',
    {
      messageClass: 'success-response',
      method: 'Allocate',
      transactionId: authenticatedAllocateTransaction,
      attributes: [
        { type: 'XOR-RELAYED-ADDRESS', address: '203.0.113.10', port: 49583 },
        { type: 'XOR-MAPPED-ADDRESS', address: '198.51.100.23', port: 50342 },
        { type: 'LIFETIME', value: 600 },
        { type: 'SOFTWARE', text: serverSoftware },
        { type: 'MESSAGE-INTEGRITY' },
      ],
    },
    turnCredentials,
  ),
  stunSample(
    'turn-create-permission',
    {
      messageClass: 'request',
      method: 'CreatePermission',
      transactionId: permissionTransaction,
      attributes: [{ type: 'XOR-PEER-ADDRESS', ...peer }, ...turnAuth, { type: 'MESSAGE-INTEGRITY' }],
    },
    turnCredentials,
  ),
  stunSample(
    'turn-channel-bind',
    {
      messageClass: 'request',
      method: 'ChannelBind',
      transactionId: channelBindTransaction,
      attributes: [
        { type: 'CHANNEL-NUMBER', channel: 0x4000 },
        { type: 'XOR-PEER-ADDRESS', ...peer },
        ...turnAuth,
        { type: 'MESSAGE-INTEGRITY' },
      ],
    },
    turnCredentials,
  ),
  {
    id: 'turn-channel-data',
    kind: 'channel-data',
    bytes: built(encodeChannelData({ channelNumber: 0x4000, data: utf8Encode('hello') }), 'turn-channel-data'),
  },
];

/**
 * Finds a sample by id.
 *
 * @param id - e.g. `ice-connectivity-check`
 * @returns the sample, or undefined
 */
export function sampleById(id: string): StunSample | undefined {
  return STUN_SAMPLES.find((s) => s.id === id);
}
