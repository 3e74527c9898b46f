/**
 * test helper — the binary oracles the PDF tests run: poppler (pdftotext, pdffonts, pdfinfo,
 * pdftoppm), qpdf and mutool, each on a file written under test/.output/pdf/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUTPUT_DIR = join('test', '.output', 'pdf');

export function writeOutput(name: string, bytes: Uint8Array): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, bytes);
  return path;
}

export function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** NFC and whitespace collapsed: nothing that could hide a wrong character. */
export function normalizeStrict(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** pdftotext -enc UTF-8, as non-empty normalised lines. */
export function extractLines(path: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', path, '-'])
    .split(/\n|\f/)
    .map(normalizeStrict)
    .filter((line) => line !== '');
}

export interface PdfFontRow {
  readonly name: string;
  readonly type: string;
  readonly encoding: string;
  readonly embedded: string;
  readonly subset: string;
  readonly unicode: string;
}

export function pdfFonts(path: string): PdfFontRow[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/);
    // name, type (two words: CID TrueType), encoding, emb, sub, uni, object, gen
    const n = parts.length;
    return {
      name: parts[0] ?? '',
      type: parts.slice(1, n - 6).join(' '),
      encoding: parts[n - 6] ?? '',
      embedded: parts[n - 5] ?? '',
      subset: parts[n - 4] ?? '',
      unicode: parts[n - 3] ?? '',
    };
  });
}
