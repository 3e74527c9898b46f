/**
 * format — the flowing parts every kind of document shares, as paragraphs with Word-style
 * properties (spec sections 2.3 and 8): labeled blocks with hanging values (เรื่อง, เรียน,
 * อ้างถึง, สิ่งที่ส่งมาด้วย), body paragraphs and numbered items, the closing at the date's x,
 * the signature centred under it, contacts and copies-to flush left.
 */
import type {
  ClosingBlock,
  ContactBlock,
  CopiesToBlock,
  LabeledBlock,
  LabeledItem,
  ListItemBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
} from '../compose/tree.js';
import { formatDiagnostic, paragraphProps, plainText, spaceWidth, tab, textRuns, widthOf, type FormatContext } from './format-context.js';
import type { FormattedParagraph, InlineRun, ParagraphAlign, TabStop } from './formatted-document.js';

/** Carried from block to block: the closing line fixes the signature's centre (from the left margin). */
export interface FlowState {
  signatureCentre: number;
}

const leftStop = (position: number): TabStop => ({ position, align: 'left', leader: 'none' });

/**
 * Where an item's quantity ("จำนวน ๑ ชุด") goes (spec section 8: on the same line when it
 * fits): at a tab `labelGapSpaces` spaces after a one-line item; on a line of its own when it
 * does not fit; after that many spaces when the item itself wraps.
 */
function trailingRuns(ctx: FormatContext, item: LabeledItem, textX: number, gap: number, tabs: TabStop[]): InlineRun[] {
  const trailing = item.trailing ?? [];
  if (trailing.length === 0) return [];
  const itemWidth = widthOf(ctx, item.runs);
  if (textX + itemWidth > ctx.width) {
    // The item wraps: the line breaker puts the quantity after its last line when it fits there.
    return [...plainText(ctx, ' '.repeat(ctx.profile.indent.labelGapSpaces)), ...textRuns(ctx, trailing)];
  }
  const x = textX + itemWidth + gap;
  if (x + widthOf(ctx, trailing) <= ctx.width) {
    tabs.push(leftStop(x));
    return [tab(ctx), ...textRuns(ctx, trailing)];
  }
  return [{ kind: 'break' }, ...textRuns(ctx, trailing)];
}

/**
 * Label flush left, `labelGapSpaces` spaces' width, then the value; wrapped lines hang under
 * the value. Several items carry markers (๑. ๒.) and their text hangs after the widest marker.
 * The block is kept together and with the next block.
 */
export function labeledParagraphs(ctx: FormatContext, block: LabeledBlock, path: readonly (string | number)[]): FormattedParagraph[] {
  const space = spaceWidth(ctx);
  const gap = ctx.profile.indent.labelGapSpaces * space;
  const valueX = widthOf(ctx, [{ text: block.label }]) + gap;
  const markerWidth = Math.max(0, ...block.items.map((item) => (item.marker === undefined ? 0 : widthOf(ctx, [{ text: item.marker }]))));
  const textX = markerWidth > 0 ? valueX + markerWidth + space : valueX;
  const keeps = { keepNext: true, keepLines: true };
  if (block.items.length === 0) {
    return [{ type: 'paragraph', role: 'labeled', path, runs: plainText(ctx, block.label), props: paragraphProps(ctx, { spaceBefore: ctx.profile.spacing.beforeBlock, ...keeps }) }];
  }
  return block.items.map((item, index) => {
    const tabs: TabStop[] = [leftStop(valueX)];
    if (textX > valueX) tabs.push(leftStop(textX));
    const runs: InlineRun[] = [];
    if (index === 0) runs.push(...plainText(ctx, block.label), tab(ctx));
    if (item.marker !== undefined) runs.push(...plainText(ctx, item.marker));
    if (textX > valueX) runs.push(tab(ctx));
    runs.push(...textRuns(ctx, item.runs));
    runs.push(...trailingRuns(ctx, item, textX, gap, tabs));
    const lineStart = index === 0 ? 0 : valueX;
    return {
      type: 'paragraph',
      role: 'labeled',
      path: [...path, 'items', index],
      runs,
      ...(item.marker === undefined ? {} : { marker: item.marker }),
      props: paragraphProps(ctx, { indentLeft: textX, firstLine: lineStart - textX, tabs, spaceBefore: index === 0 ? ctx.profile.spacing.beforeBlock : 0, ...keeps }),
    };
  });
}

const PARAGRAPH_ALIGN: Record<ParagraphBlock['align'], ParagraphAlign> = {
  body: 'thaiDistribute',
  plain: 'left',
  centered: 'center',
  heading: 'center',
};

/**
 * Body paragraphs: first-line indent, Thai distributed, at least two lines each side of a page
 * break. `keepWithNext`: the paragraph before the signature goes with it (its last two lines).
 */
export function bodyParagraph(ctx: FormatContext, block: ParagraphBlock, path: readonly (string | number)[], keepWithNext: boolean): FormattedParagraph {
  const heading = block.align === 'heading';
  return {
    type: 'paragraph',
    role: 'paragraph',
    path,
    runs: textRuns(ctx, block.runs, heading ? { bold: true } : {}),
    props: paragraphProps(ctx, {
      align: PARAGRAPH_ALIGN[block.align],
      firstLine: block.align === 'body' ? ctx.profile.indent.firstLine : 0,
      spaceBefore: ctx.profile.spacing.beforeParagraph,
      keepNext: keepWithNext || heading || block.keepWithNext === true,
      widowControl: true,
    }),
  };
}

