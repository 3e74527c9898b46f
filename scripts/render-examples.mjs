#!/usr/bin/env node
// render-examples — renders every example (examples/letters, examples/programs and, when the
// folder exists, examples/memos) with a built CLI, one file per example, into
// OUT/<folder>/<name>.<format>. The output folder is emptied first.
//
//   node scripts/render-examples.mjs --out DIR [--dist DIR] [--format pdf|docx|pdf,docx]
//
// --dist defaults to dist/ (run `npm run build` first); another built copy (a snapshot of
// dist/ taken before a change) can be given instead. Used by `npm run glyphs:baseline` and
// `npm run glyphs:compare`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['letters', 'programs', 'memos'];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return value;
}

const out = option('--out');
if (!out) {
  console.error('Usage: node scripts/render-examples.mjs --out DIR [--dist DIR] [--format pdf|docx|pdf,docx]');
  process.exit(2);
}
const dist = resolve(option('--dist', join(root, 'dist')));
const format = option('--format', 'pdf');
const cli = join(dist, 'cli.js');
if (!existsSync(cli)) {
  console.error(`no ${cli}: build first (npm run build) or pass --dist`);
  process.exit(2);
}

const outDir = resolve(out);
rmSync(outDir, { recursive: true, force: true });
let failed = 0;
let written = 0;
for (const folder of FOLDERS) {
  const source = join(root, 'examples', folder);
  if (!existsSync(source)) continue;
  const target = join(outDir, folder);
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json')).sort()) {
    const result = spawnSync(process.execPath, [cli, 'render', join(source, file), '-o', target, '--format', format], { encoding: 'utf8' });
    if (result.status === 0) {
      written++;
    } else {
      failed++;
      console.error(`FAILED ${folder}/${file} (exit ${String(result.status)}):\n${result.stderr}${result.stdout}`);
    }
  }
}
console.log(`${String(written)} example(s) rendered with ${dist} into ${outDir} (${format})${failed ? `, ${String(failed)} failed` : ''}`);
process.exit(failed ? 1 : 0);
