/**
 * UI strings of the STUN explorer, flat dotted keys per language. What a
 * field means comes from `src/lib/stun/messages.ts`; decoded values from
 * `src/lib/stun/fieldList.ts`.
 */
export type Lang = 'en' | 'ja';

const en = {
  'title': 'STUN explorer',
  'intro':
    'Pick an example or paste a STUN or TURN message you captured. Every byte is coloured by the field it belongs to; hover over a byte or a field, or focus a byte, to see what it is and why it is there.',
  'noscript':
    'Without JavaScript you see the example below, byte by byte, with its fields listed. JavaScript adds pasting your own hex, explanations on hover and focus, the integrity check and building a response.',
  'sample.label': 'Example',
  'sample.custom': 'Your own message',
  'hex.label': 'Message as hex',
  'hex.hint':
    'Paste one message (the UDP payload, not the whole frame): bytes separated by spaces, newlines or colons, with or without 0x, Wireshark’s “Copy as Hex Stream” or “Copy as Hex Dump”, xxd or hexdump -C output.',
  'hex.errorAt': 'Line {line}, column {column}:',
  'hex.selectIt': 'Select it in the text',
  'decode.errorAt': 'Byte {offset}:',
  'decode.goToByte': 'Go to byte {offset}',
  'summary.attributes': '{n} attributes',
  'summary.attribute': '1 attribute',
  'summary.bytes': '{n} bytes',
  'summary.channel': 'ChannelData on channel {channel}',
  'summary.built': 'built here for your address',
  'grid.label': 'Bytes of the message',
  'grid.hint':
    'Keyboard: arrow keys move between bytes, Home and End go to the start and end of a row, Ctrl+Home and Ctrl+End to the first and last byte, Page Up and Page Down jump between fields, Enter selects a field.',
  'grid.bytesPerRow': 'Bytes per row',
  'grid.truncated': 'Only the first {n} bytes are drawn.',
  'announce.byte': 'Byte {offset}, {hex}: {label}, {value}.',
  'announce.bad': 'Byte {offset}, {hex}: the problem is here.',
  'announce.plain': 'Byte {offset}, {hex}.',
  'announce.missing': 'Byte {offset} is missing: the message ends before it.',
  'fields.title': 'Fields',
  'fields.range': 'bytes {start}–{end}',
  'fields.single': 'byte {start}',
  'details.empty': 'Hover over a byte or a field, or focus a byte, to see what it is and why it is there.',
  'details.where': 'Bytes {start}–{end}',
  'details.whereOne': 'Byte {start}',
  'details.value': 'Value',
  'details.bytes': 'Bytes',
  'details.why': 'Why:',
  'details.partOf': 'Part of {title}',
  'details.selected': 'Selected field',
  'typeBits.caption': 'The 16 bits of the message type: two zero bits, then the method bits (M) and the class bits (C) interleaved.',
  'typeBits.bit': 'Bit',
  'typeBits.value': 'Value',
  'typeBits.class': 'Class bits C1 C0 = {bits}: {class}.',
  'typeBits.method': 'Method bits M11…M0 = {hex}: {method}.',
  'notes.title': 'Observations',
  'xor.title': '{name}, step by step',
  'xor.intro':
    'The port is XORed with the first two bytes of the magic cookie, an IPv4 address with the whole cookie, and an IPv6 address with the cookie followed by the transaction ID. XOR undoes itself, so the same key turns the bytes on the wire back into the real port and address.',
  'xor.port': 'Port',
  'xor.address': 'Address',
  'xor.wire': 'On the wire',
  'xor.key': 'XOR key',
  'xor.result': 'Result',
  'xor.keySource': 'Key bytes {cookie} come from the magic cookie{transaction}.',
  'xor.keySourceTransaction': ', bytes {transaction} from the transaction ID',
  'xor.equation': '{wire} XOR {key} = {result} → {value}',
  'xor.scroll': '{name}: {part}, byte by byte',
  'integrity.title': 'Check MESSAGE-INTEGRITY',
  'integrity.private':
    'Nothing leaves this page: the HMAC is computed in your browser, and the password is never put in the address bar or in links.',
  'integrity.none': 'This message carries no MESSAGE-INTEGRITY, so there is no password to check.',
  'integrity.mechanism': 'Kind of credentials',
  'integrity.shortTerm': 'Short-term (ICE): the key is the password, the receiving peer’s ice-pwd',
  'integrity.longTerm': 'Long-term (TURN): the key is MD5(username:realm:password)',
  'integrity.username': 'Username',
  'integrity.realm': 'Realm',
  'integrity.password': 'Password',
  'integrity.show': 'Show',
  'integrity.check': 'Check',
  'integrity.useSample': 'Fill in the example’s credentials',
  'integrity.key': 'HMAC key',
  'integrity.passed': 'Every check passed.',
  'integrity.failed': 'A check failed.',
  'integrity.fingerprint': 'FINGERPRINT needs no password:',
  'integrity.showField': 'Show the bytes',
  'integrity.passwordRequired': 'Type the password first.',
  'status.valid': 'valid',
  'status.invalid': 'invalid',
  'status.absent': 'absent',
  'status.unchecked': 'not checked',
  'build.title': 'Build a response for my address',
  'build.intro':
    'Type the address and port a STUN server would see as the source of your Binding request, and the explorer builds the success response the server would send back. It is built in this page and never sent.',
  'build.address': 'IP address',
  'build.addressHint': 'IPv4 or IPv6; you may add the port, as in 203.0.113.5:50342 or [2001:db8::5]:50342.',
  'build.port': 'Port',
  'build.useSrflx': 'Use my server-reflexive candidate ({address} port {port})',
  'build.submit': 'Build the response',
  'build.done': 'Built a Binding success response for {address} port {port}; it is shown above and was not sent anywhere.',
  'build.answering': 'It answers the Binding request that was shown, with the same transaction ID.',
  'build.privacy': 'It contains your address, so it is kept out of the page address and of links.',
  'share.copy': 'Copy a link to this message',
  'share.copied': 'Link copied: it opens this message{field}.',
  'share.copiedField': ' at the selected field',
  'share.failed': 'Copying failed; the link is now in the address bar.',
  'share.note': 'A link carries the message’s bytes, including any addresses in them.',
  'share.builtNote': 'This message holds your address, so it has no link.',
} as const;

