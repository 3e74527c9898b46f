/**
 * The package as npm publishes it: `npm pack`, unpacked into a fresh project's node_modules
 * (its dependencies linked from this checkout, as an install would provide them), then used
 * the ways a consumer does. Oracles: the file list and packed size; the CLI and its batch
 * workers run from the tarball; every subpath loads by name through ESM and CommonJS and gives
 * the root's own functions; strict TypeScript consumers (ESM and CommonJS, node16, bundler and node10
 * resolution, skipLibCheck false, no @types/node, DOM lib for zod's URL) compile against it, including lines that must
 * not compile; every type named in a public declaration is exported; and `bahtText` alone
 * bundles under a byte budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; exports: Record<string, unknown> };
const SUBPATHS = Object.keys(pkg.exports).filter((key) => key !== './package.json' && !key.includes('*'));
/** Bytes of minified JavaScript that `import { bahtText } from …` may load (before: 762 kB with Vite). */
const BAHT_TEXT_BUDGET = 12_000;
/** The packed tarball (before this budget: 1.69 MB packed, 7 MB unpacked). */
const PACKED_BUDGET = 1_000_000;

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}

let work = '';
let app = '';
let packed: PackResult | undefined;
const built = existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'schemas', 'letter.schema.json'));

function run(command: string, args: readonly string[], cwd = app): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

