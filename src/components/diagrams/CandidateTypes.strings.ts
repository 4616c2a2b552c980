/**
 * Labels of the CandidateTypes diagram (CandidateTypes.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'Where each kind of ICE candidate comes from',
  desc: 'A browser at 192.168.1.20 port 54321 sits behind a home router that translates to 203.0.113.7. It sends a STUN Binding request to a STUN or TURN server at 198.51.100.10; the response reports 203.0.113.7 port 62000. The host candidate is the local address, the server-reflexive candidate is the address on the outside of the NAT, and the relayed candidate is an address the TURN server allocates for the browser, 198.51.100.10 port 50000. A peer-reflexive candidate is learned later, when a connectivity check reveals an address that matches none of these.',
  browser: 'Your browser',
  agent: 'ICE agent',
  nat: 'Home router',
  natSub: 'NAT',
  server: 'STUN/TURN server',
  serverSub: 'public address',
  lan: 'LAN',
  internet: 'Internet',
  request: 'STUN Binding request',
  response: 'response: “I see you as 203.0.113.7:62000”',
  host: 'host',
  hostSub: 'or a random .local name',
  srflx: 'srflx',
  srflxSub: 'server reflexive',
  relay: 'relay',
  relaySub: 'allocated by TURN',
  prflx1: 'prflx (peer reflexive): an address your peer saw during a connectivity',
  prflx2: 'check that matches none of the above. It is learned, never gathered.',
} as const;

const ja: Translation<typeof en> = {
  title: 'ICE 候補の種類と、それぞれの出どころ',
  desc: '192.168.1.20 のポート 54321 にいるブラウザーが、203.0.113.7 へ変換する家庭用ルーターの内側にあります。ブラウザーが 198.51.100.10 の STUN/TURN サーバーへ STUN Binding リクエストを送ると、レスポンスは 203.0.113.7 のポート 62000 を報告します。ホスト候補はローカルのアドレス、サーバーリフレクシブ候補は NAT の外側のアドレス、リレー候補は TURN サーバーがブラウザーのために割り当てる 198.51.100.10 のポート 50000 です。ピアリフレクシブ候補は、接続性チェックの途中でこれらのどれとも一致しないアドレスが見えたときに学習されます。',
  browser: 'あなたのブラウザー',
  agent: 'ICE エージェント',
  nat: '家庭用ルーター',
  natSub: 'NAT',
  server: 'STUN/TURN サーバー',
  serverSub: 'グローバルアドレス',
  lan: 'LAN',
  internet: 'インターネット',
  request: 'STUN Binding リクエスト',
  response: 'レスポンス:「あなたは 203.0.113.7:62000 に見えます」',
  host: 'host',
  hostSub: 'またはランダムな .local 名',
  srflx: 'srflx',
  srflxSub: 'サーバーリフレクシブ',
  relay: 'relay',
  relaySub: 'TURN が割り当てたもの',
  prflx1: 'prflx（ピアリフレクシブ）：接続性チェックの途中で相手から見えた、',
  prflx2: '上のどれとも一致しないアドレス。収集ではなく、チェック中に学習されます。',
};

/** The diagram's labels; read them with `translator(lang, candidateTypesText)`. */
export const candidateTypesText = defineDictionary({ en, ja });
