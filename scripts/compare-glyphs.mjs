#!/usr/bin/env node
// compare-glyphs — glyph-level comparison of two folders of PDFs (e.g. a baseline rendered
// before a refactor and the same examples rendered after it). For every PDF present under the
// same relative path in both folders, the drawn glyphs (scripts/glyph-trace.mjs: font, size,
// glyph id, origin) must be the same, at the same positions within 0.01 pt.
//
//   node scripts/compare-glyphs.mjs BASELINE_DIR NEW_DIR [--max N] [--max-lines M] [--json OUT.json]
//
// Per file it prints `identical`, or the differences grouped by page and by text line (glyphs
// sharing a baseline), so that a human can sort them into deliberate fixes and regressions:
//   moved    the line has the same glyphs, shifted (dx, dy), or some glyphs repositioned
//   changed  the line's glyphs differ; the first N differing glyphs are listed
//   -  / +   a line only in the baseline / only in the new file (e.g. text moved to another page)
// Runs of consecutive lines moved by the same (dx, dy) are shown as one entry.
// Exit code: 0 all identical, 1 some difference (or a PDF only on one side), 2 wrong usage.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { traceGlyphs } from './glyph-trace.mjs';

const TOLERANCE = 0.01;
/** Spans whose first baselines are this close (pt) are one text line. */
const LINE_TOLERANCE = 0.5;

function usage() {
  console.error('Usage: node scripts/compare-glyphs.mjs BASELINE_DIR NEW_DIR [--max N] [--max-lines M] [--json OUT.json]');
  process.exit(2);
}

const args = process.argv.slice(2);
const opts = { max: 5, maxLines: 40, json: undefined };
const dirs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--max') opts.max = Number(args[++i]);
  else if (a === '--max-lines') opts.maxLines = Number(args[++i]);
  else if (a === '--json') opts.json = args[++i];
  else if (a.startsWith('--')) usage();
  else dirs.push(a);
}
if (dirs.length !== 2 || !Number.isFinite(opts.max) || !Number.isFinite(opts.maxLines) || (args.includes('--json') && !opts.json)) usage();
const [baseDir, newDir] = dirs;
for (const d of dirs) if (!existsSync(d) || !statSync(d).isDirectory()) {
  console.error(`not a folder: ${d}`);
  process.exit(2);
}

