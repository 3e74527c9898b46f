/**
 * The built package in a real browser: dist/index.js bundled for the browser by esbuild (Node
 * built-ins left out, as a browser bundler would), loaded in Debian's Chromium (driven by
 * playwright-core, no browser download), renders the KBO program letter to PDF and DOCX with the
 * fonts given as bytes. Oracles: the browser's PDF draws the same glyphs at the same positions
 * as the PDF Node makes (mutool trace), extracts to the same text (pdftotext), and its DOCX holds
 * the same document XML. Only the compressed bytes may differ (fflate there, zlib here).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { builtinModules, createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Saraban from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(new URL('../..', import.meta.url).pathname);
const dist = join(root, 'dist', 'index.js');
const out = join(root, 'test', '.output', 'browser');
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');

/** The page's script: everything the browser does, through the package root only. */
const ENTRY = `
import { buildProgramCircular, renderDocx, renderPdf } from ${JSON.stringify(dist)};

const bytes = async (path) => new Uint8Array(await (await fetch(path)).arrayBuffer());
const base64 = (data) => {
  let text = '';
  for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(text);
};

globalThis.sarabanResult = (async () => {
  const [regular, bold, example] = await Promise.all([bytes('/regular.ttf'), bytes('/bold.ttf'), (await fetch('/kbo.json')).json()]);
  const built = buildProgramCircular(example.program, example.base, example.payload);
  if (!built.ok) return { error: JSON.stringify(built.diagnostics) };
  const pdf = await renderPdf(built.value, { fonts: { regular, bold } });
  const docx = await renderDocx(built.value);
  return { pdf: base64(pdf), docx: base64(docx), hasProcess: typeof process !== 'undefined' };
})().catch((error) => ({ error: String(error && error.stack || error) }));
`;

const TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html', '.ttf': 'font/ttf' };

/** The KBO example letter as Node builds it from the built package. */
async function kboLetter(): Promise<unknown> {
  const { buildProgramCircular } = (await import(dist)) as typeof Saraban;
  const example = JSON.parse(readFileSync(join(root, 'examples', 'programs', 'kbo.json'), 'utf8')) as { program: string; base: Record<string, unknown>; payload: Record<string, unknown> };
  const built = buildProgramCircular(example.program, example.base, example.payload);
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
  return built.value;
}

let server: Server | undefined;
let result: { pdf?: string; docx?: string; hasProcess?: boolean; error?: string } = {};
const available = existsSync(CHROMIUM) && existsSync(dist);

describe.skipIf(!available)('the package in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'entry.mjs'), ENTRY);
    const node = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
    await build({
      entryPoints: [join(out, 'entry.mjs')],
      bundle: true,
      format: 'esm',
      splitting: true,
      platform: 'browser',
      outdir: join(out, 'site'),
      external: node,
      logLevel: 'silent',
    });
    // harfbuzzjs fetches its wasm next to its own module, which the bundle now is.
    writeFileSync(join(out, 'site', 'harfbuzz.wasm'), readFileSync(join(root, 'node_modules', 'harfbuzzjs', 'dist', 'harfbuzz.wasm')));
    writeFileSync(join(out, 'site', 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="/entry.js"></script>');
    const files: Readonly<Record<string, string>> = {
      '/regular.ttf': FONT_REGULAR,
      '/bold.ttf': FONT_BOLD,
      '/kbo.json': join(root, 'examples', 'programs', 'kbo.json'),
    };
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = files[url.pathname] ?? join(out, 'site', url.pathname === '/' ? 'index.html' : url.pathname);
      if (!path.startsWith(out) && !Object.values(files).includes(path)) {
        response.writeHead(403).end();
        return;
      }
      if (!existsSync(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(response);
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${String(port)}/`);
      await page.waitForFunction(() => 'sarabanResult' in globalThis, undefined, { timeout: 60_000 });
      result = await page.evaluate(() => (globalThis as unknown as { sarabanResult: Promise<typeof result> }).sarabanResult);
      if (errors.length > 0) result = { ...result, error: `${result.error ?? ''} ${errors.join('; ')}` };
    } finally {
      await browser.close();
    }
  }, 180_000);

  afterAll(() => {
    server?.close();
  });

  it('renders a program letter to PDF and DOCX with fonts given as bytes, without Node', () => {
    expect(result.error).toBeUndefined();
    expect(result.hasProcess).toBe(false);
    expect(Buffer.from(result.pdf ?? '', 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(result.docx ?? '', 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('draws the same glyphs at the same places and extracts to the same text as in Node', async () => {
    const { renderPdf } = (await import(dist)) as typeof Saraban;
    const letter = await kboLetter();
    const fonts = { regular: new Uint8Array(readFileSync(FONT_REGULAR)), bold: new Uint8Array(readFileSync(FONT_BOLD)) };
    const inNode = join(out, 'node.pdf');
    const inBrowser = join(out, 'browser.pdf');
    writeFileSync(inNode, await renderPdf(letter, { fonts }));
    writeFileSync(inBrowser, Buffer.from(result.pdf ?? '', 'base64'));
    const glyphs = (path: string): string[] =>
      execFileSync('mutool', ['trace', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
        .split('\n')
        .filter((line) => line.includes('<g '));
    const nodeGlyphs = glyphs(inNode);
    expect(nodeGlyphs.length).toBeGreaterThan(1000);
    expect(glyphs(inBrowser)).toEqual(nodeGlyphs);
    const text = (path: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text(inBrowser)).toBe(text(inNode));
    expect(execFileSync('qpdf', ['--check', inBrowser], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });

  it('writes the same DOCX document XML as in Node', async () => {
    const { renderDocx } = (await import(dist)) as typeof Saraban;
    const inNode = unzipSync(await renderDocx(await kboLetter()));
    const inBrowser = unzipSync(new Uint8Array(Buffer.from(result.docx ?? '', 'base64')));
    expect(Object.keys(inBrowser)).toEqual(Object.keys(inNode));
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/header2.xml', 'word/footer2.xml']) {
      expect(strFromU8(inBrowser[name] ?? new Uint8Array()), name).toBe(strFromU8(inNode[name] ?? new Uint8Array()));
    }
  });
});
