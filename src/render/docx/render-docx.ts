/**
 * render/docx — FormattedDocument → .docx bytes (the `docx` package, then one post-processing
 * pass). A one-to-one mapping: sections with their page setup, header and footer bands, framed
 * paragraphs, the emblem floating where the format placed it, paragraphs and tables with the
 * format's properties. Decides no geometry and no content. Deterministic: identical input and
 * options give identical bytes.
 */
import {
  CharacterSet,
  Document,
  Footer,
  Header,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  NumberFormat,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Diagnostic, Result } from '../../diagnostics/diagnostic.js';
import { hasErrors, SarabanError } from '../../diagnostics/diagnostic.js';
import type { Band, EmblemFrame, FormattedDocument, FormattedSection } from '../../format/formatted-document.js';
import { readEmblemInfo, type EmblemInfo } from '../../image/emblem-image.js';
import { ptToTwip } from '../../style/profile.js';
import type { EmbeddedFontFiles } from './bundled-sarabun.js';
import { DEFAULT_DOCX_DATE } from './docx-options.js';
import { readOs2Signature, type FontSignature } from './embedded-fonts.js';
import { finishDocxPackage } from './package-post-process.js';
import { packageFiles } from './package-parts.js';
import { flowBlock, paragraph } from './paragraphs.js';
import { fontSlots, halfPoints, type DocxFace } from './text-runs.js';

export interface WriteDocxOptions {
  /** The emblem as PNG or JPEG bytes, drawn where the format placed it. */
  readonly emblem?: Uint8Array;
  /** Written size = TH SarabunPSK size × sizeFactor (0.6648 for Sarabun; default 1). */
  readonly sizeFactor?: number;
  /** Font files to embed under the document's font family (regular and bold). */
  readonly embeddedFont?: EmbeddedFontFiles;
  /** Core-property created/modified date (ISO 8601); defaults to DEFAULT_DOCX_DATE. */
  readonly date?: string;
  /** Write `w:lang w:bidi="th-TH"` on Thai runs (off by default: WPS Writer misplaces ำ wherever it is on). */
  readonly thaiProofingLanguage?: boolean;
}

/** English Metric Units per point (DrawingML lengths). */
const EMU_PER_PT = 12700;
/** The `docx` package takes image sizes in CSS pixels (96 per inch). */
const PX_PER_PT = 96 / 72;

function diagnostic(code: string, path: (string | number)[], message: string, messageTh: string): Diagnostic {
  return { code, severity: 'error', stage: 'render-docx', path, message, messageTh };
}

/** Problems with the writer's options (an emblem that is not PNG or JPEG, a bad date), as diagnostics. */
export function checkWriteOptions(options: WriteDocxOptions): { emblem?: { bytes: Uint8Array; info: EmblemInfo }; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let emblem: { bytes: Uint8Array; info: EmblemInfo } | undefined;
  if (options.emblem !== undefined) {
    const info = readEmblemInfo(options.emblem);
    if (info) emblem = { bytes: options.emblem, info };
    else
      diagnostics.push(
        diagnostic(
          'emblem_unsupported_format',
          ['options', 'emblem'],
          'The Garuda image (options.emblem) is neither a PNG nor a JPEG file; give the emblem as PNG or JPEG bytes.',
          'ภาพตราครุฑ (options.emblem) ไม่ใช่ไฟล์ PNG หรือ JPEG กรุณาใช้ภาพตราครุฑเป็นไฟล์ PNG หรือ JPEG',
        ),
      );
  }
  if (options.date !== undefined && Number.isNaN(Date.parse(options.date))) {
    diagnostics.push(
      diagnostic('invalid_docx_date', ['options', 'date'], `options.date "${options.date}" is not an ISO 8601 date such as 2025-01-31T00:00:00Z.`, `options.date "${options.date}" ไม่ใช่วันที่แบบ ISO 8601 เช่น 2025-01-31T00:00:00Z`),
    );
  }
  return emblem ? { emblem, diagnostics } : { diagnostics };
}

/** Word needs a paragraph in every header and footer; an empty band gets an empty one. */
function bandChildren(band: Band, face: DocxFace): Paragraph[] {
  return band.paragraphs.length === 0 ? [new Paragraph({ children: [], spacing: { before: 0, after: 0 } })] : band.paragraphs.map((p) => paragraph(p, face));
}

function emblemRun(frame: EmblemFrame, emblem: { bytes: Uint8Array; info: EmblemInfo }): ImageRun {
  const widthPt = (frame.height * emblem.info.widthPx) / emblem.info.heightPx;
  return new ImageRun({
    type: emblem.info.type,
    data: emblem.bytes,
    transformation: { width: widthPt * PX_PER_PT, height: frame.height * PX_PER_PT },
    altText: { name: 'Garuda', title: 'ตราครุฑ', description: 'ตราครุฑ' },
    floating: {
      horizontalPosition:
        frame.align === 'pageCentre'
          ? { relative: HorizontalPositionRelativeFrom.PAGE, align: HorizontalPositionAlign.CENTER }
          : { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.LEFT },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(frame.y * EMU_PER_PT) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      behindDocument: false,
      lockAnchor: true,
    },
  });
}

