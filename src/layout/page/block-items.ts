/**
 * layout/page — each text block of the letter → flow items placed horizontally by the rules of
 * spec sections 2.3 and 8 (ที่ and the office block, the date at the page centre, labeled
 * blocks with hanging values, indented body paragraphs and list items, the closing at the
 * date's x and the signature centred under it, contacts and copies-to flush left).
 * Vertical spacing and keep rules are set on the slices; the paginator does the rest.
 */
import type {
  ClosingBlock,
  ContactBlock,
  CopiesToBlock,
  DateBlock,
  LabeledBlock,
  LetterheadBlock,
  ListItemBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
} from '../../compose/tree.js';
import type { GlyphRun } from '../frame.js';
import type { LaidOutLine, TextAlign } from '../text/text-engine.js';
import { lineItem, paragraphBreak, type FlowItem } from './flow-item.js';
import { pitchOf, placeRuns, setParagraph, withBold, type LayoutContext } from './layout-context.js';

export interface BlockItems {
  readonly items: FlowItem[];
  /** The block's last line must share a page with the next block's first line. */
  readonly keepWithNext: boolean;
}

/** Carried from block to block: the closing line fixes the signature's centre. */
export interface FlowState {
  closingCentre: number;
}

function spaceWidth(ctx: LayoutContext): number {
  return ctx.engine.measure([{ text: ' ' }], ctx.profile.font.size);
}

function setLeft(ctx: LayoutContext, runs: readonly Run[], width: number, path: readonly (string | number)[]): readonly LaidOutLine[] {
  return setParagraph(ctx, { runs, width, firstLineIndent: 0, restIndent: 0, align: 'left' }, path);
}

/** Lines of one block stacked at x, kept together, the first with `spaceBefore`. */
function stack(ctx: LayoutContext, index: number, kind: FlowItem['kind'], lines: readonly LaidOutLine[], x: number, spaceBefore: number): FlowItem[] {
  return lines.map((line, k) => lineItem(ctx, index, kind, { line, x }, { spaceBefore: k === 0 ? spaceBefore : 0, breakBefore: k === 0 ? 'allow' : 'avoid' }));
}

/**
 * ที่ flush left; the office block's lines left-aligned at one x: its longest line ends at the
 * right margin, but it never starts left of the page centre (longer lines wrap inside it).
 */
export function letterheadItems(block: LetterheadBlock, ctx: LayoutContext, index: number): BlockItems {
  const path = ['blocks', index];
  const centre = ctx.profile.indent.dateFromMargin;
  const longest = Math.max(0, ...block.officeLines.map((line) => ctx.engine.measure(line, ctx.profile.font.size)));
  const officeX = Math.max(centre, ctx.width - longest);
  const numberLines = block.numberLine.length > 0 ? setLeft(ctx, block.numberLine, ctx.width, [...path, 'numberLine']) : [];
  const office = block.officeLines.flatMap((line, k) => setLeft(ctx, line, ctx.width - officeX, [...path, 'officeLines', k]));
  // When ที่ runs into the office block's column, the office block starts on the next line.
  const firstNumber = numberLines[0];
  const besideFrom = firstNumber === undefined || firstNumber.naturalWidth + spaceWidth(ctx) <= officeX ? 0 : numberLines.length;
  const rows = Math.max(numberLines.length, besideFrom + office.length);
  const items: FlowItem[] = [];
  for (let r = 0; r < rows; r++) {
    const left = numberLines[r];
    const right = office[r - besideFrom];
    const empty: LaidOutLine = { runs: [], naturalWidth: 0, text: '', last: true };
    const extra: GlyphRun[] = right ? placeRuns(right.runs, ctx.left + officeX, 0) : [];
    items.push(lineItem(ctx, index, 'letterhead', { line: left ?? empty, x: ctx.left, extra }, { spaceBefore: 0, breakBefore: r === 0 ? 'allow' : 'avoid' }));
  }
  return { items, keepWithNext: true };
}

/** The date starts at the page centre (dateFromMargin from the left margin). */
export function dateItems(block: DateBlock, ctx: LayoutContext, index: number): BlockItems {
  const x = ctx.profile.indent.dateFromMargin;
  const lines = setLeft(ctx, block.runs, ctx.width - x, ['blocks', index]);
  return { items: stack(ctx, index, 'date', lines, ctx.left + x, ctx.profile.spacing.beforeBlock), keepWithNext: true };
}

/**
 * Label flush left, `labelGapSpaces` spaces, then the value; wrapped lines hang under the value.
 * Several items carry markers (๑. ๒.) and their text hangs after the widest marker; an item's
 * trailing quantity follows on its last line when it fits, else on a line of its own.
 */
