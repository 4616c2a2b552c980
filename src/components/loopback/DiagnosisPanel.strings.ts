/**
 * The frame of the diagnosis panel (DiagnosisPanel.svelte), in English and
 * Japanese; the verdicts and findings themselves are in src/lib/loopback/messages.ts.
 */
import { defineDictionary, type Translation } from '../../i18n/dictionary.ts';

const en = {
  'failure.title': 'Why it is not connecting',
  'failure.title.soft': 'Connection trouble',
  'failure.read': 'Read the explanation',
} as const;

const ja: Translation<typeof en> = {
  'failure.title': 'つながらない理由',
  'failure.title.soft': '接続に問題があります',
  'failure.read': '解説を読む',
};

export const diagnosisPanelText = defineDictionary({ en, ja });
