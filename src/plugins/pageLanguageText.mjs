// @ts-check
/**
 * Ships each page only its own language's text.
 *
 * Every dictionary (src/i18n/dictionary.ts) is two top-level objects, `en`
 * and `ja`, handed to `defineDictionary({ en, ja })`. The server render
 * needs both; a page's JavaScript needs only the page's language. In the
 * client build this plugin moves each of the two objects into a module of
 * its own and has the dictionary module load the one the page is written in
 * (`<html data-page-lang>`, set by Base.astro), with a top-level
 * `await import()`, before any widget that reads it hydrates. The other
 * languages are never fetched. A page without that attribute loads them
 * all. (Worker bundles are built without this plugin and keep every
 * language.)
 *
 * A chunk that holds several dictionary modules would otherwise fetch their
 * texts one after another (each module waits for its own import before the
 * next one runs); `renderChunk` starts all of a chunk's text imports for the
 * page's language at its top, so they load in parallel.
 *
 * Only `const` objects of string literals that nothing but the
 * `defineDictionary` call reads move; a dictionary whose texts are computed,
 * exported or read elsewhere stays whole, and the build says so.
 *
 * @module
 */
import { langs } from '../i18n/locales.ts';

const prefix = 'virtual:page-text:';

/**
 * The page's language, as the client sees it: Base.astro writes it on
 * <html data-page-lang> (an attribute of the site's own, which page
 * translation does not rewrite); undefined where there is no document or it
 * names no language of the site, and then every language loads.
 *
 * @param {readonly string[]} languages
 */
const pageLangExpression = (languages) =>
  `((l) => ${JSON.stringify(languages)}.includes(l) ? l : undefined)(globalThis.document?.documentElement.dataset.pageLang)`;

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: any }} Node
 * @typedef {(code: string) => Node} Parse
 */

/**
 * Whether `node` is an object literal of string literals only (no spreads,
 * no computed keys, no template substitutions), so it can move to a module
 * of its own unchanged.
 *
 * @param {Node | null | undefined} node
 * @returns {boolean}
 */
function isPlainTextObject(node) {
  if (!node || node.type !== 'ObjectExpression') return false;
  return node.properties.every(
    /** @param {Node} p */ (p) =>
      p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method
      && ((p.value.type === 'Literal' && typeof p.value.value === 'string')
        || (p.value.type === 'TemplateLiteral' && p.value.expressions.length === 0)),
  );
}

/**
 * Splits the `en` and `ja` texts of the dictionaries in one module out of it.
 *
 * @param {string} code - the module, as JavaScript (types already stripped)
 * @param {string} id - the module's id, to name the text modules after
 * @param {Parse} parse - an ESTree parser with UTF-16 `start`/`end` offsets
 * @param {readonly string[]} [languages] - the languages to split out (the site's, by default)
 * @returns {{ code: string, texts: Map<string, string>, kept: string[] } | null}
 *   the rewritten module, the text modules' specifiers with their sources,
 *   and the languages left in place (with why); `null` when the module
 *   defines no dictionary
 */
