// bench — the Thai text engine and PDF writer against the built package (dist/), not a test.
// Prints: font preparation (cold, once per process), shaping + layout of one page of seed
// paragraphs with a fresh shaping cache and with a warm one (median after warm-up), and
// writePdf of that page. Run `npx tsup` first; SARABAN_DIST=<file> points at another build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.SARABAN_DIST ? resolve(process.env.SARABAN_DIST) : join(root, 'dist', 'index.js');
const api = await import(pathToFileURL(dist).href);
for (const name of ['createTextEngine', 'textEngineFromFonts', 'writePdf']) {
  if (typeof api[name] !== 'function') {
    console.error(`${dist} does not export ${name}; build with the text engine exported (npx tsup).`);
    process.exit(1);
  }
}

function seedParagraphs() {
  const dir = join(root, 'test', 'fixtures', 'seeds');
  const found = [];
  const visit = (v) => {
    if (typeof v === 'string') { if (v.length >= 60) found.push(v.replace(/\s+/g, ' ').trim()); }
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) visit(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return found;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };

const t0 = performance.now();
const engine = await api.createTextEngine();
const prepareMs = performance.now() - t0;

// One A4 page of body text: 16 pt, 20.8 pt pitch, 24.7 cm of text height ≈ 33 lines.
const MEASURE = 595.28 - 85.04 - 56.69;
const all = seedParagraphs();
const page = [];
let lines = 0;
for (const text of all) {
  if (lines >= 33) break;
  const laid = engine.layoutParagraph({ runs: [{ text }], size: 16, width: MEASURE, firstLineIndent: 70.87, restIndent: 0, align: 'thaiDistribute', color: '#000000' });
  page.push(text);
  lines += laid.lines.length;
}
const chars = page.reduce((n, t) => n + t.length, 0);
const layoutPage = (e) => page.map((text) => e.layoutParagraph({ runs: [{ text }], size: 16, width: MEASURE, firstLineIndent: 70.87, restIndent: 0, align: 'thaiDistribute', color: '#000000' }));

const cold = [];
for (let i = 0; i < 60; i++) {
  const fresh = api.textEngineFromFonts(engine.fonts);
  const ms = time(() => layoutPage(fresh));
  if (i >= 10) cold.push(ms);
}
const warm = [];
for (let i = 0; i < 110; i++) {
  const ms = time(() => layoutPage(engine));
  if (i >= 10) warm.push(ms);
}

const laid = layoutPage(engine);
let y = 70.87;
const items = [];
for (const p of laid) for (const line of p.lines) { y += 20.8; for (const r of line.runs) items.push({ ...r, x: r.x + 85.04, y }); }
const paged = { pages: [{ width: 595.28, height: 841.89, items }], meta: { title: 'bench', subject: 'bench', author: 'bench', language: 'th-TH' } };
const pdfTimes = [];
let bytes = 0;
for (let i = 0; i < 25; i++) {
  const t = performance.now();
  const out = await api.writePdf(paged, engine.fonts);
  if (i >= 5) pdfTimes.push(performance.now() - t);
  bytes = out.length;
}

console.log(`node ${process.version}, ICU ${process.versions.icu}`);
console.log(`font preparation (harfbuzz wasm + Sarabun regular/bold, cold): ${prepareMs.toFixed(1)} ms`);
console.log(`one page: ${page.length} paragraphs, ${lines} lines, ${chars} characters`);
console.log(`shape + break + align, fresh shaping cache: median ${median(cold).toFixed(2)} ms`);
console.log(`shape + break + align, warm shaping cache:  median ${median(warm).toFixed(2)} ms`);
console.log(`writePdf of that page (subset fonts, ${bytes} bytes): median ${median(pdfTimes).toFixed(2)} ms`);
