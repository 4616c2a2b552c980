import { fillTemplate } from '../../lib/fillTemplate.ts';
/**
 * UI strings of the shared ICE components (the server editor and the
 * candidate details view), flat dotted keys per language. Explanations of
 * candidate fields come from `src/lib/ice/messages.ts`, not from here.
 */
/** The site's languages (`src/i18n/locales.ts`, the one declaration). */
export type { Lang } from '../../i18n/locales.ts';
import type { Lang } from '../../i18n/locales.ts';

const en = {
  'editor.legend': 'ICE servers',
  'editor.intro':
    'The STUN and TURN servers the browser asks for candidates. Nothing is contacted until you press the button that uses them.',
  'editor.presets': 'Presets',
  'editor.preset.none': 'No servers (host candidates only)',
  'editor.preset.public-stun': 'A public STUN server (example)',
  'editor.preset.own-coturn': 'Your own coturn (template)',
  'editor.preset.public-stun.note':
    'An example of the syntax. It is on the internet, so it is unreachable from a closed network; replace it with your own server there.',
  'editor.preset.own-coturn.note':
    'A template: replace turn.example.internal with your coturn’s name or address, and fill in the username and credential.',
  'editor.empty': 'No servers: the browser will gather host candidates only.',
  'editor.server': 'Server {n}',
  'editor.urls': 'URLs',
  'editor.urls.hint': 'stun:, stuns:, turn: or turns:; separate several with commas.',
  'editor.username': 'Username',
  'editor.credential': 'Credential',
  'editor.showCredential': 'Show',
  'editor.remove': 'Remove server {n}',
  'editor.add': 'Add a server',
  'editor.useSuggestion': 'Use {suggestion}',
  'editor.problemsHeading': 'Server {n} will not be accepted:',
  'details.line': 'The line',
  'details.fields': 'Fields',
  'details.field': 'Field',
  'details.value': 'Value',
  'details.meaning': 'Meaning',
  'details.glossary': 'Glossary: {term}',
  'details.type': 'What the type means',
  'details.priority': 'Priority, decoded',
  'details.priority.formula': '{priority} = 2²⁴ × {type} + 2⁸ × {local} + (256 − {component})',
  'details.priority.typePreference': 'Type preference',
  'details.priority.localPreference': 'Local preference',
  'details.priority.component': 'Component',
  'details.priority.localExplained':
    'The local preference ranks candidates of the same type; browsers derive it from the interface (network type, IPv6 before IPv4, VPN) so that better interfaces win.',
  'details.related': 'Why raddr matters',
  'details.related.none': 'This candidate carries no related address: host candidates are their own base.',
  'details.related.hidden':
    'raddr 0.0.0.0 rport 0 means the browser hid the private address (mDNS mode or relay-only policy); the candidate still works.',
  'details.related.same': 'The related address {raddr} is {class}; the candidate’s address {address} is {class2}.',
  'details.addressClass': '{address} is {class}.',
  'details.notes': 'Remarks',
  'details.server': 'Came from',
  'details.extension': 'Extension',
  'details.extension.unknown': 'An extension attribute this guide does not explain; ICE agents ignore extensions they do not know.',
  'details.readMore': 'Read more',
  'details.article.anatomy': 'Anatomy of an ICE candidate',
  'details.article.closedNetwork': 'Signaling works but media doesn’t',
  'details.article.coturn': 'Running coturn in a closed network',
  'details.invalid': 'This line is not a valid candidate',
  'details.missingHere': '(missing here)',
  'details.rfc': 'Defined in {rfc}',
  'details.extensionNoRfc': 'A browser extension; no RFC defines it.',
  'badge.host': 'host',
  'badge.srflx': 'srflx',
  'badge.prflx': 'prflx',
  'badge.relay': 'relay',
  'badge.mdns': 'host · mDNS',
  'term.host-candidate': 'host candidate',
  'term.server-reflexive-candidate': 'server-reflexive candidate',
  'term.peer-reflexive-candidate': 'peer-reflexive candidate',
  'term.relayed-candidate': 'relayed candidate',
  'term.mdns-candidate': 'mDNS candidate',
  'term.foundation': 'foundation',
  'term.component': 'component',
  'term.priority': 'priority',
  'term.candidate-pair': 'candidate pair',
  'term.trickle-ice': 'trickle ICE',
  'term.stun': 'STUN',
  'term.turn': 'TURN',
  'term.nat': 'NAT',
} as const;

export type IceStringKey = keyof typeof en;

