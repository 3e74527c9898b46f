import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** The library's entry points: the package root and its subpaths (package.json "exports"). */
const LIBRARY = {
  index: 'src/index.ts',
  thai: 'src/exports/thai.ts',
  rules: 'src/exports/rules.ts',
  programs: 'src/exports/programs.ts',
  pdf: 'src/exports/pdf.ts',
  docx: 'src/exports/docx.ts',
};

/** Node-only modules (file access) and what the browser build uses instead. */
const BROWSER_SWAPS: Readonly<Record<string, string>> = {
  'system-fonts.js': fileURLToPath(new URL('src/browser/system-fonts.ts', import.meta.url)),
  'bundled-sarabun.js': fileURLToPath(new URL('src/browser/bundled-sarabun.ts', import.meta.url)),
};

const browserSwaps: Plugin = {
  name: 'saraban-browser-swaps',
  setup(build) {
    build.onResolve({ filter: /\/(system-fonts|bundled-sarabun)\.js$/ }, (args) => {
      const name = args.path.slice(args.path.lastIndexOf('/') + 1);
      const swap = BROWSER_SWAPS[name];
      return swap === undefined || args.importer.includes('/src/browser/') ? undefined : { path: swap };
    });
  },
};

/** Replaces `find` in `text` once, failing the build when harfbuzzjs no longer has it. */
function patch(text: string, find: string, replace: string, file: string): string {
  if (!text.includes(find)) throw new Error(`harfbuzzjs changed: "${find}" is not in ${file}; update tsup.config.ts`);
  return text.replace(find, replace);
}

/**
 * harfbuzzjs for the browser build, bundled into dist/browser/ with two changes made here:
 * - its wasm travels inside the (lazily loaded) chunk as base64 and is handed to Emscripten as
 *   `wasmBinary`, so no bundler has to find, copy or serve harfbuzz.wasm (Vite's dev server
 *   pre-bundles dependencies away from their files and answered index.html for it);
 * - its Node-only `import("module")` becomes an import no bundler follows (webpack 5 stopped
 *   on it: "Can't resolve 'module'"); it still runs where Node is; and its
 *   `new URL("harfbuzz.wasm", import.meta.url)`, which bundlers resolve as an asset, goes.
 */
const harfbuzzForBrowsers: Plugin = {
  name: 'saraban-harfbuzz-for-browsers',
  setup(build) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('harfbuzzjs/dist/harfbuzz.wasm'));
    build.onResolve({ filter: /^saraban:harfbuzz-wasm$/ }, () => ({ path: join(dir, 'harfbuzz.wasm'), namespace: 'harfbuzz-wasm' }));
    build.onLoad({ filter: /.*/, namespace: 'harfbuzz-wasm' }, (args) => ({
      loader: 'js',
      contents: [
        `const base64 = ${JSON.stringify(readFileSync(args.path).toString('base64'))};`,
        'const text = atob(base64);',
        'const bytes = new Uint8Array(text.length);',
        'for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);',
        'export default bytes;',
      ].join('\n'),
    }));
    build.onLoad({ filter: /harfbuzzjs[\\/]dist[\\/]index\.mjs$/ }, (args) => ({
      loader: 'js',
      contents: `import HARFBUZZ_WASM from 'saraban:harfbuzz-wasm';\n${patch(readFileSync(args.path, 'utf8'), 'init(await createHarfBuzz());', 'init(await createHarfBuzz({ wasmBinary: HARFBUZZ_WASM }));', args.path)}`,
    }));
    build.onLoad({ filter: /harfbuzzjs[\\/]dist[\\/]harfbuzz\.js$/ }, (args) => ({
      loader: 'js',
      contents: patch(
        patch(readFileSync(args.path, 'utf8'), 'await import("module")', 'await import(/* webpackIgnore: true */ /* @vite-ignore */ ["module"][0])', args.path),
        // Only a name now: the bytes are given, but bundlers would still look for this file.
        'new URL("harfbuzz.wasm",import.meta.url).href',
        '"harfbuzz.wasm"',
        args.path,
      ),
    }));
  },
};

/**
 * tsup's CommonJS code splitting (sucrase) turns every dynamic import into a require; Node then
 * refuses harfbuzzjs (ESM with top-level await: ERR_REQUIRE_ASYNC_MODULE). Puts that one
 * import back, failing the build when it is not found.
 */
function keepHarfBuzzImportDynamic(): void {
  const required = 'Promise.resolve().then(() => _interopRequireWildcard(require("harfbuzzjs")))';
  const dist = fileURLToPath(new URL('dist/', import.meta.url));
  let found = 0;
  for (const name of readdirSync(dist).filter((file) => file.endsWith('.cjs'))) {
    const text = readFileSync(join(dist, name), 'utf8');
    if (!text.includes(required)) continue;
    found += 1;
    writeFileSync(join(dist, name), text.split(required).join('import("harfbuzzjs")'));
  }
  if (found === 0) throw new Error('tsup.config.ts: the CommonJS build no longer has the harfbuzzjs require this build rewrites; check dist/*.cjs');
}

export default defineConfig([
  // Node, ESM: the library entries and the CLI with its batch worker, sharing chunks.
  {
    entry: { ...LIBRARY, cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    target: 'node20',
    shims: true,
  },
  // Node, CommonJS: the library entries only (the CLI is ESM), sharing chunks; harfbuzzjs is
  // still loaded with import() (see keepHarfBuzzImportDynamic).
  {
    entry: LIBRARY,
    format: ['cjs'],
    splitting: true,
    onSuccess: () => Promise.resolve(keepHarfBuzzImportDynamic()),
    target: 'node20',
    shims: true,
  },
  // Declarations for both: index.d.ts (ESM) and index.d.cts (CommonJS), one rollup.
  {
    entry: LIBRARY,
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
  // Browsers and other runtimes without Node's modules ("browser" and "default" conditions):
  // the same code with the file-reading modules swapped out, so bundlers find no Node import.
  {
    // thai and rules are built here too (though they need no swap) so the browser root splits
    // into the same chunks and `import { bahtText } from 'saraban'` tree-shakes in browsers.
    entry: LIBRARY,
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: ['harfbuzzjs'],
    esbuildPlugins: [browserSwaps, harfbuzzForBrowsers],
  },
]);
