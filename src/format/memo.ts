/**
 * format/memo — the page format of บันทึกข้อความ (แบบที่ 2, spec sections 1.4 and 2.2): the
 * Garuda 1.5 cm high at the top left, "บันทึกข้อความ" bold 29 pt on an exact 35 pt line
 * centred on the Garuda's height, the urgency stamp between them; ส่วนราชการ, ที่ + วันที่ on
 * one line, เรื่อง: labels bold 20 pt, values 16 pt over dotted leaders to the line's end; no
 * rule under the head; เรียน, the body, and the signature without a closing. Continuation
 * pages, secrecy stamps and enclosures as for letters.
 */
import type { Block, DocumentTree, MemoFieldsBlock, MemoHeadingBlock } from '../compose/tree.js';
import { bodyParagraph, contactParagraphs, copiesToParagraphs, indentedLine, labeledParagraphs, listItemParagraph, signatureParagraphs, type FlowState } from './flow-blocks.js';
import { formatDiagnostic, paragraphProps, plainText, spaceWidth, tab, textRuns, widthOf, type FormatContext } from './format-context.js';
import type { FlowBlock, FormattedParagraph, FormattedSection, InlineRun, TabStop } from './formatted-document.js';
import { emblemTop, sectionFurniture, spacerParagraph, stampFrame, type SectionFurniture } from './page-furniture.js';
import { splitSections, type SectionBlocks } from './sections.js';
import { formatTable } from './table-format.js';

const dotStop = (position: number, align: TabStop['align']): TabStop => ({ position, align, leader: 'dot' });

/** "บันทึกข้อความ", framed on page 1 with its line box centred on the Garuda's height. */
function headingFrame(ctx: FormatContext, block: MemoHeadingBlock, top: number, path: readonly (string | number)[]): FormattedParagraph {
  const { memo, font } = ctx.profile;
  const lineHeight = memo.headingLineHeight;
  return {
    type: 'paragraph',
    role: 'memoHeading',
    path,
    runs: textRuns(ctx, block.runs, { size: memo.headingSize, bold: true }),
    props: paragraphProps(ctx, { align: 'center', lineHeight, baseline: (lineHeight * font.baseline) / font.linePitch }, memo.headingSize),
    frame: { x: 0, y: top + (memo.emblemHeight - lineHeight) / 2, width: ctx.width },
  };
}

/**
 * One head line: each field's label (bold 20 pt), a space, its value, then a dotted leader to
 * the next field's start or to the right margin. Wrapped values hang under the first value.
 */
function fieldsParagraph(ctx: FormatContext, block: MemoFieldsBlock, path: readonly (string | number)[]): FormattedParagraph {
  const { memo } = ctx.profile;
  const runs: InlineRun[] = [];
  const tabs: TabStop[] = [];
  block.fields.forEach((field, k) => {
    const last = k === block.fields.length - 1;
    runs.push(...plainText(ctx, field.label, { size: memo.labelSize, bold: true }), ...plainText(ctx, ' '), ...textRuns(ctx, field.runs), tab(ctx));
    tabs.push(last ? dotStop(ctx.width, 'right') : dotStop(memo.dateFieldFromMargin, 'left'));
  });
  const first = block.fields[0];
  const hang = first === undefined ? 0 : widthOf(ctx, [{ text: first.label, bold: true }], memo.labelSize) + spaceWidth(ctx);
  return {
    type: 'paragraph',
    role: 'memoFields',
    path,
    runs,
    props: paragraphProps(ctx, { indentLeft: hang, firstLine: -hang, tabs, keepNext: true, keepLines: true }, memo.labelSize),
  };
}

