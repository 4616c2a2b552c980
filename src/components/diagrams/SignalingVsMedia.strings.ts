/**
 * Labels of the SignalingVsMedia diagram (SignalingVsMedia.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'Signaling and media take different paths',
  desc: 'Peer A and Peer B each talk to a signaling server run by the application. Over it they exchange the SDP offer and answer and their ICE candidates. The media and data then flow between the peers themselves, directly or through a TURN relay, and never through the signaling server.',
  server: 'Signaling server',
  serverSub: 'your own app: WebSocket, HTTP…',
  peerA: 'Peer A',
  peerB: 'Peer B',
  browser: 'browser',
  sdp: 'SDP offer / answer',
  candidates: 'ICE candidates',
  media: 'Media and data, encrypted (DTLS, SRTP)',
  mediaSub: 'straight between the peers when a path exists…',
  turn: 'TURN relay',
  viaTurn: '…or through a relay when none does',
  note: 'The signaling server never carries a single media packet.',
} as const;

const ja: Translation<typeof en> = {
  title: 'シグナリングとメディアは別の経路を通る',
  desc: 'ピア A とピア B は、それぞれアプリケーションが用意したシグナリングサーバーに接続し、SDP のオファーとアンサー、ICE 候補を交換します。その後のメディアとデータはピア同士の間を直接、または TURN リレー経由で流れ、シグナリングサーバーは通りません。',
  server: 'シグナリングサーバー',
  serverSub: '自前で用意（WebSocket、HTTP など）',
  peerA: 'ピア A',
  peerB: 'ピア B',
  browser: 'ブラウザー',
  sdp: 'SDP オファー / アンサー',
  candidates: 'ICE 候補',
  media: 'メディアとデータ（DTLS・SRTP で暗号化）',
  mediaSub: '通れる経路があればピア間を直接…',
  turn: 'TURN リレー',
  viaTurn: '…なければリレーを経由',
  note: 'シグナリングサーバーはメディアのパケットを一切運びません。',
};

/** The diagram's labels; read them with `translator(lang, signalingVsMediaText)`. */
export const signalingVsMediaText = defineDictionary({ en, ja });
