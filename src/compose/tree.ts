/**
 * compose — the document tree: the contract between compose and both renderers.
 * Every piece of letter content is decided here (labels, digits, salutation, the order of
 * parts, the lines of the signature block). Renderers decide only geometry, and they take
 * that from the style profile (src/style). Plain, readonly, serialisable data: no
 * measurement, no renderer types. Text is final: digits already converted.
 */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Stamps (urgency, secrecy) are red. */
  readonly color?: 'red';
}

/** Which style of the profile a block takes its geometry from. */
export type BlockRole =
  | 'documentNumber'
  | 'date'
  | 'subject'
  | 'salutation'
  | 'reference'
  | 'attachment'
  | 'body'
  | 'closing'
  | 'contact'
  | 'copiesTo'
  | 'enclosureTitle'
  | 'enclosureBody';

/** ที่ (left) and the issuing office block (right) on the same first line. */
export interface LetterheadBlock {
  readonly type: 'letterhead';
  /** `ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓` */
  readonly numberLine: readonly Run[];
  /** Office name and address lines, left-aligned with each other. */
  readonly officeLines: readonly (readonly Run[])[];
}

/** The date line, starting at the page centre. */
export interface DateBlock {
  readonly type: 'date';
  readonly runs: readonly Run[];
}

/**
 * A label with one or more values hanging after it: เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย.
 * Several items are numbered (`๑.`), and each item may carry a trailing quantity
 * ("จำนวน ๑ ชุด") that sits on the same line when it fits.
 */
export interface LabeledBlock {
  readonly type: 'labeled';
  readonly role: 'subject' | 'salutation' | 'reference' | 'attachment';
  readonly label: string;
  readonly items: readonly LabeledItem[];
}

export interface LabeledItem {
  /** `๑.` when the block has several items. */
  readonly marker?: string;
  readonly runs: readonly Run[];
  /** `จำนวน ๑ ชุด` */
  readonly trailing?: readonly Run[];
}

/** A paragraph of running text. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly role: 'body' | 'closing' | 'enclosureBody';
  /** body: 2.5 cm first-line indent, Thai distributed; plain: flush left; centered; heading: centred bold. */
  readonly align: 'body' | 'plain' | 'centered' | 'heading';
  readonly runs: readonly Run[];
  /** Keep with the next block (headings, the line before a table). */
  readonly keepWithNext?: boolean;
}

/** A numbered item; the marker sits at the paragraph indent plus one step per level. */
export interface ListItemBlock {
  readonly type: 'listItem';
  /** 1–3 */
  readonly level: number;
  /** `๑.`, `๑.๑`, `(๑)`, `-` */
  readonly marker: string;
  readonly runs: readonly Run[];
}

export interface TableCellNode {
  readonly runs: readonly Run[];
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly align: 'left' | 'center' | 'right';
  readonly bold: boolean;
}

export interface TableRowNode {
  readonly cells: readonly TableCellNode[];
  readonly kind: 'header' | 'data' | 'group' | 'subtotal' | 'total';
}

export interface TableBlock {
  readonly type: 'table';
  /** Relative column widths. */
  readonly columnWidths: readonly number[];
  /** Repeated at the top of every page the table continues on. */
  readonly headerRows: readonly TableRowNode[];
  readonly rows: readonly TableRowNode[];
}

/** คำลงท้าย, starting at the date's x. */
export interface ClosingBlock {
  readonly type: 'closing';
  readonly runs: readonly Run[];
}

/** Signature space, `(ชื่อเต็ม)` and one line per position, centred under the closing. */
export interface SignatureBlock {
  readonly type: 'signature';
  readonly nameLine: readonly Run[];
  readonly positionLines: readonly (readonly Run[])[];
}

/** Owner unit and contacts, flush left. */
export interface ContactBlock {
  readonly type: 'contact';
  readonly lines: readonly (readonly Run[])[];
}

/** สำเนาส่ง, flush left after the contacts. */
export interface CopiesToBlock {
  readonly type: 'copiesTo';
  readonly label: string;
  readonly lines: readonly (readonly Run[])[];
}

/** The word บันทึกข้อความ at the top of a memo (spec §2.2: bold 29 pt, on the Garuda's line). */
export interface MemoHeadingBlock {
  readonly type: 'memoHeading';
  readonly runs: readonly Run[];
}

/** One label of a memo's head and its value: `ส่วนราชการ`, `ที่`, `วันที่`, `เรื่อง`. */
export interface MemoField {
  readonly label: string;
  readonly runs: readonly Run[];
}

/**
 * One line of a memo's head: one field (ส่วนราชการ, เรื่อง) or two sharing the line (ที่ and
 * วันที่, spec §2.2). Labels bold 20 pt, values 16 pt over dotted leaders to the line's end.
 */
export interface MemoFieldsBlock {
  readonly type: 'memoFields';
  readonly fields: readonly MemoField[];
}

/** Start a new page (before each enclosure). */
export interface PageBreakBlock {
  readonly type: 'pageBreak';
  readonly orientation: 'portrait' | 'landscape';
}

export type Block =
  | LetterheadBlock
  | DateBlock
  | LabeledBlock
  | ParagraphBlock
  | ListItemBlock
  | TableBlock
  | ClosingBlock
  | SignatureBlock
  | ContactBlock
  | CopiesToBlock
  | MemoHeadingBlock
  | MemoFieldsBlock
  | PageBreakBlock;

/** Things printed on pages rather than in the text flow. */
export interface PageFurniture {
  /** The Garuda goes at the top of page 1 (the image is the caller's, given at render time). */
  readonly emblem: boolean;
  /** Urgency stamp on page 1, red bold, flush left level with the Garuda. */
  readonly urgency?: readonly Run[];
  /** Secrecy stamp, red bold, centred at the top and bottom of every page. */
  readonly secrecy?: readonly Run[];
  /** Page numbers from page 2: the digits to use in `- ๒ -`. */
  readonly pageNumbers: 'thai' | 'arabic';
  /** Print `/<first word of next page>...` at the bottom right of every page but the last. */
  readonly continuationCue: boolean;
  /** Slogans centred at the bottom of the last page of the letter. */
  readonly footerLines: readonly (readonly Run[])[];
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** BCP 47 language of the text. */
  readonly language: 'th-TH';
}

/** The kinds of document compose builds; each has its own page format (src/format). */
export type DocumentKind = 'external' | 'memo';

export interface DocumentTree {
  readonly kind: DocumentKind;
  readonly meta: DocumentMeta;
  readonly furniture: PageFurniture;
  /** Blocks in reading order; the letter first, then each enclosure after a page break. */
  readonly blocks: readonly Block[];
}
