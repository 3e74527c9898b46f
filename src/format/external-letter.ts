/**
 * format/external-letter — the page format of หนังสือภายนอก (แบบที่ 1, spec sections 2.3 and 8):
 * the Garuda centred on page 1 with the urgency stamp flush left level with it; ที่ flush left
 * and the issuing office block on the same line, right of the page centre; the date at the
 * page centre; labeled parts; body; the closing at the date's x and the signature under it;
 * contacts; copies-to; footer slogans above the bottom edge of the letter's last page; then
 * each enclosure in a section of its own.
 */
import type { Block, DocumentTree, LetterheadBlock } from '../compose/tree.js';
import type { FlowState } from './flow-blocks.js';
import {
  bodyParagraph,
  closingParagraph,
  contactParagraphs,
  copiesToParagraphs,
  indentedLine,
  labeledParagraphs,
  listItemParagraph,
  signatureParagraphs,
} from './flow-blocks.js';
import { formatDiagnostic, paragraphProps, tab, textRuns, widthOf, type FormatContext } from './format-context.js';
import type { FlowBlock, FormattedParagraph, FormattedSection } from './formatted-document.js';
import { emblemTop, footerSlogans, sectionFurniture, spacerParagraph, stampFrame, type SectionFurniture } from './page-furniture.js';
import { splitSections, withKeepNext, type SectionBlocks } from './sections.js';
import { formatTable } from './table-format.js';

/**
 * ที่ flush left; the office block's lines left-aligned at one x: its longest line ends
 * `officeSlack` short of the right margin, but it never starts left of the page centre (longer
 * lines wrap inside it). When ที่ runs into the office block's column, the block starts on the next line.
 */
export function letterheadParagraphs(ctx: FormatContext, block: LetterheadBlock, path: readonly (string | number)[]): FormattedParagraph[] {
  const { indent } = ctx.profile;
  const longest = Math.max(0, ...block.officeLines.map((line) => widthOf(ctx, line)));
  const officeX = Math.max(indent.dateFromMargin, ctx.width - longest - indent.officeSlack);
  const keeps = { keepNext: true, keepLines: true };
  const [first, ...rest] = block.officeLines;
  const numberRuns = textRuns(ctx, block.numberLine);
  const beside = first !== undefined && widthOf(ctx, block.numberLine) + widthOf(ctx, [{ text: ' ' }]) <= officeX;
  const out: FormattedParagraph[] = [];
  if (beside) {
    out.push({
      type: 'paragraph',
      role: 'letterhead',
      path: [...path, 'numberLine'],
      runs: [...numberRuns, tab(ctx), ...textRuns(ctx, first)],
      props: paragraphProps(ctx, { indentLeft: officeX, firstLine: -officeX, tabs: [{ position: officeX, align: 'left', leader: 'none' }], ...keeps }),
    });
  } else if (numberRuns.length > 0 || first === undefined) {
    out.push({ type: 'paragraph', role: 'letterhead', path: [...path, 'numberLine'], runs: numberRuns, props: paragraphProps(ctx, keeps) });
  }
  const officeLines = beside ? rest : block.officeLines;
  const offset = beside ? 1 : 0;
  officeLines.forEach((line, k) => {
    out.push({ type: 'paragraph', role: 'letterhead', path: [...path, 'officeLines', k + offset], runs: textRuns(ctx, line), props: paragraphProps(ctx, { indentLeft: officeX, ...keeps }) });
  });
  return out;
}

function letterFlow(ctx: FormatContext, section: SectionBlocks): FlowBlock[] {
  const state: FlowState = { signatureCentre: ctx.profile.indent.dateFromMargin };
  const out: FlowBlock[] = [];
  section.blocks.forEach(({ block, index }, k) => {
    const path = ['blocks', index];
    const next = section.blocks[k + 1]?.block;
    const beforeClosing = next?.type === 'closing' || next?.type === 'signature';
    out.push(...letterBlock(ctx, block, path, state, beforeClosing));
  });
  return out;
}