/** The marker at the paragraph indent plus one step per level; wrapped lines back at the left margin. */
export function listItemParagraph(ctx: FormatContext, block: ListItemBlock, path: readonly (string | number)[], keepWithNext: boolean): FormattedParagraph {
  const { indent, spacing } = ctx.profile;
  const level = Math.max(1, Math.min(3, Math.floor(block.level) || 1));
  if (level !== block.level) {
    ctx.diagnostics.push(
      formatDiagnostic(
        'list_level_out_of_range',
        [...path, 'level'],
        `List level ${String(block.level)} is outside 1–3; it was set as level ${String(level)}.`,
        `ระดับของข้อย่อย ${String(block.level)} อยู่นอกช่วง ๑–๓ จึงจัดเป็นระดับ ${String(level)}`,
      ),
    );
  }
  const markerX = indent.firstLine + (level - 1) * indent.listLevelStep;
  const textX = markerX + widthOf(ctx, [{ text: block.marker }]) + spaceWidth(ctx);
  return {
    type: 'paragraph',
    role: 'listItem',
    path,
    marker: block.marker,
    runs: [...plainText(ctx, block.marker), tab(ctx), ...textRuns(ctx, block.runs)],
    props: paragraphProps(ctx, {
      align: 'thaiDistribute',
      firstLine: markerX,
      tabs: [leftStop(textX)],
      spaceBefore: level === 1 ? spacing.beforeParagraph : 0,
      keepNext: keepWithNext,
      widowControl: true,
    }),
  };
}

/** A line of runs starting at `x` (the date, the closing), kept with the next block. */
export function indentedLine(ctx: FormatContext, role: 'date' | 'closing', runs: readonly Run[], x: number, spaceBefore: number, path: readonly (string | number)[]): FormattedParagraph {
  return { type: 'paragraph', role, path, runs: textRuns(ctx, runs), props: paragraphProps(ctx, { indentLeft: x, spaceBefore, keepNext: true }) };
}

/** คำลงท้าย at the date's x; its centre is the signature's centre. */
export function closingParagraph(ctx: FormatContext, block: ClosingBlock, state: FlowState, path: readonly (string | number)[]): FormattedParagraph {
  const x = ctx.profile.indent.dateFromMargin;
  state.signatureCentre = x + widthOf(ctx, block.runs) / 2;
  return indentedLine(ctx, 'closing', block.runs, x, ctx.profile.spacing.beforeClosing, path);
}

/** Indents that put the centre of a centred paragraph at `centre` (from the left margin). */
function centredOn(ctx: FormatContext, centre: number): { indentLeft: number; indentRight: number } {
  const width = ctx.width;
  return centre * 2 >= width ? { indentLeft: centre * 2 - width, indentRight: 0 } : { indentLeft: 0, indentRight: width - centre * 2 };
}

/**
 * Signature space (empty lines), then `(name)` and each position line centred on the
 * signature's centre. Everything keeps with the next line, so the contacts' first line shares
 * the signature's page. `spaceBefore`: space above the first empty line (a memo has no closing).
 */
export function signatureParagraphs(ctx: FormatContext, block: SignatureBlock, state: FlowState, path: readonly (string | number)[], spaceBefore = 0): FormattedParagraph[] {
  const space: FormattedParagraph[] = Array.from({ length: ctx.profile.signature.spaceLines }, (_, k) => ({
    type: 'paragraph',
    role: 'signature',
    path,
    runs: [],
    props: paragraphProps(ctx, { keepNext: true, spaceBefore: k === 0 ? spaceBefore : 0 }),
  }));
  const indents = centredOn(ctx, state.signatureCentre);
  const lines = [block.nameLine, ...block.positionLines].map(
    (line, k): FormattedParagraph => ({
      type: 'paragraph',
      role: 'signature',
      path: [...path, k === 0 ? 'nameLine' : 'positionLines'],
      runs: textRuns(ctx, line),
      props: paragraphProps(ctx, { align: 'center', ...indents, keepNext: true, ...(space.length === 0 && k === 0 ? { spaceBefore } : {}) }),
    }),
  );
  return [...space, ...lines];
}

/** Owner unit and contacts, flush left, single spaced, kept together. */
export function contactParagraphs(ctx: FormatContext, block: ContactBlock, path: readonly (string | number)[]): FormattedParagraph[] {
  return block.lines.map((line, k) => ({
    type: 'paragraph',
    role: 'contact',
    path: [...path, 'lines', k],
    runs: textRuns(ctx, line),
    props: paragraphProps(ctx, { spaceBefore: k === 0 ? ctx.profile.spacing.beforeBlock : 0, keepLines: true, keepNext: k < block.lines.length - 1 }),
  }));
}

/** สำเนาส่ง: the label kept with the first line; the list may break between lines. */
export function copiesToParagraphs(ctx: FormatContext, block: CopiesToBlock, path: readonly (string | number)[]): FormattedParagraph[] {
  return [
    {
      type: 'paragraph',
      role: 'copiesTo',
      path: [...path, 'label'],
      runs: plainText(ctx, block.label),
      props: paragraphProps(ctx, { spaceBefore: ctx.profile.spacing.beforeBlock, keepNext: block.lines.length > 0 }),
    },
    ...block.lines.map((line, k): FormattedParagraph => ({ type: 'paragraph', role: 'copiesTo', path: [...path, 'lines', k], runs: textRuns(ctx, line), props: paragraphProps(ctx) })),
  ];
}
