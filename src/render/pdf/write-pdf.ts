/**
 * render/pdf — writePdf: PagedDocument + FontBook → PDF bytes, written directly as PDF objects
 * (no drawing library: glyphs go where HarfBuzz put them). Fonts are embedded as subsets,
 * glyphs are placed at the layout's positions, text extracts as the source text, and the
 * same input always gives the same bytes (fixed dates by default, fixed ID, no object streams).
 * Coordinates flip here, and only here, from top-left/y-down to PDF's bottom-left/y-up.
 */
import { zlibDeflate } from '../../compression/deflate.js';
import { SarabanError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FontBook } from '../../layout/font/font-book.js';
import type { ImageItem, PagedDocument, RuleItem } from '../../layout/frame.js';
import { embedFontSubset, type FontUsage } from './embed-font.js';
import { embedImage, type EmbeddedImage } from './embed-image.js';
import { glyphRunContent } from './glyph-run-content.js';
import { emblemMissing, emblemUnreadable } from './pdf-diagnostic.js';
import { pdfDate, PdfFile, pdfTextString, ref } from './pdf-file.js';
import { pdfNumber, rgbComponents } from './pdf-syntax.js';

export interface WritePdfOptions {
  /** The Garuda as PNG or JPEG bytes, drawn wherever the layout placed an emblem. */
  readonly emblem?: Uint8Array;
  /** CreationDate; default 2000-01-01T00:00:00Z so output is reproducible. */
  readonly creationDate?: Date;
  /** ModDate; default the creation date. */
  readonly modificationDate?: Date;
  /** Keywords for the document information. */
  readonly keywords?: readonly string[];
  /** Receives warnings and errors (emblem missing or unreadable). */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/** The fixed default date of the document information. */
export const DEFAULT_PDF_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * Writes the paged document as PDF.
 * @example const bytes = await writePdf(paged, engine.fonts, { emblem: garudaPng, creationDate: new Date('2025-01-15') });
 */
export async function writePdf(paged: PagedDocument, fonts: FontBook, options: WritePdfOptions = {}): Promise<Uint8Array> {
  const report = options.onDiagnostic ?? ((): void => undefined);
  const file = new PdfFile();
  const catalog = file.reserve();
  const pageTree = file.reserve();
  const usages = new Map<string, FontUsage & { readonly name: string }>();
  let emblem: EmbeddedImage | undefined;
  let emblemFailed = false;
  const streams: string[] = [];
  const pageNumbers: number[] = [];

  for (const [pageIndex, page] of paged.pages.entries()) {
    const ops: string[] = [];
    const pageFonts: string[] = [];
    let drawsEmblem = false;
    for (const item of page.items) {
      if (item.kind === 'glyphs') {
        const face = fonts.faces.get(item.font);
        if (face === undefined) {
          throw new SarabanError(`Glyph run names font "${item.font}", which is not in the FontBook.`, [
            {
              code: 'internal',
              severity: 'error',
              stage: 'render-pdf',
              path: ['pages', pageIndex],
              message: `Glyph run names font "${item.font}", which is not in the FontBook given to writePdf; lay out and render with the same fonts.`,
              messageTh: `ข้อความอ้างถึงฟอนต์ "${item.font}" ที่ไม่มีในชุดฟอนต์ ให้จัดหน้าและสร้าง PDF ด้วยชุดฟอนต์เดียวกัน`,
            },
          ]);
        }
        let usage = usages.get(face.key);
        if (usage === undefined) {
          usage = { face, objectNumber: file.reserve(), glyphs: new Set(), unicode: new Map(), name: `F${String(usages.size + 1)}` };
          usages.set(face.key, usage);
        }
        for (const glyph of item.glyphs) usage.glyphs.add(glyph.id);
        if (!pageFonts.includes(face.key)) pageFonts.push(face.key);
        ops.push(glyphRunContent({ run: item, face, fontName: usage.name, pageHeight: page.height, unicode: usage.unicode }));
      } else if (item.kind === 'rule') {
        ops.push(ruleContent(item, page.height));
      } else {
        if (options.emblem === undefined) {
          report(emblemMissing(pageIndex));
          continue;
        }
        if (emblem === undefined && !emblemFailed) {
          try {
            emblem = await embedImage(file, options.emblem);
          } catch (error) {
            emblemFailed = true;
            report(emblemUnreadable(error instanceof Error ? error.message : String(error)));
          }
        }
        if (emblem !== undefined) {
          drawsEmblem = true;
          ops.push(imageContent(item, page.height));
        }
      }
    }
    const content = ops.filter((op) => op !== '').join('\n');
    streams.push(content);
    const contents = file.addStream(' /Filter /FlateDecode', zlibDeflate(encoder.encode(content), 'fast'));
    const fontResources = pageFonts.map((key) => {
      const usage = usages.get(key);
      return usage === undefined ? '' : `/${usage.name} ${ref(usage.objectNumber)}`;
    });
    const resources = `<< /Font << ${fontResources.join(' ')} >>${drawsEmblem && emblem !== undefined ? ` /XObject << /${IMAGE_NAME} ${ref(emblem.objectNumber)} >>` : ''} >>`;
    pageNumbers.push(file.add(`<< /Type /Page /Parent ${ref(pageTree)} /MediaBox [0 0 ${pdfNumber(page.width)} ${pdfNumber(page.height)}] /Resources ${resources} /Contents ${ref(contents)} >>`));
  }

  for (const usage of usages.values()) embedFontSubset(file, usage);
  file.put(pageTree, `<< /Type /Pages /Kids [${pageNumbers.map(ref).join(' ')}] /Count ${String(pageNumbers.length)} >>`);
  file.put(catalog, `<< /Type /Catalog /Pages ${ref(pageTree)} /Lang ${pdfTextString(paged.meta.language)} /ViewerPreferences << /DisplayDocTitle true >> >>`);
  const info = file.add(documentInfo(paged, options));
  return file.bytes(catalog, info, documentId(paged, streams, options));
}

const encoder = new TextEncoder();
const IMAGE_NAME = 'Im1';

function documentInfo(paged: PagedDocument, options: WritePdfOptions): string {
  const created = options.creationDate ?? DEFAULT_PDF_DATE;
  return (
    `<< /Title ${pdfTextString(paged.meta.title)} /Author ${pdfTextString(paged.meta.author)} /Subject ${pdfTextString(paged.meta.subject)}` +
    (options.keywords === undefined ? '' : ` /Keywords ${pdfTextString(options.keywords.join(' '))}`) +
    ` /Producer (saraban) /Creator (saraban) /CreationDate ${pdfDate(created)} /ModDate ${pdfDate(options.modificationDate ?? created)} >>`
  );
}

function ruleContent(rule: RuleItem, pageHeight: number): string {
  return [
    'q',
    `${pdfNumber(rule.width)} w`,
    `${rgbComponents(rule.color)} RG`,
    ...(rule.cap === 'round' ? ['1 J'] : []),
    ...(rule.dash === undefined ? [] : [`[${pdfNumber(rule.dash[0])} ${pdfNumber(rule.dash[1])}] 0 d`]),
    `${pdfNumber(rule.x1)} ${pdfNumber(pageHeight - rule.y1)} m`,
    `${pdfNumber(rule.x2)} ${pdfNumber(pageHeight - rule.y2)} l`,
    'S',
    'Q',
  ].join('\n');
}

function imageContent(item: ImageItem, pageHeight: number): string {
  const y = pageHeight - item.y - item.height;
  return `q\n${pdfNumber(item.width)} 0 0 ${pdfNumber(item.height)} ${pdfNumber(item.x)} ${pdfNumber(y)} cm\n/${IMAGE_NAME} Do\nQ`;
}

/** 16 bytes of FNV-1a over the meta, dates and page contents: the same input, the same ID. */
function documentId(paged: PagedDocument, streams: readonly string[], options: WritePdfOptions): string {
  const created = (options.creationDate ?? DEFAULT_PDF_DATE).toISOString();
  const source = [paged.meta.title, paged.meta.subject, paged.meta.author, created, ...streams].join('\u0000');
  // Four FNV-1a lanes with different seeds, fed in one pass.
  let h0 = 0x811c9dc5 >>> 0;
  let h1 = (0x811c9dc5 ^ 1) >>> 0;
  let h2 = (0x811c9dc5 ^ 2) >>> 0;
  let h3 = (0x811c9dc5 ^ 3) >>> 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    h3 = Math.imul(h3 ^ c, 0x01000193);
  }
  let hex = '';
  for (const hash of [h0, h1, h2, h3]) hex += (hash >>> 0).toString(16).toUpperCase().padStart(8, '0');
  return hex;
}
