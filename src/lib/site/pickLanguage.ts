/**
 * Picks the site language that best matches the browser's preferences
 * (`navigator.languages`, most preferred first). A preference matches by
 * its primary subtag, so `ja-JP` picks `ja`; the first available language
 * is the fallback.
 *
 * @param preferred - BCP 47 tags in preference order
 * @param available - site languages, default first
 * @example pickLanguage(['fr-FR', 'ja-JP', 'en'], ['en', 'ja']) // 'ja'
 */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = available.find((lang) => lang === primary);
    if (match) return match;
  }
  return available[0] ?? 'en';
}
