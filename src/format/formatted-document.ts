/**
 * format — the formatted document: the contract between the format stage and both renderers.
 * What Word itself would hold: sections with page setup, flowing paragraphs with Word-style
 * properties (indents, tabs with leaders, alignment, spacing, exact line pitch, keeps), tables,
 * and furniture anchored to the page (header and footer bands, framed paragraphs, the emblem).
 * Every length is in pt; x from the left margin unless stated, y from the paper's top edge.
 * The PDF path lays these paragraphs out; render/docx maps them 1:1 to WordprocessingML.
 * Plain, readonly, serialisable data.
 */
import type { DocumentKind } from '../compose/tree.js';

/** A span of text with its character properties. Sizes are TH SarabunPSK points. */
export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** `#RRGGBB`. */
  readonly color: string;
}

/** Advance to the next tab stop of the paragraph (drawing its leader, if any). */
export interface TabRun {
  readonly kind: 'tab';
  readonly size: number;
}

/** A line break inside the paragraph (Word's `<w:br/>`). */
export interface BreakRun {
  readonly kind: 'break';
}

/** The current page number, in the section's digits. */
export interface PageNumberRun {
  readonly kind: 'pageNumber';
  readonly size: number;
  readonly color: string;
}

export type InlineRun = TextRun | TabRun | BreakRun | PageNumberRun;

export interface TabStop {
  /** From the left margin (Word measures tab stops from the text column's edge). */
  readonly position: number;
  readonly align: 'left' | 'center' | 'right';
  readonly leader: 'none' | 'dot';
}

export type ParagraphAlign = 'left' | 'center' | 'right' | 'thaiDistribute';

export interface ParagraphProperties {
  readonly align: ParagraphAlign;
  /** Left and right indents from the margins. */
  readonly indentLeft: number;
  readonly indentRight: number;
  /** First-line indent relative to indentLeft; negative for a hanging indent. */
  readonly firstLine: number;
  readonly tabs: readonly TabStop[];
  readonly spaceBefore: number;
  /** Exact line pitch (Word's lineRule="exact"). */
  readonly lineHeight: number;
  /** Distance from the top of a line box to the baseline. */
  readonly baseline: number;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  /** At least two lines on each side of a page break inside the paragraph. */
  readonly widowControl: boolean;
  readonly pageBreakBefore: boolean;
}

/** A paragraph positioned on the page instead of in the flow (Word's `w:framePr`). */
export interface ParagraphFrame {
  /** From the left margin. */
  readonly x: number;
  /** Top of the frame from the paper's top edge. */
  readonly y: number;
  readonly width: number;
}

/** What kind of text a paragraph holds, for diagnostics and the continuation cue. */
export type ParagraphRole =
  | 'spacer'
  | 'letterhead'
  | 'date'
  | 'labeled'
  | 'memoHeading'
  | 'memoFields'
  | 'paragraph'
  | 'listItem'
  | 'closing'
  | 'signature'
  | 'contact'
  | 'copiesTo'
  | 'tableCell'
  | 'furniture';

export interface FormattedParagraph {
  readonly type: 'paragraph';
  readonly role: ParagraphRole;
  /** Where diagnostics about this paragraph point, e.g. `['blocks', 3]`. */
  readonly path: readonly (string | number)[];
  readonly runs: readonly InlineRun[];
  readonly props: ParagraphProperties;
  /** A list or item marker the paragraph starts with (`๓.`), quoted whole by the continuation cue. */
  readonly marker?: string;
  /** Positioned on the page of the next flowing block instead of in the flow. */
  readonly frame?: ParagraphFrame;
}

export interface FormattedCell {
  readonly paragraph: FormattedParagraph;
  readonly colSpan: number;
  readonly rowSpan: number;
}

export interface FormattedRow {
  readonly cells: readonly FormattedCell[];
  /** Repeated at the top of every page the table continues on. */
  readonly header: boolean;
}

export interface FormattedTable {
  readonly type: 'table';
  readonly path: readonly (string | number)[];
  /** Absolute widths, pt; their sum is the table's width, starting at the left margin. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly FormattedRow[];
  readonly borderWidth: number;
  readonly borderColor: string;
  readonly cellPaddingX: number;
  readonly cellPaddingY: number;
  readonly spaceBefore: number;
}

export type FlowBlock = FormattedParagraph | FormattedTable;

/** Paragraphs stacked from a fixed top (header) or up to a fixed bottom (footer). */
export interface Band {
  readonly paragraphs: readonly FormattedParagraph[];
}

/** The caller's emblem image on the first page of a section. */
export interface EmblemFrame {
  /** Centred on the paper (external letter), or at the left margin (memo). */
  readonly align: 'pageCentre' | 'marginLeft';
  /** Top of the image, pt from the paper's top edge. */
  readonly y: number;
  readonly height: number;
}

export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly marginTop: number;
  /** Bottom margin of every page (the continuation cue's room included). */
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Top of the header band from the paper's top edge. */
  readonly headerDistance: number;
  /** Bottom of the footer band from the paper's bottom edge. */
  readonly footerDistance: number;
}

export interface FormattedSection {
  readonly page: PageSetup;
  /** The first page has its own header and footer (Word's titlePg). */
  readonly titlePage: boolean;
  /** Header and footer of the section's first page (when titlePage) and of its other pages. */
  readonly firstHeader: Band;
  readonly header: Band;
  readonly firstFooter: Band;
  readonly footer: Band;
  /** Restart page numbering at 1 with this section. */
  readonly restartNumbering: boolean;
  readonly emblem?: EmblemFrame;
  readonly blocks: readonly FlowBlock[];
}

/** `/<first word of the next page>...` under the last line of every page but a section's last. */
export interface ContinuationCue {
  readonly size: number;
  readonly color: string;
  readonly lineHeight: number;
  readonly baseline: number;
}

export interface FormattedDocument {
  readonly kind: DocumentKind;
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly language: string;
  };
  /** Font family named in the DOCX and looked up for the PDF. */
  readonly fontFamily: string;
  /** Body text size (document defaults). */
  readonly fontSize: number;
  readonly pageNumbers: 'thai' | 'arabic';
  /** Drawn by the PDF path only (Word has no such field); its room is in each section's bottom margin. */
  readonly continuationCue?: ContinuationCue;
  readonly sections: readonly FormattedSection[];
}
