/**
 * render/docx — FormattedDocument → .docx bytes, written directly as WordprocessingML: a
 * one-to-one mapping of sections with their page setup, header and footer bands, framed
 * paragraphs, the emblem floating where the format placed it, paragraphs and tables with the
 * format's properties. Decides no geometry and no content. Deterministic: identical input and
 * options give identical bytes (fixed dates, ids, font keys and zip timestamps).
 */
import type { Diagnostic, Result } from '../../diagnostics/diagnostic.js';
import { hasErrors, SarabanError } from '../../diagnostics/diagnostic.js';
import type { DeflateEffort } from '../../compression/deflate.js';
import type { FormattedDocument } from '../../format/formatted-document.js';
import { readEmblemInfo, type EmblemInfo } from '../../image/emblem-image.js';
import type { EmbeddedFontFiles } from './bundled-sarabun.js';
import { DEFAULT_DOCX_DATE } from './docx-options.js';
import { obfuscateFont, fixedFontKey, readOs2Signature } from './embedded-fonts.js';
import {
  APP_PROPERTIES,
  contentTypesXml,
  corePropertiesXml,
  documentRelationshipsXml,
  FIRST_FREE_ID,
  FONT_TABLE_RELATIONSHIPS,
  fontTableXml,
  imagePartName,
  PACKAGE_RELATIONSHIPS,
  SETTINGS,
  stylesXml,
  type EmbeddedFace,
} from './package-parts.js';
import { docxFace } from './run-xml.js';
import { sectionXml, STORY_NAMESPACES, type SectionContext } from './section-xml.js';
import { zipPackage } from './zip-package.js';

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

/**
 * Write the formatted document as DOCX, reporting bad options as diagnostics instead of throwing.
 * @example const result = await safeWriteDocx(formatted, { emblem: garudaPng });
 */
export function safeWriteDocx(doc: FormattedDocument, options: WriteDocxOptions = {}): Promise<Result<Uint8Array>> {
  // Synchronous work; a promise so that a future writer may stream or compress off-thread.
  const { emblem, diagnostics } = checkWriteOptions(options);
  if (hasErrors(diagnostics)) return Promise.resolve({ ok: false, diagnostics });
  return Promise.resolve({ ok: true, value: writePackage(doc, options, emblem), diagnostics });
}

const encoder = new TextEncoder();

function writePackage(doc: FormattedDocument, options: WriteDocxOptions, emblem: { bytes: Uint8Array; info: EmblemInfo } | undefined): Uint8Array {
  const face = docxFace(doc.fontFamily, options.sizeFactor ?? 1, options.thaiProofingLanguage === true);
  const counters = { header: 0, footer: 0, drawing: 0, relationship: FIRST_FREE_ID };
  const emblemId = emblem === undefined ? undefined : `rId${String(++counters.relationship)}`;
  const ctx: SectionContext = { doc, face, emblem: emblem && emblemId !== undefined ? { relationshipId: emblemId, info: emblem.info } : undefined, counters, bands: [] };
  let body = '';
  doc.sections.forEach((section, index) => {
    body += sectionXml(ctx, section, index, index === doc.sections.length - 1);
  });
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${STORY_NAMESPACES}><w:body>${body}</w:body></w:document>`;

  const embedded: EmbeddedFace | undefined =
    options.embeddedFont === undefined ? undefined : { family: face.family, signature: readOs2Signature(options.embeddedFont.regular), regularKey: fixedFontKey(1), boldKey: fixedFontKey(2) };
  const parts: [string, Uint8Array, DeflateEffort?][] = [
    ['[Content_Types].xml', encoder.encode(contentTypesXml(ctx.bands, emblem?.info, embedded !== undefined))],
    ['_rels/.rels', encoder.encode(PACKAGE_RELATIONSHIPS)],
    ['docProps/app.xml', encoder.encode(APP_PROPERTIES)],
    ['docProps/core.xml', encoder.encode(corePropertiesXml(doc, options.date ?? DEFAULT_DOCX_DATE))],
    ['word/_rels/document.xml.rels', encoder.encode(documentRelationshipsXml(ctx.bands, emblem && emblemId !== undefined ? { id: emblemId, info: emblem.info } : undefined))],
    ['word/document.xml', encoder.encode(document), 'fast'],
    ['word/fontTable.xml', encoder.encode(fontTableXml(embedded))],
    ['word/settings.xml', encoder.encode(SETTINGS)],
    ['word/styles.xml', encoder.encode(stylesXml(doc, face))],
  ];
  for (const band of ctx.bands) parts.push([`word/${band.name}`, encoder.encode(band.xml)]);
  if (emblem !== undefined) parts.push([`word/${imagePartName(emblem.info)}`, emblem.bytes]);
  if (options.embeddedFont !== undefined && embedded !== undefined) {
    parts.push(['word/_rels/fontTable.xml.rels', encoder.encode(FONT_TABLE_RELATIONSHIPS)]);
    parts.push(['word/fonts/font1.odttf', obfuscateFont(options.embeddedFont.regular, embedded.regularKey)]);
    parts.push(['word/fonts/font2.odttf', obfuscateFont(options.embeddedFont.bold, embedded.boldKey)]);
  }
  return zipPackage(parts);
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
