/**
 * The built package through the bundlers people use, each with its default configuration (no
 * config file, no externals, no copied assets): a page that imports `saraban` by name (a
 * node_modules link to this package, so package.json "exports" decides what loads) is built
 * by `vite build` and by webpack 5, and served by the Vite dev server, then run in Debian's
 * Chromium under `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'` (no eval, no
 * new Function). It builds the KBO program letter and renders it to PDF with the fonts given as
 * bytes. Oracles: the page proves the policy is in force (new Function throws), nothing but
 * caught eval probes is refused, and the PDF passes qpdf and extracts (pdftotext) to the same
 * text as the PDF Node renders from the same letter.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Stats } from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Saraban from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const CSP = "script-src 'self' 'wasm-unsafe-eval'";
const root = resolve(new URL('../..', import.meta.url).pathname);
const dist = join(root, 'dist', 'index.js');
const out = join(root, 'test', '.output', 'bundlers');
const app = join(out, 'app');
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');
const KBO = join(root, 'examples', 'programs', 'kbo.json');

/** The page's script: the package by its name, as an application imports it. */
const MAIN = `
import { buildProgramCircular, renderPdf } from 'saraban';

const bytes = async (path) => new Uint8Array(await (await fetch(path)).arrayBuffer());
const base64 = (data) => {
  let text = '';
  for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(text);
};
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
let evalBlocked = false;
try {
  new Function('return 1')();
} catch {
  evalBlocked = true;
}

globalThis.sarabanResult = (async () => {
  const [regular, bold, example] = await Promise.all([bytes('/regular.ttf'), bytes('/bold.ttf'), (await fetch('/kbo.json')).json()]);
  const built = buildProgramCircular(example.program, example.base, example.payload);
  if (!built.ok) return { error: JSON.stringify(built.diagnostics) };
  const pdf = await renderPdf(built.value, { fonts: { regular, bold } });
  return { pdf: base64(pdf), evalBlocked, violations };
})().catch((error) => ({ error: String((error && error.stack) || error), evalBlocked, violations }));
`;

interface PageResult {
  readonly pdf?: string;
  readonly error?: string;
  readonly evalBlocked?: boolean;
  readonly violations?: readonly string[];
}

const TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html', '.ttf': 'font/ttf' };

/** Serves a built site plus the fonts and the example, with the strict policy on every answer. */
function serve(site: string): Promise<Server> {
  const extra: Readonly<Record<string, string>> = { '/regular.ttf': FONT_REGULAR, '/bold.ttf': FONT_BOLD, '/kbo.json': KBO };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = extra[url.pathname] ?? join(site, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!path.startsWith(site) && !Object.values(extra).includes(path)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      done(server);
    });
  });
}

let browser: Browser | undefined;

async function runPage(url: string): Promise<PageResult> {
  if (browser === undefined) throw new Error('no browser');
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'sarabanResult' in globalThis, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => (globalThis as unknown as { sarabanResult: Promise<PageResult> }).sarabanResult);
    return errors.length > 0 ? { ...result, error: `${result.error ?? ''} ${errors.join('; ')}` } : result;
  } finally {
    await page.close();
  }
}

async function nodePdfText(): Promise<string> {
  const { buildProgramCircular, renderPdf } = (await import(dist)) as typeof Saraban;
  const example = JSON.parse(readFileSync(KBO, 'utf8')) as { program: 'kbo'; base: unknown; payload: Saraban.ProgramPayload<'kbo'> };
  const built = buildProgramCircular(example.program, example.base, example.payload);
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
  const fonts = { regular: new Uint8Array(readFileSync(FONT_REGULAR)), bold: new Uint8Array(readFileSync(FONT_BOLD)) };
  const file = join(out, 'node.pdf');
  writeFileSync(file, await renderPdf(built.value, { fonts }));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function checkPdf(name: string, result: PageResult, expectedText: string): void {
  expect(result.error, name).toBeUndefined();
  expect(result.evalBlocked, `${name}: the page runs under the policy`).toBe(true);
  // Refused eval probes are expected (the page's own above, and zod's one-time, caught check
  // for whether it may compile parsers); no script, wasm or other resource may be refused.
  expect((result.violations ?? []).filter((violation) => violation !== 'script-src eval'), name).toEqual([]);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, Buffer.from(result.pdf ?? '', 'base64'));
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toBe(expectedText);
}

const available = existsSync(CHROMIUM) && existsSync(dist);
const timings: Record<string, number> = {};
let expectedText = '';

describe.skipIf(!available)('bundlers with their default configuration, in Chromium under a strict CSP', () => {
  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(app, 'src'), { recursive: true });
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(root, join(app, 'node_modules', 'saraban'));
    writeFileSync(join(app, 'src', 'main.js'), MAIN);
    writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="/src/main.js"></script>');
    expectedText = await nodePdfText();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    // Measured figures for the notes: how long each bundler takes here.
    writeFileSync(join(out, 'timings.json'), JSON.stringify(timings, null, 2));
  });

  it('vite build', async () => {
    const started = Date.now();
    const { build } = await import('vite');
    // Defaults, except minification (which only costs test time; resolution is unchanged).
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: join(out, 'vite-site'), emptyOutDir: true, minify: false } });
    timings['vite build'] = Date.now() - started;
    const server = await serve(join(out, 'vite-site'));
    try {
      checkPdf('vite-build', await runPage(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`), expectedText);
    } finally {
      server.close();
    }
  }, 180_000);

  it('webpack 5', async () => {
    const started = Date.now();
    const { default: webpack } = await import('webpack');
    const site = join(out, 'webpack-site');
    const stats = await new Promise<Stats | undefined>((done, fail) => {
      // Defaults, except development mode: production only adds minification (test time);
      // module resolution and the export conditions are the same.
      webpack({ mode: 'development', devtool: false, context: app, entry: './src/main.js', output: { path: site, clean: true } }, (error, result) => {
        if (error) fail(error);
        else done(result);
      });
    });
    expect(stats?.toJson({ all: false, errors: true }).errors ?? []).toEqual([]);
    timings['webpack'] = Date.now() - started;
    writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="/main.js"></script>');
    const server = await serve(site);
    try {
      checkPdf('webpack', await runPage(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`), expectedText);
    } finally {
      server.close();
    }
  }, 180_000);

  it('the Vite dev server', async () => {
    const started = Date.now();
    const { createServer: createViteServer } = await import('vite');
    // The dev server serves public/ as is: the fonts and the example.
    mkdirSync(join(app, 'public'), { recursive: true });
    writeFileSync(join(app, 'public', 'regular.ttf'), readFileSync(FONT_REGULAR));
    writeFileSync(join(app, 'public', 'bold.ttf'), readFileSync(FONT_BOLD));
    writeFileSync(join(app, 'public', 'kbo.json'), readFileSync(KBO));
    const server = await createViteServer({
      root: app,
      configFile: false,
      logLevel: 'silent',
      cacheDir: join(out, 'vite-cache'),
      server: { port: 0, host: '127.0.0.1', headers: { 'content-security-policy': CSP }, hmr: false },
    });
    await server.listen();
    try {
      const address = server.httpServer?.address() as AddressInfo;
      checkPdf('vite-dev', await runPage(`http://127.0.0.1:${String(address.port)}/`), expectedText);
      timings['vite dev'] = Date.now() - started;
    } finally {
      await server.close();
    }
  }, 180_000);
});
