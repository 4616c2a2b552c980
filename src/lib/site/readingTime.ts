/**
 * Estimates reading time for an article body (Markdown or MDX source).
 *
 * English is counted in words (≈ 220 words a minute for technical prose);
 * Japanese has no spaces between words, so it is counted in characters
 * (≈ 500 characters a minute, a common figure for technical Japanese).
 * MDX import/export lines, JSX tags, HTML comments and fenced code are not
 * prose and are left out; code is skimmed, so each code line counts as two
 * words.
 *
 * @param source - the raw body, without frontmatter
 * @param lang - the article's language
 * @returns whole minutes, at least 1
 * @example readingMinutes('word '.repeat(440), 'en') // 2
 */
import type { Lang } from '../../i18n/locales.ts';
export function readingMinutes(source: string, lang: Lang): number {
  let codeLines = 0;
  const prose = source
    .replace(/```[\s\S]*?```/g, (block) => {
      codeLines += block.split('\n').length - 2;
      return ' ';
    })
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{#[a-z0-9-]+\}/g, ' ');
  const codeWords = Math.max(0, codeLines) * 2;
  if (lang === 'ja') {
    const chars = prose.replace(/[\s#*_`>|\-[\]()]/g, '').length;
    return Math.max(1, Math.round(chars / 500 + codeWords / 220));
  }
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round((words + codeWords) / 220));
}
