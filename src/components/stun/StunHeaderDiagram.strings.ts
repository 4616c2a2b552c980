/**
 * Labels of the StunHeaderDiagram diagram (StunHeaderDiagram.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'The STUN header, bit by bit',
  desc: 'Five rows of 32 bits. Row one: two zero bits, the 14-bit message type, and the 16-bit message length. Row two: the magic cookie 0x2112A442. Rows three to five: the 96-bit transaction ID. Below, the sixteen bits of the message type: 0, 0, M11 to M7, C1, M6 to M4, C0, M3 to M0; for a Binding success response the bits read 0000 0001 0000 0001, which is 0x0101: method 1 (Binding) and class bits 1 0 (success response).',
  zeros: '0 0',
  type: 'Message type',
  length: 'Message length',
  lengthNote: 'bytes after the header',
  cookie: 'Magic cookie = 0x2112A442',
  tid: 'Transaction ID',
  tidNote: '96 random bits, copied into the response',
  bytes: 'byte',
  zoom: 'The message type of a Binding success response, 0x0101',
  method: 'method bits: 0x001 = Binding',
  klass: 'class bits C1 C0 = 1 0: success response',
} as const;

const ja: Translation<typeof en> = {
  title: 'STUN ヘッダーをビット単位で見る',
  desc: '32 ビットずつ 5 行に並べた図です。1 行目は 2 つの 0 ビット、14 ビットのメッセージタイプ、16 ビットのメッセージ長。2 行目はマジッククッキー 0x2112A442。3〜5 行目は 96 ビットのトランザクション ID です。下段はメッセージタイプの 16 ビットで、0、0、M11〜M7、C1、M6〜M4、C0、M3〜M0 の順に並びます。Binding 成功レスポンスではビットが 0000 0001 0000 0001、つまり 0x0101 となり、メソッドは 1（Binding）、クラスのビットは 1 0（成功レスポンス）です。',
  zeros: '0 0',
  type: 'メッセージタイプ',
  length: 'メッセージ長',
  lengthNote: 'ヘッダーより後ろのバイト数',
  cookie: 'マジッククッキー = 0x2112A442',
  tid: 'トランザクション ID',
  tidNote: 'ランダムな 96 ビット。応答にそのまま入る',
  bytes: 'バイト',
  zoom: 'Binding 成功レスポンスのメッセージタイプ 0x0101',
  method: 'メソッドのビット: 0x001 = Binding',
  klass: 'クラスのビット C1 C0 = 1 0: 成功レスポンス',
};

/** The diagram's labels; read them with `translator(lang, stunHeaderDiagramText)`. */
export const stunHeaderDiagramText = defineDictionary({ en, ja });
