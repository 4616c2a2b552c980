/**
 * Labels of the PriorityLayout diagram (PriorityLayout.astro), in English and Japanese.
 * A label drawn on several lines is `<name>.1`, `<name>.2`, ….
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'The three fields of a candidate priority',
  desc: 'A 32-bit number split into three fields. Bits 31 to 24 hold the type preference, multiplied by 2 to the 24th. Bits 23 to 8 hold the local preference, multiplied by 2 to the 8th. Bits 7 to 0 hold 256 minus the component ID. For a host candidate with type preference 126, local preference 65535 and component 1, the fields are 126, 65535 and 255, and the priority is 2130706431.',
  type: 'type preference',
  local: 'local preference',
  'component.1': '256 −',
  'component.2': 'component ID',
  bits8: '8 bits',
  bits16: '16 bits',
  example: 'host candidate, one address, component 1:',
} as const;

const ja: Translation<typeof en> = {
  title: '候補の優先度を構成する 3 つのフィールド',
  desc: '32 ビットの数値が 3 つのフィールドに分かれています。ビット 31 から 24 がタイプ優先度で、2 の 24 乗を掛けたもの。ビット 23 から 8 がローカル優先度で、2 の 8 乗を掛けたもの。ビット 7 から 0 が 256 からコンポーネント ID を引いた値です。タイプ優先度 126、ローカル優先度 65535、コンポーネント 1 のホスト候補では、フィールドは 126、65535、255 で、優先度は 2130706431 になります。',
  type: 'タイプ優先度',
  local: 'ローカル優先度',
  'component.1': '256 −',
  'component.2': 'コンポーネント ID',
  bits8: '8 ビット',
  bits16: '16 ビット',
  example: 'ホスト候補、アドレス 1 つ、コンポーネント 1 の例:',
};

export const priorityLayoutText = defineDictionary({ en, ja });