function pdfsUnder(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.pdf')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

const fmt = (n) => n.toFixed(2);
const signed = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;
const clip = (text, n = 70) => (text.length > n ? `${text.slice(0, n)}…` : text);
const glyphKey = (g) => `${g.font}/${g.size.toFixed(2)}/${String(g.glyph)}`;
const describeGlyph = (g) => (g ? `${g.font} ${fmt(g.size)} g${String(g.glyph)} ${JSON.stringify(g.unicode)} (${fmt(g.x)}, ${fmt(g.y)})` : '—');

/** A page's glyphs as text lines, top to bottom: spans grouped by the baseline of their first glyph. */
function linesOf(glyphs) {
  const spans = new Map();
  for (const g of glyphs) {
    let span = spans.get(g.span);
    if (!span) spans.set(g.span, (span = { y: g.y, glyphs: [] }));
    span.glyphs.push(g);
  }
  const lines = [];
  for (const span of spans.values()) {
    const line = lines.find((l) => Math.abs(l.y - span.y) <= LINE_TOLERANCE);
    if (line) line.glyphs.push(...span.glyphs);
    else lines.push({ y: span.y, glyphs: [...span.glyphs] });
  }
  lines.sort((a, b) => b.y - a.y || a.glyphs[0].x - b.glyphs[0].x);
  for (const line of lines) {
    line.key = line.glyphs.map(glyphKey).join(' ');
    // Text in reading order: the line's spans left to right.
    const bySpan = new Map();
    for (const g of line.glyphs) (bySpan.get(g.span) ?? bySpan.set(g.span, []).get(g.span)).push(g);
    line.text = [...bySpan.values()]
      .sort((a, b) => a[0].x - b[0].x)
      .map((gs) => gs.map((g) => g.unicode).join(''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return lines;
}

/** Index pairs of a longest common subsequence of `a` and `b` (by `key`). */
function lcsPairs(a, b) {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Same glyphs, compared by position: undefined when every glyph is within tolerance. */
function movedLine(before, after) {
  const off = [];
  before.glyphs.forEach((g, k) => {
    const h = after.glyphs[k];
    if (Math.abs(g.x - h.x) > TOLERANCE || Math.abs(g.y - h.y) > TOLERANCE) off.push({ index: k, before: g, after: h, dx: h.x - g.x, dy: h.y - g.y });
  });
  if (off.length === 0) return undefined;
  const first = off[0];
  const uniform = off.length === before.glyphs.length && off.every((o) => Math.abs(o.dx - first.dx) <= TOLERANCE && Math.abs(o.dy - first.dy) <= TOLERANCE);
  return {
    kind: 'moved',
    yBefore: before.y,
    yAfter: after.y,
    text: before.text,
    glyphs: before.glyphs.length,
    uniform,
    dx: first.dx,
    dy: first.dy,
    repositioned: off.length,
    first: off.slice(0, opts.max),
  };
}

/** Different glyphs on a line: the first `max` positions where they differ. */
function changedLine(before, after) {
  const diffs = [];
  const count = Math.max(before.glyphs.length, after.glyphs.length);
  for (let k = 0; k < count && diffs.length < opts.max; k++) {
    const g = before.glyphs[k];
    const h = after.glyphs[k];
    const same = g && h && glyphKey(g) === glyphKey(h) && Math.abs(g.x - h.x) <= TOLERANCE && Math.abs(g.y - h.y) <= TOLERANCE;
    if (!same) diffs.push({ index: k, before: g, after: h });
  }
  return { kind: 'changed', yBefore: before.y, yAfter: after.y, textBefore: before.text, textAfter: after.text, glyphsBefore: before.glyphs.length, glyphsAfter: after.glyphs.length, first: diffs };
}

function comparePage(beforeGlyphs, afterGlyphs) {
  const a = linesOf(beforeGlyphs);
  const b = linesOf(afterGlyphs);
  const pairs = lcsPairs(
    a.map((l) => l.key),
    b.map((l) => l.key),
  );
  const entries = [];
  let i = 0;
  let j = 0;
  const gap = (iEnd, jEnd) => {
    const removed = a.slice(i, iEnd);
    const added = b.slice(j, jEnd);
    // Pair lines of the gap in order as changed lines; the rest were removed or added.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) entries.push(changedLine(removed[k], added[k]));
    for (const l of removed.slice(paired)) entries.push({ kind: 'removed', y: l.y, text: l.text, glyphs: l.glyphs.length });
    for (const l of added.slice(paired)) entries.push({ kind: 'added', y: l.y, text: l.text, glyphs: l.glyphs.length });
  };
  for (const [pi, pj] of pairs) {
    gap(pi, pj);
    const moved = movedLine(a[pi], b[pj]);
    if (moved) entries.push(moved);
    i = pi + 1;
    j = pj + 1;
  }
  gap(a.length, b.length);
  // Consecutive lines moved together by the same (dx, dy): one entry.
  const merged = [];
  for (const e of entries) {
    const last = merged.at(-1);
    if (e.kind === 'moved' && e.uniform && last?.kind === 'moved' && last.uniform && Math.abs(last.dx - e.dx) <= TOLERANCE && Math.abs(last.dy - e.dy) <= TOLERANCE) {
      last.lines = (last.lines ?? 1) + 1;
      last.glyphs += e.glyphs;
      last.yLastBefore = e.yBefore;
    } else merged.push({ ...e });
  }
  return merged;
}

function compareFile(rel) {
  const before = traceGlyphs(join(baseDir, rel));
  const after = traceGlyphs(join(newDir, rel));
  const pages = [];
  for (let p = 1; p <= Math.max(before.pages, after.pages); p++) {
    const entries = comparePage(
      before.glyphs.filter((g) => g.page === p),
      after.glyphs.filter((g) => g.page === p),
    );
    if (entries.length) pages.push({ page: p, entries });
  }
  return { file: rel, pagesBefore: before.pages, pagesAfter: after.pages, glyphsBefore: before.glyphs.length, glyphsAfter: after.glyphs.length, identical: pages.length === 0 && before.pages === after.pages, pages };
}

function printEntry(e) {
  const out = [];
  switch (e.kind) {
    case 'moved': {
      const where = e.lines ? `y ${fmt(e.yBefore)}…${fmt(e.yLastBefore)} (${String(e.lines)} lines)` : `y ${fmt(e.yBefore)}`;
      if (e.uniform) out.push(`    moved    ${where} by dx ${signed(e.dx)} dy ${signed(e.dy)} (${String(e.glyphs)} glyphs)  "${clip(e.text)}"${e.lines ? ' …' : ''}`);
      else {
        out.push(`    moved    ${where}: ${String(e.repositioned)} of ${String(e.glyphs)} glyphs repositioned  "${clip(e.text)}"`);
        for (const o of e.first) out.push(`               #${String(o.index)} ${describeGlyph(o.before)} → (${fmt(o.after.x)}, ${fmt(o.after.y)}) dx ${signed(o.dx)} dy ${signed(o.dy)}`);
      }
      break;
    }
    case 'changed':
      out.push(`    changed  y ${fmt(e.yBefore)}${Math.abs(e.yAfter - e.yBefore) > TOLERANCE ? ` → ${fmt(e.yAfter)}` : ''} (${String(e.glyphsBefore)} → ${String(e.glyphsAfter)} glyphs)`);
      out.push(`               before "${clip(e.textBefore)}"`);
      out.push(`               after  "${clip(e.textAfter)}"`);
      for (const d of e.first) out.push(`               #${String(d.index)} ${describeGlyph(d.before)}  |  ${describeGlyph(d.after)}`);
      break;
    case 'removed':
      out.push(`    -        y ${fmt(e.y)} (${String(e.glyphs)} glyphs)  "${clip(e.text)}"`);
      break;
    case 'added':
      out.push(`    +        y ${fmt(e.y)} (${String(e.glyphs)} glyphs)  "${clip(e.text)}"`);
      break;
    default:
      break;
  }
  return out;
}

const basePdfs = pdfsUnder(baseDir);
const newPdfs = pdfsUnder(newDir);
const common = basePdfs.filter((f) => newPdfs.includes(f));
const onlyBase = basePdfs.filter((f) => !newPdfs.includes(f));
const onlyNew = newPdfs.filter((f) => !basePdfs.includes(f));

const results = [];
let different = 0;
for (const rel of common) {
  const r = compareFile(rel);
  results.push(r);
  if (r.identical) {
    console.log(`${rel}: identical (${String(r.pagesBefore)} pages, ${String(r.glyphsBefore)} glyphs)`);
    continue;
  }
  different++;
  const lineCount = r.pages.reduce((n, p) => n + p.entries.length, 0);
  console.log(
    `${rel}: DIFFERENT — pages ${String(r.pagesBefore)} → ${String(r.pagesAfter)}, glyphs ${String(r.glyphsBefore)} → ${String(r.glyphsAfter)}; ${String(lineCount)} difference(s) on page(s) ${r.pages.map((p) => p.page).join(', ')}`,
  );
  for (const p of r.pages) {
    console.log(`  page ${String(p.page)}:`);
    const shown = p.entries.slice(0, opts.maxLines);
    for (const e of shown) for (const line of printEntry(e)) console.log(line);
    if (p.entries.length > shown.length) console.log(`    … ${String(p.entries.length - shown.length)} more (--max-lines)`);
  }
}
for (const f of onlyBase) console.log(`${f}: only in ${baseDir}`);
for (const f of onlyNew) console.log(`${f}: only in ${newDir}`);
console.log(`\n${String(common.length)} compared: ${String(common.length - different)} identical, ${String(different)} different${onlyBase.length + onlyNew.length ? `; ${String(onlyBase.length + onlyNew.length)} on one side only` : ''}`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ baseline: baseDir, current: newDir, results, onlyBaseline: onlyBase, onlyCurrent: onlyNew }, null, 1)}\n`);
process.exit(different || onlyBase.length || onlyNew.length ? 1 : 0);
