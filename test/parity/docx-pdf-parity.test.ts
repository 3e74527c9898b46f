/**
 * DOCX ↔ PDF parity on every example letter: our PDF (bundled Sarabun at TH SarabunPSK size)
 * against our DOCX as LibreOffice lays it out with a TH SarabunPSK-metric face (one soffice
 * call). Oracles: pdftotext of LibreOffice's PDF against the composed text (documentText),
 * pdfinfo page counts, and the first words of every page against our PDF's. Differences that
 * cannot be removed are asserted exactly (KNOWN_PAGE_STARTS), so a change either way shows.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText, normalizeExtractedText } from '../../src/compose/index.js';
import { prepareLetter } from '../../src/compose/prepare-letter.js';
import type { DocumentTree } from '../../src/compose/tree.js';
import { renderDocx } from '../../src/pipeline/render-docx.js';
import { renderPdf } from '../../src/pipeline/render-pdf.js';
import { convertDocxToPdf, libreOfficeAvailable, pdfPageCount, pdfPageTexts, pdfPageToPng } from '../helpers/libreoffice.js';
import { metricFontAvailable, setupMetricFont } from '../helpers/metric-font.js';

const OUT = join(process.cwd(), 'test/.output/parity');
const LETTERS_DIR = new URL('../../examples/letters/', import.meta.url);
const available = libreOfficeAvailable() && metricFontAvailable();

/** How many words of each page's start are compared. */
const START_WORDS = 3;

/**
 * Pages where LibreOffice's rendering of our DOCX starts elsewhere than our PDF, with the words
 * LibreOffice 7.4 starts them with. Measured, and explained here. (letter-001 page 4, listed
 * here before one page format drove both outputs, now breaks the same in both.)
 *
 * letter-004, page 2: LibreOffice breaks between the signature and the contacts although the
 * signature's last line has keep-with-next (our PDF moves "จึงเรียน…" to page 2 with the
 * closing, signature and contacts: 11 lines and their spacing; LibreOffice leaves 7 of them,
 * จึงเรียน… to the position line, on page 1, so its page 2 starts at the contacts). Measured:
 * LibreOffice keeps them together for the same letter without its second enclosure, or with
 * that enclosure's table cut to 6 rows (it splits them from 10 rows on), and splits them
 * whether or not the footer slogans, keepLines, the repeated header row, cantSplit rows or the
 * fixed table layout are there. So the keeps are written; LibreOffice 7.4 drops them when a
 * later section holds a long table. (Word was not available to check.)
 */
const KNOWN_PAGE_STARTS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'letter-004': { 2: 'สำนักส่งเสริมภูมิปัญญาท้องถิ่นและวิสาหกิจชุมชน กลุ่มงานประสานแผนและยุทธศาสตร์ โทร.' },
};


interface Case {
  readonly name: string;
  readonly tree: DocumentTree;
  readonly ourPdf: string;
  loPdf: string;
}

const cases: Case[] = [];
let conversionMs = 0;

/** The stamps of a letter (urgency, secrecy): furniture, whose place in the content stream LibreOffice chooses freely. */
function stampsOf(tree: DocumentTree): string[] {
  return [tree.furniture.urgency, tree.furniture.secrecy].flatMap((runs) => (runs === undefined ? [] : [runs.map((r) => r.text).join('')]));
}

const noSpace = (text: string): string => normalizeExtractedText(text).replace(/\s/gu, '');

/** The first `count` words of a page, as our PDF prints them. */
function firstWords(text: string, count = START_WORDS): string {
  return normalizeExtractedText(text).split(' ').slice(0, count).join(' ');
}

/** Does `page` start with `words`? Compared without spaces: LibreOffice wraps Thai lines elsewhere. */
function startsWith(page: string, words: string): boolean {
  return noSpace(page).startsWith(noSpace(words));
}

