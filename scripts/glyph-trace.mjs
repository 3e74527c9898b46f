#!/usr/bin/env node
// glyph-trace — every glyph a PDF draws, read from `mutool trace` (the approach of
// test/pdf/glyph-positions.test.ts): per glyph its page, font (base name, subset prefix
// removed), size (pt), glyph id in the embedded font program, origin x/y in PDF user space
// (bottom-left origin), and the Unicode text mutool attributes to it.
//
//   node scripts/glyph-trace.mjs FILE.pdf            JSON on stdout
//   node scripts/glyph-trace.mjs FILE.pdf -o OUT.json
//
// Also a module: `import { traceGlyphs } from './glyph-trace.mjs'`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
};

/** `ABCDEF+Sarabun-Regular` → `Sarabun-Regular`. */
export function baseFontName(name) {
  return name.replace(/^[A-Z]{6}\+/, '');
}

/**
 * The glyphs of `trace` (mutool trace output), in drawing order. `span` numbers the text spans
 * (one per font change within a text object), so callers can group a line's pieces.
 */
export function parseTrace(trace) {
  const glyphs = [];
  let page = 0;
  let font = '';
  let size = 0;
  let span = -1;
  let mode = '';
  for (const line of trace.split('\n')) {
    const tag = line.trim();
    if (tag.startsWith('<page ')) {
      page = Number(attr(tag, 'number'));
    } else if (/^<(fill|stroke|clip|clip_stroke|ignore)_text\b/.test(tag)) {
      mode = /^<(\w+)_text/.exec(tag)[1];
    } else if (tag.startsWith('<span ')) {
      font = baseFontName(unescapeXml(attr(tag, 'font') ?? ''));
      const trm = (attr(tag, 'trm') ?? '0 0 0 0').trim().split(/\s+/).map(Number);
      // The text rendering matrix's vertical scale is the size in pt (no skew in our PDFs).
      size = Math.round(Math.hypot(trm[2] ?? 0, trm[3] ?? 0) * 10000) / 10000;
      span++;
    } else if (tag.startsWith('<g ')) {
      glyphs.push({
        page,
        font,
        size,
        glyph: Number(attr(tag, 'glyph')),
        x: Number(attr(tag, 'x')),
        y: Number(attr(tag, 'y')),
        unicode: unescapeXml(attr(tag, 'unicode') ?? ''),
        span,
        ...(mode === 'fill' ? {} : { mode }),
      });
    }
  }
  return glyphs;
}

/** Page count (from the trace) and glyphs of the PDF at `path`. */
export function traceGlyphs(path) {
  const trace = execFileSync('mutool', ['trace', path], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const pages = [...trace.matchAll(/<page number="(\d+)"/g)].length;
  return { file: path, pages, glyphs: parseTrace(trace) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.findIndex((a) => a === '-o' || a === '--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const files = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if (files.length !== 1 || (outAt >= 0 && !out)) {
    console.error('Usage: node scripts/glyph-trace.mjs FILE.pdf [-o OUT.json]');
    process.exit(2);
  }
  const result = traceGlyphs(files[0]);
  // One glyph per line: readable, and diffable with ordinary tools.
  const json = `{"file":${JSON.stringify(result.file)},"pages":${result.pages},"glyphs":[\n${result.glyphs.map((g) => JSON.stringify(g)).join(',\n')}\n]}\n`;
  if (out) writeFileSync(out, json);
  else {
    // `| head` closes the pipe early: not an error.
    process.stdout.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(json);
  }
}
