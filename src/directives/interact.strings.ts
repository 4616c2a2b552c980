/**
 * What `client:interact` says when a widget cannot start. The explanation
 * around it still reads; the widget says why it will not answer and what to
 * do. Short, because it ships on every widget page before any widget code.
 */
import { defineDictionary, type Translation } from '../i18n/dictionary.ts';

const en = {
  'failed.load': 'This tool could not run: its code did not load ({detail}).',
  'failed.start': 'This tool could not run: its code loaded but stopped while starting ({detail}).',
  'failed.stalled': 'This tool has not finished starting after {seconds} seconds: its code loaded, but it has not said it is ready. If it stays like this, reload the page.',
  'failed.next': 'Everything else on the page still reads as it is. Reload the page to try again.',
  'failed.copy': 'On a copy of this site hosted inside your network, check that the whole _astro folder was copied with the pages.',
  'failed.reload': 'Reload the page',
} as const;

const ja: Translation<typeof en> = {
  'failed.load': 'このツールは使えません。プログラムを読み込めませんでした（{detail}）。',
  'failed.start': 'このツールは使えません。プログラムは読み込めましたが、起動の途中で止まりました（{detail}）。',
  'failed.stalled': '{seconds} 秒たっても、このツールの起動が終わっていません。プログラムは読み込めましたが、準備ができたという合図がありません。このままなら、ページを再読み込みしてください。',
  'failed.next': 'ページのほかの部分はこのまま読めます。ページを再読み込みして、もう一度試してください。',
  'failed.copy': '社内ネットワークに置いたこのサイトのコピーで起きた場合は、_astro フォルダー全体がページと一緒にコピーされているか確かめてください。',
  'failed.reload': 'ページを再読み込み',
};

export const interactText = defineDictionary({ en, ja });
