/**
 * compose — the plain text of a document tree in reading order, and the one normalisation every
 * test applies before comparing it with pdftotext or LibreOffice output. One line per block line:
 * the urgency stamp first, labels with their values (a memo's ที่ and วันที่ on one line), markers
 * before items, table rows cell by cell, and the footer slogans where they print (the foot of the letter, before any enclosure).
 * Furniture repeated on every page (secrecy, page numbers, continuation cues) is left out.
 */
import { runsText } from './digits.js';
import type { Block, DocumentTree, LabeledItem } from './tree.js';

function labeledLine(label: string | undefined, item: LabeledItem): string {
  const parts = [label, item.marker, runsText(item.runs), item.trailing === undefined ? undefined : runsText(item.trailing)];
  return parts.filter((part): part is string => part !== undefined && part !== '').join(' ');
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'letterhead':
      return [runsText(block.numberLine), ...block.officeLines.map(runsText)];
    case 'date':
    case 'closing':
    case 'paragraph':
      return [runsText(block.runs)];
    case 'labeled':
      return block.items.map((item, index) => labeledLine(index === 0 ? block.label : undefined, item));
    case 'listItem':
      return [`${block.marker} ${runsText(block.runs)}`];
    case 'table':
      return [...block.headerRows, ...block.rows].map((row) => row.cells.map((cell) => runsText(cell.runs)).join(' '));
    case 'signature':
      return [runsText(block.nameLine), ...block.positionLines.map(runsText)];
    case 'contact':
      return block.lines.map(runsText);
    case 'copiesTo':
      return [block.label, ...block.lines.map(runsText)];
    case 'memoHeading':
      return [runsText(block.runs)];
    case 'memoFields':
      // One printed line: `ที่ <number> วันที่ <date>`; a field without a value gives its label alone.
      return [block.fields.map((field) => [field.label, runsText(field.runs)].filter((part) => part !== '').join(' ')).join(' ')];
    case 'pageBreak':
      return [];
  }
}

/**
 * The reference text of a tree, one line per printed line.
 * @example normalizeExtractedText(pdftotextOutput) === normalizeExtractedText(documentText(tree))
 */
export function documentText(tree: DocumentTree): string {
  const lines: string[] = [];
  if (tree.furniture.urgency !== undefined) lines.push(runsText(tree.furniture.urgency));
  const footer = tree.furniture.footerLines.map(runsText);
  let footerDone = false;
  for (const block of tree.blocks) {
    if (block.type === 'pageBreak' && !footerDone) {
      lines.push(...footer);
      footerDone = true;
    }
    lines.push(...blockLines(block));
  }
  if (!footerDone) lines.push(...footer);
  return lines.join('\n');
}

/**
 * Normalise extracted or composed text for comparison: NFC, a decomposed Sara Am (nikhahit +
 * sara aa, as PDF extractors return it) recomposed to ำ, zero-width space, BOM and soft hyphen
 * removed, every run of whitespace (no-break spaces and newlines included) made one space, trimmed.
 * @example normalizeExtractedText('น\u0E49\u0E4D\u0E32  ดี\n') // 'น้ำ ดี'
 */
export function normalizeExtractedText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/gu, '\u0E33')
    .replace(/[\u200B\u00AD\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
