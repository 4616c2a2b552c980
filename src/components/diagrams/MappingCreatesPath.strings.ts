/**
 * Labels of the MappingCreatesPath diagram (MappingCreatesPath.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'How two outbound checks open a path through two NATs',
  desc: 'Three steps between Peer A behind NAT A and Peer B behind NAT B. Step 1: A sends a check to B’s public address; NAT A now expects replies from there, but NAT B drops the packet because B has not sent anything to A yet. Step 2: B sends a check to A’s public address; NAT B now expects replies from A, and NAT A lets the packet in because it matches what A sent in step 1. Step 3: both NATs hold matching state, so checks and responses pass in both directions.',
  peerA: 'Peer A',
  peerB: 'Peer B',
  natA: 'NAT A',
  natB: 'NAT B',
  internet: 'Internet',
  s1a: '1. A’s check leaves first. NAT A now',
  s1b: 'expects replies from B. NAT B drops it.',
  s2a: '2. B’s check goes out. It matches what',
  s2b: 'A sent in step 1, so NAT A lets it in.',
  s3a: '3. Both NATs now hold matching state:',
  s3b: 'packets pass both ways.',
  dropped: 'dropped',
  delivered: 'delivered',
  legend: 'the NAT records the outbound flow and will admit replies to it',
} as const;

const ja: Translation<typeof en> = {
  title: '外向きのチェック 2 つで、2 台の NAT を通る経路が開く',
  desc: 'NAT A の内側のピア A と、NAT B の内側のピア B の間の 3 つの段階です。段階 1: A が B のグローバルアドレスへチェックを送ります。NAT A はそこからの返信を待つ状態になりますが、B はまだ A へ何も送っていないので NAT B はパケットを破棄します。段階 2: B が A のグローバルアドレスへチェックを送ります。NAT B は A からの返信を待つ状態になり、NAT A は段階 1 で A が送ったものと一致するのでパケットを通します。段階 3: 両方の NAT に対応する状態があるので、チェックも応答も双方向に通ります。',
  peerA: 'ピア A',
  peerB: 'ピア B',
  natA: 'NAT A',
  natB: 'NAT B',
  internet: 'インターネット',
  s1a: '1. A のチェックが先に出発。NAT A は',
  s1b: 'B からの返信を待ち受け、NAT B は破棄。',
  s2a: '2. B のチェックが出発。段階 1 で A が',
  s2b: '送ったものと一致するので NAT A を通過。',
  s3a: '3. 両方の NAT に対応する状態がそろい、',
  s3b: 'パケットが双方向に通過。',
  dropped: '破棄',
  delivered: '到着',
  legend: 'NAT が外向きの通信を記録し、その返信を受け入れるようになる',
};

/** The diagram's labels; read them with `translator(lang, mappingCreatesPathText)`. */
export const mappingCreatesPathText = defineDictionary({ en, ja });
