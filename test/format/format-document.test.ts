/**
 * The format stage on its own: one page format per kind, every length from the profile, both
 * outputs' geometry decided here. Measured with the TH SarabunPSK advance tables, so the
 * figures are those the DOCX gets.
 */
import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/compose-document.js';
import type { Block, DocumentTree } from '../../src/compose/tree.js';
import { formatDocument } from '../../src/format/format-document.js';
import type { FlowBlock, FormattedParagraph } from '../../src/format/formatted-document.js';
import { tableMeasure, thSarabunMetrics } from '../../src/format/measure/table-measure.js';
import { parseCircular } from '../../src/model/parse-circular.js';
import { DEFAULT_STYLE_PROFILE as P, resolveStyleProfile } from '../../src/style/profile.js';
import { readFileSync } from 'node:fs';

const measure = tableMeasure(thSarabunMetrics('TH SarabunPSK'));

function treeOf(file: string): DocumentTree {
  const parsed = parseCircular(JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.diagnostics)}`);
  return composeDocument(parsed.value);
}

const paragraphsOf = (blocks: readonly FlowBlock[]): FormattedParagraph[] => blocks.filter((b): b is FormattedParagraph => b.type === 'paragraph');
const textOf = (p: FormattedParagraph): string => p.runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');

describe('external letter', () => {
  const tree = treeOf('letters/002.json');
  const { formatted, diagnostics } = formatDocument(tree, measure);
  const [letter] = formatted.sections;

  it('formats without diagnostics, one section per enclosure', () => {
    expect(diagnostics).toEqual([]);
    expect(formatted.kind).toBe('external');
    expect(formatted.sections).toHaveLength(1 + tree.blocks.filter((b) => b.type === 'pageBreak').length);
  });

  it('frames the urgency stamp level with the Garuda, in the profile\'s colour, size and weight', () => {
    const stamp = paragraphsOf(letter!.blocks).find((p) => p.frame !== undefined && p.role === 'furniture');
    expect(stamp?.frame?.y).toBeCloseTo(P.emblem.top + (P.emblem.height - (P.font.linePitch * P.urgency.size) / P.font.size) / 2, 6);
    const run = stamp?.runs[0];
    expect(run?.kind === 'text' && [run.color, run.size, run.bold]).toEqual([P.urgency.color, P.urgency.size, true]);
  });

  it('follows the profile, not constants: an agency that prints urgency in dark red, not bold, gets exactly that', () => {
    const profile = resolveStyleProfile({ urgency: { bold: false, color: '#990000' } });
    const stamp = paragraphsOf(formatDocument(tree, measure, { profile }).formatted.sections[0]!.blocks).find((p) => p.frame !== undefined && p.role === 'furniture');
    const run = stamp?.runs[0];
    expect(run?.kind === 'text' && [run.color, run.bold]).toEqual(['#990000', false]);
  });

  it('keeps 1 cm from every edge: bands, margins and the slogans', () => {
    expect(letter!.page.headerDistance).toBeGreaterThanOrEqual(P.page.edgeClearance);
    expect(letter!.page.footerDistance).toBeGreaterThanOrEqual(P.page.edgeClearance);
  });

  it('puts the Garuda centred 1.5 cm from the top and starts the text under it', () => {
    expect(letter!.emblem).toEqual({ align: 'pageCentre', y: P.emblem.top, height: P.emblem.height });
    const spacer = paragraphsOf(letter!.blocks).find((p) => p.role === 'spacer');
    expect(spacer?.props.lineHeight).toBeCloseTo(P.emblem.top + P.emblem.height - letter!.page.marginTop, 6);
  });
});

describe('memo', () => {
  const tree = treeOf('memos/memo-table.json');
  const { formatted, diagnostics } = formatDocument(tree, measure);
  const [memo] = formatted.sections;
  const paragraphs = paragraphsOf(memo!.blocks);

  it('formats without diagnostics as its own kind', () => {
    expect(diagnostics).toEqual([]);
    expect(formatted.kind).toBe('memo');
  });

  it('puts the 1.5 cm Garuda top left and the heading bold 29 pt on an exact 35 pt line centred on it', () => {
    expect(memo!.emblem).toEqual({ align: 'marginLeft', y: P.emblem.top, height: P.memo.emblemHeight });
    const heading = paragraphs.find((p) => p.role === 'memoHeading')!;
    expect(textOf(heading)).toBe('บันทึกข้อความ');
    expect(heading.props.lineHeight).toBe(35);
    expect(heading.props.align).toBe('center');
    expect(heading.frame?.y).toBeCloseTo(P.emblem.top + (P.memo.emblemHeight - 35) / 2, 6);
    const run = heading.runs[0];
    expect(run?.kind === 'text' && [run.size, run.bold]).toEqual([29, true]);
  });

  it('sets the head: labels bold 20 pt, values 16 pt, dotted leaders to the next field and to the right margin', () => {
    const fields = paragraphs.filter((p) => p.role === 'memoFields');
    expect(fields.map((p) => p.runs.filter((r) => r.kind === 'text' && r.bold && r.size === 20).map((r) => (r.kind === 'text' ? r.text : '')))).toEqual([
      ['ส่วนราชการ'],
      ['ที่', 'วันที่'],
      ['เรื่อง'],
    ]);
    const width = P.page.width - P.page.marginLeft - P.page.marginRight;
    const [, numberAndDate] = fields;
    expect(numberAndDate!.props.tabs).toEqual([
      { position: P.memo.dateFieldFromMargin, align: 'left', leader: 'dot' },
      { position: width, align: 'right', leader: 'dot' },
    ]);
    expect(numberAndDate!.props.lineHeight).toBeCloseTo((P.font.linePitch * 20) / 16, 6);
  });

  it('has no closing: the signature follows the last paragraph, centred where the profile says', () => {
    expect(paragraphs.some((p) => p.role === 'closing')).toBe(false);
    const name = paragraphs.find((p) => p.role === 'signature' && p.runs.length > 0)!;
    const width = P.page.width - P.page.marginLeft - P.page.marginRight;
    expect((name.props.indentLeft + width - name.props.indentRight) / 2).toBeCloseTo(P.signature.centreWithoutClosing, 6);
  });
});

describe('blocks of one kind in another', () => {
  it('reports a memo block in an external letter instead of printing it', () => {
    const tree = treeOf('letters/003.json');
    const stray: Block = { type: 'memoFields', fields: [{ label: 'ที่', runs: [{ text: 'x' }] }] };
    const { diagnostics } = formatDocument({ ...tree, blocks: [...tree.blocks, stray] }, measure);
    expect(diagnostics.map((d) => [d.code, d.stage, d.path.join('.')])).toEqual([['block_not_in_kind', 'format', `blocks.${String(tree.blocks.length)}`]]);
  });
});
