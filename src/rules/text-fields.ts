/**
 * rules — textFields: every piece of text in a canonical Circular, with its path into the input.
 * Rules scan free text as carefully as structured fields, so a date or amount written inside a
 * paragraph, list item, table cell or enclosure is found and reported at its own span path
 * (`['body', 3, 'spans', 0, 'text']`). Spans of one paragraph are joined, so a date split by bold is still one date.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { BodyBlock, Circular, ListItem, TextSpan } from '../model/circular-types.js';

/** Which part of the letter a piece comes from; rules choose the parts they read. */
export type TextSource =
  | 'office'
  | 'subject'
  | 'addressee'
  | 'reference'
  | 'attachment'
  | 'body'
  | 'signer'
  | 'ownerUnit'
  | 'copiesTo'
  | 'footer'
  | 'enclosure';

/** Where one span's text lies inside a joined piece. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly path: DiagnosticPath;
}

export interface TextPiece {
  readonly source: TextSource;
  /** Path of the container: `['subject']`, `['body', 3]`, `['body', 5, 'rows', 2, 'cells', 1]`. */
  readonly path: DiagnosticPath;
  /** The text as the author wrote it (spans joined with nothing between them). */
  readonly text: string;
  /** One segment per span; a plain string field has one segment whose path is the field's. */
  readonly segments: readonly TextSegment[];
}

/**
 * The path of the span holding character `index` of `piece` (the container path when empty).
 * @example pathAt(piece, 120) // ['body', 3, 'spans', 0, 'text']
 */
export function pathAt(piece: TextPiece, index: number): DiagnosticPath {
  for (const segment of piece.segments) {
    if (index >= segment.start && index < segment.end) return segment.path;
  }
  return piece.segments[piece.segments.length - 1]?.path ?? piece.path;
}

function field(source: TextSource, path: DiagnosticPath, text: string): TextPiece {
  return { source, path, text, segments: [{ start: 0, end: text.length, path }] };
}

function spansPiece(source: TextSource, path: DiagnosticPath, spans: readonly TextSpan[]): TextPiece {
  const segments: TextSegment[] = [];
  let text = '';
  spans.forEach((span, i) => {
    segments.push({ start: text.length, end: text.length + span.text.length, path: [...path, 'spans', i, 'text'] });
    text += span.text;
  });
  return { source, path, text, segments };
}

function* listItems(source: TextSource, path: DiagnosticPath, items: readonly ListItem[]): Generator<TextPiece> {
  for (const [i, item] of items.entries()) {
    const itemPath = [...path, 'items', i];
    yield spansPiece(source, itemPath, item.spans);
    if (item.items !== undefined) yield* listItems(source, itemPath, item.items);
  }
}

/** Text pieces of body blocks (the letter's body or an enclosure's blocks). */
export function* blockTexts(source: TextSource, path: DiagnosticPath, blocks: readonly BodyBlock[]): Generator<TextPiece> {
  for (const [b, block] of blocks.entries()) {
    const blockPath = [...path, b];
    switch (block.type) {
      case 'paragraph':
        yield spansPiece(source, blockPath, block.spans);
        break;
      case 'list':
        yield* listItems(source, blockPath, block.items);
        break;
      case 'table': {
        if (block.caption !== undefined) yield field(source, [...blockPath, 'caption'], block.caption);
        for (const [c, column] of block.columns.entries()) {
          if (column.header !== undefined) yield field(source, [...blockPath, 'columns', c, 'header'], column.header);
        }
        for (const key of ['headerRows', 'rows'] as const) {
          for (const [r, row] of block[key].entries()) {
            for (const [c, cell] of row.cells.entries()) {
              yield spansPiece(source, [...blockPath, key, r, 'cells', c], cell.spans);
            }
          }
        }
        break;
      }
    }
  }
}

/**
 * Every piece of text of `circular`, in reading order: office, subject, addressee, references,
 * attachments, body, signer, owner unit, copies, footer, enclosures (a memo has no office address,
 * owner unit, copies or footer; its telephone and e-mail are not text the rules read).
 * @example for (const piece of textFields(circular)) findThaiDates(piece.text)
 */
export function* textFields(circular: Circular): Generator<TextPiece> {
  yield field('office', ['office', 'name'], circular.office.name);
  if (circular.kind === 'external') {
    for (const [i, line] of circular.office.addressLines.entries()) yield field('office', ['office', 'addressLines', i], line);
  }
  yield field('subject', ['subject'], circular.subject);
  yield field('addressee', ['addressee', 'text'], circular.addressee.text);
  for (const [i, reference] of circular.references.entries()) yield field('reference', ['references', i, 'issuer'], reference.issuer);
  for (const [i, attachment] of circular.attachments.entries()) {
    yield field('attachment', ['attachments', i, 'title'], attachment.title);
    if (attachment.sentBy !== undefined) yield field('attachment', ['attachments', i, 'sentBy'], attachment.sentBy);
  }
  yield* blockTexts('body', ['body'], circular.body);
  yield field('signer', ['signer', 'position'], circular.signer.position);
  for (const [i, link] of circular.signer.chain.entries()) yield field('signer', ['signer', 'chain', i, 'position'], link.position);
  if (circular.kind === 'external') {
    for (const [i, line] of circular.ownerUnit.lines.entries()) yield field('ownerUnit', ['ownerUnit', 'lines', i], line);
    for (const [i, line] of circular.copiesTo.entries()) yield field('copiesTo', ['copiesTo', i], line);
    for (const [i, line] of circular.footerLines.entries()) yield field('footer', ['footerLines', i], line);
  }
  for (const [e, enclosure] of circular.enclosures.entries()) {
    for (const [i, line] of enclosure.title.entries()) yield field('enclosure', ['enclosures', e, 'title', i], line);
    yield* blockTexts('enclosure', ['enclosures', e, 'blocks'], enclosure.blocks);
  }
}

/** The pieces an author writes as the letter itself: subject and body (not enclosures or furniture). */
export function letterTexts(texts: readonly TextPiece[]): readonly TextPiece[] {
  return texts.filter((piece) => piece.source === 'subject' || piece.source === 'body');
}
