/** Values for a template's placeholders. */
export type TemplateParams = Readonly<Record<string, string | number | undefined>>;

/**
 * Looks up another text of the same dictionary and language by its key;
 * `undefined` when there is none.
 */
export type TemplateResolver = (key: string) => string | undefined;

const placeholder = /\{(\w+)(?:\|(\w+))?\}/g;

/**
 * Fills the placeholders of a UI or message template. The one placeholder
 * syntax of the site:
 *
 * - `{name}` inserts `params.name`;
 * - `{name|ns}` inserts the text whose key is `ns.<params.name>`, looked up
 *   through `resolve` (the dictionary's own lookup, so a term comes out in the
 *   template's language); without a resolver, or when there is no such text,
 *   the value itself.
 *
 * A placeholder without a value is left as written, so a missing parameter
 * shows up in review instead of disappearing.
 *
 * @param template - text with `{name}` / `{name|ns}` placeholders
 * @param params - placeholder values
 * @param resolve - lookup of other texts, for `{name|ns}`
 * @example fillTemplate('RFC {n} §{s}', { n: 8445, s: '6.1.2.3' }) // 'RFC 8445 §6.1.2.3'
 * @example fillTemplate('a {kind|term}', { kind: 'check' }, (k) => ({ 'term.check': 'connectivity check' })[k])
 * // 'a connectivity check'
 */
export function fillTemplate(template: string, params: TemplateParams = {}, resolve?: TemplateResolver): string {
  return template.replace(placeholder, (whole, name: string, ns: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (ns === undefined || resolve === undefined) return String(value);
    return resolve(`${ns}.${value}`) ?? String(value);
  });
}

/**
 * The placeholders of a template, as written (`name` or `name|ns`), sorted
 * and without repeats — what a translation must keep.
 *
 * @param template - text with placeholders
 * @returns the placeholder names
 * @example placeholdersOf('{b} and {a|term} and {b}') // ['a|term', 'b']
 */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(placeholder)) names.add(match[2] === undefined ? match[1]! : `${match[1]}|${match[2]}`);
  return [...names].sort();
}
