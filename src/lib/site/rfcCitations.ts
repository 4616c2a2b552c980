/**
 * Finds RFC section citations in the site's sources so that a test can check
 * each one against the table of the RFCs' own section numbers
 * (`src/data/rfcSections.json`, transcribed from the RFC text).
 *
 * Two forms are recognised:
 * - the MDX/Astro component `<Rfc n={8445} s="6.1.4.1" />` (and `n={8445}`
 *   without `s`: the whole RFC);
 * - prose in widget and library strings: `RFC 8445 §6.1.4.1`,
 *   `RFC 8445, Section 6.1.4.1` and `RFC 8445 Section 6.1.4.1`;
 * - the glossary's YAML field `rfc: { n: 8445, s: "6.1.4.1" }`.
 *
 * Code comments in TypeScript/Svelte sources are not citations a reader
 * sees; pass `stripComments: true` to skip them.
 */

/** One citation found in a source text. */
export interface RfcCitation {
  /** RFC number. */
  readonly rfc: number;
  /** Section ("6.1.4.1", "B.1"), or `null` for the whole RFC. */
  readonly section: string | null;
  /** 1-based line of the citation in the source. */
  readonly line: number;
  /** The text that was matched, for error messages. */
  readonly text: string;
}

const componentPattern = /<Rfc\b[^>]*?\bn=\{(\d+)\}[^>]*?>/g;
const sectionAttr = /\bs="([^"]*)"/;
const yamlPattern = /\brfc:\s*\{\s*n:\s*(\d+)\s*(?:,\s*s:\s*["']([^"']*)["']\s*)?\}/g;
const prosePattern = /\bRFC[\s\u00a0]?(\d{3,5})(?:(?:[\s\u00a0]*§[\s\u00a0]*|,?[\s\u00a0]+[Ss]ection[\s\u00a0]+)((?:[A-Z]|\d+)(?:\.\d+)*))?/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Blanks out `//` line comments and block comments, keeping line
 * numbers (newlines survive). A `//` directly after `:` (a URL) is kept.
 */
export function stripCodeComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
}

/**
 * Every RFC citation in `text`.
 * @param text the source (MDX, Astro, TypeScript, Svelte or YAML)
 * @param options `stripComments` skips code comments first
 */
export function findRfcCitations(text: string, options: { stripComments?: boolean } = {}): RfcCitation[] {
  const source = options.stripComments ? stripCodeComments(text) : text;
  const found: RfcCitation[] = [];
  for (const m of source.matchAll(componentPattern)) {
    const s = sectionAttr.exec(m[0]);
    found.push({ rfc: Number(m[1]), section: s ? s[1]! : null, line: lineAt(source, m.index), text: m[0] });
  }
  for (const m of source.matchAll(yamlPattern)) {
    found.push({ rfc: Number(m[1]), section: m[2] ?? null, line: lineAt(source, m.index), text: m[0] });
  }
  for (const m of source.matchAll(prosePattern)) {
    found.push({ rfc: Number(m[1]), section: m[2] ?? null, line: lineAt(source, m.index), text: m[0] });
  }
  return found.sort((a, b) => a.line - b.line);
}