const ja: { readonly [K in IceStringKey]: string } = {
  'editor.legend': 'ICE サーバー',
  'editor.intro': 'ブラウザーが候補を問い合わせる STUN・TURN サーバーです。それを使うボタンを押すまで、どのサーバーにも接続しません。',
  'editor.presets': 'プリセット',
  'editor.preset.none': 'サーバーなし（ホスト候補のみ）',
  'editor.preset.public-stun': '公開 STUN サーバー（例）',
  'editor.preset.own-coturn': '自前の coturn（ひな形）',
  'editor.preset.public-stun.note':
    '書き方の例です。インターネット上にあるため、閉域網からは届きません。閉域では自前のサーバーに置き換えてください。',
  'editor.preset.own-coturn.note':
    'ひな形です。turn.example.internal をあなたの coturn の名前かアドレスに置き換え、ユーザー名と credential を入力してください。',
  'editor.empty': 'サーバーがありません。ブラウザーはホスト候補だけを収集します。',
  'editor.server': 'サーバー {n}',
  'editor.urls': 'URL',
  'editor.urls.hint': 'stun:・stuns:・turn:・turns: のいずれか。複数あるときはカンマで区切ります。',
  'editor.username': 'ユーザー名',
  'editor.credential': 'credential（パスワード）',
  'editor.showCredential': '表示',
  'editor.remove': 'サーバー {n} を削除',
  'editor.add': 'サーバーを追加',
  'editor.useSuggestion': '{suggestion} にする',
  'editor.problemsHeading': 'サーバー {n} はこのままでは受け付けられません：',
  'details.line': '候補行',
  'details.fields': '各フィールド',
  'details.field': 'フィールド',
  'details.value': '値',
  'details.meaning': '意味',
  'details.glossary': '用語集：{term}',
  'details.type': 'タイプの意味',
  'details.priority': '優先度の内訳',
  'details.priority.formula': '{priority} = 2²⁴ × {type} + 2⁸ × {local} + (256 − {component})',
  'details.priority.typePreference': 'タイプ優先度',
  'details.priority.localPreference': 'ローカル優先度',
  'details.priority.component': 'コンポーネント',
  'details.priority.localExplained':
    'ローカル優先度は同じタイプの候補どうしの順位です。ブラウザーはインターフェースの種類（有線か無線か、IPv6 か IPv4 か、VPN かなど）から決め、よい経路が先に試されるようにします。',
  'details.related': 'raddr が大切な理由',
  'details.related.none': 'この候補には関連アドレスがありません。ホスト候補は、それ自身がベースだからです。',
  'details.related.hidden':
    'raddr 0.0.0.0 rport 0 は、ブラウザーがプライベートアドレスを伏せたことを示します（mDNS モードやリレー限定ポリシーのとき）。候補そのものは問題なく使えます。',
  'details.related.same': '関連アドレス {raddr} は{class}、この候補のアドレス {address} は{class2}です。',
  'details.addressClass': '{address} は{class}です。',
  'details.notes': '補足',
  'details.server': '取得元',
  'details.extension': '拡張属性',
  'details.extension.unknown': 'このガイドでは説明していない拡張属性です。ICE エージェントは知らない拡張属性を無視します。',
  'details.readMore': 'さらに読む',
  'details.article.anatomy': 'ICE 候補の解剖',
  'details.article.closedNetwork': 'シグナリングは通るのにメディアが流れない',
  'details.article.coturn': '閉域網で coturn を動かす',
  'details.invalid': 'この行は候補として正しくありません',
  'details.missingHere': '（ここが欠けています）',
  'details.rfc': '定義：{rfc}',
  'details.extensionNoRfc': 'ブラウザー独自の拡張で、RFC には定義がありません。',
  'badge.host': 'host',
  'badge.srflx': 'srflx',
  'badge.prflx': 'prflx',
  'badge.relay': 'relay',
  'badge.mdns': 'host · mDNS',
  'term.host-candidate': 'ホスト候補',
  'term.server-reflexive-candidate': 'サーバーリフレクシブ候補',
  'term.peer-reflexive-candidate': 'ピアリフレクシブ候補',
  'term.relayed-candidate': 'リレー候補',
  'term.mdns-candidate': 'mDNS 候補',
  'term.foundation': 'ファウンデーション',
  'term.component': 'コンポーネント',
  'term.priority': '優先度',
  'term.candidate-pair': '候補ペア',
  'term.trickle-ice': 'Trickle ICE',
  'term.stun': 'STUN',
  'term.turn': 'TURN',
  'term.nat': 'NAT',
};

export const strings = { en, ja } as const;

/**
 * A UI string with `{placeholder}`s filled in.
 *
 * @param lang - `en` or `ja`.
 * @param key - The string's key.
 * @param params - Placeholder values.
 * @returns The text.
 */
export function s(lang: Lang, key: IceStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(strings[lang][key], params);
}
