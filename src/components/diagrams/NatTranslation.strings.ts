/**
 * Labels of the NatTranslation diagram (NatTranslation.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'What a NAT does to an outbound packet, its reply, and a stranger’s packet',
  desc: 'A laptop at 192.168.1.20 port 54321 sends a packet to a server at 198.51.100.10 port 3478. The NAT rewrites the source to its public address 203.0.113.7 port 62000 and records the mapping. The reply, addressed to 203.0.113.7 port 62000, is rewritten back to 192.168.1.20 port 54321 and delivered. A packet from an unrelated host to 203.0.113.7 port 51515 matches no mapping, so the NAT has nowhere to send it and drops it.',
  inside: 'Inside (private addresses)',
  outside: 'Outside (public addresses)',
  nat: 'NAT',
  row1: '1 · Outbound',
  row2: '2 · The reply',
  row3: '3 · Unsolicited',
  from: 'from',
  to: 'to',
  dropped1: 'dropped: no mapping',
  dropped2: 'names port 51515',
  table: 'NAT mapping table (UDP)',
} as const;

const ja: Translation<typeof en> = {
  title: '外向きのパケット、その返信、見知らぬ相手からのパケットを NAT はどう扱うか',
  desc: '192.168.1.20 のポート 54321 にいるノート PC が、198.51.100.10 のポート 3478 のサーバーへパケットを送ります。NAT は送信元を自分のグローバルアドレス 203.0.113.7 のポート 62000 に書き換え、マッピングを記録します。203.0.113.7 のポート 62000 宛ての返信は 192.168.1.20 のポート 54321 に書き戻されて届きます。無関係なホストから 203.0.113.7 のポート 51515 宛てに届いたパケットはどのマッピングにも一致しないため、NAT には届け先がなく、破棄されます。',
  inside: '内側（プライベートアドレス）',
  outside: '外側（グローバルアドレス）',
  nat: 'NAT',
  row1: '1 · 外向き',
  row2: '2 · その返信',
  row3: '3 · 頼んでいない着信',
  from: '送信元',
  to: '宛先',
  dropped1: '破棄: ポート 51515 を',
  dropped2: '指すマッピングがない',
  table: 'NAT のマッピング表（UDP）',
};

/** The diagram's labels; read them with `translator(lang, natTranslationText)`. */
export const natTranslationText = defineDictionary({ en, ja });
