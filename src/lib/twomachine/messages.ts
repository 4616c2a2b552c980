/**
 * Reader-facing text of the two-machine test's library, in English and
 * Japanese: why a pasted code cannot be used, and what to do.
 */
import { defineDictionary, translator, type Translation } from '../../i18n/dictionary.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { CodeError } from './connectionCode.ts';

const en = {
  'codeError.empty': 'Nothing was pasted. Paste the whole code the other side copied with its Copy button.',
  'codeError.too-long': 'This text is {length} characters long, longer than any code. Paste only the code (it starts with “ifg1”).',
  'codeError.malformed':
    'This is not a code from this test. A code starts with “ifg1o.” (invitation) or “ifg1a.” (answer) and holds only letters, digits, “-” and “_”. Copy it again with the Copy button.',
  'codeError.other-version':
    'This code was made by version {version} of this test, and this page reads version 1. Open the same version of the site on both machines (the same copy, or the same release).',
  'codeError.answer-not-offer':
    'This is an answer code, but this box takes an invitation. Paste it on the machine that created the invitation, in its “Answer from the other machine” box.',
  'codeError.offer-not-answer':
    'This is an invitation code, but this box takes the answer. Send the invitation to the other machine; paste here the answer it makes.',
  'codeError.truncated':
    'This code ends too early: part of it was lost on the way (a chat client or e-mail may have cut it). Copy it again with the Copy button, or use the QR code.',
  'codeError.damaged':
    'This code was changed somewhere in the middle (its check does not match). Copy it again with the Copy button rather than retyping it.',
  'codeError.stale.other-invitation':
    'This answer belongs to a different invitation: this page was reloaded or made a new invitation since. Send the current invitation to the other machine again and paste the answer it makes.',
  'codeError.stale.already-answered': 'This invitation was already answered and used. Create a new invitation to test again.',
  'codeError.stale.expired.answer':
    'This invitation was created {minutes} minutes ago and has expired (invitations last 30 minutes). Create a new one and exchange the codes again.',
  'codeError.stale.expired.offer':
    'This invitation was created about {minutes} minutes ago by this machine’s clock, longer than invitations last (30 minutes). Ask the other machine for a new one; if the two clocks are far apart, set them right.',
  'codeError.sdp-incomplete': 'The browser’s description has no {missing} line, so no code can be made from it. Reload the page and try again.',
} as const;

const ja: Translation<typeof en> = {
  'codeError.empty': '何も貼り付けられていません。相手側が「コピー」ボタンでコピーしたコードを、全部貼り付けてください。',
  'codeError.too-long': 'このテキストは {length} 文字あり、どのコードよりも長すぎます。コード（「ifg1」で始まります）だけを貼り付けてください。',
  'codeError.malformed':
    'これはこのテストのコードではありません。コードは「ifg1o.」（招待）か「ifg1a.」（応答）で始まり、英数字と「-」「_」だけでできています。「コピー」ボタンでもう一度コピーしてください。',
  'codeError.other-version':
    'このコードはこのテストのバージョン {version} で作られたもので、このページが読めるのはバージョン 1 です。両方のマシンで同じバージョンのサイト（同じコピー、同じリリース）を開いてください。',
  'codeError.answer-not-offer':
    'これは応答のコードですが、この欄には招待を貼り付けます。招待を作ったマシンの「相手のマシンからの応答」欄に貼り付けてください。',
  'codeError.offer-not-answer': 'これは招待のコードですが、この欄には応答を貼り付けます。招待は相手のマシンに送り、ここには相手が作った応答を貼り付けてください。',
  'codeError.truncated':
    'このコードは途中で切れています。受け渡しの途中で一部が失われました（チャットやメールで切れることがあります）。「コピー」ボタンでもう一度コピーするか、QR コードを使ってください。',
  'codeError.damaged': 'このコードは途中のどこかが変わっています（チェック値が合いません）。手で打ち直さず、「コピー」ボタンでもう一度コピーしてください。',
  'codeError.stale.other-invitation':
    'この応答は別の招待に対するものです。このページはその後で再読み込みされたか、新しい招待を作りました。いまの招待をもう一度相手のマシンに送り、相手が作った応答を貼り付けてください。',
  'codeError.stale.already-answered': 'この招待にはすでに応答があり、使用済みです。もう一度テストするには、新しい招待を作ってください。',
  'codeError.stale.expired.answer':
    'この招待は {minutes} 分前に作られ、有効期限が切れています（招待の有効期間は 30 分です）。新しい招待を作り、コードをもう一度受け渡してください。',
  'codeError.stale.expired.offer':
    'この招待は、このマシンの時計で約 {minutes} 分前に作られており、有効期間（30 分）を過ぎています。相手のマシンに新しい招待を作ってもらってください。2 台の時計が大きくずれている場合は、時刻を合わせてください。',
  'codeError.sdp-incomplete': 'ブラウザーの記述に {missing} の行がないため、コードを作れません。ページを再読み込みして、もう一度試してください。',
};

/** The two-machine test library's text; read it with `translator(lang, twoMachineText)`. */
export const twoMachineText = defineDictionary({ en, ja });

/**
 * Says in the reader's language why a code cannot be used and what to do.
 *
 * @param lang - `en` or `ja`.
 * @param error - From `decodeConnectionCode`, `checkAnswer` or `checkInvitationAge`.
 * @param box - Which box it was pasted into: `offer` (invited side) or `answer` (inviting side).
 * @returns One or two sentences.
 */
export function codeErrorText(lang: Lang, error: CodeError, box: 'offer' | 'answer'): string {
  const t = translator(lang, twoMachineText);
  const params = { version: error.version ?? '?', minutes: error.ageMinutes ?? '?', missing: error.missing ?? '', length: error.length ?? '?' };
  if (error.code === 'stale') {
    const reason = error.staleReason ?? 'other-invitation';
    return t(reason === 'expired' ? (box === 'answer' ? 'codeError.stale.expired.answer' : 'codeError.stale.expired.offer') : `codeError.stale.${reason}`, params);
  }
  return t(`codeError.${error.code}`, params);
}
