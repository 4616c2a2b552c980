/**
 * Labels of the TurnRelayDiagram diagram (TurnRelayDiagram.astro), in English and Japanese.
 * A label drawn on several lines is `<name>.1`, `<name>.2`, ….
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'A TURN allocation: one client, one relayed address, permitted peers',
  desc: 'The client, behind a NAT that maps it to 198.51.100.23 port 50342, talks to the TURN server at 203.0.113.10 port 3478; that pair of addresses and the protocol form the 5-tuple that identifies the allocation. On its other side the server holds the relayed transport address 203.0.113.10 port 49583. Peer A at 192.0.2.150 has a permission, so UDP between it and the relayed address is forwarded, wrapped in Send and Data indications or ChannelData on the client side. Peer B at 192.0.2.200 has none, so its packets are dropped.',
  client: 'Client',
  nat: 'NAT',
  server: 'TURN server',
  'listen.1': 'listens on',
  'listen.2': '203.0.113.10:3478',
  relayed: 'relayed address',
  tuple: '5-tuple: 198.51.100.23:50342 ⇄ 203.0.113.10:3478, UDP',
  'wrapped.1': 'Send / Data indications',
  'wrapped.2': 'or ChannelData',
  plain: 'plain UDP',
  peerA: 'Peer A',
  peerB: 'Peer B',
  'permitted.1': 'permission for 192.0.2.150',
  'permitted.2': '(300 s)',
  dropped: 'no permission: dropped',
  allocation: 'allocation: lifetime 600 s, refreshed by Refresh',
} as const;

const ja: Translation<typeof en> = {
  title: 'TURN のアロケーション: 1 つのクライアント、1 つのリレートランスポートアドレス、許可されたピア',
  desc: 'クライアントは NAT によって 198.51.100.23 のポート 50342 に変換され、203.0.113.10 のポート 3478 で待つ TURN サーバーと通信します。この 2 つのアドレスとプロトコルの組が 5 タプルで、アロケーションを識別します。サーバーの反対側には、リレートランスポートアドレス 203.0.113.10 のポート 49583 があります。192.0.2.150 のピア A にはパーミッションがあるので、ピア A とリレートランスポートアドレスの間の UDP は転送され、クライアント側では Send・Data インディケーションまたは ChannelData に包まれます。192.0.2.200 のピア B にはパーミッションがないため、そのパケットは破棄されます。',
  client: 'クライアント',
  nat: 'NAT',
  server: 'TURN サーバー',
  'listen.1': '203.0.113.10:3478',
  'listen.2': 'で待ち受け',
  relayed: 'リレートランスポートアドレス',
  tuple: '5 タプル: 198.51.100.23:50342 ⇄ 203.0.113.10:3478、UDP',
  'wrapped.1': 'Send・Data インディケーション',
  'wrapped.2': 'または ChannelData',
  plain: 'ただの UDP',
  peerA: 'ピア A',
  peerB: 'ピア B',
  'permitted.1': '192.0.2.150 へのパーミッション',
  'permitted.2': '（300 秒）',
  dropped: 'パーミッションなし: 破棄',
  allocation: 'アロケーション: 寿命 600 秒、Refresh で延長',
};

export const turnRelayText = defineDictionary({ en, ja });
