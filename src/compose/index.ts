/**
 * compose — public surface of the compose stage: Circular (a letter or a memo) → DocumentTree, and the reference
 * text of a tree that rendering tests compare extracted PDF and DOCX text with.
 */
export type {
  Block,
  BlockRole,
  ClosingBlock,
  ContactBlock,
  CopiesToBlock,
  DateBlock,
  DocumentKind,
  DocumentMeta,
  DocumentTree,
  LabeledBlock,
  LabeledItem,
  LetterheadBlock,
  ListItemBlock,
  MemoField,
  MemoFieldsBlock,
  MemoHeadingBlock,
  PageBreakBlock,
  PageFurniture,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  TableCellNode,
  TableRowNode,
} from './tree.js';
export { composeDocument, safeComposeDocument, type ComposeOptions } from './compose-document.js';
export { documentText, normalizeExtractedText } from './document-text.js';
export { LETTER_LABELS, MEMO_LABELS } from './labels.js';
