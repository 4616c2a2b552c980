/**
 * Headings and column names of an exported gathering result
 * (`gatheringResult.ts`), in English and Japanese. Verdicts, readings and
 * error explanations come from `messages.ts`.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'ICE candidate gathering',
  policy: 'iceTransportPolicy',
  timeout: 'Time limit',
  completion: 'Ended',
  'completion.complete': 'gathering complete',
  'completion.timed-out': 'time limit reached',
  'completion.in-progress': 'still running',
  duration: 'Duration',
  redacted: 'Addresses are redacted: each address is replaced by a placeholder naming its kind (private, public, …); equal addresses get equal placeholders.',
  notRedacted: 'Addresses are NOT redacted.',
  serversRedacted: 'Server URLs are redacted: each host is replaced by a placeholder; scheme, port and transport are kept.',
  serversNotRedacted: 'Server URLs are NOT redacted.',
  servers: 'Servers',
  noServers: 'No STUN or TURN server was configured.',
  reading: 'Reading',
  candidates: 'Candidates',
  noCandidates: 'No candidates.',
  errors: 'icecandidateerror events',
  'col.ms': 'ms',
  'col.type': 'type',
  'col.protocol': 'protocol',
  'col.address': 'address',
  'col.port': 'port',
  'col.raddr': 'raddr',
  'col.rport': 'rport',
  'col.tcptype': 'tcptype',
  'col.relayProtocol': 'relay protocol',
  'col.server': 'server',
  'col.priority': 'priority (type / local / component)',
  'col.code': 'code',
  'col.text': 'text',
  'col.from': 'from',
  'col.meaning': 'what it means',
  withheld: '(line withheld: it did not parse, so it could not be redacted)',
} as const;

/** Keys of the export labels. */
export type ResultLabelKey = keyof typeof en;

const ja: Translation<typeof en> = {
  title: 'ICE 候補の収集結果',
  policy: 'iceTransportPolicy',
  timeout: '制限時間',
  completion: '終了',
  'completion.complete': '収集完了',
  'completion.timed-out': '制限時間に到達',
  'completion.in-progress': '収集中',
  duration: '所要時間',
  redacted: 'アドレスは伏せてあります。各アドレスは種類（private、public など）を示すプレースホルダーに置き換え、同じアドレスには同じプレースホルダーを使っています。',
  notRedacted: 'アドレスは伏せていません。',
  serversRedacted: 'サーバーの URL は伏せてあります。ホストをプレースホルダーに置き換え、スキーム、ポート、トランスポートは残しています。',
  serversNotRedacted: 'サーバーの URL は伏せていません。',
  servers: 'サーバー',
  noServers: 'STUN・TURN サーバーは設定されていません。',
  reading: '読み解き',
  candidates: '候補',
  noCandidates: '候補はありません。',
  errors: 'icecandidateerror イベント',
  'col.ms': 'ms',
  'col.type': 'タイプ',
  'col.protocol': 'プロトコル',
  'col.address': 'アドレス',
  'col.port': 'ポート',
  'col.raddr': 'raddr',
  'col.rport': 'rport',
  'col.tcptype': 'tcptype',
  'col.relayProtocol': 'リレーのプロトコル',
  'col.server': 'サーバー',
  'col.priority': '優先度（タイプ / ローカル / コンポーネント）',
  'col.code': 'コード',
  'col.text': 'テキスト',
  'col.from': '送信元',
  'col.meaning': '意味',
  withheld: '（解析できなかったため伏せられず、行を省きました）',
};

/** Export labels; read them with `translator(lang, gatheringResultText)`. */
export const gatheringResultText = defineDictionary({ en, ja });
