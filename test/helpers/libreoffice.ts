/**
 * test helper — DOCX → PDF with LibreOffice (headless, private user profile) and the poppler
 * tools used to inspect the result (pdffonts, pdftotext, pdfinfo, pdftoppm). Several files
 * convert in one soffice call, since start-up dominates the cost. Smoke-test oracle only:
 * LibreOffice versions drift, so nothing here is a golden.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function libreOfficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return ['pdffonts', 'pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) => existsSync(`/usr/bin/${tool}`));
  } catch {
    return false;
  }
}

/** Convert `docxFiles` to PDFs in `outDir`; returns the PDF paths in the same order. */
export function convertDocxToPdf(docxFiles: readonly string[], outDir: string, fontconfigFile?: string): string[] {
  const profile = join(tmpdir(), `saraban-lo-profile-${process.pid}`);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, ...(fontconfigFile ? { FONTCONFIG_FILE: fontconfigFile } : {}), HOME: profile },
  });
  return docxFiles.map((file) => join(outDir, basename(file).replace(/\.docx$/, '.pdf')));
}

export function pdfFontNames(pdf: string): string[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return lines.map((line) => line.split(/\s+/)[0] ?? '').filter((name) => name !== '');
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Render one page to PNG at `dpi`; returns the PNG path. */
export function pdfPageToPng(pdf: string, page: number, outPrefix: string, dpi = 110): string {
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}

export interface PdfWord {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Every word with its box in pt (top-left origin), from `pdftotext -bbox`. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, index) => {
    for (const m of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' });
    }
  });
  return words;
}

/** Text in content-stream order (`pdftotext -raw`), which follows the paragraphs. */
export function pdfRawText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** `- ๒ -` (ours) and `- 2 -` (LibreOffice ignores the Thai page-number format). */
const PAGE_NUMBER_LINE = /^-\s*[๐-๙0-9]+\s*-$/u;
/** Our continuation cue `/word...`; LibreOffice prints none. */
const CONTINUATION_CUE_LINE = /^\/\S.*\.\.\.$/u;

/**
 * Page texts in content-stream order (`pdftotext -raw`), one string per page, without page
 * numbers, continuation cues and the lines `isFurniture` names (stamps, whose place in the
 * content stream each program chooses freely).
 */
export function pdfPageTexts(pdf: string, isFurniture: (line: string) => boolean = () => false): string[] {
  const pages = pdfRawText(pdf).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !PAGE_NUMBER_LINE.test(line) && !CONTINUATION_CUE_LINE.test(line) && !isFurniture(line))
      .join('\n'),
  );
}