export function labeledItems(block: LabeledBlock, ctx: LayoutContext, index: number): BlockItems {
  const size = ctx.profile.font.size;
  const space = spaceWidth(ctx);
  const gap = ctx.profile.indent.labelGapSpaces * space;
  const valueX = ctx.engine.measure([{ text: block.label }], size) + gap;
  const markerWidth = Math.max(0, ...block.items.map((item) => (item.marker === undefined ? 0 : ctx.engine.measure([{ text: item.marker }], size))));
  const textX = markerWidth > 0 ? valueX + markerWidth + space : valueX;
  const textWidth = ctx.width - textX;
  const [labelLine] = setLeft(ctx, [{ text: block.label }], ctx.width, ['blocks', index, 'label']);
  const items: FlowItem[] = [];
  block.items.forEach((item, i) => {
    const path = ['blocks', index, 'items', i];
    const lines = [...setLeft(ctx, item.runs, textWidth, path)];
    const extras: (readonly GlyphRun[])[] = lines.map(() => []);
    if (item.trailing && item.trailing.length > 0) {
      const [trail] = setLeft(ctx, item.trailing, textWidth, [...path, 'trailing']);
      const last = lines[lines.length - 1];
      if (trail !== undefined && last !== undefined && last.naturalWidth + gap + trail.naturalWidth <= textWidth) {
        extras[lines.length - 1] = placeRuns(trail.runs, ctx.left + textX + last.naturalWidth + gap, 0);
      } else if (trail !== undefined) {
        lines.push(trail);
        extras.push([]);
      }
    }
    const [markerLine] = item.marker === undefined ? [] : setLeft(ctx, [{ text: item.marker }], markerWidth + space, [...path, 'marker']);
    lines.forEach((line, k) => {
      const extra = [...(extras[k] ?? [])];
      if (k === 0 && markerLine) extra.push(...placeRuns(markerLine.runs, ctx.left + valueX, 0));
      if (k === 0 && i === 0 && labelLine) extra.push(...placeRuns(labelLine.runs, ctx.left, 0));
      const first = i === 0 && k === 0;
      items.push(
        lineItem(
          ctx,
          index,
          'labeled',
          { line, x: ctx.left + textX, extra },
          { spaceBefore: first ? ctx.profile.spacing.beforeBlock : 0, breakBefore: first ? 'allow' : 'avoid' },
          k === 0 ? item.marker : undefined,
        ),
      );
    });
  });
  // A label without items still prints, so the gap in the letter is visible.
  if (items.length === 0 && labelLine) {
    items.push(lineItem(ctx, index, 'labeled', { line: labelLine, x: ctx.left }, { spaceBefore: ctx.profile.spacing.beforeBlock, breakBefore: 'allow' }));
  }
  return { items, keepWithNext: true };
}

const PARAGRAPH_ALIGN: Record<ParagraphBlock['align'], TextAlign> = {
  body: 'thaiDistribute',
  plain: 'left',
  centered: 'center',
  heading: 'center',
};

/** Body paragraphs: 2.5 cm first-line indent, Thai distributed; at least two lines each side of a break. */
export function paragraphItems(block: ParagraphBlock, ctx: LayoutContext, index: number, keepWithNext: boolean): BlockItems {
  const runs = block.align === 'heading' ? withBold(block.runs) : block.runs;
  const firstLineIndent = block.align === 'body' ? ctx.profile.indent.firstLine : 0;
  const lines = setParagraph(ctx, { runs, width: ctx.width, firstLineIndent, restIndent: 0, align: PARAGRAPH_ALIGN[block.align] }, ['blocks', index]);
  const items = lines.map((line, k) =>
    lineItem(ctx, index, 'paragraph', { line, x: ctx.left }, { spaceBefore: k === 0 ? ctx.profile.spacing.beforeParagraph : 0, breakBefore: k === 0 ? 'allow' : paragraphBreak(k, lines.length) }),
  );
  return { items, keepWithNext: keepWithNext || block.keepWithNext === true || block.align === 'heading' };
}

