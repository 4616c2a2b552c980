/**
 * Labels of the TurnSequence diagram (TurnSequence.astro), in English and Japanese.
 * Each step of the ladder is `step.<id>` (the message) and `step.<id>.detail`
 * (what it carries); their order and direction are drawn in TurnSequence.astro.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'A TURN session, message by message',
  desc: 'Three lanes: client, TURN server, peer. The client sends an Allocate request asking for UDP and gets a 401 error response carrying REALM and NONCE. It sends the Allocate again with USERNAME, REALM, NONCE and MESSAGE-INTEGRITY and gets a success response with XOR-RELAYED-ADDRESS, XOR-MAPPED-ADDRESS and LIFETIME 600. It sends CreatePermission for the peer address and ChannelBind for channel 0x4000, each answered with a success response. Then it sends ChannelData on channel 0x4000, and the server sends the payload to the peer as a plain UDP datagram from the relayed address; the peer answers the same way in reverse. Before the lifetime runs out the client sends a Refresh.',
  client: 'Client',
  server: 'TURN server',
  peer: 'Peer',
  'step.allocate': 'Allocate request',
  'step.allocate.detail': 'REQUESTED-TRANSPORT 17 (UDP)',
  'step.unauthorized': '401 Unauthorized',
  'step.unauthorized.detail': 'REALM, NONCE',
  'step.allocateAgain': 'Allocate request',
  'step.allocateAgain.detail': 'USERNAME, REALM, NONCE, MESSAGE-INTEGRITY',
  'step.allocated': 'Allocate success',
  'step.allocated.detail': 'XOR-RELAYED-ADDRESS, XOR-MAPPED-ADDRESS, LIFETIME 600',
  'step.permission': 'CreatePermission → success',
  'step.permission.detail': 'XOR-PEER-ADDRESS 192.0.2.150',
  'step.channelBind': 'ChannelBind → success',
  'step.channelBind.detail': 'CHANNEL-NUMBER 0x4000 ↔ 192.0.2.150:61234',
  'step.channelData': 'ChannelData 0x4000',
  'step.channelData.detail': '4-byte header + payload',
  'step.refresh': 'Refresh → success',
  'step.refresh.detail': 'LIFETIME 600, before the allocation expires',
  udp: 'UDP from :49583',
} as const;

const ja: Translation<typeof en> = {
  title: 'TURN セッションをメッセージごとに追う',
  desc: 'クライアント、TURN サーバー、ピアの 3 本の縦線があります。クライアントは UDP を求める Allocate リクエストを送り、REALM と NONCE を含む 401 エラーレスポンスを受け取ります。次に USERNAME、REALM、NONCE、MESSAGE-INTEGRITY を付けて Allocate を再送し、XOR-RELAYED-ADDRESS、XOR-MAPPED-ADDRESS、LIFETIME 600 を含む成功レスポンスを受け取ります。続いてピアのアドレスへの CreatePermission とチャネル 0x4000 の ChannelBind を送り、それぞれ成功レスポンスが返ります。その後クライアントがチャネル 0x4000 で ChannelData を送ると、サーバーはペイロードをリレートランスポートアドレスからのただの UDP データグラムとしてピアへ送り、ピアの返信は逆向きに同じ経路をたどります。寿命が切れる前に、クライアントは Refresh を送ります。',
  client: 'クライアント',
  server: 'TURN サーバー',
  peer: 'ピア',
  'step.allocate': 'Allocate リクエスト',
  'step.allocate.detail': 'REQUESTED-TRANSPORT 17（UDP）',
  'step.unauthorized': '401 Unauthorized',
  'step.unauthorized.detail': 'REALM、NONCE',
  'step.allocateAgain': 'Allocate リクエスト',
  'step.allocateAgain.detail': 'USERNAME、REALM、NONCE、MESSAGE-INTEGRITY',
  'step.allocated': 'Allocate 成功',
  'step.allocated.detail': 'XOR-RELAYED-ADDRESS、XOR-MAPPED-ADDRESS、LIFETIME 600',
  'step.permission': 'CreatePermission → 成功',
  'step.permission.detail': 'XOR-PEER-ADDRESS 192.0.2.150',
  'step.channelBind': 'ChannelBind → 成功',
  'step.channelBind.detail': 'CHANNEL-NUMBER 0x4000 ↔ 192.0.2.150:61234',
  'step.channelData': 'ChannelData 0x4000',
  'step.channelData.detail': '4 バイトのヘッダー + ペイロード',
  'step.refresh': 'Refresh → 成功',
  'step.refresh.detail': 'LIFETIME 600。アロケーションが切れる前に送る',
  udp: ':49583 からの UDP',
};

export const turnSequenceText = defineDictionary({ en, ja });
