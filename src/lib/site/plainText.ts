/** A run of plain text or inline code inside a paragraph. */
export type Inline = { readonly code: boolean; readonly text: string };

/**
 * Splits glossary-style plain text into paragraphs (separated by blank
 * lines) of text and `code` runs, so it can be rendered without raw HTML.
 *
 * @param text - plain text; backticks mark inline code
 * @example paragraphs('Use `turn:` URLs.') // [[{code:false,text:'Use '},{code:true,text:'turn:'},{code:false,text:' URLs.'}]]
 */
export function paragraphs(text: string): Inline[][] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .replace(/\s*\n\s*/g, ' ')
        .split(/(`[^`]+`)/)
        .filter((part) => part !== '')
        .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1
          ? { code: true, text: part.slice(1, -1) }
          : { code: false, text: part })),
    );
}
