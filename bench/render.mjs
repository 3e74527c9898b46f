// bench — whole-letter rendering through the public API of the built package (dist/), not a test.
// Prints: first-letter time (fonts and HarfBuzz prepared once per process), then the median
// and p90 time of a one-page and a five-page letter to PDF and to DOCX after warm-up, a run of
// 100 letters one after another, and the process's peak memory (RSS). Every letter carries a
// stand-in emblem (a 400×440 RGBA PNG, the size of an agency's Garuda file), as real letters do.
// Run `npm run build` first. SARABAN_DIST=<folder> benchmarks another built copy (e.g. a
// snapshot of dist/ taken before a change) instead of dist/.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.SARABAN_DIST ? resolve(process.env.SARABAN_DIST) : join(root, 'dist');
const api = await import(pathToFileURL(join(dist, 'index.js')).href);
const { renderPdf, renderDocx, safeRenderPdf } = api;
const emblem = standInEmblem(400, 440);

const base = JSON.parse(readFileSync(join(root, 'examples', 'letters', '002.json'), 'utf8'));
// One page: the KBO letter with its first two paragraphs and its closing sentence.
const onePage = { ...base, body: [...base.body.slice(0, 2), ...base.body.slice(-1)] };
// Five pages: the KBO letter with its body written out five times.
const middle = base.body.slice(0, -1);
const fivePage = { ...base, body: [...middle, ...middle, ...middle, ...middle, ...middle, ...base.body.slice(-1)] };

/** A filled ellipse on a transparent ground as an RGBA PNG: the shape of a Garuda file, not the Garuda. */
function standInEmblem(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x - width / 2) / (width / 2);
      const dy = (y - height / 2) / (height / 2);
      if (dx * dx + dy * dy > 1) continue;
      raw.set([200, 30 + (x % 50), y % 70, 255], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

async function pages(input) {
  const bytes = await renderPdf(input, { allowErrors: true, emblem });
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
await renderPdf(onePage, { emblem });
console.log(`first PDF letter (includes font + HarfBuzz preparation): ${(performance.now() - cold).toFixed(1)} ms`);
console.log(`pages: one-page letter ${await pages(onePage)}, five-page letter ${await pages(fivePage)}`);

for (const [name, input] of [['one-page', onePage], ['five-page', fivePage]]) {
  const options = { allowErrors: true, emblem };
  await time(() => renderPdf(input, options), 40);
  console.log(`PDF  ${name}: ${stats(await time(() => renderPdf(input, options), 100))}`);
  await time(() => renderDocx(input, options), 40);
  console.log(`DOCX ${name}: ${stats(await time(() => renderDocx(input, options), 100))}`);
}

const t100 = performance.now();
let ok = 0;
for (let i = 0; i < 100; i++) if ((await safeRenderPdf(onePage, { emblem })).ok) ok++;
const ms100 = performance.now() - t100;
console.log(`100 one-page PDF letters in sequence: ${ms100.toFixed(0)} ms (${((100 * 1000) / ms100).toFixed(1)} letters/s), ${ok} ok`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
