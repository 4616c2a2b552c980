import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'vite';
import { prefetchPageTexts, splitDictionaryTexts } from '../../../src/plugins/pageLanguageText.mjs';

const parse = (code: string) => parseAst(code) as never;

const module = `import { defineDictionary } from '../i18n/dictionary.ts';
const en = { 'run.start': 'Gather candidates', 'run.found': \`{n} candidates\` };
const ja = { 'run.start': '候補を収集', 'run.found': '候補 {n} 件' };
export const gathererText = defineDictionary({ en, ja });
`;

/** Evaluates a rewritten module with its text modules, as the page with `lang` would. */
async function evaluate(code: string, texts: Map<string, string>, lang: string | undefined): Promise<{ en?: unknown; ja?: unknown; loaded: string[] }> {
  const loaded: string[] = [];
  const body = code
    .replace(/^import .*$/m, '')
    .replace(/await import\(("[^"]+")\)/g, (_, specifier: string) => `await load(${specifier})`)
    .replace('export const gathererText = defineDictionary({ en, ja });', 'return { en, ja };');
  const load = async (specifier: string) => {
    loaded.push(specifier);
    return { default: Function(`return (${texts.get(specifier)!.trim()});`)() as unknown };
  };
  const globals = globalThis as { document?: unknown };
  globals.document = lang === undefined ? undefined : { documentElement: { dataset: { pageLang: lang } } };
  try {
    const run = Function('load', `return (async () => { ${body} })();`) as (l: typeof load) => Promise<{ en?: unknown; ja?: unknown }>;
    return { ...(await run(load)), loaded };
  } finally {
    delete globals.document;
  }
}

test('both texts move to modules of their own, named after the dictionary module and the language', () => {
  const split = splitDictionaryTexts(module, '/site/src/lib/gatherer/strings.ts', parse);
  assert.ok(split);
  assert.deepEqual([...split.texts.keys()], [
    'virtual:page-text:/site/src/lib/gatherer/strings.en.js',
    'virtual:page-text:/site/src/lib/gatherer/strings.ja.js',
  ]);
  assert.equal(split.texts.get('virtual:page-text:/site/src/lib/gatherer/strings.ja.js'), "{ 'run.start': '候補を収集', 'run.found': '候補 {n} 件' }");
  assert.equal(split.texts.get('virtual:page-text:/site/src/lib/gatherer/strings.en.js'), "{ 'run.start': 'Gather candidates', 'run.found': `{n} candidates` }");
  assert.doesNotMatch(split.code, /候補|Gather candidates/);
  assert.deepEqual(split.kept, []);
});

test('a Japanese page loads only the Japanese texts, an English page only the English; no document or an unknown language loads both', async () => {
  const split = splitDictionaryTexts(module, '/s/src/x.ts', parse)!;
  const ja = await evaluate(split.code, split.texts, 'ja');
  assert.equal(ja.en, undefined);
  assert.deepEqual(ja.ja, { 'run.start': '候補を収集', 'run.found': '候補 {n} 件' });
  assert.deepEqual(ja.loaded, ['virtual:page-text:/s/src/x.ja.js']);
  const en = await evaluate(split.code, split.texts, 'en');
  assert.equal(en.ja, undefined);
  assert.deepEqual(en.en, { 'run.start': 'Gather candidates', 'run.found': '{n} candidates' });
  assert.deepEqual(en.loaded, ['virtual:page-text:/s/src/x.en.js']);
  const worker = await evaluate(split.code, split.texts, undefined);
  assert.equal(worker.loaded.length, 2);
  const unknown = await evaluate(split.code, split.texts, 'fr');
  assert.equal(unknown.loaded.length, 2);
  assert.ok(unknown.en && unknown.ja);
});

test('texts that are exported or read outside defineDictionary stay, since other pages would see them undefined', () => {
  const read = module.replace('export const gathererText', 'export const keys = Object.keys(en);\nexport const gathererText');
  const split = splitDictionaryTexts(read, '/s/src/x.ts', parse)!;
  assert.deepEqual([...split.texts.keys()], ['virtual:page-text:/s/src/x.ja.js']);
  assert.deepEqual(split.kept, ['en (`en` is read outside defineDictionary)']);
  const exported = module.replace('const ja =', 'export const ja =');
  assert.deepEqual(splitDictionaryTexts(exported, '/s/src/x.ts', parse)!.kept, ['ja (`ja` is exported)']);
  const reexported = `${module}export { en };\n`;
  assert.deepEqual(splitDictionaryTexts(reexported, '/s/src/x.ts', parse)!.kept, ['en (`en` is exported)']);
});

test('a built chunk starts all of its text imports for the page language at once', async () => {
  const chunk = 'import{a}from"./shared.X1.js";const A=(await import(`./errorText.en.B9m.js`)).default,B=(await import(`./errorText.ja.C0q.js`)).default;'
    + 'const C=(await import("./messages.en.D2.js")).default,D=(await import(\'./messages.ja.E3.js\')).default;';
  const out = prefetchPageTexts(chunk)!;
  assert.ok(out.endsWith(chunk));
  const prefix = out.slice(0, out.length - chunk.length);
  const run = async (lang: string | undefined) => {
    const started: string[] = [];
    const globals = globalThis as { document?: unknown };
    globals.document = lang === undefined ? undefined : { documentElement: { dataset: { pageLang: lang } } };
    try {
      Function('importer', prefix.replace(/import\(f\)/, 'importer(f)'))((f: string) => { started.push(f); return Promise.resolve(); });
    } finally {
      delete globals.document;
    }
    return started;
  };
  assert.deepEqual(await run('ja'), ['./errorText.ja.C0q.js', './messages.ja.E3.js']);
  assert.deepEqual(await run('en'), ['./errorText.en.B9m.js', './messages.en.D2.js']);
  assert.equal((await run(undefined)).length, 4);
  assert.equal(prefetchPageTexts('import("./shared.X1.js"); const en = 1;'), null);
  // While chunks render, file names still carry hash placeholders; the bundler fills them in everywhere afterwards.
  const rendering = prefetchPageTexts('const A = (await import("./messages.en.!~{00V}~.js")).default;')!;
  assert.match(rendering, /"\.\/messages\.en\.!~\{00V\}~\.js"/);
});

test('texts that are computed stay in the module, and the reason is given', () => {
  const computed = module.replace("'候補 {n} 件'", '`候補 ${n} 件`').replace('const ja', 'const n = 1;\nconst ja');
  const split = splitDictionaryTexts(computed, '/s/src/x.ts', parse)!;
  assert.deepEqual([...split.texts.keys()], ['virtual:page-text:/s/src/x.en.js']);
  assert.deepEqual(split.kept, ['ja (its texts are computed)']);
  assert.match(split.code, /候補 \$\{n\} 件/);
});

test('a module without a dictionary is left alone', () => {
  assert.equal(splitDictionaryTexts('export const x = 1;', '/s/src/x.ts', parse), null);
  assert.equal(splitDictionaryTexts('// mentions defineDictionary only in a comment\nexport const x = 1;', '/s/src/x.ts', parse), null);
});

test('offsets hold across multi-byte text before the dictionary (UTF-16 positions)', () => {
  const prefixed = `// 日本語のコメント — « »\n${module}`;
  const split = splitDictionaryTexts(prefixed, '/s/src/x.ts', parse)!;
  assert.equal(split.texts.get('virtual:page-text:/s/src/x.ja.js'), "{ 'run.start': '候補を収集', 'run.found': '候補 {n} 件' }");
});
