/**
 * Labels of the RelayOnlyPolicy diagram (RelayOnlyPolicy.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'A relay-only policy enforced at the edge',
  desc: 'Inside the organisation, a browser is configured with iceTransportPolicy relay. The firewall at the edge allows UDP port 3478 and TLS on TCP port 443 only to the organisation’s TURN server at 198.51.100.10. The TURN server relays to the remote peer. A direct UDP path from the browser to the remote peer is dropped at the firewall.',
  inside: 'Inside the organisation',
  browser: 'Browser',
  firewall: 'Firewall',
  turn: 'Your TURN server',
  peer: 'Remote peer',
  allowed1: 'allowed: UDP 3478,',
  allowed2: 'TLS on TCP 443',
  relayed: 'relayed',
  direct: 'direct UDP to anyone else',
  dropped: 'dropped',
  rule: 'Egress rule: UDP leaves only towards the TURN server. Inbound: established flows only.',
} as const;

const ja: Translation<typeof en> = {
  title: 'リレーのみのポリシーを境界で強制する',
  desc: '組織の内側にあるブラウザーは iceTransportPolicy を relay に設定しています。境界のファイアウォールは、198.51.100.10 にある組織の TURN サーバーに対してのみ、UDP 3478 と TCP 443 上の TLS を許可します。TURN サーバーがリモートのピアへ中継します。ブラウザーからリモートピアへ直接向かう UDP はファイアウォールで破棄されます。',
  inside: '組織の内側',
  browser: 'ブラウザー',
  firewall: 'ファイアウォール',
  turn: '自組織の TURN サーバー',
  peer: 'リモートのピア',
  allowed1: '許可: UDP 3478、',
  allowed2: 'TCP 443 上の TLS',
  relayed: '中継',
  direct: 'それ以外への直接の UDP',
  dropped: '破棄',
  rule: '送信ルール: UDP は TURN サーバー宛てだけが外へ出られる。受信は確立済みのフローのみ。',
};

/** The diagram's labels; read them with `translator(lang, relayOnlyPolicyText)`. */
export const relayOnlyPolicyText = defineDictionary({ en, ja });
