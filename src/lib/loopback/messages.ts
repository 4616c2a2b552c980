import { fillTemplate } from '../fillTemplate.ts';
/**
 * Reader-facing text of the loopback lab's library, in English and
 * Japanese: why a link or a signaling message was refused, why a chat
 * message cannot be sent, why the selected candidate pair won, and why a
 * connection failed.
 *
 * Keys are flat and dotted (`failure.checks-failed`); values may contain
 * `{placeholder}`s filled by {@link formatMessage}. The library builds its
 * English `message` strings from here, so each text has one source.
 */

/** The site's languages. */
export type Lang = 'en' | 'ja';

const en = {
  'roomIdError.room-id-missing': 'The link has no room id; press “Open the second tab” to start a new room.',
  'roomIdError.room-id-invalid':
    'The room id “{value}” in the link is not valid (it must be 4–32 lower-case letters and digits); start a new room instead.',

  'signalingError.not-an-object': 'The message is {value}, not an object; the other tab may be running a different page.',
  'signalingError.wrong-version':
    'The {type} message uses format version {value}, but this page speaks version 1; reload both tabs so they run the same page.',
  'signalingError.unknown-type':
    'The message type {value} is unknown; expected hello, offer, answer, candidate, end-of-candidates or bye.',
  'signalingError.missing-field': 'The message has no “{field}” field, so it cannot be used.',
  'signalingError.wrong-field-type': 'The “{field}” field is {value}, but it must be {expected}.',
  'signalingError.bad-tab-id': 'The “{field}” field {value} is not a tab id (8–32 lower-case letters and digits).',
  'signalingError.bad-room-id': 'The “{field}” field {value} is not a room id (4–32 lower-case letters and digits).',
  'signalingError.addressed-to-sender': 'The message is addressed to its own sender ({value}); a tab never signals to itself.',
  'signalingError.not-sdp': 'The {type} message does not carry an SDP: it must start with “v=0” but starts with {value}.',
  'signalingError.sdp-too-long': 'The SDP in the {type} message is {value} characters long, more than the 65536 this lab accepts.',
  'signalingError.bad-candidate':
    'The candidate line {value} does not parse ({cause}); the candidate inspector shows what each field must look like.',
  'signalingError.bad-bye-reason': 'The bye message gives the reason {value}; expected closed, reconnecting or new-room.',
  'expected.string': 'a string',
  'expected.string-or-null': 'a string or null',
  'expected.index-or-null': 'a whole number from 0 to 65535, or null',

  'channelError.not-text': 'A data-channel message arrived as binary data; this lab only sends text.',
  'channelError.not-json': 'A data-channel message is not the JSON this lab sends: {value}.',
  'channelError.unknown-kind': 'A data-channel message has the unknown kind {value}; expected chat, ping or pong.',
  'channelError.bad-field': 'A data-channel {kind} message has a bad “{field}” field: {value}.',
  'chatError.empty': 'Type a message before sending it.',
  'chatError.too-long': 'The message is {length} characters long; keep it to {max}.',

  'pairReason.checks-succeeded':
    'Its connectivity checks succeeded: this tab sent {requests} STUN Binding requests on it and received {responses} responses (RFC 8445 §7.2.5).',
  'pairReason.checks-succeeded-inbound':
    'Its checks succeeded from the other side: {received} Binding requests from the other tab arrived on it and were answered (RFC 8445 §7.3).',
  'pairReason.nominated-by-this-tab':
    'This tab is the controlling agent and nominated this pair, so both tabs send on it (RFC 8445 §8.1.1).',
  'pairReason.nominated-by-other-tab':
    'The other tab is the controlling agent and nominated this pair; this tab is controlled and follows that choice (RFC 8445 §8.1.1).',
  'pairReason.not-nominated': 'It is not nominated yet: the controlling agent has not finished choosing, and the browser already sends on its best working pair.',
  'pairReason.highest-priority': 'Of the {count} pairs that succeeded, it has the highest pair priority, {priority} (RFC 8445 §6.1.2.3).',
  'pairReason.only-succeeded': 'It is the only pair whose checks succeeded; the other {others} failed or are still waiting.',
  'pairReason.only-pair': 'It is the only candidate pair there is.',
  'pairReason.not-highest':
    '{higher} other succeeded pairs have a higher priority; an agent keeps a working pair it has chosen and may switch later.',
  'pairReason.path-host':
    'Both ends are host candidates, addresses of this machine’s own network interfaces: packets go straight from tab to tab, with no NAT and no server in between.',
  'pairReason.path-relay': 'At least one end is a relayed candidate, so every packet on this pair passes through a TURN server ({address}).',
  'pairReason.path-srflx': 'One end is a server-reflexive candidate, {address}: the source address a STUN or TURN server saw for that tab.',
  'pairReason.prflx-remote':
    'The remote end is peer-reflexive: this tab learned that address from an incoming check, before or instead of receiving it by signaling (RFC 8445 §7.3.1.3).',
  'pairReason.prflx-local':
    'The local end is peer-reflexive: the other tab’s answer showed this tab’s checks arriving from an address this tab had not gathered (RFC 8445 §7.2.5.3.1).',
  'pairReason.type-preference':
    'The candidate types set most of the order: host 126, peer-reflexive 110, server-reflexive 100, relayed 0 (RFC 8445 §5.1.2.2), so a working direct pair beats any pair through a relay.',

  'failure.relay-without-turn':
    'This tab is set to relay only, but no TURN server is configured, so it has no candidate at all and nothing can be checked. Add a TURN server, or choose “all candidates”.',
  'failure.turn-auth-failed':
    'The TURN server {url} refused the username or credential (error {code}), so this tab got no relayed candidate. Check the credentials.',
  'failure.server-unreachable':
    'The server {url} did not answer (error {code}), so this tab got no candidate from it. Check its address and port, and that it is running.',
  'failure.no-local-candidates': 'This tab gathered no candidates at all, so the other tab has nowhere to send its checks.',
  'failure.no-remote-candidates':
    'The other tab finished gathering without a single candidate (is it set to relay only without a working TURN server?), so this tab has nothing to check.',
  'failure.relay-checks-failed':
    'Every pair failed its checks, and each involved a relayed candidate: the TURN server could not deliver to the other tab’s addresses. A TURN server that listens only on 127.0.0.1, like a test coturn, cannot reach other interfaces; set both tabs to relay only, or give the other tab the TURN server too.',
  'failure.checks-failed':
    'Every candidate pair failed its connectivity checks: {pairs} pairs were tried and no Binding request got an answer, so no path between the tabs was found.',
  'failure.dtls-failed':
    'ICE found a working pair, but the DTLS handshake that encrypts the data channel failed; reload both tabs and try again.',
  'failure.disconnected':
    'Checks on the selected pair stopped getting answers (ICE state “disconnected”). The other tab may be frozen or asleep; ICE keeps trying, and “Restart ICE” starts the search again.',
  'failure.failed-unknown': 'The connection failed (state “{state}”) for a reason this page cannot see; reload both tabs and try again.',
} as const;