export type StunStringKey = keyof typeof en;

const ja: { readonly [K in StunStringKey]: string } = {
  'title': 'STUN エクスプローラー',
  'intro':
    '例を選ぶか、キャプチャした STUN・TURN メッセージを貼り付けてください。各バイトは所属するフィールドごとに色分けされます。バイトやフィールドにマウスを重ねるか、バイトにフォーカスを移すと、その意味と存在理由が表示されます。',
  'noscript':
    'JavaScript が無効でも、下の例をバイト単位で、フィールドの一覧と合わせて読めます。JavaScript を有効にすると、自分の 16 進データの貼り付け、マウスやフォーカスによる解説、完全性の検証、レスポンスの組み立てが使えます。',
  'sample.label': '例',
  'sample.custom': '自分のメッセージ',
  'hex.label': '16 進数のメッセージ',
  'hex.hint':
    'メッセージを 1 つだけ貼り付けてください（フレーム全体ではなく UDP ペイロード）。空白・改行・コロン区切り、0x 付き、Wireshark の「Copy as Hex Stream」「Copy as Hex Dump」、xxd や hexdump -C の出力を読み取れます。',
  'hex.errorAt': '{line} 行 {column} 桁目:',
  'hex.selectIt': 'テキスト内で選択する',
  'decode.errorAt': '{offset} バイト目:',
  'decode.goToByte': '{offset} バイト目へ移動',
  'summary.attributes': '属性 {n} 個',
  'summary.attribute': '属性 1 個',
  'summary.bytes': '{n} バイト',
  'summary.channel': 'チャネル {channel} の ChannelData',
  'summary.built': 'あなたのアドレスに合わせてこのページで組み立てたもの',
  'grid.label': 'メッセージのバイト列',
  'grid.hint':
    'キーボード操作: 矢印キーでバイト間を移動、Home・End で行の先頭・末尾へ、Ctrl+Home・Ctrl+End で最初・最後のバイトへ、Page Up・Page Down でフィールド単位に移動し、Enter でフィールドを選択します。',
  'grid.bytesPerRow': '1 行のバイト数',
  'grid.truncated': '先頭の {n} バイトだけを表示しています。',
  'announce.byte': '{offset} バイト目、{hex}: {label}、{value}。',
  'announce.bad': '{offset} バイト目、{hex}: ここに問題があります。',
  'announce.plain': '{offset} バイト目、{hex}。',
  'announce.missing': '{offset} バイト目がありません。メッセージはその手前で終わっています。',
  'fields.title': 'フィールド',
  'fields.range': '{start}〜{end} バイト目',
  'fields.single': '{start} バイト目',
  'details.empty': 'バイトやフィールドにマウスを重ねるか、バイトにフォーカスを移すと、その意味と存在理由がここに表示されます。',
  'details.where': '{start}〜{end} バイト目',
  'details.whereOne': '{start} バイト目',
  'details.value': '値',
  'details.bytes': 'バイト列',
  'details.why': 'なぜあるのか:',
  'details.partOf': '{title} の一部',
  'details.selected': '選択中のフィールド',
  'typeBits.caption': 'メッセージタイプの 16 ビット。先頭の 2 ビットは 0 で、その後ろにメソッドのビット（M）とクラスのビット（C）が交互に入り組んで並びます。',
  'typeBits.bit': 'ビット',
  'typeBits.value': '値',
  'typeBits.class': 'クラスのビット C1 C0 = {bits}: {class}。',
  'typeBits.method': 'メソッドのビット M11…M0 = {hex}: {method}。',
  'notes.title': '気づいた点',
  'xor.title': '{name} を 1 ステップずつ',
  'xor.intro':
    'ポートはマジッククッキーの先頭 2 バイトと、IPv4 アドレスはクッキー全体と、IPv6 アドレスはクッキーに続けてトランザクション ID をつなげた値と XOR されます。XOR は 2 回かけると元に戻るので、同じキーでネットワーク上のバイト列から本来のポートとアドレスを取り出せます。',
  'xor.port': 'ポート',
  'xor.address': 'アドレス',
  'xor.wire': 'ネットワーク上',
  'xor.key': 'XOR キー',
  'xor.result': '結果',
  'xor.keySource': 'キーの {cookie} バイト目はマジッククッキーから{transaction}取っています。',
  'xor.keySourceTransaction': '、{transaction} バイト目はトランザクション ID から',
  'xor.equation': '{wire} XOR {key} = {result} → {value}',
  'xor.scroll': '{name} の{part}（バイトごと）',
  'integrity.title': 'MESSAGE-INTEGRITY を検証する',
  'integrity.private':
    'このページの外には何も送りません。HMAC はブラウザーの中で計算し、パスワードをアドレスバーやリンクに入れることもありません。',
  'integrity.none': 'このメッセージには MESSAGE-INTEGRITY がないため、パスワードで検証するものはありません。',
  'integrity.mechanism': '資格情報の種類',
  'integrity.shortTerm': '短期（ICE）: キーはパスワードそのもの。受信側ピアの ice-pwd です',
  'integrity.longTerm': '長期（TURN）: キーは MD5(username:realm:password) です',
  'integrity.username': 'ユーザー名',
  'integrity.realm': 'レルム',
  'integrity.password': 'パスワード',
  'integrity.show': '表示',
  'integrity.check': '検証する',
  'integrity.useSample': '例の資格情報を入力する',
  'integrity.key': 'HMAC のキー',
  'integrity.passed': 'すべての検証に合格しました。',
  'integrity.failed': '検証に失敗した項目があります。',
  'integrity.fingerprint': 'FINGERPRINT の検証にパスワードは要りません:',
  'integrity.showField': 'バイト列を表示',
  'integrity.passwordRequired': '先にパスワードを入力してください。',
  'status.valid': '一致',
  'status.invalid': '不一致',
  'status.absent': 'なし',
  'status.unchecked': '未検証',
  'build.title': '自分のアドレスへのレスポンスを組み立てる',
  'build.intro':
    'STUN サーバーから見た Binding リクエストの送信元アドレスとポートを入力すると、サーバーが返す成功レスポンスを組み立てます。組み立てはこのページの中だけで行い、どこにも送信しません。',
  'build.address': 'IP アドレス',
  'build.addressHint': 'IPv4 でも IPv6 でもかまいません。203.0.113.5:50342 や [2001:db8::5]:50342 のようにポートを付けても読み取れます。',
  'build.port': 'ポート',
  'build.useSrflx': '自分のサーバー再帰候補を使う（{address} のポート {port}）',
  'build.submit': 'レスポンスを組み立てる',
  'build.done': '{address} のポート {port} に対する Binding 成功レスポンスを組み立て、上に表示しました。どこにも送信していません。',
  'build.answering': '表示していた Binding リクエストへの応答として、同じトランザクション ID を使っています。',
  'build.privacy': 'あなたのアドレスを含むため、このメッセージはページのアドレスにもリンクにも入れません。',
  'share.copy': 'このメッセージへのリンクをコピー',
  'share.copied': 'リンクをコピーしました。このメッセージを{field}開きます。',
  'share.copiedField': '選択中のフィールドの位置で',
  'share.failed': 'コピーできませんでした。リンクはアドレスバーに入っています。',
  'share.note': 'リンクにはメッセージのバイト列がそのまま入ります。含まれるアドレスも相手に見えます。',
  'share.builtNote': 'このメッセージにはあなたのアドレスが含まれるため、リンクは作りません。',
};

export const strings = { en, ja } as const;

/**
 * A UI string with `{placeholder}`s filled in.
 *
 * @param lang - `en` or `ja`.
 * @param key - the string's key.
 * @param params - placeholder values.
 * @returns the text.
 */
export function s(lang: Lang, key: StunStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = strings[lang][key];
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