/** The marker at the paragraph indent plus one step per level; wrapped lines back at the left margin. */
export function listItemItems(block: ListItemBlock, ctx: LayoutContext, index: number): BlockItems {
  const { indent, font, spacing } = ctx.profile;
  const level = Math.max(1, Math.min(3, Math.floor(block.level) || 1));
  if (level !== block.level) {
    ctx.diagnostics.push({
      code: 'list_level_out_of_range',
      severity: 'warning',
      stage: 'layout',
      path: ['blocks', index, 'level'],
      message: `List level ${String(block.level)} is outside 1–3; it was set as level ${String(level)}.`,
      messageTh: `ระดับของข้อย่อย ${String(block.level)} อยู่นอกช่วง ๑–๓ จึงจัดเป็นระดับ ${String(level)}`,
    });
  }
  const markerX = indent.firstLine + (level - 1) * indent.listLevelStep;
  const markerWidth = ctx.engine.measure([{ text: block.marker }], font.size);
  const [markerLine] = setLeft(ctx, [{ text: block.marker }], ctx.width - markerX, ['blocks', index, 'marker']);
  const lines = setParagraph(
    ctx,
    { runs: block.runs, width: ctx.width, firstLineIndent: markerX + markerWidth + spaceWidth(ctx), restIndent: 0, align: 'thaiDistribute' },
    ['blocks', index],
  );
  const items = lines.map((line, k) =>
    lineItem(
      ctx,
      index,
      'listItem',
      { line, x: ctx.left, extra: k === 0 && markerLine ? placeRuns(markerLine.runs, ctx.left + markerX, 0) : [] },
      { spaceBefore: k === 0 && level === 1 ? spacing.beforeParagraph : 0, breakBefore: k === 0 ? 'allow' : paragraphBreak(k, lines.length) },
      k === 0 ? block.marker : undefined,
    ),
  );
  return { items, keepWithNext: false };
}

/** คำลงท้าย at the date's x; its centre is the signature's centre. */
export function closingItems(block: ClosingBlock, ctx: LayoutContext, index: number, state: FlowState): BlockItems {
  const x = ctx.profile.indent.dateFromMargin;
  const lines = setLeft(ctx, block.runs, ctx.width - x, ['blocks', index]);
  state.closingCentre = ctx.left + x + (lines[0]?.naturalWidth ?? 0) / 2;
  return { items: stack(ctx, index, 'closing', lines, ctx.left + x, ctx.profile.spacing.beforeClosing), keepWithNext: true };
}

/** Signature space, then `(name)` and each position line centred on the closing's centre. */
export function signatureItems(block: SignatureBlock, ctx: LayoutContext, index: number, state: FlowState): BlockItems {
  const pitch = pitchOf(ctx.profile, ctx.profile.font.size);
  const items: FlowItem[] = [];
  if (ctx.profile.signature.spaceLines > 0) {
    items.push({
      slice: { height: ctx.profile.signature.spaceLines * pitch, spaceBefore: 0, breakBefore: 'allow' },
      block: index,
      kind: 'signature',
      text: '',
      draw: () => [],
    });
  }
  const right = ctx.left + ctx.width;
  [block.nameLine, ...block.positionLines].forEach((runs, k) => {
    for (const line of setLeft(ctx, runs, ctx.width, ['blocks', index, k === 0 ? 'nameLine' : 'positionLines'])) {
      // Centred on the closing; pushed back inside the column if the line would cross a margin.
      const x = Math.max(ctx.left, Math.min(state.closingCentre - line.naturalWidth / 2, right - line.naturalWidth));
      items.push(lineItem(ctx, index, 'signature', { line, x }, { spaceBefore: 0, breakBefore: items.length === 0 ? 'allow' : 'avoid' }));
    }
  });
  return { items, keepWithNext: true };
}

/** Owner unit and contacts, flush left, single spaced, kept together. */
export function contactItems(block: ContactBlock, ctx: LayoutContext, index: number): BlockItems {
  const lines = block.lines.flatMap((line, k) => setLeft(ctx, line, ctx.width, ['blocks', index, 'lines', k]));
  return { items: stack(ctx, index, 'contact', lines, ctx.left, ctx.profile.spacing.beforeBlock), keepWithNext: false };
}

/** สำเนาส่ง: the label kept with the first line; the list may break between lines. */
export function copiesToItems(block: CopiesToBlock, ctx: LayoutContext, index: number): BlockItems {
  const label = setLeft(ctx, [{ text: block.label }], ctx.width, ['blocks', index, 'label']);
  const lines = block.lines.flatMap((line, k) => setLeft(ctx, line, ctx.width, ['blocks', index, 'lines', k]));
  const all = [...label, ...lines];
  const items = all.map((line, k) =>
    lineItem(ctx, index, 'copiesTo', { line, x: ctx.left }, { spaceBefore: k === 0 ? ctx.profile.spacing.beforeBlock : 0, breakBefore: k === 0 ? 'allow' : k <= label.length ? 'avoid' : 'allow' }),
  );
  return { items, keepWithNext: false };
}
