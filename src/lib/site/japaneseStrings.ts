/**
 * Collects the Japanese strings a module exports, whatever shape its
 * dictionaries have (flat `{ en, ja }` objects, `defineDictionary({ en, ja })`
 * results, per-entry `{ en: '…', ja: '…' }` pairs, arrays, nested tables),
 * so that the terminology lint (scripts/lintJa.ts, prh) sees every string a
 * Japanese reader can meet in a widget. A string counts as Japanese when it
 * contains hiragana, katakana or kanji.
 */

/** One Japanese string and where it was found. */
export interface JapaneseString {
  /** Dotted path from the export, e.g. `ja.status.failed` or `samples.3.ja`. */
  readonly path: string;
  readonly text: string;
}

const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

/** True when `text` contains hiragana, katakana or kanji. */
export function isJapanese(text: string): boolean {
  return japanese.test(text);
}

/**
 * Walks `value` (objects, arrays, functions' own properties are not
 * followed) and returns every Japanese string in it with its path.
 * Cycles are visited once.
 * @param value - an exported value
 * @param path - the name to start the paths with
 */
export function collectJapaneseStrings(value: unknown, path = ''): JapaneseString[] {
  const found: JapaneseString[] = [];
  const seen = new Set<object>();
  const visit = (v: unknown, at: string): void => {
    if (typeof v === 'string') {
      if (isJapanese(v)) found.push({ path: at, text: v });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, item] of v) visit(item, `${at}.${String(k)}`);
      return;
    }
    for (const [k, item] of Object.entries(v)) visit(item, at ? `${at}.${k}` : k);
  };
  visit(value, path);
  return found;
}

/**
 * Japanese string literals in a TypeScript/Svelte source, for modules that
 * cannot be imported outside the browser. Template literals are taken whole;
 * `${…}` parts are kept as they are.
 * @param source - the file's text
 */
export function japaneseLiterals(source: string): JapaneseString[] {
  const found: JapaneseString[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const m of source.matchAll(literal)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    if (!isJapanese(text)) continue;
    const line = source.slice(0, m.index).split('\n').length;
    found.push({ path: `line ${line}`, text });
  }
  return found;
}