export function splitDictionaryTexts(code, id, parse, languages = langs) {
  if (!code.includes('defineDictionary')) return null;
  const program = parse(code);
  /** @type {Map<string, Node>} */
  const declarations = new Map();
  /** @type {Set<string>} */
  const exported = new Set();
  /** Where each const is declared (its name's offset), which is not a read. */
  /** @type {Map<string, number>} */
  const declaredAt = new Map();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (statement.type === 'ExportNamedDeclaration') {
      for (const specifier of statement.specifiers ?? []) exported.add(specifier.local.name ?? specifier.local.value);
    }
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const d of declaration.declarations) {
      if (d.id.type !== 'Identifier' || !d.init) continue;
      declarations.set(d.id.name, d.init);
      declaredAt.set(d.id.name, d.id.start);
      if (statement.type === 'ExportNamedDeclaration') exported.add(d.id.name);
    }
  }
  /** @type {Node[]} */
  const calls = [];
  /** Where each identifier is read (by start offset), to find texts used outside their dictionary. */
  /** @type {Map<string, number[]>} */
  const reads = new Map();
  (function visit(/** @type {any} */ node) {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'defineDictionary') calls.push(node);
    if (node.type === 'Identifier') reads.set(node.name, [...(reads.get(node.name) ?? []), node.start]);
    for (const key of Object.keys(node)) if (key !== 'parent') visit(node[key]);
  })(program.body);
  if (calls.length === 0) return null;

  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @type {Map<string, string>} */
  const texts = new Map();
  /** @type {string[]} */
  const kept = [];
  const base = id.replace(/[?#].*$/, '').replace(/\.[cm]?[jt]s$/, '');
  for (const call of calls) {
    const arg = call.arguments[0];
    if (arg?.type !== 'ObjectExpression') { kept.push('en, ja (not an object literal)'); continue; }
    for (const property of arg.properties) {
      const lang = property.type === 'Property' && !property.computed ? (property.key.name ?? property.key.value) : undefined;
      if (!languages.includes(lang)) continue;
      const name = property.value.type === 'Identifier' ? property.value.name : undefined;
      /** @type {Node | undefined} */
      const init = name === undefined ? property.value : declarations.get(name);
      if (!isPlainTextObject(init)) { kept.push(`${lang} (its texts are computed)`); continue; }
      if (name !== undefined) {
        // Read anywhere but here (and its own declaration), the object must stay: it would be undefined on other pages.
        const elsewhere = (reads.get(name) ?? []).filter((at) => at !== property.value.start && at !== property.key.start && at !== declaredAt.get(name));
        if (exported.has(name) || elsewhere.length > 0) { kept.push(`${lang} (\`${name}\` is ${exported.has(name) ? 'exported' : 'read outside defineDictionary'})`); continue; }
      }
      const node = /** @type {Node} */ (init);
      const specifier = `${prefix}${base}.${lang}.js`;
      if (texts.has(specifier)) { kept.push(`${lang} (a second dictionary)`); continue; }
      texts.set(specifier, code.slice(node.start, node.end));
      edits.push({
        start: node.start,
        end: node.end,
        text: `(__pageLang !== undefined && __pageLang !== ${JSON.stringify(lang)} ? undefined : (await import(${JSON.stringify(specifier)})).default)`,
      });
    }
  }
  if (edits.length === 0) return { code, texts, kept };
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  const header = `const __pageLang = ${pageLangExpression(languages)};\n`;
  return { code: header + out, texts, kept };
}

/**
 * Starts, at the top of a built chunk, every import of a text module in the
 * page's language that the chunk awaits further down, so that the chunk's
 * dictionaries load in parallel instead of one after another.
 *
 * @param {string} code - the rendered chunk
 * @param {readonly string[]} [languages] - the site's languages
 * @returns {string | null} the chunk with the prefetch line, or `null` when it imports no texts
 */
export function prefetchPageTexts(code, languages = langs) {
  /** @type {Map<string, Set<string>>} */
  const byLang = new Map();
  // `./<name>.<lang>.<hash>.js`; while chunks render, the hash is still a placeholder such as `!~{00V}~`.
  const pattern = new RegExp(`\\bimport\\(\\s*[\`'"](\\./[\\w.-]+\\.(${languages.join('|')})\\.(?:[\\w-]+|!~\\{\\w+\\}~)\\.js)[\`'"]\\s*\\)`, 'g');
  for (const [, file, lang] of code.matchAll(pattern)) {
    const files = byLang.get(/** @type {string} */ (lang)) ?? new Set();
    files.add(/** @type {string} */ (file));
    byLang.set(/** @type {string} */ (lang), files);
  }
  if (byLang.size === 0) return null;
  const table = JSON.stringify(Object.fromEntries([...byLang].map(([lang, files]) => [lang, [...files]])));
  // An unknown or missing page language loads every language, as the modules themselves do.
  return `{const l=${pageLangExpression(languages)},t=${table};for(const f of l===undefined?Object.values(t).flat():t[l]??[])import(f).catch(()=>{});}\n${code}`;
}

/**
 * The Vite plugin: in the client build only (the server render keeps both
 * languages), every dictionary module loads just the page's language.
 *
 * @returns {import('vite').Plugin}
 */
export function pageLanguageText() {
  /** @type {Map<string, string>} */
  const texts = new Map();
  return {
    name: 'ice-field-guide:page-language-text',
    apply: 'build',
    enforce: 'post',
    resolveId(source) {
      return source.startsWith(prefix) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const text = texts.get(id.slice(1));
      if (text === undefined) this.error(`No dictionary texts for ${id.slice(1)}`);
      return `export default ${text};\n`;
    },
    transform(code, id, options) {
      if (options?.ssr || id.startsWith('\0') || !/\/src\/.*\.[cm]?[jt]s(\?|$)/.test(id)) return null;
      const split = splitDictionaryTexts(code, id, (source) => /** @type {any} */ (this.parse(source)));
      if (split === null) return null;
      for (const reason of split.kept) this.warn(`${id}: ${reason} stays in the page's JavaScript in both languages`);
      for (const [specifier, text] of split.texts) texts.set(specifier, text);
      // The code moved (a line on top, objects replaced): say the map is gone rather than claim it is unchanged.
      return split.texts.size === 0 ? null : { code: split.code, map: { mappings: '' } };
    },
    renderChunk(code) {
      const prefetched = prefetchPageTexts(code);
      return prefetched === null ? null : { code: prefetched, map: null };
    },
  };
}
