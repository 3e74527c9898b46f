// bench — whole-letter rendering through the public API of the built package (dist/), not a test.
// Prints: first-letter time (fonts and HarfBuzz prepared once per process), then the median
// and p90 time of a one-page and a five-page letter to PDF and to DOCX after warm-up, a run of
// 100 letters one after another, and the process's peak memory (RSS). Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { renderPdf, renderDocx, safeRenderPdf } = api;

const base = JSON.parse(readFileSync(join(root, 'examples', 'letters', '002.json'), 'utf8'));
// One page: the KBO letter with its first two paragraphs and its closing sentence.
const onePage = { ...base, body: [...base.body.slice(0, 2), ...base.body.slice(-1)] };
// Five pages: the KBO letter with its body written out five times.
const middle = base.body.slice(0, -1);
const fivePage = { ...base, body: [...middle, ...middle, ...middle, ...middle, ...middle, ...base.body.slice(-1)] };

async function pages(input) {
  const bytes = await renderPdf(input, { allowErrors: true });
  return (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms (n=${samples.length})`;
}

async function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const cold = performance.now();
await renderPdf(onePage);
console.log(`first PDF letter (includes font + HarfBuzz preparation): ${(performance.now() - cold).toFixed(1)} ms`);
console.log(`pages: one-page letter ${await pages(onePage)}, five-page letter ${await pages(fivePage)}`);

for (const [name, input] of [['one-page', onePage], ['five-page', fivePage]]) {
  await time(() => renderPdf(input, { allowErrors: true }), 5);
  console.log(`PDF  ${name}: ${stats(await time(() => renderPdf(input, { allowErrors: true }), 30))}`);
  await time(() => renderDocx(input, { allowErrors: true }), 3);
  console.log(`DOCX ${name}: ${stats(await time(() => renderDocx(input, { allowErrors: true }), 30))}`);
}

const t100 = performance.now();
let ok = 0;
for (let i = 0; i < 100; i++) if ((await safeRenderPdf(onePage)).ok) ok++;
const ms100 = performance.now() - t100;
console.log(`100 one-page PDF letters in sequence: ${ms100.toFixed(0)} ms (${((100 * 1000) / ms100).toFixed(1)} letters/s), ${ok} ok`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