function memoBlock(ctx: FormatContext, block: Exclude<Block, { type: 'pageBreak' }>, path: readonly (string | number)[], state: FlowState, beforeSignature: boolean, emblem: number): FlowBlock[] {
  switch (block.type) {
    case 'memoHeading':
      return [headingFrame(ctx, block, emblem, path)];
    case 'memoFields':
      return [fieldsParagraph(ctx, block, path)];
    case 'labeled':
      return labeledParagraphs(ctx, block, path);
    case 'paragraph':
      return [bodyParagraph(ctx, block, path, beforeSignature)];
    case 'listItem':
      return [listItemParagraph(ctx, block, path, beforeSignature)];
    case 'table': {
      const table = formatTable(ctx, block, path);
      return table === undefined ? [] : [table];
    }
    case 'signature':
      // No closing in a memo: the signature's space starts after the closing's spacing.
      return signatureParagraphs(ctx, block, state, path, ctx.profile.spacing.beforeClosing);
    case 'contact':
      return contactParagraphs(ctx, block, path);
    case 'copiesTo':
      return copiesToParagraphs(ctx, block, path);
    case 'date':
      return [indentedLine(ctx, 'date', block.runs, ctx.profile.indent.dateFromMargin, ctx.profile.spacing.beforeBlock, path)];
    case 'closing':
    case 'letterhead':
      ctx.diagnostics.push(
        formatDiagnostic(
          'block_not_in_kind',
          path,
          `A ${block.type} block belongs to an external letter, not to a memo; it was left out.`,
          `บล็อก ${block.type} เป็นส่วนของหนังสือภายนอก ไม่ใช่บันทึกข้อความ จึงไม่ได้พิมพ์`,
        ),
      );
      return [];
  }
}

function memoFlow(ctx: FormatContext, section: SectionBlocks, emblem: number): FlowBlock[] {
  const state: FlowState = { signatureCentre: ctx.profile.signature.centreWithoutClosing };
  return section.blocks.flatMap(({ block, index }, k) => memoBlock(ctx, block, ['blocks', index], state, section.blocks[k + 1]?.block.type === 'signature', emblem));
}

/** Page 1: the urgency stamp right of the Garuda, and the room down to the Garuda's bottom edge. */
function firstPageTop(ctx: FormatContext, tree: DocumentTree, furniture: SectionFurniture): FlowBlock[] {
  const { memo, urgency } = ctx.profile;
  const top = emblemTop(ctx, furniture);
  const out: FlowBlock[] = [];
  const stamp = tree.furniture.urgency;
  if (stamp !== undefined && stamp.length > 0) {
    const pitch = (ctx.profile.font.linePitch * urgency.size) / ctx.profile.font.size;
    // The Garuda is about as wide as it is high; the stamp starts a gap after it.
    const x = memo.emblemHeight + memo.urgencyGap;
    out.push(stampFrame(ctx, stamp, 'urgency', x, top + (memo.emblemHeight - pitch) / 2, ctx.width / 2 - x));
  }
  const heading = tree.blocks.find((block): block is MemoHeadingBlock => block.type === 'memoHeading');
  const headingBottom = heading === undefined ? 0 : top + (memo.emblemHeight + memo.headingLineHeight) / 2;
  const room = Math.max(top + memo.emblemHeight, headingBottom) - furniture.page.marginTop;
  if (room > 0) out.push(spacerParagraph(ctx, room, true, ['furniture', 'emblem']));
  return out;
}

export function formatMemo(base: Omit<FormatContext, 'width'>, tree: DocumentTree): FormattedSection[] {
  return splitSections(tree.blocks).map((section, s): FormattedSection => {
    const furniture = sectionFurniture({ ...base, width: 0 }, tree.furniture, section.orientation, s === 0);
    const ctx: FormatContext = { ...base, width: furniture.page.width - furniture.page.marginLeft - furniture.page.marginRight };
    const memo = s === 0;
    const top = emblemTop(ctx, furniture);
    return {
      page: furniture.page,
      titlePage: memo,
      firstHeader: memo ? furniture.firstHeader : furniture.header,
      header: furniture.header,
      firstFooter: furniture.footer,
      footer: furniture.footer,
      restartNumbering: memo,
      ...(memo && tree.furniture.emblem ? { emblem: { align: 'marginLeft', y: top, height: ctx.profile.memo.emblemHeight } } : {}),
      blocks: [...(memo ? firstPageTop(ctx, tree, furniture) : []), ...memoFlow(ctx, section, top)],
    };
  });
}
