/**
 * Labels of the IceSequence diagram (IceSequence.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'One ICE exchange from gathering to media',
  desc: 'Four lifelines: Peer A, the offerer and controlling agent; a STUN server; the signaling server; and Peer B, the answerer and controlled agent. A asks the STUN server for its server-reflexive address. A sends an offer through signaling and B answers; both then trickle candidates through signaling. A sends a connectivity check, a STUN Binding request, straight to B, and B answers; B sends a triggered check back and A answers. A repeats the check with USE-CANDIDATE to nominate the pair, and B answers, which makes it the selected pair. DTLS runs over that pair, media and data follow, and consent checks repeat every few seconds.',
  peerA: 'Peer A',
  peerB: 'Peer B',
  offerer: 'offerer',
  answerer: 'answerer',
  controlling: 'controlling',
  controlled: 'controlled',
  stun: 'STUN server',
  signaling: 'Signaling',
  signalingSub: 'server',
  bindReq: 'Binding request',
  bindRes: 'response: XOR-MAPPED-ADDRESS',
  offer: 'offer: SDP with A’s ice-ufrag and ice-pwd',
  answer: 'answer: SDP with B’s ice-ufrag and ice-pwd',
  candA: 'A’s candidates, one by one (trickle ICE)',
  candB: 'B’s candidates, one by one',
  check: 'check: Binding request, USERNAME “bfrag:afrag”, ICE-CONTROLLING',
  checkRes: 'Binding response: XOR-MAPPED-ADDRESS',
  triggered: 'triggered check: B tests the same pair',
  triggeredRes: 'Binding response',
  nominate: 'Binding request + USE-CANDIDATE (nomination)',
  nominateRes: 'response: the pair is now the selected pair',
  dtls: 'DTLS handshake, then SRTP media and SCTP data',
  consent: 'consent checks every ~5 s (RFC 7675)',
} as const;

const ja: Translation<typeof en> = {
  title: '候補の収集からメディア送信までの ICE のやり取り',
  desc: 'ライフラインは 4 本です。オファー側で制御側エージェントのピア A、STUN サーバー、シグナリングサーバー、アンサー側で被制御側エージェントのピア B。A は STUN サーバーに自分のサーバーリフレクシブアドレスを尋ねます。A がシグナリング経由でオファーを送り、B がアンサーを返し、双方が候補をシグナリング経由で逐次送ります。A は接続性チェック（STUN Binding リクエスト）を B へ直接送り、B が応答します。B は同じペアでトリガーチェックを送り返し、A が応答します。A が USE-CANDIDATE 付きでチェックを繰り返してペアをノミネートし、B が応答すると、それが選択ペアになります。そのペアの上で DTLS が動き、メディアとデータが流れ、同意の鮮度確認のチェックが数秒ごとに続きます。',
  peerA: 'ピア A',
  peerB: 'ピア B',
  offerer: 'オファー側',
  answerer: 'アンサー側',
  controlling: '制御側（controlling）',
  controlled: '被制御側（controlled）',
  stun: 'STUN サーバー',
  signaling: 'シグナリング',
  signalingSub: 'サーバー',
  bindReq: 'Binding リクエスト',
  bindRes: 'レスポンス: XOR-MAPPED-ADDRESS',
  offer: 'オファー: A の ice-ufrag と ice-pwd を含む SDP',
  answer: 'アンサー: B の ice-ufrag と ice-pwd を含む SDP',
  candA: 'A の候補を 1 つずつ送信（トリクル ICE）',
  candB: 'B の候補を 1 つずつ送信',
  check: 'チェック: Binding リクエスト、USERNAME「bfrag:afrag」、ICE-CONTROLLING',
  checkRes: 'Binding レスポンス: XOR-MAPPED-ADDRESS',
  triggered: 'トリガーチェック: B が同じペアを試す',
  triggeredRes: 'Binding レスポンス',
  nominate: 'USE-CANDIDATE 付き Binding リクエスト（ノミネーション）',
  nominateRes: 'レスポンス: このペアが選択ペアになる',
  dtls: 'DTLS ハンドシェイク、続いて SRTP のメディアと SCTP のデータ',
  consent: '同意の鮮度確認（約 5 秒ごと、RFC 7675）',
};

/** The diagram's labels; read them with `translator(lang, iceSequenceText)`. */
export const iceSequenceText = defineDictionary({ en, ja });
