/**
 * Reader-facing text of the NAT lab library, in English and Japanese: mode
 * names and descriptions, behaviour and outcome words for recording tables,
 * and the explanation of every error code the library returns.
 *
 * Keys are flat and dotted; values may hold `{placeholder}`s that
 * {@link fillTemplate} fills (`translator(lang, labText)`).
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  'mode.no-nat': 'No NAT (routed)',
  'mode.full-cone': 'Full cone (emulated)',
  'mode.restricted-cone': 'Restricted cone (emulated)',
  'mode.linux-masquerade': 'Linux masquerade',
  'mode.masquerade-random': 'Masquerade, random ports',
  'mode.masquerade-fully-random': 'Masquerade, fully random ports',

  'modeDescription.no-nat': 'The router forwards without translating; the LAN is routed from the public side.',
  'modeDescription.full-cone':
    'Masquerade plus a map, filled by outgoing UDP, that forwards any inbound packet for a used external port to the inside host.',
  'modeDescription.restricted-cone':
    'Like the full cone, but inbound packets are forwarded only from addresses the inside host has sent to, from any port.',
  'modeDescription.linux-masquerade': 'A single nftables masquerade rule: the port is kept when free, and only replies from the exact address and port get in.',
  'modeDescription.masquerade-random': 'masquerade random: a new external port for each destination, chosen by a hash.',
  'modeDescription.masquerade-fully-random': 'masquerade fully-random: a new external port for each destination, chosen at random.',

  'ice.none': 'host candidates only',
  'ice.stun': 'STUN',
  'ice.turn': 'STUN and TURN',
  'ice.relay': 'TURN only (relay policy)',

  'behaviour.none': 'no translation',
  'behaviour.EIM': 'endpoint-independent',
  'behaviour.ADM': 'address-dependent',
  'behaviour.APDM': 'address- and port-dependent',
  'behaviour.EIF': 'endpoint-independent',
  'behaviour.ADF': 'address-dependent',
  'behaviour.APDF': 'address- and port-dependent',
  'behaviour.?': 'no reading',

  yes: 'yes',
  no: 'no',
  unknown: 'unknown',

  'path.direct': 'direct',
  'path.relay': 'through the TURN relay',
  'path.none': 'no connection',
  'outcome.connected': 'Connected {path}: side A used {aPair}, side B used {bPair}; first data-channel round trip after {ms} ms.',
  'outcome.failed': 'No connection within {seconds} s.',

  'error.unknown-lab-mode': 'Unknown NAT mode "{value}". Use one of: no-nat, full-cone, restricted-cone, linux-masquerade, masquerade-random, masquerade-fully-random.',
  'error.natdiscovery-no-answer': 'The STUN server did not answer; check that it runs and that the host can reach it.',
  'error.natdiscovery-no-rfc5780': 'The STUN server answered without OTHER-ADDRESS, so RFC 5780 tests cannot run; start it with two listening addresses.',
  'error.nft-json-invalid': 'This is not nftables JSON output; run nft with -j.',
  'error.recording-invalid': 'This is not a lab recording of the expected kind ({expected}); re-run the lab to regenerate it.',

  'table.mode': 'Router mode',
  'table.mapping': 'Mapping',
  'table.filtering': 'Filtering',
  'table.hairpinning': 'Hairpinning',
  'table.portPreservation': 'Port kept',
  'table.asIntended': 'As built',
  'table.corner': 'A (offerer) ↓ · B →',
  'table.server': 'STUN/TURN server',
  'table.mdns': 'Host candidates',
  'table.ice': 'ICE servers',
  'table.result': 'Result',
  'table.pairA': 'Pair at the offerer',
  'table.pairB': 'Pair at the answerer',
  'table.time': 'Time to first echo',
  'table.mdnsOn': 'mDNS names',
  'table.mdnsOff': 'IP addresses',
  'table.serverOffer': 'offerer’s segment',
  'table.serverAnswer': 'answerer’s segment',
  'table.cellTitle': 'A: {aPair}, B: {bPair}, {ms} ms',
  'table.noPair': 'none',
  'table.modeA': 'Router A (offerer)',
  'table.modeB': 'Router B',
  'table.connectedOf': 'Connected',
  'table.connectedCount': '{connected} of {attempts}',
  'recordingInfo':
    'Recorded on {date} with Chromium {chromium}, coturn {coturn}, nftables {nftables} and Linux {kernel} ({os}). The safety guard dropped {dropped} packets.',
} as const;

const ja: Translation<typeof en> = {
  'mode.no-nat': 'NAT なし（ルーティングのみ）',
  'mode.full-cone': 'フルコーン（エミュレーション）',
  'mode.restricted-cone': 'アドレス制限コーン（エミュレーション）',
  'mode.linux-masquerade': 'Linux のマスカレード',
  'mode.masquerade-random': 'マスカレード（random）',
  'mode.masquerade-fully-random': 'マスカレード（fully-random）',

  'modeDescription.no-nat': 'ルーターはアドレスを変換せずに転送します。LAN へはパブリック側から経路があります。',
  'modeDescription.full-cone':
    'マスカレードに加えて、送信した UDP から作ったマップを使い、使用中の外側ポートに届いたパケットを送信元を問わず内側のホストへ転送します。',
  'modeDescription.restricted-cone':
    'フルコーンと同じ仕組みですが、内側のホストが送信したことのあるアドレスからのパケットだけを、ポートを問わず転送します。',
  'modeDescription.linux-masquerade': 'nftables の masquerade ルール 1 行だけの構成です。空いていればポート番号を保ち、送信先とアドレスもポートも一致する返信だけを通します。',
  'modeDescription.masquerade-random': 'masquerade random です。宛先ごとに、ハッシュで選んだ別の外側ポートを使います。',
  'modeDescription.masquerade-fully-random': 'masquerade fully-random です。宛先ごとに、乱数で選んだ別の外側ポートを使います。',

  'ice.none': 'ホスト候補のみ',
  'ice.stun': 'STUN',
  'ice.turn': 'STUN と TURN',
  'ice.relay': 'TURN のみ（relay ポリシー）',

  'behaviour.none': '変換なし',
  'behaviour.EIM': 'エンドポイント非依存',
  'behaviour.ADM': 'アドレス依存',
  'behaviour.APDM': 'アドレス・ポート依存',
  'behaviour.EIF': 'エンドポイント非依存',
  'behaviour.ADF': 'アドレス依存',
  'behaviour.APDF': 'アドレス・ポート依存',
  'behaviour.?': '測定できず',

  yes: 'あり',
  no: 'なし',
  unknown: '不明',

  'path.direct': '直接',
  'path.relay': 'TURN リレー経由',
  'path.none': '接続なし',
  'outcome.connected': '{path}で接続しました。A 側は {aPair}、B 側は {bPair} を使い、最初のデータチャネル往復まで {ms} ミリ秒でした。',
  'outcome.failed': '{seconds} 秒以内に接続できませんでした。',

  'error.unknown-lab-mode':
    'NAT モード「{value}」はありません。no-nat、full-cone、restricted-cone、linux-masquerade、masquerade-random、masquerade-fully-random のいずれかを指定してください。',
  'error.natdiscovery-no-answer': 'STUN サーバーから応答がありません。サーバーが動いているか、ホストから到達できるかを確認してください。',
  'error.natdiscovery-no-rfc5780':
    'STUN サーバーの応答に OTHER-ADDRESS がないため、RFC 5780 のテストを実行できません。待ち受けアドレスを 2 つにしてサーバーを起動してください。',
  'error.nft-json-invalid': 'nftables の JSON 出力ではありません。nft に -j を付けて実行してください。',
  'error.recording-invalid': '期待した種類（{expected}）のラボ記録ではありません。ラボを再実行して記録を作り直してください。',

  'table.mode': 'ルーターのモード',
  'table.mapping': 'マッピング',
  'table.filtering': 'フィルタリング',
  'table.hairpinning': 'ヘアピン',
  'table.portPreservation': 'ポート維持',
  'table.asIntended': '設計どおり',
  'table.corner': 'A（オファー側）↓ · B →',
  'table.server': 'STUN/TURN サーバー',
  'table.mdns': 'ホスト候補',
  'table.ice': 'ICE サーバー',
  'table.result': '結果',
  'table.pairA': 'オファー側のペア',
  'table.pairB': 'アンサー側のペア',
  'table.time': '最初の応答まで',
  'table.mdnsOn': 'mDNS 名',
  'table.mdnsOff': 'IP アドレス',
  'table.serverOffer': 'オファー側のセグメント',
  'table.serverAnswer': 'アンサー側のセグメント',
  'table.cellTitle': 'A: {aPair}、B: {bPair}、{ms} ミリ秒',
  'table.noPair': 'なし',
  'table.modeA': 'ルーター A（オファー側）',
  'table.modeB': 'ルーター B',
  'table.connectedOf': '接続できた回数',
  'table.connectedCount': '{attempts} 回中 {connected} 回',
  recordingInfo:
    '{date} に Chromium {chromium}、coturn {coturn}、nftables {nftables}、Linux {kernel}（{os}）で記録しました。安全ガードが破棄したパケットは {dropped} 個です。',
};

/** The lab's texts (mode names, table words, error explanations); read them with `translator(lang, labText)`. */
export const labText = defineDictionary({ en, ja });