describe.runIf(built)('the packed tarball', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'saraban-pack-'));
    const [result] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as PackResult[];
    packed = result;
    app = join(work, 'app');
    const installed = join(app, 'node_modules', 'saraban');
    mkdirSync(installed, { recursive: true });
    run('tar', ['-xzf', join(work, result?.filename ?? ''), '-C', installed, '--strip-components=1'], work);
    for (const dependency of Object.keys(pkg.dependencies)) {
      const link = join(app, 'node_modules', dependency);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', dependency), link);
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  }, 120_000);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('holds the built code, types, schemas, licence and changelog, and nothing nothing loads', () => {
    const files = (packed?.files ?? []).map((file) => file.path);
    for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/browser/index.js', 'dist/cli.js', 'dist/batch-worker.js', 'schemas/letter.schema.json', 'schemas/program-file.schema.json', 'schemas/programs/kbo.schema.json']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((file) => file.endsWith('.map') || file.startsWith('templates/') || /^dist\/(cli|batch-worker)\.cjs$/.test(file))).toEqual([]);
    expect(packed?.size).toBeLessThan(PACKED_BUDGET);
  });

  it('runs the CLI and its batch workers from the installed package', () => {
    const cli = join(app, 'node_modules', 'saraban', 'dist', 'cli.js');
    run('node', [cli, 'render', join(root, 'examples', 'letters', '002.json'), '-o', join(app, 'out')]);
    expect(readFileSync(join(app, 'out', '002.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(app, 'out', '002.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const rows = readFileSync(join(root, 'examples', 'batch', 'districts.csv'), 'utf8').split('\n').slice(0, 3).join('\n');
    writeFileSync(join(app, 'rows.csv'), `${rows}\n`);
    run('node', [cli, 'batch', '--base', join(root, 'examples', 'programs', 'kbo.json'), '--rows', join(app, 'rows.csv'), '--name', '{{district}}', '-o', join(app, 'batch'), '--concurrency', '2', '--quiet']);
    expect(readdirSync(join(app, 'batch')).filter((name) => name.endsWith('.pdf'))).toHaveLength(2);
  }, 120_000);

  it('loads every subpath by name from ESM and CommonJS, with the root\'s own functions', () => {
    const names = SUBPATHS.map((subpath) => `saraban${subpath.slice(1)}`);
    const esm = `
      const root = await import('saraban');
      const out = {};
      for (const name of ${JSON.stringify(names)}) {
        const m = await import(name);
        out[name] = Object.keys(m).filter((key) => typeof m[key] === 'function').map((key) => key + (root[key] === m[key] ? '' : '!'));
      }
      console.log(JSON.stringify(out));`;
    const fromEsm = JSON.parse(run('node', ['--input-type=module', '-e', esm])) as Record<string, string[]>;
    expect(fromEsm['saraban/thai']).toContain('bahtText');
    expect(fromEsm['saraban/pdf']).toContain('renderPdf');
    expect(Object.values(fromEsm).flat().filter((key) => key.endsWith('!'))).toEqual([]);
    const cjs = `console.log(JSON.stringify(${JSON.stringify(names)}.map((name) => [name, Object.keys(require(name)).length])))`;
    const fromCjs = JSON.parse(run('node', ['--input-type=commonjs', '-e', cjs])) as [string, number][];
    expect(fromCjs.every(([, count]) => count > 0)).toBe(true);
    expect(run('node', ['--input-type=commonjs', '-e', "require('saraban').renderPdf(require('./letter.json')).then((b) => console.log(b.length > 1000))"], writeLetter())).toContain('true');
  }, 60_000);

  it('compiles strict TypeScript consumers: ESM and CommonJS, node16, bundler and node10 resolution, skipLibCheck false', () => {
    const source = `
import { buildProgramCircular, renderPdf, validate, PROGRAM_NAMES, type CircularInput, type ProgramName, type Diagnostic, type FontBook, type Urgency } from 'saraban';
import { bahtText } from 'saraban/thai';
import { validate as validateOnly } from 'saraban/rules';
import { renderDocx } from 'saraban/docx';
import { safeRenderPdf } from 'saraban/pdf';
import { findProgram } from 'saraban/programs';

export const names: readonly ProgramName[] = PROGRAM_NAMES;
export const words: string = bahtText(1500);
export const urgency: Urgency = 'ด่วนที่สุด';
export function check(input: CircularInput): readonly Diagnostic[] {
  return validate(input, { disableRules: ['province_mismatch'] }).diagnostics.concat(validateOnly(input).diagnostics);
}
export async function render(input: CircularInput, fonts?: FontBook): Promise<Uint8Array> {
  const warnings: Diagnostic[] = [];
  const pdf = await renderPdf(input, { date: '2025-01-15', onDiagnostics: (d) => warnings.push(...d), ...(fonts === undefined ? {} : { fonts }) });
  await renderDocx(input, { date: new Date(0) });
  const safe = await safeRenderPdf(input);
  return safe.ok ? safe.value : pdf;
}
export function program(base: CircularInput): CircularInput | undefined {
  const built = buildProgramCircular('meeting', base, {
    topic: 't', background: 'b', purpose: 'p', organizer: 'o', platform: 'p', agenda: ['a'], participants: ['x'], requestTo: 'r', date: '2022-12-23', start: '09:00', end: '12:00', closing: 'c',
  } as never);
  // @ts-expect-error -- a bundled program's payload is typed: kbo has no field "nope"
  buildProgramCircular('kbo', base, { nope: 1 });
  // @ts-expect-error -- program names are a union
  const wrong: ProgramName = 'kbo-typo';
  void wrong;
  void findProgram('kbo');
  return built.ok ? built.value : undefined;
}
`;
    const variants = [
      { name: 'esm-node16', type: 'module', file: 'index.mts', options: { module: 'node16', moduleResolution: 'node16' } },
      { name: 'cjs-node16', type: 'commonjs', file: 'index.cts', options: { module: 'node16', moduleResolution: 'node16' } },
      { name: 'esm-bundler', type: 'module', file: 'index.ts', options: { module: 'esnext', moduleResolution: 'bundler' } },
      // TypeScript's old resolution reads no "exports": the subpaths' types come from "typesVersions".
      // (zod's own declarations need esModuleInterop there.)
      { name: 'cjs-node10', type: 'commonjs', file: 'index.ts', options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true } },
    ];
    const failures: string[] = [];
    for (const variant of variants) {
      const dir = join(app, 'ts', variant.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: variant.type }));
      writeFileSync(join(dir, variant.file), source);
      const program = ts.createProgram([join(dir, variant.file)], {
        ...ts.convertCompilerOptionsFromJson({ ...variant.options, strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true }, dir).options,
      });
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        failures.push(`${variant.name}: ${diagnostic.file?.fileName.replace(app, '') ?? ''} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('exports every type a public declaration names (from the package root)', () => {
    const dist = join(app, 'node_modules', 'saraban', 'dist');
    const entries = SUBPATHS.map((subpath) => join(dist, `${subpath === '.' ? 'index' : subpath.slice(2)}.d.ts`));
    const program = ts.createProgram(entries, { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
    const checker = program.getTypeChecker();
    const rootFile = program.getSourceFile(entries[0] ?? '');
    const rootSymbol = rootFile === undefined ? undefined : checker.getSymbolAtLocation(rootFile);
    const exported = new Set((rootSymbol === undefined ? [] : checker.getExportsOfModule(rootSymbol)).map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)));
    // Declarations the bundler keeps only as building blocks of exported ones.
    const internal = new Set(['DocumentParts', 'DeepPartial']);
    const missing: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (!file.fileName.startsWith(dist)) continue;
      for (const statement of file.statements) {
        if (!(ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) || statement.name === undefined) continue;
        const symbol = checker.getSymbolAtLocation(statement.name);
        if (symbol !== undefined && !exported.has(symbol) && !internal.has(statement.name.text)) missing.push(statement.name.text);
      }
    }
    expect(rootSymbol).toBeDefined();
    expect(missing).toEqual([]);
    // And no declaration names harfbuzzjs (its types need @types/emscripten and are ESM-only).
    const declarations = readdirSync(dist).filter((name) => /\.d\.c?ts$/.test(name));
    expect(declarations.filter((name) => /from ['"]harfbuzzjs['"]|import\(['"]harfbuzzjs['"]\)/.test(readFileSync(join(dist, name), 'utf8')))).toEqual([]);
  }, 60_000);

  it.each(["import { bahtText } from 'saraban/thai';", "import { bahtText } from 'saraban';"])('bundles %s for the browser under the budget', async (line) => {
    const result = await build({
      stdin: { contents: `${line}\nconsole.log(bahtText(1500));`, resolveDir: app, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      splitting: true,
      outdir: join(app, 'size'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // What the page loads: the entry and the chunks it imports statically (lazy chunks never load here).
    const outputs = result.metafile.outputs;
    const loaded = new Set<string>();
    const visit = (name: string): void => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(Object.keys(outputs).find((name) => outputs[name]?.entryPoint !== undefined) ?? '');
    const bytes = [...loaded].reduce((sum, name) => sum + (outputs[name]?.bytes ?? 0), 0);
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThan(BAHT_TEXT_BUDGET);
  });
});

function writeLetter(): string {
  writeFileSync(join(app, 'letter.json'), readFileSync(join(root, 'examples', 'letters', '002.json')));
  return app;
}
