/**
 * Labels of the StunAttributeDiagram diagram (StunAttributeDiagram.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'A STUN attribute: type, length, value, padding',
  desc: 'A row of 32 bits holds the 16-bit attribute type, here 0x0006 for USERNAME, and the 16-bit length, here 13. The value follows, 13 bytes of the text ufragR:ufragL, and then 3 bytes of padding bring the attribute to a multiple of 4 bytes. The length counts the value only, not the padding.',
  type: 'Type = 0x0006 (USERNAME)',
  length: 'Length = 13',
  padding: 'padding',
  note: 'The length counts the value only; padding brings the next attribute to a 4-byte boundary.',
} as const;

const ja: Translation<typeof en> = {
  title: 'STUN 属性の形: タイプ、長さ、値、パディング',
  desc: '32 ビットの 1 行目に 16 ビットの属性タイプ（USERNAME を表す 0x0006）と 16 ビットの長さ（13）が入ります。続いて値として ufragR:ufragL という 13 バイトのテキストがあり、最後に 3 バイトのパディングで属性全体を 4 バイトの倍数にそろえます。長さが数えるのは値だけで、パディングは含みません。',
  type: 'タイプ = 0x0006（USERNAME）',
  length: '長さ = 13',
  padding: 'パディング',
  note: '長さは値だけを数えます。パディングは次の属性を 4 バイト境界にそろえるためのものです。',
};

/** The diagram's labels; read them with `translator(lang, stunAttributeDiagramText)`. */
export const stunAttributeDiagramText = defineDictionary({ en, ja });
