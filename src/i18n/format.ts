import { locales, type Lang } from './locales.ts';

/** A calendar date in the reader's language, e.g. "21 November 2026" / "2026年11月21日". */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(locales[lang].dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
