// @ts-check
/**
 * Ships each page only its own language's text.
 *
 * Every dictionary (src/i18n/dictionary.ts) is two top-level objects, `en`
 * and `ja`, handed to `defineDictionary({ en, ja })`. The server render
 * needs both; a page's JavaScript needs only the page's language. In the
 * client build this plugin moves each of the two objects into a module of
 * its own and has the dictionary module load the one the page is written in
 * (`<html lang>`), with a top-level `await import()`, before any widget that
 * reads it hydrates. The other language is never fetched. Where there is no
 * document (a worker) both load, as before.
 *
 * Only plain objects of string literals move; a dictionary whose texts are
 * computed stays whole, and the build says so.
 *
 * @module
 */

const prefix = 'virtual:page-text:';

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
 * @returns {{ code: string, texts: Map<string, string>, kept: string[] } | null}
 *   the rewritten module, the text modules' specifiers with their sources,
 *   and the languages left in place (with why); `null` when the module
 *   defines no dictionary
 */
export function splitDictionaryTexts(code, id, parse) {
  if (!code.includes('defineDictionary')) return null;
  const program = parse(code);
  /** @type {Map<string, Node>} */
  const declarations = new Map();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const d of declaration.declarations) if (d.id.type === 'Identifier' && d.init) declarations.set(d.id.name, d.init);
  }
  /** @type {Node[]} */
  const calls = [];
  (function visit(/** @type {any} */ node) {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'defineDictionary') calls.push(node);
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
      if (lang !== 'en' && lang !== 'ja') continue;
      const other = lang === 'en' ? 'ja' : 'en';
      /** @type {Node | undefined} */
      const init = property.value.type === 'Identifier' ? declarations.get(property.value.name) : property.value;
      if (!isPlainTextObject(init)) { kept.push(`${lang} (its texts are computed)`); continue; }
      const node = /** @type {Node} */ (init);
      const specifier = `${prefix}${base}.${lang}.js`;
      if (texts.has(specifier)) { kept.push(`${lang} (a second dictionary)`); continue; }
      texts.set(specifier, code.slice(node.start, node.end));
      edits.push({
        start: node.start,
        end: node.end,
        text: `(__pageLang === ${JSON.stringify(other)} ? undefined : (await import(${JSON.stringify(specifier)})).default)`,
      });
    }
  }
  if (edits.length === 0) return { code, texts, kept };
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  const header = 'const __pageLang = globalThis.document?.documentElement.lang;\n';
  return { code: header + out, texts, kept };
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
      return split.texts.size === 0 ? null : { code: split.code, map: null };
    },
  };
}
