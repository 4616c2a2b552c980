import { fillTemplate } from '../../lib/fillTemplate.ts';
/**
 * UI strings of the two-tab loopback lab, flat dotted keys per language.
 * Explanations of refused messages, of the selected pair and of failures
 * come from `src/lib/loopback/messages.ts`, not from here.
 */
/** The site's languages (`src/i18n/locales.ts`, the one declaration). */
export type { Lang } from '../../i18n/locales.ts';
import type { Lang } from '../../i18n/locales.ts';

const en = {
  'title': 'Two-tab loopback lab',
  'intro':
    'Open a second tab of this page and the two tabs connect to each other with WebRTC. Each tab shows every signaling message, every state change and every candidate pair as it happens.',
  'noscript':
    'This lab needs JavaScript: it connects two tabs of your browser with RTCPeerConnection and passes their signaling messages over a BroadcastChannel inside the browser. The article reads fine without it.',
  'privacy':
    'Signaling never leaves your browser: the tabs talk over a BroadcastChannel. Nothing is sent to this site or to any server — unless you add a STUN or TURN server below, which only the browser contacts, when the tabs connect.',
  'open': 'Open the second tab',
  'newRoom': 'Start a new room',
  'link': 'Or open this link in another tab or window of the same browser:',
  'room.label': 'Room',
  'thisTab': 'This tab',
  'role.polite': 'polite peer',
  'role.impolite': 'impolite peer',
  'role.none': 'no role yet',
  'role.explain.polite': 'Its random id sorts first, so when both tabs offer at once it gives way.',
  'role.explain.impolite': 'Its random id sorts last, so when both tabs offer at once it keeps its own offer.',
  'iceRole.controlling': 'ICE: controlling — it nominates the pair',
  'iceRole.controlled': 'ICE: controlled — it follows the other tab’s nomination',

  'status.idle': 'Not connected. Press “Open the second tab” to start; nothing is sent until you do.',
  'status.waiting': 'In room {room}: waiting for the other tab…',
  'status.negotiating': 'Paired with the other tab: negotiating…',
  'status.connected': 'Connected: the data channel between the two tabs is open.',
  'status.closed': 'Paired, but the data channel is closed.',
  'status.failed': 'Failed: the two tabs could not connect. The reason and the pairs that were tried are below.',
  'status.full': 'This room is full.',
  'status.unsupported': 'This browser cannot run the lab.',
  'status.bad-link': 'The room in this link cannot be used.',

  'left.bye': 'The other tab has gone: it said goodbye as it closed or reloaded.',
  'left.timeout': 'The other tab has gone: it sent nothing for {seconds} seconds (closed, crashed or asleep).',
  'left.switched': 'The other tab stopped naming this tab as its partner, so the pair is over.',
  'left.reconnecting': 'The other tab is reconnecting with new settings.',
  'left.new-room': 'The other tab moved to a new room.',
  'left.wait': 'This tab stays in the room and waits for a new peer: reload the other tab, or open a second tab again.',
  'full.body':
    'Two other tabs are already connected to each other in this room. Start a new room (and open its second tab), or close one of those two tabs: this tab then takes its place.',
  'badLink.body': 'Start a new room instead.',
  'unsupported.broadcast-channel':
    'This browser has no BroadcastChannel, which the lab uses to pass signaling messages between your two tabs without a server. Try a current Chrome, Edge, Firefox or Safari.',
  'unsupported.peer-connection':
    'RTCPeerConnection is not available here, so the two tabs cannot connect. It may be an old browser, an embedded web view, or an extension or policy that disables WebRTC.',

  'settings.legend': 'This tab’s connection settings',
  'settings.modes': 'Which candidates this tab may use',
  'mode.all': 'All candidates: host, plus whatever the servers below provide',
  'mode.host': 'Host candidates only: ignore the servers below',
  'mode.relay': 'Relay only (iceTransportPolicy “relay”): needs a TURN server below',
  'settings.apply': 'Apply and reconnect',
  'settings.hint.idle': 'These settings take effect when this tab connects.',
  'settings.hint.paired': 'Applying makes this tab rejoin the room, so both tabs build a fresh connection.',
  'settings.fixServers': 'Fix the server list first: {count} server(s) would be rejected by the browser.',
  'settings.current': 'This connection: {mode}, {servers} ICE server(s).',
  'settings.current.all': 'all candidates',
  'settings.current.host': 'host only',
  'settings.current.relay': 'relay only',
  'restart': 'Restart ICE',
  'restart.hint': 'New ICE credentials, new candidates, new checks — on the same peer connection.',

  'diagram.title': 'Signaling messages',
  'diagram.intro': 'Everything the tabs said over the BroadcastChannel, in order. Heartbeat hellos (one a second) are left out.',
  'diagram.empty': 'No messages yet.',
  'diagram.sent': 'This tab → other tab',
  'diagram.received': 'Other tab → this tab',
  'diagram.at': '{ms} ms',
  'msg.hello.nobody': 'hello: I am here, with no partner yet',
  'msg.hello.sent': 'hello: I choose you as my partner',
  'msg.hello.received': 'hello: I choose you as my partner',
  'msg.hello.another-tab': 'hello: I am paired with another tab',
  'msg.offer': 'offer: {media}, ice-ufrag {ufrag}, setup {setup}, {hash} fingerprint',
  'msg.answer': 'answer: {media}, ice-ufrag {ufrag}, setup {setup}, {hash} fingerprint',
  'msg.sdpCandidates': ', {n} candidates inside',
  'msg.candidate': 'candidate: {type} {protocol} {address}',
  'msg.candidate.unparsed': 'candidate',
  'msg.end-of-candidates': 'end-of-candidates: no more candidates from this side',
  'msg.bye.closed': 'bye: the page is closing',
  'msg.bye.reconnecting': 'bye: reconnecting with new settings',
  'msg.bye.new-room': 'bye: moving to a new room',
  'msg.showSdp': 'Show the SDP',
  'msg.inspect': 'Inspect this candidate',
  'note.joined': 'Joined room {room}.',
  'note.paired': 'Paired with the other tab. This tab is the {role}.',
  'note.unpaired.self': 'This tab left the room.',
  'note.ignored-offer': 'Offers crossed (glare). This tab is impolite: it ignored the other tab’s offer and waits for the answer to its own.',
  'note.rolled-back': 'Offers crossed (glare). This tab is polite: it rolled back its own offer and answers the other tab’s.',
  'note.ignored-answer': 'An answer arrived for an offer this tab no longer has; it was ignored.',
  'note.gathering-stalled':
    'After the rollback, this browser has gathered no candidates for 3 seconds, so this connection cannot complete. Press “Apply and reconnect” to start a fresh one.',
  'note.ice-restart': 'ICE restart: new ufrag and password, new candidates, new checks.',
  'note.reconnecting': 'New settings: this tab leaves the room and joins it again.',
  'note.refused': 'Refused a message. {text}',
  'note.failure': 'The browser refused a step ({step}): {detail}',

  'timeline.title': 'States over time',
  'timeline.intro': 'Every state change of this tab’s connection, in milliseconds since the two tabs paired.',
  'timeline.empty': 'No state changes yet: they start once the tabs pair.',
  'timeline.col.at': 'At (ms)',
  'timeline.col.machine': 'State machine',
  'timeline.col.state': 'New state',
  'timeline.col.since': 'After (ms)',
  'machine.gathering': 'ICE gathering',
  'machine.ice': 'ICE connection',
  'machine.dtls': 'DTLS',
  'machine.channel': 'Data channel',
  'machine.connection': 'Peer connection',
  'timeline.now': 'Now',

  'pairs.title': 'Candidate pairs',
  'pairs.intro': 'From getStats(), read every second; highest pair priority first.',
  'pairs.empty': 'No candidate pairs yet.',
  'pairs.empty.failed': 'The browser reported no candidate pair before the connection failed: the pairs failed faster than getStats() could read them (it reads every 50 ms while ICE is checking). The diagnosis above lists the pairs the candidates make.',
  'pairs.col.local': 'Local (this tab)',
  'pairs.col.remote': 'Remote (other tab)',
  'pairs.col.state': 'State',
  'pairs.col.nominated': 'Nominated',
  'pairs.col.priority': 'Pair priority',
  'pairs.col.rtt': 'RTT (ms)',
  'pairs.col.bytes': 'Bytes sent / received',
  'pairs.selected': 'selected',
  'pairs.yes': 'yes',
  'pairs.no': 'no',
  'pairs.why': 'Why this pair',
  'pairs.refresh': 'Read the stats now',
  'pairs.gone': 'last known state: the browser no longer reports this pair',

  'chat.title': 'Data channel',
  'chat.label': 'Message to the other tab',
  'chat.send': 'Send',
  'chat.ping': 'Ping',
  'chat.self': 'This tab',
  'chat.peer': 'Other tab',
  'chat.closed': 'Chat and ping work once the data channel is open.',
  'chat.empty': 'No messages yet.',
  'chat.rtt': 'Round trip over the data channel: {ms} ms (ping {id})',
  'chat.rtt.none': 'Press Ping to measure the round-trip time.',

  'failure.title': 'Why it is not connecting',
  'failure.title.soft': 'Connection trouble',
  'failure.read': 'Read the explanation',
} as const;