/**
 * A 1 pt paragraph before a table that would otherwise open a section. Measured with
 * LibreOffice 7.4: a section whose first element is a table loses its page break there (the
 * table runs on under the previous section's last line). The file is valid either way.
 */
function tableLeadParagraph(): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after: 0, line: ptToTwip(1), lineRule: LineRuleType.EXACT } });
}

function sectionChildren(section: FormattedSection, face: DocxFace, emblem: { bytes: Uint8Array; info: EmblemInfo } | undefined): FileChild[] {
  const children: FileChild[] = [];
  let anchored = section.emblem === undefined || emblem === undefined;
  for (const block of section.blocks) {
    // The emblem floats from the section's first flowing paragraph (never from a framed one).
    if (!anchored && block.type === 'paragraph' && block.frame === undefined && section.emblem && emblem) {
      children.push(paragraph(block, face, [emblemRun(section.emblem, emblem)]));
      anchored = true;
      continue;
    }
    children.push(flowBlock(block, face));
  }
  if (children[0] instanceof Table) children.unshift(tableLeadParagraph());
  return children;
}

function sectionOptions(doc: FormattedDocument, section: FormattedSection, index: number, face: DocxFace, emblem: { bytes: Uint8Array; info: EmblemInfo } | undefined): ISectionOptions {
  const { page } = section;
  return {
    properties: {
      ...(index === 0 ? {} : { type: SectionType.NEXT_PAGE }),
      ...(section.titlePage ? { titlePage: true } : {}),
      page: {
        // docx takes the portrait sheet and swaps its sides itself for a landscape section.
        size: {
          width: ptToTwip(Math.min(page.width, page.height)),
          height: ptToTwip(Math.max(page.width, page.height)),
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: ptToTwip(page.marginTop),
          bottom: ptToTwip(page.marginBottom),
          left: ptToTwip(page.marginLeft),
          right: ptToTwip(page.marginRight),
          header: ptToTwip(page.headerDistance),
          footer: ptToTwip(page.footerDistance),
          gutter: 0,
        },
        pageNumbers: { formatType: doc.pageNumbers === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL, ...(section.restartNumbering ? { start: 1 } : {}) },
      },
    },
    headers: section.titlePage ? { first: new Header({ children: bandChildren(section.firstHeader, face) }), default: new Header({ children: bandChildren(section.header, face) }) } : { default: new Header({ children: bandChildren(section.header, face) }) },
    footers: section.titlePage ? { first: new Footer({ children: bandChildren(section.firstFooter, face) }), default: new Footer({ children: bandChildren(section.footer, face) }) } : { default: new Footer({ children: bandChildren(section.footer, face) }) },
    children: sectionChildren(section, face, emblem),
  };
}

/**
 * Write the formatted document as DOCX, reporting bad options as diagnostics instead of throwing.
 * @example const result = await safeWriteDocx(formatted, { emblem: garudaPng });
 */
export async function safeWriteDocx(doc: FormattedDocument, options: WriteDocxOptions = {}): Promise<Result<Uint8Array>> {
  const { emblem, diagnostics } = checkWriteOptions(options);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const face: DocxFace = { family: doc.fontFamily, sizeFactor: options.sizeFactor ?? 1, thaiProofingLanguage: options.thaiProofingLanguage === true };
  const size = halfPoints(face, doc.fontSize);
  const signatures = new Map<string, FontSignature>();
  const sig = options.embeddedFont ? readOs2Signature(options.embeddedFont.regular) : undefined;
  if (sig) signatures.set(face.family, sig);
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    revision: 1,
    compatibility: { version: 15 },
    styles: {
      default: {
        // Defaults for anything Word adds later (typing at the end of the letter); no <w:cs/> here (ADR 0039).
        document: {
          run: { font: fontSlots(face), size, sizeComplexScript: size },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: doc.sections.map((section, index) => sectionOptions(doc, section, index, face, emblem)),
    ...(options.embeddedFont
      ? { fonts: [{ name: face.family, data: Buffer.from(options.embeddedFont.regular), bold: Buffer.from(options.embeddedFont.bold), characterSet: CharacterSet.THAI }] }
      : {}),
  });
  const bytes = finishDocxPackage(await packageFiles(document), options.date ?? DEFAULT_DOCX_DATE, signatures);
  return { ok: true, value: bytes, diagnostics };
}

/**
 * Write the formatted document as DOCX; throws SarabanError (with diagnostics) on bad options.
 * @example const docx = await writeDocx(formatted, { emblem: garudaPng });
 */
export async function writeDocx(doc: FormattedDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const result = await safeWriteDocx(doc, options);
  if (!result.ok) throw new SarabanError('Cannot write the DOCX: the options have errors.', result.diagnostics);
  return result.value;
}
