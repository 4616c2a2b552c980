/**
 * Reader-facing text of the explorer helpers `fieldList.ts` (how a decoded
 * value is shown next to its field) and `endpointInput.ts` (why an address
 * typed for "build a response" was refused), in English and Japanese.
 * Field explanations and codec errors live in `messages.ts`.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  'group-header': 'STUN header',
  'group-channel-data': 'ChannelData message',
  'group-attribute': 'Attribute {n}: {name}',
  'class-request': 'request',
  'class-indication': 'indication',
  'class-success-response': 'success response',
  'class-error-response': 'error response',
  'value-message-type': '{method} {class}',
  'value-unknown-method': 'method {method}',
  'value-bytes': '{n} bytes',
  'value-one-byte': '1 byte',
  'value-seconds': '{n} seconds',
  'value-on-the-wire': '{value} (on the wire {wire})',
  'value-family': '{family} ({byte})',
  'value-unknown-family': 'unknown family {byte}',
  'value-comprehension-required': 'comprehension-required',
  'value-comprehension-optional': 'comprehension-optional',
  'value-unknown-attribute': 'unknown attribute',
  'value-error-class': '{n} (a {n}xx error)',
  'value-error-number': '{n}, so the code is {code}',
  'value-protocol': '{n} ({name})',
  'value-protocol-other': '{n} (IP protocol number)',
  'value-sized': '{size}: {preview}',
  'value-zero-padding': 'all zero',
  'endpoint-address-empty': 'Type the IPv4 or IPv6 address the STUN server would see, for example 203.0.113.5.',
  'endpoint-address-hostname':
    '{address} is a name, not an IP address; a STUN server only ever sees the IP address a packet came from, so type that.',
  'endpoint-address-invalid':
    '{address} is not an IPv4 address (four numbers 0–255, such as 203.0.113.5) or an IPv6 address (such as 2001:db8::5).',
  'endpoint-port-empty': 'Type the port the STUN server would see, a whole number from 1 to 65535.',
  'endpoint-port-invalid': 'Port {port} is not a whole number; type digits only, from 1 to 65535.',
  'endpoint-port-out-of-range': 'Port {port} is outside 1–65535, the ports a UDP packet can come from.',
  'endpoint-port-conflict':
    'The address gives port {addressPort} but the port field says {port}; keep one of them.',
} as const;

const ja: Translation<typeof en> = {
  'group-header': 'STUN ヘッダー',
  'group-channel-data': 'ChannelData メッセージ',
  'group-attribute': '属性 {n}: {name}',
  'class-request': 'リクエスト',
  'class-indication': 'インディケーション',
  'class-success-response': '成功レスポンス',
  'class-error-response': 'エラーレスポンス',
  'value-message-type': '{method} {class}',
  'value-unknown-method': 'メソッド {method}',
  'value-bytes': '{n} バイト',
  'value-one-byte': '1 バイト',
  'value-seconds': '{n} 秒',
  'value-on-the-wire': '{value}（ネットワーク上では {wire}）',
  'value-family': '{family}（{byte}）',
  'value-unknown-family': '未定義のファミリー {byte}',
  'value-comprehension-required': '理解必須',
  'value-comprehension-optional': '理解任意',
  'value-unknown-attribute': '未知の属性',
  'value-error-class': '{n}（{n}xx 系のエラー）',
  'value-error-number': '{n}（エラーコードは {code}）',
  'value-protocol': '{n}（{name}）',
  'value-protocol-other': '{n}（IP プロトコル番号）',
  'value-sized': '{size}: {preview}',
  'value-zero-padding': 'すべて 0',
  'endpoint-address-empty': 'STUN サーバーから見える IPv4 または IPv6 アドレスを入力してください（例: 203.0.113.5）。',
  'endpoint-address-hostname':
    '{address} は名前であって IP アドレスではありません。STUN サーバーが見るのはパケットの送信元 IP アドレスだけなので、アドレスを入力してください。',
  'endpoint-address-invalid':
    '{address} は IPv4 アドレス（203.0.113.5 のように 0〜255 の数を 4 つ並べたもの）でも IPv6 アドレス（2001:db8::5 など）でもありません。',
  'endpoint-port-empty': 'STUN サーバーから見えるポート番号を、1〜65535 の整数で入力してください。',
  'endpoint-port-invalid': 'ポート {port} は整数ではありません。1〜65535 の数字だけを入力してください。',
  'endpoint-port-out-of-range': 'ポート {port} は、UDP パケットの送信元になりうる 1〜65535 の範囲外です。',
  'endpoint-port-conflict':
    'アドレスにはポート {addressPort} が含まれていますが、ポート欄は {port} です。どちらか一方にしてください。',
};

/** The explorer helpers' text; read it with `translator(lang, explorerText)`. */
export const explorerText = defineDictionary({ en, ja });
