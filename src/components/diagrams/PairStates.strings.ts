/**
 * Labels of the PairStates diagram (PairStates.astro), in English and Japanese.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  title: 'The states of a candidate pair',
  desc: 'A pair starts Frozen. Unfreezing moves it to Waiting. When the agent sends its check the pair becomes In-Progress. A success response moves it to Succeeded; a timeout or error response moves it to Failed. A check received from the peer on a Failed pair puts it back to Waiting through the triggered-check queue.',
  frozen: 'Frozen',
  waiting: 'Waiting',
  inProgress: 'In-Progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  frozenSub: 'not yet allowed',
  waitingSub: 'ready to check',
  inProgressSub: 'request sent',
  succeededSub: 'valid pair found',
  failedSub: 'no usable answer',
  unfreeze: 'unfreeze',
  send: 'send check',
  success: 'success',
  failure: 'timeout / error',
  triggered: 'peer’s check arrives: triggered check',
} as const;

const ja: Translation<typeof en> = {
  title: '候補ペアの状態',
  desc: 'ペアは Frozen から始まります。凍結が解除されると Waiting に移ります。エージェントがチェックを送るとペアは In-Progress になります。成功レスポンスで Succeeded に、タイムアウトやエラーレスポンスで Failed に移ります。Failed のペアでも相手からチェックが届けば、トリガーチェックのキューを通じて Waiting に戻ります。',
  frozen: 'Frozen',
  waiting: 'Waiting',
  inProgress: 'In-Progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  frozenSub: '凍結中',
  waitingSub: 'チェック待ち',
  inProgressSub: 'リクエスト送信済み',
  succeededSub: '有効なペア',
  failedSub: '使える応答なし',
  unfreeze: '凍結解除',
  send: 'チェック送信',
  success: '成功',
  failure: 'タイムアウト/エラー',
  triggered: '相手のチェックが届く: トリガーチェック',
};

/** The diagram's labels; read them with `translator(lang, pairStatesText)`. */
export const pairStatesText = defineDictionary({ en, ja });
