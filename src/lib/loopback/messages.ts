/**
 * Reader-facing text of the loopback lab's library, in English and
 * Japanese: why a link or a signaling message was refused, why a chat
 * message cannot be sent, why the selected candidate pair won, and why a
 * connection failed.
 *
 * Keys are flat and dotted (`failure.checks-failed`); values may contain
 * `{placeholder}`s filled by `translator` (`src/i18n/dictionary.ts`). The library builds its
 * English `message` strings from here, so each text has one source.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

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
  'failure.checks-failed':
    'Every candidate pair failed its connectivity checks (ICE state “failed”): {pairs} pairs were tried ({tried}) and none got an answer to its Binding requests, so no path between the two sides was found. DTLS never started.',
  'failure.checks-failed-unseen':
    'The connection failed before any candidate pair could succeed (ICE never reached “connected”), and the browser dropped the pairs before this page could read them. The candidates exchanged make {pairs} pairs ({tried}); no check got through on any of them. DTLS never started.',
  'failure.dtls-failed':
    'ICE found a working pair (its checks succeeded), but the connection failed after that: the DTLS handshake that encrypts the data channel did not complete. Check that nothing between the two sides drops larger UDP packets, then reload both sides and try again.',
  'failure.path-lost':
    'ICE had a working pair and then lost it: checks on the selected pair went unanswered until ICE gave up (state “failed”). The other side closed, slept or lost its network; start again.',
  'finding.mdns-unresolved':
    'The other side offered {count} host candidate(s) as .local names (mDNS), and none of them became a pair here: this machine could not resolve them. Multicast DNS answers only on the same network segment; across a router (another subnet or VLAN) .local names cannot be resolved.',
  'finding.mdns-only':
    'Host candidates hidden behind .local names were the only candidates ({sides}): with no STUN or TURN server there is nothing a machine on another segment can reach. Add a STUN or TURN server both machines reach, or (for a test) give the page microphone permission so the browser offers its real addresses.',
  'finding.hosts-different-subnets':
    'Both sides offered only host candidates, and they share no /24 (IPv4) or /64 (IPv6) prefix: this side {local}, the other {remote}. A direct path needs routing between those subnets and UDP allowed through every firewall on the way; add a STUN or TURN server both sides reach.',
  'finding.hosts-same-subnet':
    'Both sides offered only host candidates in the same subnet (this side {local}, the other {remote}), yet no check got an answer: a firewall on one of the machines (or a client-isolation setting on the Wi-Fi) is dropping UDP between them.',
  'finding.address-families-differ':
    'One side offered only IPv4 host addresses and the other only IPv6 (this side {local}, the other {remote}): no pair can form across address families.',
  'finding.srflx-pairs-failed':
    '{pairs} pair(s) with a server-reflexive candidate were tried and all failed: a NAT with address-dependent filtering on one side (or a firewall) drops packets from an address it has not sent to first. Add a TURN server.',
  'finding.relay-loopback-peer':
    'The relayed candidates are on a loopback address ({address}), so the TURN server would have to relay to a loopback peer. coturn refuses that unless it runs with allow-loopback-peers (which also needs no-cli).',
  'finding.relay-pairs-failed':
    'Both sides had relayed candidates, but all {pairs} pair(s) involving a relay failed: the TURN server could not deliver to the other relay. Check its relay port range (min-port/max-port) is open between the relay addresses, and that denied-peer-ip does not cover them.',
  'finding.no-relay':
    'Neither side had a relayed candidate, so nothing could get around a NAT or firewall that drops direct packets. Add a TURN server (and check it with the TURN server check).',
  'finding.cannot-tell':
    'The candidates and pair states do not say which hop dropped the checks ({failed} of {pairs} pairs failed). Run the same test with relay only on both sides: if that works, the direct path is blocked; if not, the TURN server is.',
  'failure.disconnected':
    'Checks on the selected pair stopped getting answers (ICE state “disconnected”). The other tab may be frozen or asleep; ICE keeps trying, and “Restart ICE” starts the search again.',
  'failure.failed-unknown': 'The connection failed (state “{state}”) for a reason this page cannot see; reload both tabs and try again.',
} as const;

const ja: Translation<typeof en> = {
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
  'failure.checks-failed':
    'すべての候補ペアが接続性チェックに失敗しました（ICE の状態は「failed」）。{pairs} 組（{tried}）を試しましたが、どの Binding リクエストにも応答がなく、双方の間の経路は見つかりませんでした。DTLS は始まってもいません。',
  'failure.checks-failed-unseen':
    '候補ペアが 1 組も成功しないまま接続が失敗しました（ICE は「connected」に達していません）。ブラウザーはこのページが読む前に組を削除しました。交換した候補からできる組は {pairs} 組（{tried}）で、どの組でもチェックは通っていません。DTLS は始まってもいません。',
  'failure.dtls-failed':
    'ICE は通る組を見つけました（チェックは成功）が、その後で接続が失敗しました。データチャネルを暗号化する DTLS ハンドシェイクが完了していません。双方の間で大きめの UDP パケットが落とされていないか確認し、両側を再読み込みしてもう一度試してください。',
  'failure.path-lost':
    'ICE はいったん通る組を見つけましたが、その後失いました。使用中の組へのチェックに応答がなくなり、ICE があきらめました（状態「failed」）。相手側が閉じたか、スリープしたか、ネットワークが切れたと考えられます。最初からやり直してください。',
  'finding.mdns-unresolved':
    '相手側はホスト候補 {count} 件を .local の名前（mDNS）で出しましたが、こちらではどれも組になりませんでした。このマシンが名前を解決できなかったということです。マルチキャスト DNS が答えるのは同じネットワークセグメントの中だけで、ルーターの向こう（別のサブネットや VLAN）からは .local の名前を解決できません。',
  'finding.mdns-only':
    '候補は .local の名前で隠されたホスト候補だけでした（{sides}）。STUN サーバーも TURN サーバーもないので、別のセグメントのマシンから届く宛先がありません。両方のマシンから届く STUN か TURN サーバーを追加するか、テストとしてページにマイクの許可を与え、ブラウザーに実アドレスを出させてください。',
  'finding.hosts-different-subnets':
    '両側ともホスト候補だけを出しており、共通の /24（IPv4）や /64（IPv6）のプレフィックスがありません（こちら {local}、相手 {remote}）。直接の経路には、サブネット間のルーティングと、途中のすべてのファイアウォールで UDP が許可されていることが必要です。両側から届く STUN か TURN サーバーを追加してください。',
  'finding.hosts-same-subnet':
    '両側とも同じサブネットのホスト候補だけを出しています（こちら {local}、相手 {remote}）が、どのチェックにも応答がありません。どちらかのマシンのファイアウォール（または Wi-Fi のクライアント分離の設定）が、両者の間の UDP を落としています。',
  'finding.address-families-differ':
    '一方は IPv4 のホストアドレスだけ、もう一方は IPv6 だけを出しています（こちら {local}、相手 {remote}）。アドレスファミリーが違うと組を作れません。',
  'finding.srflx-pairs-failed':
    'サーバーリフレクシブ候補を含む {pairs} 組を試し、すべて失敗しました。一方の側にアドレス依存フィルタリングの NAT（またはファイアウォール）があり、先に送ったことのないアドレスからのパケットを落としています。TURN サーバーを追加してください。',
  'finding.relay-loopback-peer':
    'リレー候補がループバックアドレス（{address}）にあるため、TURN サーバーはループバックの相手へ中継することになります。coturn は allow-loopback-peers（no-cli も必要）を付けて起動しない限り、これを拒否します。',
  'finding.relay-pairs-failed':
    '両側にリレー候補がありましたが、リレーを含む {pairs} 組はすべて失敗しました。TURN サーバーから相手のリレーへ届かなかったということです。リレーポートの範囲（min-port／max-port）がリレートランスポートアドレスの間で開いているか、denied-peer-ip がそれらを含んでいないかを確認してください。',
  'finding.no-relay':
    'どちらの側にもリレー候補がなかったため、直接のパケットを落とす NAT やファイアウォールを回避する手段がありませんでした。TURN サーバーを追加してください（TURN サーバーのチェックで動作も確かめてください）。',
  'finding.cannot-tell':
    '候補とペアの状態からは、どこでチェックが落とされたのかわかりません（{pairs} 組中 {failed} 組が失敗）。両側を「リレーのみ」にして同じテストをしてください。それで通れば直接の経路が塞がれており、通らなければ TURN サーバーの側に問題があります。',
  'failure.disconnected':
    '選ばれている組で、チェックへの応答が途絶えました（ICE の状態が「disconnected」）。相手のタブが停止しているか、スリープしているのかもしれません。ICE は再試行を続けます。「ICE をリスタート」で探し直すこともできます。',
  'failure.failed-unknown': '接続に失敗しました（状態「{state}」）。このページからは原因がわかりません。両方のタブを再読み込みして、もう一度試してください。',
};

/** The loopback library's text; read it with `translator(lang, loopbackText)`. */
export const loopbackText = defineDictionary({ en, ja });