/** A message key. */
export type LoopbackMessageKey = keyof typeof en;

const ja: Record<LoopbackMessageKey, string> = {
  'roomIdError.room-id-missing': 'リンクにルーム ID がありません。「2 つ目のタブを開く」を押して、新しいルームを作ってください。',
  'roomIdError.room-id-invalid':
    'リンクのルーム ID「{value}」は使えません（英小文字と数字で 4〜32 文字のはずです）。新しいルームを作ってください。',

  'signalingError.not-an-object': 'メッセージがオブジェクトではなく {value} でした。相手のタブが別のページを開いているのかもしれません。',
  'signalingError.wrong-version':
    '{type} メッセージの形式はバージョン {value} ですが、このページはバージョン 1 です。両方のタブを再読み込みして、同じページにそろえてください。',
  'signalingError.unknown-type':
    'メッセージの種類 {value} は想定外です。hello・offer・answer・candidate・end-of-candidates・bye のいずれかのはずです。',
  'signalingError.missing-field': 'メッセージに「{field}」フィールドがないため、使えません。',
  'signalingError.wrong-field-type': '「{field}」フィールドの値が {value} ですが、{expected}でなければなりません。',
  'signalingError.bad-tab-id': '「{field}」フィールドの {value} はタブ ID の形式（英小文字と数字で 8〜32 文字）ではありません。',
  'signalingError.bad-room-id': '「{field}」フィールドの {value} はルーム ID の形式（英小文字と数字で 4〜32 文字）ではありません。',
  'signalingError.addressed-to-sender': 'メッセージの宛先が送信元自身（{value}）になっています。タブが自分自身にシグナリングすることはありません。',
  'signalingError.not-sdp': '{type} メッセージの中身が SDP ではありません。「v=0」で始まるはずが、{value} で始まっています。',
  'signalingError.sdp-too-long': '{type} メッセージの SDP は {value} 文字あり、この実験で受け付ける 65536 文字を超えています。',
  'signalingError.bad-candidate': '候補の行 {value} を解析できません（{cause}）。各フィールドの正しい形は候補インスペクターで確認できます。',
  'signalingError.bad-bye-reason': 'bye メッセージの理由 {value} は想定外です。closed・reconnecting・new-room のいずれかのはずです。',
  'expected.string': '文字列',
  'expected.string-or-null': '文字列か null',
  'expected.index-or-null': '0〜65535 の整数か null',

  'channelError.not-text': 'データチャネルにバイナリのメッセージが届きました。この実験はテキストしか送りません。',
  'channelError.not-json': 'データチャネルのメッセージ（{value}）は、この実験が送る JSON ではありません。',
  'channelError.unknown-kind': 'データチャネルのメッセージの種類 {value} は想定外です。chat・ping・pong のいずれかのはずです。',
  'channelError.bad-field': 'データチャネルの {kind} メッセージで、「{field}」フィールドの値（{value}）が不正です。',
  'chatError.empty': 'メッセージを入力してから送信してください。',
  'chatError.too-long': 'メッセージが {length} 文字あります。{max} 文字以内にしてください。',

  'pairReason.checks-succeeded':
    'この組の接続性チェックは成功しています。このタブは STUN の Binding リクエストを {requests} 回送り、応答を {responses} 回受け取りました（RFC 8445 §7.2.5）。',
  'pairReason.checks-succeeded-inbound':
    '相手側からのチェックで成功しています。相手のタブの Binding リクエストが {received} 回この組に届き、応答を返しました（RFC 8445 §7.3）。',
  'pairReason.nominated-by-this-tab': 'このタブが制御側（controlling）のエージェントとしてこの組を指名したので、両方のタブがこの組で送信します（RFC 8445 §8.1.1）。',
  'pairReason.nominated-by-other-tab':
    '制御側のエージェントは相手のタブで、この組を指名しました。このタブは被制御側（controlled）なので、その選択に従います（RFC 8445 §8.1.1）。',
  'pairReason.not-nominated': 'まだ指名されていません。制御側が選び終える前でも、ブラウザーは動いている組のうち最善のものですでに送信しています。',
  'pairReason.highest-priority': '成功した {count} 組の中で、ペア優先度が最も高い組です（{priority}、RFC 8445 §6.1.2.3）。',
  'pairReason.only-succeeded': 'チェックに成功したのはこの組だけです。ほかの {others} 組は失敗したか、まだ順番待ちです。',
  'pairReason.only-pair': '候補ペアはこの 1 組しかありません。',
  'pairReason.not-highest':
    '成功した組のうち {higher} 組はこれより優先度が高いのですが、エージェントはいったん選んだ組が動いている間は使い続け、あとで切り替えることもあります。',
  'pairReason.path-host':
    '両端ともホスト候補、つまりこのマシン自身のネットワークインターフェースのアドレスです。パケットは NAT もサーバーも通らず、タブからタブへ直接届きます。',
  'pairReason.path-relay': '少なくとも一端がリレー候補なので、この組のパケットはすべて TURN サーバー（{address}）を経由します。',
  'pairReason.path-srflx': '一端はサーバーリフレクシブ候補 {address} です。STUN または TURN サーバーから見えた、そのタブの送信元アドレスです。',
  'pairReason.prflx-remote':
    '相手側の端はピアリフレクシブ候補です。シグナリングで届くより先に（または届かないまま）、着信したチェックの送信元からこのタブが知ったアドレスです（RFC 8445 §7.3.1.3）。',
  'pairReason.prflx-local':
    'こちら側の端はピアリフレクシブ候補です。相手からの応答を見ると、このタブのチェックは収集していないアドレスから届いていました（RFC 8445 §7.2.5.3.1）。',
  'pairReason.type-preference':
    '並び順の大半は候補のタイプで決まります。ホスト 126、ピアリフレクシブ 110、サーバーリフレクシブ 100、リレー 0 です（RFC 8445 §5.1.2.2）。そのため、動く直接の組はリレー経由のどの組よりも上に来ます。',

  'failure.relay-without-turn':
    'このタブは「リレーのみ」に設定されていますが、TURN サーバーが設定されていないため候補が 1 つもなく、チェックのしようがありません。TURN サーバーを追加するか、「すべての候補」を選んでください。',
  'failure.turn-auth-failed':
    'TURN サーバー {url} がユーザー名かクレデンシャルを受け付けませんでした（エラー {code}）。そのため、このタブはリレー候補を得られていません。認証情報を確認してください。',
  'failure.server-unreachable':
    'サーバー {url} から応答がありませんでした（エラー {code}）。そのため、このサーバーからの候補は得られていません。アドレスとポート、サーバーが起動しているかを確認してください。',
  'failure.no-local-candidates': 'このタブは候補を 1 つも収集できませんでした。相手のタブにはチェックを送る先がありません。',
  'failure.no-remote-candidates':
    '相手のタブは候補を 1 つも出さないまま収集を終えました（相手が「リレーのみ」で、使える TURN サーバーがない状態ではありませんか）。このタブにはチェックする相手がいません。',
  'failure.relay-checks-failed':
    'すべての組がチェックに失敗し、どの組にもリレー候補が含まれていました。TURN サーバーから相手のタブのアドレスへ届かなかったということです。テスト用の coturn のように 127.0.0.1 だけで待ち受ける TURN サーバーは、ほかのインターフェースには届きません。両方のタブを「リレーのみ」にするか、相手のタブにも同じ TURN サーバーを設定してください。',
  'failure.checks-failed':
    'すべての候補ペアが接続性チェックに失敗しました。{pairs} 組を試しましたが、どの Binding リクエストにも応答がなく、タブ間の経路は見つかりませんでした。',
  'failure.dtls-failed': 'ICE は通る組を見つけましたが、データチャネルを暗号化する DTLS ハンドシェイクが失敗しました。両方のタブを再読み込みして、もう一度試してください。',
  'failure.disconnected':
    '選ばれている組で、チェックへの応答が途絶えました（ICE の状態が「disconnected」）。相手のタブが停止しているか、スリープしているのかもしれません。ICE は再試行を続けます。「ICE をリスタート」で探し直すこともできます。',
  'failure.failed-unknown': '接続に失敗しました（状態「{state}」）。このページからは原因がわかりません。両方のタブを再読み込みして、もう一度試してください。',
};

/** All messages, by language. */
export const messages = { en, ja } as const;

/**
 * Returns a message with its `{placeholder}`s filled in. A placeholder with
 * no value is left as it is, so a missing value shows.
 *
 * @param lang - `en` or `ja`.
 * @param key - A message key, e.g. `failure.checks-failed`.
 * @param params - Values for the placeholders.
 * @returns The text.
 * @example formatMessage('en', 'chatError.too-long', { length: 2500, max: 2000 })
 */
export function formatMessage(lang: Lang, key: LoopbackMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(messages[lang][key], params);
}
