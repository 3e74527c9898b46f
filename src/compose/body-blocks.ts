/**
 * compose — body blocks of the letter or of an enclosure → tree blocks in reading order.
 * Paragraphs keep their style (body indent by default); a list becomes one ListItemBlock per
 * item, depth first, with markers from numbered-marker.ts; a table's caption becomes a centred
 * line kept with the table. Lists deeper than three levels print at level 3 with a warning.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { BodyBlock, ListItem, ParagraphBlock as BodyParagraph } from '../model/circular-types.js';
import { report, type ComposeContext } from './compose-context.js';
import { runsText, spanRuns, textRuns } from './digits.js';
import { listMarker, markerNumber } from './numbered-marker.js';
import { tableBlock } from './table-block.js';
import type { Block, ListItemBlock, ParagraphBlock } from './tree.js';

export type BodyRole = 'body' | 'enclosureBody';

const MAX_LIST_LEVEL = 3;

function paragraphBlock(paragraph: BodyParagraph, role: BodyRole, context: ComposeContext): ParagraphBlock {
  const align = paragraph.style ?? 'body';
  return {
    type: 'paragraph',
    role,
    align,
    runs: spanRuns(paragraph.spans, context.numerals),
    ...(align === 'heading' ? { keepWithNext: true } : {}),
  };
}

function listBlocks(
  items: readonly ListItem[],
  level: number,
  parentNumber: string | undefined,
  context: ComposeContext,
  path: DiagnosticPath,
  out: ListItemBlock[],
): void {
  if (level === MAX_LIST_LEVEL + 1 && items.length > 0) {
    report(context, {
      code: 'list_too_deep',
      severity: 'warning',
      path,
      message: `The list at ${path.join('.')} nests deeper than ${MAX_LIST_LEVEL} levels; its items are printed at level ${MAX_LIST_LEVEL}.`,
      messageTh: `รายการข้อที่ ${path.join('.')} ซ้อนกันเกิน ${MAX_LIST_LEVEL} ระดับ จึงพิมพ์ไว้ที่ระดับ ${MAX_LIST_LEVEL}`,
      hints: ['Turn the deepest items into a paragraph or merge them with their parent item.'],
    });
  }
  const printedLevel = Math.min(level, MAX_LIST_LEVEL);
  items.forEach((item, index) => {
    const position = index + 1;
    const marker = listMarker({ level: printedLevel, position, given: item.marker, parentNumber, numerals: context.numerals });
    out.push({ type: 'listItem', level: printedLevel, marker, runs: spanRuns(item.spans, context.numerals) });
    if (item.items !== undefined && item.items.length > 0) {
      // A level-2 marker builds on its parent's number: the one the author wrote, else its position.
      const ownNumber = (item.marker === undefined ? undefined : markerNumber(item.marker)) ?? String(position);
      listBlocks(item.items, level + 1, ownNumber, context, [...path, index, 'items'], out);
    }
  });
}

/**
 * Body blocks → tree blocks. In the letter body, a last paragraph that starts with จึง (the
 * จึงเรียนมาเพื่อ… sentence) takes the `closing` role, so renderers can keep it with the signature.
 */
export function bodyBlocks(blocks: readonly BodyBlock[], role: BodyRole, context: ComposeContext, path: DiagnosticPath): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, index) => {
    const here = [...path, index];
    switch (block.type) {
      case 'paragraph':
        out.push(paragraphBlock(block, role, context));
        break;
      case 'list': {
        const items: ListItemBlock[] = [];
        listBlocks(block.items, 1, undefined, context, [...here, 'items'], items);
        out.push(...items);
        break;
      }
      case 'table': {
        const previous = out.at(-1);
        // The line that introduces a table stays on the table's page.
        if (previous?.type === 'paragraph' && previous.keepWithNext !== true) out[out.length - 1] = { ...previous, keepWithNext: true };
        if (block.caption !== undefined && block.caption !== '') {
          // The caption is running text of the letter, so it takes the letter's digits, not the table's.
          out.push({ type: 'paragraph', role, align: 'centered', runs: textRuns(block.caption, context.numerals), keepWithNext: true });
        }
        out.push(tableBlock(block, context, here));
        break;
      }
    }
  });
  if (role === 'body') {
    const last = out.at(-1);
    if (last?.type === 'paragraph' && last.align === 'body' && runsText(last.runs).trimStart().startsWith('จึง')) {
      out[out.length - 1] = { ...last, role: 'closing' };
    }
  }
  return out;
}