/** A string key. */
export type LoopbackStringKey = keyof typeof en;

const ja: Record<LoopbackStringKey, string> = {
  'title': '2 タブ・ループバック実験',
  'intro':
    'このページを 2 つ目のタブで開くと、2 つのタブが WebRTC で互いに接続します。シグナリングのメッセージ、状態の変化、候補ペアのすべてが、起きたそばから両方のタブに表示されます。',
  'noscript':
    'この実験には JavaScript が必要です。ブラウザーの 2 つのタブを RTCPeerConnection でつなぎ、シグナリングのメッセージはブラウザー内の BroadcastChannel で受け渡します。記事自体は JavaScript なしでも読めます。',
  'privacy':
    'シグナリングはブラウザーの外に出ません。タブ同士は BroadcastChannel でやり取りします。このサイトにもどのサーバーにも何も送りません。ただし下に STUN／TURN サーバーを追加した場合は、タブが接続するときにブラウザーがそのサーバーにだけ問い合わせます。',
  'open': '2 つ目のタブを開く',
  'newRoom': '新しいルームを作る',
  'link': '同じブラウザーの別のタブやウィンドウで、このリンクを開いてもかまいません。',
  'room.label': 'ルーム',
  'thisTab': 'このタブ',
  'role.polite': 'polite 側（譲る側）',
  'role.impolite': 'impolite 側（譲らない側）',
  'role.none': '役割はまだ決まっていません',
  'role.explain.polite': 'ランダムな ID が先に並ぶので、両方のタブが同時にオファーしたときはこちらが譲ります。',
  'role.explain.impolite': 'ランダムな ID が後に並ぶので、両方のタブが同時にオファーしたときは自分のオファーを通します。',
  'iceRole.controlling': 'ICE：制御側（controlling）。使う組を指名します',
  'iceRole.controlled': 'ICE：被制御側（controlled）。相手のタブの指名に従います',

  'status.idle': '未接続です。「2 つ目のタブを開く」を押すと始まります。押すまでは何も送りません。',
  'status.waiting': 'ルーム {room} で相手のタブを待っています…',
  'status.negotiating': '相手のタブとペアになりました。接続の交渉中です…',
  'status.connected': '接続しました。2 つのタブの間でデータチャネルが開いています。',
  'status.closed': 'ペアにはなっていますが、データチャネルは閉じています。',
  'status.failed': '失敗しました。2 つのタブは接続できませんでした。理由と、試した組を下に示します。',
  'status.full': 'このルームは満員です。',
  'status.unsupported': 'このブラウザーではこの実験を動かせません。',
  'status.bad-link': 'このリンクのルームは使えません。',

  'left.bye': '相手のタブがいなくなりました。閉じるか再読み込みする際に、別れのメッセージ（bye）を送ってきました。',
  'left.timeout': '相手のタブがいなくなりました。{seconds} 秒間なにも届いていません（閉じられたか、クラッシュしたか、スリープ中です）。',
  'left.switched': '相手のタブがこのタブをパートナーとして指名しなくなったため、ペアは解消されました。',
  'left.reconnecting': '相手のタブが新しい設定でつなぎ直しています。',
  'left.new-room': '相手のタブは新しいルームに移りました。',
  'left.wait': 'このタブはルームに残って、新しい相手を待ちます。相手のタブを再読み込みするか、2 つ目のタブをもう一度開いてください。',
  'full.body':
    'このルームでは、すでに別の 2 つのタブが互いに接続しています。新しいルームを作って 2 つ目のタブを開くか、その 2 つのタブのどちらかを閉じてください。閉じれば、このタブが代わりに入ります。',
  'badLink.body': '代わりに新しいルームを作ってください。',
  'unsupported.broadcast-channel':
    'このブラウザーには BroadcastChannel がありません。この実験は、サーバーを使わずに 2 つのタブの間でシグナリングのメッセージを渡すのに BroadcastChannel を使います。最新の Chrome、Edge、Firefox、Safari で試してください。',
  'unsupported.peer-connection':
    'ここでは RTCPeerConnection が使えないため、2 つのタブを接続できません。古いブラウザーや組み込みの Web ビューである可能性のほか、拡張機能やポリシーで WebRTC が無効にされていることも考えられます。',

  'settings.legend': 'このタブの接続設定',
  'settings.modes': 'このタブが使ってよい候補',
  'mode.all': 'すべての候補：ホスト候補と、下のサーバーから得られる候補',
  'mode.host': 'ホスト候補のみ：下のサーバーは使いません',
  'mode.relay': 'リレーのみ（iceTransportPolicy「relay」）：下に TURN サーバーが必要です',
  'settings.apply': '適用してつなぎ直す',
  'settings.hint.idle': 'この設定は、このタブが接続するときに使われます。',
  'settings.hint.paired': '適用すると、このタブはいったんルームを出て入り直します。両方のタブが新しい接続を作り直します。',
  'settings.fixServers': '先にサーバーの一覧を直してください。{count} 件のサーバーがブラウザーに拒否されます。',
  'settings.current': '現在の接続：{mode}、ICE サーバー {servers} 件',
  'settings.current.all': 'すべての候補',
  'settings.current.host': 'ホスト候補のみ',
  'settings.current.relay': 'リレーのみ',
  'restart': 'ICE をリスタート',
  'restart.hint': '同じピア接続のまま、ICE の認証情報・候補・チェックをすべて新しくします。',

  'diagram.title': 'シグナリングのメッセージ',
  'diagram.intro': 'タブ同士が BroadcastChannel で交わしたメッセージを順に並べています。1 秒ごとのハートビートの hello は省いています。',
  'diagram.empty': 'メッセージはまだありません。',
  'diagram.sent': 'このタブ → 相手のタブ',
  'diagram.received': '相手のタブ → このタブ',
  'diagram.at': '{ms} ms',
  'msg.hello.nobody': 'hello：ここにいます。パートナーはまだいません',
  'msg.hello.sent': 'hello：あなたをパートナーに選びます',
  'msg.hello.received': 'hello：あなたをパートナーに選びます',
  'msg.hello.another-tab': 'hello：別のタブとペアになっています',
  'msg.offer': 'offer：{media}、ice-ufrag {ufrag}、setup {setup}、{hash} のフィンガープリント',
  'msg.answer': 'answer：{media}、ice-ufrag {ufrag}、setup {setup}、{hash} のフィンガープリント',
  'msg.sdpCandidates': '、候補 {n} 件を含む',
  'msg.candidate': 'candidate：{type} {protocol} {address}',
  'msg.candidate.unparsed': 'candidate',
  'msg.end-of-candidates': 'end-of-candidates：こちらの候補はこれで全部です',
  'msg.bye.closed': 'bye：ページを閉じます',
  'msg.bye.reconnecting': 'bye：新しい設定でつなぎ直します',
  'msg.bye.new-room': 'bye：新しいルームに移ります',
  'msg.showSdp': 'SDP を表示',
  'msg.inspect': 'この候補を詳しく見る',
  'note.joined': 'ルーム {room} に入りました。',
  'note.paired': '相手のタブとペアになりました。このタブは{role}です。',
  'note.unpaired.self': 'このタブはルームを出ました。',
  'note.ignored-offer': 'オファーが衝突しました（グレア）。このタブは impolite 側なので、相手のオファーを無視し、自分のオファーへの応答を待ちます。',
  'note.rolled-back': 'オファーが衝突しました（グレア）。このタブは polite 側なので、自分のオファーをロールバックして相手のオファーに応答します。',
  'note.ignored-answer': 'このタブがもう持っていないオファーへのアンサーが届いたため、無視しました。',
  'note.gathering-stalled':
    'ロールバックの後、このブラウザーは 3 秒たっても候補を 1 つも集めていません。このままでは接続が完了しないので、「適用してつなぎ直す」を押して新しい接続を作ってください。',
  'note.ice-restart': 'ICE をリスタートしました。ufrag とパスワード、候補、チェックをすべて新しくします。',
  'note.reconnecting': '新しい設定を適用します。このタブはルームを出て、入り直します。',
  'note.refused': 'メッセージを受け付けませんでした。{text}',
  'note.failure': 'ブラウザーが処理を拒否しました（{step}）：{detail}',

  'timeline.title': '状態の移り変わり',
  'timeline.intro': 'このタブの接続の状態の変化をすべて並べています。時刻は 2 つのタブがペアになってからのミリ秒です。',
  'timeline.empty': '状態の変化はまだありません。タブがペアになると始まります。',
  'timeline.col.at': '時刻（ms）',
  'timeline.col.machine': '状態機械',
  'timeline.col.state': '新しい状態',
  'timeline.col.since': '前の状態から（ms）',
  'machine.gathering': 'ICE 候補の収集',
  'machine.ice': 'ICE 接続',
  'machine.dtls': 'DTLS',
  'machine.channel': 'データチャネル',
  'machine.connection': 'ピア接続',
  'timeline.now': '現在',

  'pairs.title': '候補ペア',
  'pairs.intro': 'getStats() を毎秒読み、ペア優先度の高い順に並べています。',
  'pairs.empty': '候補ペアはまだありません。',
  'pairs.empty.failed': '接続が失敗するまで、ブラウザーは候補ペアを 1 組も報告しませんでした。組は getStats() が読むより速く失敗しました（ICE のチェック中は 50 ms ごとに読んでいます）。交換した候補からできる組は、上の診断に示しています。',
  'pairs.col.local': 'ローカル（このタブ）',
  'pairs.col.remote': 'リモート（相手のタブ）',
  'pairs.col.state': '状態',
  'pairs.col.nominated': '指名',
  'pairs.col.priority': 'ペア優先度',
  'pairs.col.rtt': 'RTT（ms）',
  'pairs.col.bytes': '送信／受信バイト数',
  'pairs.selected': '使用中',
  'pairs.yes': 'あり',
  'pairs.no': 'なし',
  'pairs.why': 'この組が選ばれた理由',
  'pairs.refresh': '今すぐ統計を読む',
  'pairs.gone': '最後に確認した状態です。ブラウザーはこの組をもう報告していません',

  'chat.title': 'データチャネル',
  'chat.label': '相手のタブへのメッセージ',
  'chat.send': '送信',
  'chat.ping': 'Ping',
  'chat.self': 'このタブ',
  'chat.peer': '相手のタブ',
  'chat.closed': 'チャットと Ping は、データチャネルが開くと使えます。',
  'chat.empty': 'メッセージはまだありません。',
  'chat.rtt': 'データチャネルの往復時間：{ms} ms（Ping {id}）',
  'chat.rtt.none': 'Ping を押すと往復時間を測れます。',

  'failure.title': 'つながらない理由',
  'failure.title.soft': '接続に問題があります',
  'failure.read': '解説を読む',
};

/** Every UI string, by language. */
export const strings = { en, ja } as const;

/**
 * Looks up a UI string and fills `{placeholders}`.
 *
 * @param lang - `en` or `ja`.
 * @param key - A key of the tables above.
 * @param params - Values for the placeholders.
 * @returns The text.
 */
export function l(lang: Lang, key: LoopbackStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(strings[lang][key], params);
}
