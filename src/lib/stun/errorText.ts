/**
 * The STUN codec's sentences: one per error, note and verification code,
 * in English and Japanese. Read them with
 * `translator(lang, stunErrorText)(error.code, error.details)`.
 * `errors.ts` builds the codec's error objects from these; this module
 * imports nothing from the codec, so there is no import cycle.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  'hex-empty': 'The text holds no hex digits; paste the message as hex, for example 00 01 00 00 21 12 a4 42 ….',
  'hex-invalid-character':
    'Character {character} at line {line}, column {column} is not a hex digit; remove it or paste only the hex bytes.',
  'hex-odd-digit-count':
    'The hex digit {character} at line {line}, column {column} has no partner; each byte needs two digits, so add the missing one (write 0f, not f).',
  'hex-dump-squeezed':
    'Line {line} is a lone *, which hexdump prints in place of repeated lines it left out; dump again with hexdump -v -C so that every line is printed.',
  'hex-dump-missing-offset':
    'Line {line} of the dump does not start with an offset such as 0010; paste only the dump lines, without headings or comments.',
  'hex-dump-bad-offset':
    'Line {line} has offset {found}, which does not follow from the lines before it (expected {expected}); paste the whole dump, in order.',
  'hex-dump-short-line':
    "Line {line} holds {found} bytes but the next line's offset says it should hold {expected}; paste the dump without editing its lines.",
  'stun-truncated-header':
    'A STUN header is 20 bytes but only {available} bytes were given; paste the whole message.',
  'stun-top-bits-not-zero':
    'The first byte {firstByte} does not start with the bits 00 that every STUN message starts with, so this is not STUN; check that the bytes start at the UDP payload.',
  'stun-looks-like-channel-data':
    'The first byte {firstByte} starts with the bits 01, so this is not STUN but most likely a TURN ChannelData message; decode it as ChannelData.',
  'stun-bad-magic-cookie':
    'Bytes 4–7 hold {found} instead of the magic cookie 0x2112A442; with the top two bits zero this looks like a classic RFC 3489 STUN message, which has no cookie and is not decoded here.',
  'stun-length-not-multiple-of-four':
    'The message length field says {length}, which is not a multiple of 4; every STUN attribute is padded to 4 bytes, so check bytes 2–3.',
  'stun-length-exceeds-data':
    'The message length field says {length} bytes follow the header but only {available} do; the message is cut short, so paste all of it.',
  'stun-trailing-bytes':
    'The message length field says {length} bytes follow the header, but {extra} more bytes come after the message; remove them or check the length field.',
  'stun-attribute-overrun':
    'Attribute {attributeNumber} ({attribute}) at offset {attributeOffset} claims a {valueLength}-byte value ({needed} bytes with padding) but only {remaining} bytes remain in the message; its length field or the message length is wrong.',
  'channel-data-truncated-header':
    'A ChannelData header is 4 bytes but only {available} bytes were given; paste the whole message.',
  'channel-data-not-channel-data':
    'The first byte {firstByte} does not start with the bits 01, so this is not a ChannelData message; try decoding it as STUN.',
  'channel-data-reserved-channel-number':
    'Channel number {channel} is in the reserved range 0x5000–0x7FFF; a client can bind only 0x4000–0x4FFF, so check bytes 0–1.',
  'channel-data-length-exceeds-data':
    'The length field says {length} bytes of data follow but only {available} do; the message is cut short, so paste all of it.',
  'channel-data-trailing-bytes':
    'After {length} bytes of data come {extra} more bytes, which is neither nothing nor the {padding} bytes of padding; remove the extra bytes or check the length field.',
  'packet-empty': 'No bytes were given; paste a STUN or ChannelData message.',
  'packet-unrecognised':
    'The first byte {firstByte} is neither STUN (0x00–0x03) nor ChannelData (0x40–0x4F); check that the bytes start at the UDP payload.',
  'packet-other-protocol':
    'The first byte {firstByte} is neither STUN nor ChannelData; by RFC 7983 it looks like {guess}, which this explorer does not decode.',
  'attribute-length-invalid':
    'Attribute {attribute} has a {length}-byte value but its format needs {expected} bytes; the value is shown as raw bytes.',
  'unknown-attributes-odd-length':
    'UNKNOWN-ATTRIBUTES has a {length}-byte value, but it is a list of 2-byte attribute types, so its length must be even.',
  'address-family-unknown':
    'Attribute {attribute} gives address family {family}; only 0x01 (IPv4) and 0x02 (IPv6) exist, so the address cannot be read.',
  'text-not-utf8': 'The text in {attribute} is not valid UTF-8; bytes that cannot be decoded are shown as �.',
  'text-too-long': '{attribute} holds {length} bytes, more than the {maxBytes} it may hold.',
  'error-code-out-of-range':
    'ERROR-CODE gives class {errorClass} and number {errorNumber} (code {code}); the class must be 3–6 and the number 0–99.',
  'padding-not-zero':
    'The padding after {attribute} is not zero; senders should send zeros, but receivers must ignore these bytes (RFC 5769 pads with spaces on purpose).',
  'unknown-comprehension-required':
    'Attribute type {attributeType} is unknown and in the comprehension-required range 0x0000–0x7FFF; a server would reject such a request with 420 Unknown Attribute.',
  'encode-bad-transaction-id': 'The transaction ID has {length} bytes but must have exactly 12.',
  'encode-bad-class':
    '{messageClass} is not a message class; use request, indication, success-response or error-response.',
  'encode-unknown-method': '{method} is not a method this encoder knows; give its 12-bit number instead.',
  'encode-method-out-of-range': 'Method {method} does not fit in 12 bits (0x000–0xFFF).',
  'encode-bad-attribute-type':
    'Attribute {attributeNumber}: {type} is neither an attribute name this encoder knows nor a number from 0 to 65535.',
  'encode-bad-address': 'Attribute {attributeNumber}: {address} is not an IPv4 or IPv6 address.',
  'encode-bad-port': 'Attribute {attributeNumber}: port {port} is not a whole number from 0 to 65535.',
  'encode-bad-number': "Attribute {attributeNumber}: {value} does not fit in {attribute}'s field.",
  'encode-bad-error-code': 'Attribute {attributeNumber}: error code {code} is not a whole number from 300 to 699.',
  'encode-bad-channel-number':
    'Channel number {channel} is outside 0x4000–0x4FFF (16384–20479), the range a client may bind.',
  'encode-bad-padding': 'The padding has {found} bytes but the value needs exactly {expected}.',
  'encode-bad-integrity-length':
    'Attribute {attributeNumber}: {attribute} cannot be {length} bytes long; MESSAGE-INTEGRITY is 20 bytes and MESSAGE-INTEGRITY-SHA256 16–32 bytes in steps of 4.',
  'encode-missing-credentials':
    'Attribute {attributeNumber}: {attribute} has no value, so it must be computed, which needs credentials (a password, or a username, realm and password).',
  'encode-value-too-long': '{attribute} would be {length} bytes long, more than the {maxBytes} allowed.',
  'encode-message-too-long':
    'The attributes add up to {length} bytes, more than the 65535 that the message length field can hold.',
  'integrity-valid':
    'MESSAGE-INTEGRITY at offset {offset} matches: the sender knows the password and the bytes before it were not changed.',
  'integrity-mismatch':
    'MESSAGE-INTEGRITY at offset {offset} does not match (computed {expected}, found {actual}); either the credentials are wrong or bytes before it were changed.',
  'integrity-not-checked':
    'MESSAGE-INTEGRITY at offset {offset} was not checked; enter the password (and, for long-term credentials, the username and realm) to check it.',
  'integrity-absent': 'The message has no MESSAGE-INTEGRITY attribute.',
  'integrity-bad-length':
    'MESSAGE-INTEGRITY at offset {offset} is {length} bytes long instead of 20, so it cannot hold an HMAC-SHA1.',
  'integrity-sha256-valid':
    'MESSAGE-INTEGRITY-SHA256 at offset {offset} matches: the sender knows the password and the bytes before it were not changed.',
  'integrity-sha256-mismatch':
    'MESSAGE-INTEGRITY-SHA256 at offset {offset} does not match (computed {expected}, found {actual}); either the credentials are wrong or bytes before it were changed.',
  'integrity-sha256-not-checked':
    'MESSAGE-INTEGRITY-SHA256 at offset {offset} was not checked; enter the password (and, for long-term credentials, the username and realm) to check it.',
  'integrity-sha256-absent': 'The message has no MESSAGE-INTEGRITY-SHA256 attribute.',
  'integrity-sha256-bad-length':
    'MESSAGE-INTEGRITY-SHA256 at offset {offset} is {length} bytes long; it must be 16 to 32 bytes in steps of 4.',
  'fingerprint-valid':
    'FINGERPRINT at offset {offset} matches the CRC-32 of the bytes before it, XORed with 0x5354554E.',
  'fingerprint-mismatch':
    'FINGERPRINT at offset {offset} does not match (computed {expected}, found {actual}); some byte before it was changed.',
  'fingerprint-absent': 'The message has no FINGERPRINT attribute.',
  'fingerprint-bad-length': 'FINGERPRINT at offset {offset} is {length} bytes long instead of 4.',
  'fingerprint-not-last': 'FINGERPRINT must be the last attribute, but {attribute} follows it at offset {offset}.',
  'attribute-after-integrity':
    '{attribute} at offset {offset} follows MESSAGE-INTEGRITY, where only MESSAGE-INTEGRITY-SHA256 and FINGERPRINT may stand; a receiver ignores it.',
  'attribute-after-integrity-sha256':
    '{attribute} at offset {offset} follows MESSAGE-INTEGRITY-SHA256, where only FINGERPRINT may stand; a receiver ignores it.',
  'order-valid': 'Only the allowed attributes follow the integrity attributes.',
} as const;

const ja: Translation<typeof en> = {
  'hex-empty':
    '16 進数の数字が見つかりません。メッセージを 16 進数で貼り付けてください（例: 00 01 00 00 21 12 a4 42 …）。',
  'hex-invalid-character':
    '{line} 行 {column} 桁目の文字 {character} は 16 進数の数字ではありません。取り除くか、16 進数のバイト列だけを貼り付けてください。',
  'hex-odd-digit-count':
    '{line} 行 {column} 桁目の {character} には対になる数字がありません。1 バイトは 2 桁で表すので、足りない桁を補ってください（f ではなく 0f）。',
  'hex-dump-squeezed':
    '{line} 行目の * は、hexdump が同じ内容の行を省略したことを示す記号です。すべての行が出力されるよう、hexdump -v -C でダンプし直してください。',
  'hex-dump-missing-offset':
    'ダンプの {line} 行目が 0010 のようなオフセットで始まっていません。見出しやコメントを除き、ダンプの行だけを貼り付けてください。',
  'hex-dump-bad-offset':
    '{line} 行目のオフセット {found} が前の行とつながりません（期待値は {expected}）。ダンプ全体を順番どおりに貼り付けてください。',
  'hex-dump-short-line':
    '{line} 行目には {found} バイトしかありませんが、次の行のオフセットからは {expected} バイトあるはずです。行を編集せずにダンプを貼り付けてください。',
  'stun-truncated-header':
    'STUN ヘッダーは 20 バイトですが、{available} バイトしかありません。メッセージ全体を貼り付けてください。',
  'stun-top-bits-not-zero':
    '先頭バイト {firstByte} の上位 2 ビットが 00 ではありません。STUN メッセージは必ず 00 で始まるので、これは STUN ではありません。UDP ペイロードの先頭から貼り付けているか確認してください。',
  'stun-looks-like-channel-data':
    '先頭バイト {firstByte} の上位 2 ビットが 01 なので、STUN ではなく TURN の ChannelData メッセージだと考えられます。ChannelData として解析してください。',
  'stun-bad-magic-cookie':
    '4〜7 バイト目がマジッククッキー 0x2112A442 ではなく {found} です。上位 2 ビットは 0 なので、クッキーを持たない旧来の RFC 3489 形式の STUN メッセージと思われますが、ここでは解析しません。',
  'stun-length-not-multiple-of-four':
    'メッセージ長フィールドの値 {length} が 4 の倍数ではありません。STUN の属性はすべて 4 バイト単位にパディングされるので、2〜3 バイト目を確認してください。',
  'stun-length-exceeds-data':
    'メッセージ長フィールドはヘッダーの後に {length} バイト続くと示していますが、実際には {available} バイトしかありません。メッセージが途中で切れているので、全体を貼り付けてください。',
  'stun-trailing-bytes':
    'メッセージ長フィールドはヘッダーの後に {length} バイトと示していますが、メッセージの後にさらに {extra} バイトあります。余分なバイトを取り除くか、長さフィールドを確認してください。',
  'stun-attribute-overrun':
    'オフセット {attributeOffset} の {attributeNumber} 番目の属性（{attribute}）は値を {valueLength} バイト（パディング込みで {needed} バイト）としていますが、メッセージには残り {remaining} バイトしかありません。属性の長さフィールドかメッセージ長が誤っています。',
  'channel-data-truncated-header':
    'ChannelData のヘッダーは 4 バイトですが、{available} バイトしかありません。メッセージ全体を貼り付けてください。',
  'channel-data-not-channel-data':
    '先頭バイト {firstByte} の上位 2 ビットが 01 ではないので、ChannelData メッセージではありません。STUN として解析してみてください。',
  'channel-data-reserved-channel-number':
    'チャネル番号 {channel} は予約済みの範囲 0x5000〜0x7FFF にあります。クライアントがバインドできるのは 0x4000〜0x4FFF だけなので、0〜1 バイト目を確認してください。',
  'channel-data-length-exceeds-data':
    '長さフィールドは {length} バイトのデータが続くと示していますが、{available} バイトしかありません。メッセージが途中で切れているので、全体を貼り付けてください。',
  'channel-data-trailing-bytes':
    '{length} バイトのデータの後に {extra} バイトが続いていますが、これはパディング（{padding} バイト）とも一致しません。余分なバイトを取り除くか、長さフィールドを確認してください。',
  'packet-empty': 'バイト列が空です。STUN または ChannelData のメッセージを貼り付けてください。',
  'packet-unrecognised':
    '先頭バイト {firstByte} は STUN（0x00〜0x03）でも ChannelData（0x40〜0x4F）でもありません。UDP ペイロードの先頭から貼り付けているか確認してください。',
  'packet-other-protocol':
    '先頭バイト {firstByte} は STUN でも ChannelData でもありません。RFC 7983 の区分では {guess} のようですが、このツールでは解析できません。',
  'attribute-length-invalid':
    '{attribute} 属性の値は {length} バイトですが、この形式では {expected} バイトでなければなりません。値はそのままのバイト列で表示しています。',
  'unknown-attributes-odd-length':
    'UNKNOWN-ATTRIBUTES の値は {length} バイトですが、2 バイトの属性タイプを並べたものなので、長さは偶数でなければなりません。',
  'address-family-unknown':
    '{attribute} 属性のアドレスファミリー {family} は定義されていません。定義済みなのは 0x01（IPv4）と 0x02（IPv6）だけなので、アドレスを読み取れません。',
  'text-not-utf8': '{attribute} のテキストは正しい UTF-8 ではありません。解釈できないバイトは � で表示しています。',
  'text-too-long': '{attribute} は {length} バイトあり、上限の {maxBytes} バイトを超えています。',
  'error-code-out-of-range':
    'ERROR-CODE のクラスは {errorClass}、番号は {errorNumber}（コード {code}）です。クラスは 3〜6、番号は 0〜99 でなければなりません。',
  'padding-not-zero':
    '{attribute} の後のパディングが 0 ではありません。送信側は 0 を送るべきですが、受信側はこのバイトを無視しなければなりません（RFC 5769 のテストベクターはあえて空白で埋めています）。',
  'unknown-comprehension-required':
    '属性タイプ {attributeType} は未知の属性で、しかも理解必須（comprehension-required）の範囲 0x0000〜0x7FFF にあります。サーバーはこのようなリクエストを 420 Unknown Attribute で拒否します。',
  'encode-bad-transaction-id': 'トランザクション ID が {length} バイトです。ちょうど 12 バイトにしてください。',
  'encode-bad-class':
    '{messageClass} はメッセージクラスではありません。request、indication、success-response、error-response のいずれかを指定してください。',
  'encode-unknown-method':
    '{method} はこのエンコーダーが知らないメソッドです。代わりに 12 ビットのメソッド番号を指定してください。',
  'encode-method-out-of-range': 'メソッド {method} は 12 ビット（0x000〜0xFFF）に収まりません。',
  'encode-bad-attribute-type':
    '{attributeNumber} 番目の属性: {type} は既知の属性名でも、0〜65535 の数値でもありません。',
  'encode-bad-address': '{attributeNumber} 番目の属性: {address} は IPv4 アドレスでも IPv6 アドレスでもありません。',
  'encode-bad-port': '{attributeNumber} 番目の属性: ポート {port} は 0〜65535 の整数ではありません。',
  'encode-bad-number': '{attributeNumber} 番目の属性: {value} は {attribute} のフィールドに収まりません。',
  'encode-bad-error-code': '{attributeNumber} 番目の属性: エラーコード {code} は 300〜699 の整数ではありません。',
  'encode-bad-channel-number':
    'チャネル番号 {channel} は、クライアントがバインドできる範囲 0x4000〜0x4FFF（16384〜20479）の外にあります。',
  'encode-bad-padding': 'パディングが {found} バイトありますが、この値に必要なのはちょうど {expected} バイトです。',
  'encode-bad-integrity-length':
    '{attributeNumber} 番目の属性: {attribute} を {length} バイトにはできません。MESSAGE-INTEGRITY は 20 バイト、MESSAGE-INTEGRITY-SHA256 は 16〜32 バイト（4 の倍数）です。',
  'encode-missing-credentials':
    '{attributeNumber} 番目の属性: {attribute} に値がないので計算する必要がありますが、そのための資格情報（パスワード、またはユーザー名・レルム・パスワード）が指定されていません。',
  'encode-value-too-long': '{attribute} は {length} バイトになり、上限の {maxBytes} バイトを超えます。',
  'encode-message-too-long':
    '属性の合計が {length} バイトになり、メッセージ長フィールドで表せる 65535 バイトを超えます。',
  'integrity-valid':
    'オフセット {offset} の MESSAGE-INTEGRITY は一致しました。送信者はパスワードを知っており、それより前のバイトは改ざんされていません。',
  'integrity-mismatch':
    'オフセット {offset} の MESSAGE-INTEGRITY が一致しません（計算値 {expected}、実際の値 {actual}）。資格情報が違うか、それより前のバイトが変更されています。',
  'integrity-not-checked':
    'オフセット {offset} の MESSAGE-INTEGRITY はまだ検証していません。パスワード（長期認証ではユーザー名とレルムも）を入力すると検証できます。',
  'integrity-absent': 'このメッセージには MESSAGE-INTEGRITY 属性がありません。',
  'integrity-bad-length':
    'オフセット {offset} の MESSAGE-INTEGRITY は 20 バイトではなく {length} バイトなので、HMAC-SHA1 の値ではありえません。',
  'integrity-sha256-valid':
    'オフセット {offset} の MESSAGE-INTEGRITY-SHA256 は一致しました。送信者はパスワードを知っており、それより前のバイトは改ざんされていません。',
  'integrity-sha256-mismatch':
    'オフセット {offset} の MESSAGE-INTEGRITY-SHA256 が一致しません（計算値 {expected}、実際の値 {actual}）。資格情報が違うか、それより前のバイトが変更されています。',
  'integrity-sha256-not-checked':
    'オフセット {offset} の MESSAGE-INTEGRITY-SHA256 はまだ検証していません。パスワード（長期認証ではユーザー名とレルムも）を入力すると検証できます。',
  'integrity-sha256-absent': 'このメッセージには MESSAGE-INTEGRITY-SHA256 属性がありません。',
  'integrity-sha256-bad-length':
    'オフセット {offset} の MESSAGE-INTEGRITY-SHA256 は {length} バイトです。16〜32 バイト（4 の倍数）でなければなりません。',
  'fingerprint-valid':
    'オフセット {offset} の FINGERPRINT は、それより前のバイトの CRC-32 と 0x5354554E の XOR に一致しました。',
  'fingerprint-mismatch':
    'オフセット {offset} の FINGERPRINT が一致しません（計算値 {expected}、実際の値 {actual}）。それより前のどこかのバイトが変更されています。',
  'fingerprint-absent': 'このメッセージには FINGERPRINT 属性がありません。',
  'fingerprint-bad-length': 'オフセット {offset} の FINGERPRINT は 4 バイトではなく {length} バイトです。',
  'fingerprint-not-last':
    'FINGERPRINT は最後の属性でなければなりませんが、その後のオフセット {offset} に {attribute} があります。',
  'attribute-after-integrity':
    'オフセット {offset} の {attribute} が MESSAGE-INTEGRITY の後にあります。この位置に置けるのは MESSAGE-INTEGRITY-SHA256 と FINGERPRINT だけで、受信側はこの属性を無視します。',
  'attribute-after-integrity-sha256':
    'オフセット {offset} の {attribute} が MESSAGE-INTEGRITY-SHA256 の後にあります。この位置に置けるのは FINGERPRINT だけで、受信側はこの属性を無視します。',
  'order-valid': '完全性属性の後には、許された属性だけが続いています。',
};

/** Error, note and verification sentences of the STUN codec, by code. */
export const stunErrorText = defineDictionary({ en, ja });
