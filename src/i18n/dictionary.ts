/**
 * The one shape of reader-facing text on the site, and the one lookup.
 *
 * A dictionary sits beside the code that uses it, as two top-level objects
 * with flat dotted keys — `en` (the source of the key set) and `ja` (exactly
 * the same keys) — handed to {@link defineDictionary}:
 *
 * ```ts
 * const en = { 'run.start': 'Gather candidates', 'run.found': '{n} candidates' } as const;
 * const ja: Translation<typeof en> = { 'run.start': '候補を収集', 'run.found': '候補 {n} 件' };
 * export const gathererText = defineDictionary({ en, ja });
 * ```
 *
 * and read through {@link translator}, always named `t`, which may combine
 * several dictionaries:
 *
 * ```ts
 * const t = translator(lang, gathererText, iceServerText);
 * t('run.found', { n: 3 }); // '3 candidates'
 * ```
 *
 * Placeholders are those of {@link fillTemplate}: `{name}`, and `{name|ns}`
 * for "the text keyed `ns.<value>`" (a term in the template's language).
 *
 * Keeping `en` and `ja` as separate top-level objects is deliberate: a
 * per-language build can drop one of them from a page's JavaScript; the
 * lookup then falls back to the language that is there.
 *
 * @module
 */
import type { Lang } from './locales.ts';
import { fillTemplate, type TemplateParams } from '../lib/fillTemplate.ts';

/** The texts of one language for the keys of `En`: every key, each a string. */
export type Translation<En> = { readonly [K in keyof En]: string };

/** Options of a dictionary. */
export interface DictionaryOptions {
  /**
   * After filling placeholders, put a half-width space between kana/kanji and
   * Latin letters or digits in Japanese text (for templates whose inserted
   * terms may start or end with Latin text). Off by default.
   */
  readonly spaceJapanese?: boolean;
}

const brand = Symbol.for('ice-field-guide.dictionary');

/** A dictionary made by {@link defineDictionary}; `K` is its key set. */
export interface Dictionary<K extends string = string> {
  readonly [brand]: true;
  /** The texts by language. Typed complete; a per-language build may leave one out. */
  readonly texts: { readonly [L in Lang]: Readonly<Record<K, string>> };
  readonly options: DictionaryOptions;
}

/** The keys of a dictionary. */
export type KeyOf<D> = D extends Dictionary<infer K> ? K : never;

/**
 * Makes a dictionary from English texts and their Japanese translation. The
 * types require `ja` to have exactly the keys of `en`: a missing or an extra
 * key is a type error.
 *
 * @param texts - `{ en, ja }`, flat dotted keys to templates
 * @param options - see {@link DictionaryOptions}
 * @returns the dictionary, for {@link translator}
 * @example export const inspectorText = defineDictionary({ en, ja });
 */
export function defineDictionary<
  const En extends Readonly<Record<string, string>>,
  const Ja extends Translation<En>,
>(
  texts: { readonly en: En; readonly ja: Ja & { readonly [K in Exclude<keyof Ja, keyof En>]: never } },
  options: DictionaryOptions = {},
): Dictionary<keyof En & string> {
  return Object.freeze({ [brand]: true as const, texts, options });
}

/** Whether a value is a dictionary made by {@link defineDictionary}. */
export function isDictionary(value: unknown): value is Dictionary {
  return typeof value === 'object' && value !== null && brand in value;
}

/**
 * The lookup made by {@link translator}: `t(key, params)` returns the text of
 * `key` in the translator's language with its placeholders filled.
 */
export interface Translate<K extends string> {
  (key: K, params?: TemplateParams): string;
  /** The language this lookup writes in. */
  readonly lang: Lang;
  /** Whether `key` is a key of one of the dictionaries (for keys built at run time). */
  has(key: string): key is K;
}

const own = (table: object, key: string): string | undefined =>
  Object.hasOwn(table, key) ? (table as Record<string, string>)[key] : undefined;

/**
 * The lookup of one language over one or more dictionaries, searched in the
 * order given. Never throws: a key none of them has comes back as the key
 * itself, so it shows in review.
 *
 * @param lang - the page's language
 * @param dictionaries - the dictionaries the caller reads from
 * @returns the lookup, to be named `t`
 * @example const t = translator('ja', stunText); t('copy.done') // 'コピーしました'
 */
export function translator<const D extends readonly Dictionary<string>[]>(lang: Lang, ...dictionaries: D): Translate<KeyOf<D[number]>> {
  const tables = dictionaries.map((d) => ({
    table: (d.texts as Partial<Record<Lang, Readonly<Record<string, string>>>>)[lang] ?? d.texts.en ?? d.texts.ja,
    spaceJapanese: d.options.spaceJapanese === true && lang === 'ja',
  }));
  const find = (key: string): { template: string; spaceJapanese: boolean } | undefined => {
    for (const { table, spaceJapanese } of tables) {
      const template = own(table, key);
      if (template !== undefined) return { template, spaceJapanese };
    }
    return undefined;
  };
  const resolve = (key: string): string | undefined => find(key)?.template;
  const t = (key: string, params?: TemplateParams): string => {
    const found = find(key);
    if (found === undefined) return key;
    const filled = fillTemplate(found.template, params, resolve);
    return found.spaceJapanese ? spaceJapanese(filled) : filled;
  };
  const has = (key: string): key is KeyOf<D[number]> => find(key) !== undefined;
  return Object.assign(t, { lang, has }) as Translate<KeyOf<D[number]>>;
}

const kanaOrKanji = '\u3040-\u30ff\u3400-\u9fff';
const fullThenHalf = new RegExp(`([${kanaOrKanji}])([A-Za-z0-9])`, 'g');
const halfThenFull = new RegExp(`([A-Za-z0-9])([${kanaOrKanji}])`, 'g');

/**
 * Japanese house style: a half-width space between kana/kanji and Latin
 * letters or digits (punctuation such as 、。（） needs none).
 */
function spaceJapanese(text: string): string {
  return text.replace(fullThenHalf, '$1 $2').replace(halfThenFull, '$1 $2');
}