describe.skipIf(!available)('DOCX in LibreOffice against our PDF, every example letter', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const fonts = setupMetricFont();
    const docxFiles: string[] = [];
    for (const file of readdirSync(LETTERS_DIR).filter((f) => f.endsWith('.json')).sort()) {
      const name = `letter-${file.replace('.json', '')}`;
      const input = JSON.parse(readFileSync(new URL(file, LETTERS_DIR), 'utf8')) as unknown;
      const prepared = prepareLetter(input);
      if (!prepared.ok) throw new Error(`${file}: ${JSON.stringify(prepared.diagnostics)}`);
      const ourPdf = join(OUT, `${name}.pdf`);
      writeFileSync(ourPdf, await renderPdf(input));
      const docx = join(OUT, `${name}-libreoffice.docx`);
      writeFileSync(docx, await renderDocx(input));
      docxFiles.push(docx);
      cases.push({ name, tree: prepared.value.tree, ourPdf, loPdf: '' });
    }
    const started = Date.now();
    const converted = convertDocxToPdf(docxFiles, OUT, fonts.fontconfigFile);
    conversionMs = Date.now() - started;
    converted.forEach((pdf, i) => {
      const c = cases[i];
      if (c) c.loPdf = pdf;
    });
    // For eyeballing: page 1 of LibreOffice's rendering of letter 002.
    const letter002 = cases.find((c) => c.name === 'letter-002');
    if (letter002) pdfPageToPng(letter002.loPdf, 1, join(OUT, 'letter-002-libreoffice-page-1'));
  }, 120_000);

  it('converts the five letters in one soffice call, in well under a minute', () => {
    expect(cases.map((c) => c.name)).toEqual(['letter-000', 'letter-001', 'letter-002', 'letter-003', 'letter-004']);
    expect(conversionMs).toBeLessThan(45_000);
  });

  describe.each(['letter-000', 'letter-001', 'letter-002', 'letter-003', 'letter-004'])('%s', (name) => {
    const get = (): Case => {
      const c = cases.find((x) => x.name === name);
      if (!c) throw new Error(`no case ${name}`);
      return c;
    };

    it("LibreOffice's text is the composed text", () => {
      const c = get();
      const stamps = stampsOf(c.tree);
      const extracted = pdfPageTexts(c.loPdf, (line) => stamps.includes(line)).join('\n');
      const expected = normalizeExtractedText(stamps.reduce((text, stamp) => text.replace(stamp, ''), documentText(c.tree)).trim());
      // Characters in order (a Thai line break adds a space the source does not have) …
      const a = noSpace(extracted);
      const b = noSpace(expected);
      const at = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).findIndex((i) => a[i] !== b[i]);
      expect(a, `first difference at ${String(at)}: …${a.slice(Math.max(0, at - 30), at + 30)}… vs …${b.slice(Math.max(0, at - 30), at + 30)}…`).toBe(b);
      // … and every extracted line, spaces included, is a piece of the composed text.
      const stray = extracted
        .split('\n')
        .map((line) => normalizeExtractedText(line))
        .filter((line) => line !== '' && !expected.includes(line));
      expect(stray).toEqual([]);
    });

    it('has as many pages as our PDF', () => {
      const c = get();
      expect(pdfPageCount(c.loPdf)).toBe(pdfPageCount(c.ourPdf));
    });

    it('starts every page with the words our PDF starts it with (known differences asserted exactly)', () => {
      const c = get();
      const ours = pdfPageTexts(c.ourPdf, (line) => stampsOf(c.tree).includes(line));
      const theirs = pdfPageTexts(c.loPdf, (line) => stampsOf(c.tree).includes(line));
      const known = KNOWN_PAGE_STARTS[name] ?? {};
      ours.forEach((ourPage, index) => {
        const pageNo = index + 1;
        const loPage = theirs[index] ?? '';
        const expectedStart = known[pageNo];
        if (expectedStart === undefined) {
          expect(startsWith(loPage, firstWords(ourPage)), `page ${String(pageNo)}: ours "${firstWords(ourPage)}", LibreOffice "${firstWords(loPage)}"`).toBe(true);
        } else {
          expect(startsWith(loPage, expectedStart), `page ${String(pageNo)}: LibreOffice "${firstWords(loPage, 6)}"`).toBe(true);
          expect(startsWith(ourPage, expectedStart)).toBe(false);
        }
      });
    });
  });
});