function letterBlock(ctx: FormatContext, block: Exclude<Block, { type: 'pageBreak' }>, path: readonly (string | number)[], state: FlowState, beforeClosing: boolean): FlowBlock[] {
  switch (block.type) {
    case 'letterhead':
      return letterheadParagraphs(ctx, block, path);
    case 'date':
      return [indentedLine(ctx, 'date', block.runs, ctx.profile.indent.dateFromMargin, ctx.profile.spacing.beforeBlock, path)];
    case 'labeled':
      return labeledParagraphs(ctx, block, path);
    case 'paragraph':
      return [bodyParagraph(ctx, block, path, beforeClosing)];
    case 'listItem':
      return [listItemParagraph(ctx, block, path, beforeClosing)];
    case 'table': {
      const table = formatTable(ctx, block, path);
      return table === undefined ? [] : [table];
    }
    case 'closing':
      return [closingParagraph(ctx, block, state, path)];
    case 'signature':
      return signatureParagraphs(ctx, block, state, path);
    case 'contact':
      return contactParagraphs(ctx, block, path);
    case 'copiesTo':
      return copiesToParagraphs(ctx, block, path);
    case 'memoHeading':
    case 'memoFields':
      ctx.diagnostics.push(
        formatDiagnostic(
          'block_not_in_kind',
          path,
          `A ${block.type} block belongs to a memo, not to an external letter; it was left out.`,
          `บล็อก ${block.type} เป็นส่วนของบันทึกข้อความ ไม่ใช่หนังสือภายนอก จึงไม่ได้พิมพ์`,
        ),
      );
      return [];
  }
}

/** Page 1: the urgency stamp level with the Garuda, and the room down to the Garuda's bottom edge. */
function firstPageTop(ctx: FormatContext, tree: DocumentTree, furniture: SectionFurniture): FlowBlock[] {
  const { emblem, urgency } = ctx.profile;
  const top = emblemTop(ctx, furniture);
  const out: FlowBlock[] = [];
  const stamp = tree.furniture.urgency;
  if (stamp !== undefined && stamp.length > 0) {
    const pitch = (ctx.profile.font.linePitch * urgency.size) / ctx.profile.font.size;
    out.push(stampFrame(ctx, stamp, 'urgency', 0, top + (emblem.height - pitch) / 2, ctx.profile.indent.dateFromMargin));
  }
  const room = top + emblem.height - furniture.page.marginTop;
  if (room > 0) out.push(spacerParagraph(ctx, room, true, ['furniture', 'emblem']));
  return out;
}

export function formatExternalLetter(base: Omit<FormatContext, 'width'>, tree: DocumentTree): FormattedSection[] {
  return splitSections(tree.blocks).map((section, s): FormattedSection => {
    const probe = { ...base, width: 0 };
    const furniture = sectionFurniture(probe, tree.furniture, section.orientation, s === 0);
    const ctx: FormatContext = { ...base, width: furniture.page.width - furniture.page.marginLeft - furniture.page.marginRight };
    const letter = s === 0;
    let blocks: FlowBlock[] = [...(letter ? firstPageTop(ctx, tree, furniture) : []), ...letterFlow(ctx, section)];
    if (letter) {
      const slogans = footerSlogans(ctx, tree.furniture.footerLines, furniture);
      if (slogans.overflow > 0) blocks = [...withKeepNext(blocks), spacerParagraph(ctx, slogans.overflow, false, ['furniture', 'footerLines'])];
      // Framed before the letter's last paragraph: LibreOffice anchors a framed paragraph to the
      // paragraph after it, which after the last one would be on the first enclosure page.
      if (slogans.frame) blocks.splice(Math.max(0, blocks.length - 1), 0, slogans.frame);
    }
    return {
      page: furniture.page,
      titlePage: letter,
      firstHeader: letter ? furniture.firstHeader : furniture.header,
      header: furniture.header,
      firstFooter: furniture.footer,
      footer: furniture.footer,
      restartNumbering: letter,
      ...(letter && tree.furniture.emblem ? { emblem: { align: 'pageCentre', y: emblemTop(ctx, furniture), height: ctx.profile.emblem.height } } : {}),
      blocks,
    };
  });
}
