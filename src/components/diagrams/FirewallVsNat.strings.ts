/**
 * Labels of the FirewallVsNat diagram (FirewallVsNat.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'A NAT looks up an address; a firewall applies a policy',
  desc: 'Left panel, the NAT: for an inbound packet it asks which inside address the external port belongs to. Port 62000 maps to 192.168.1.20 port 54321, so the packet is delivered; port 51515 maps to nothing, so it is dropped. With endpoint-independent filtering any outside host may use an existing mapping. Right panel, the firewall: it asks whether a rule allows the flow. Its rules accept established and related traffic and TCP port 443 to 10.0.0.10, and drop everything else. The policy is written down and is enforced whatever addresses are in use.',
  natHead: 'NAT',
  natAsks: 'asks: “which inside address owns',
  natAsks2: 'this external port?”',
  fwHead: 'Firewall',
  fwAsks: 'asks: “does a rule allow',
  fwAsks2: 'this flow?”',
  delivered: 'delivered',
  noEntry: 'no entry',
  dropped: 'dropped',
  natFoot1: 'The drop is a side effect of having',
  natFoot2: 'no entry. With endpoint-independent',
  natFoot3: 'filtering, once an entry exists, any',
  natFoot4: 'outside host may send through it.',
  fwFoot1: 'The policy is written down, reviewed',
  fwFoot2: 'and logged, and it holds whatever',
  fwFoot3: 'addressing is in use, NAT or not,',
  fwFoot4: 'IPv4 or IPv6.',
  otherwise: 'everything else',
} as const;

const ja: Translation<typeof en> = {
  title: 'NAT はアドレスを引き、ファイアウォールはポリシーを適用する',
  desc: '左は NAT です。届いたパケットについて、その外側ポートが内側のどのアドレスのものかを調べます。ポート 62000 は 192.168.1.20 のポート 54321 に対応するので届けられ、ポート 51515 は何にも対応しないので破棄されます。エンドポイント非依存フィルタリングなら、既存のマッピングは外側のどのホストからでも使えます。右はファイアウォールです。そのフローを許すルールがあるかを調べます。確立済みと関連する通信、および 10.0.0.10 への TCP 443 を許可し、それ以外を破棄します。ポリシーは明文化され、使われているアドレス体系に関係なく適用されます。',
  natHead: 'NAT',
  natAsks: 'の問い:「この外側ポートは、',
  natAsks2: '内側のどのアドレスのもの?」',
  fwHead: 'ファイアウォール',
  fwAsks: 'の問い:「このフローを',
  fwAsks2: '許すルールはあるか?」',
  delivered: '届ける',
  noEntry: 'エントリなし',
  dropped: '破棄',
  natFoot1: '破棄はエントリがないことの副作用に',
  natFoot2: 'すぎません。エンドポイント非依存',
  natFoot3: 'フィルタリングなら、エントリが一度',
  natFoot4: 'できれば外側の誰でも送り込めます。',
  fwFoot1: 'ポリシーは明文化され、レビューと',
  fwFoot2: 'ログの対象になり、NAT の有無や',
  fwFoot3: 'IPv4/IPv6 といったアドレス体系に',
  fwFoot4: '関係なく適用されます。',
  otherwise: 'それ以外',
};

/** The diagram's labels; read them with `translator(lang, firewallVsNatText)`. */
export const firewallVsNatText = defineDictionary({ en, ja });
