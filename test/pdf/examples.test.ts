/**
 * Every example letter, through the whole pipeline to PDF, checked with real oracles:
 * qpdf --check is clean, pdffonts shows every font embedded and subset with a ToUnicode map,
 * and pdftotext gives back the composed text character for character, in order, once the page
 * furniture that only the PDF prints (page numbers, continuation cues) is set aside. Whitespace is
 * compared apart: a Thai line break falls between words that have no space in the source, where
 * every extractor puts a newline, so the character comparison ignores whitespace and a second
 * check requires every extracted line to appear, spaces included, in the composed text.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText, normalizeExtractedText } from '../../src/compose/index.js';
import { prepareLetter } from '../../src/compose/prepare-letter.js';
import { buildProgramCircular } from '../../src/programs/index.js';
import { safeRenderPdf } from '../../src/pipeline/render-pdf.js';
import { pdfFonts, run, writeOutput } from './poppler.js';

const letters = readdirSync(new URL('../../examples/letters/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name: `letter-${name.replace('.json', '')}`, input: JSON.parse(readFileSync(new URL(`../../examples/letters/${name}`, import.meta.url), 'utf8')) as unknown }));

const programs = readdirSync(new URL('../../examples/programs/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const example = JSON.parse(readFileSync(new URL(`../../examples/programs/${name}`, import.meta.url), 'utf8')) as { program: string; base: Record<string, unknown>; payload: Record<string, unknown> };
    const built = buildProgramCircular(example.program, example.base, example.payload);
    if (!built.ok) throw new Error(`${name}: ${JSON.stringify(built.diagnostics)}`);
    return { name: `program-${example.program}`, input: built.value };
  });

const PAGE_NUMBER = /^-\s*[๐-๙0-9]+\s*-$/u;
const CONTINUATION_CUE = /^\/\S.*\.\.\.$/u;

function pageTexts(path: string): string[] {
  // -raw: the content-stream order, which is our reading order (tables included).
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).split('\f').filter((page) => page.trim() !== '');
}

function withoutFurniture(page: string): string {
  return page
    .split('\n')
    .filter((line) => !PAGE_NUMBER.test(line.trim()) && !CONTINUATION_CUE.test(line.trim()))
    .join('\n');
}

describe.each([...letters, ...programs])('$name as PDF', ({ name, input }) => {
  it('is a clean PDF with embedded subset fonts whose text is the composed letter', async () => {
    const rendered = await safeRenderPdf(input);
    expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const path = writeOutput(`${name}.pdf`, rendered.value);

    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/u);

    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: 'yes', subset: 'yes', unicode: 'yes' });
      expect(font.name).toMatch(/^[A-Z]{6}\+/u);
    }

    const prepared = prepareLetter(input);
    if (!prepared.ok) throw new Error('prepareLetter failed');
    const expected = normalizeExtractedText(documentText(prepared.value.tree));
    const lines = pageTexts(path).map(withoutFurniture).join('\n');
    const noSpace = (text: string): string => normalizeExtractedText(text).replace(/\s/gu, '');
    // Header rows of a table that continues on another page are printed again there.
    let a = noSpace(lines);
    for (const block of prepared.value.tree.blocks) {
      if (block.type !== 'table' || block.headerRows.length === 0) continue;
      const header = noSpace(block.headerRows.flatMap((row) => row.cells.map((cell) => cell.runs.map((run) => run.text).join(''))).join(''));
      const first = a.indexOf(header);
      if (first === -1) continue;
      const rest = a.slice(first + header.length);
      a = a.slice(0, first + header.length) + rest.split(header).join('');
    }
    const b = noSpace(expected);
    const at = Array.from({ length: a.length }, (_, i) => i).findIndex((i) => a[i] !== b[i]);
    expect(a, `first difference at ${at} (lengths ${a.length} ${b.length}, tails …${a.slice(-40)} vs …${b.slice(-60)}): …${a.slice(Math.max(0, at - 30), at + 30)}… vs …${b.slice(Math.max(0, at - 30), at + 30)}…`).toBe(b);
    const linesNotInText = lines
      .split('\n')
      .map((line) => normalizeExtractedText(line))
      .filter((line) => line !== '' && !expected.includes(line));
    expect(linesNotInText).toEqual([]);
  });
});
