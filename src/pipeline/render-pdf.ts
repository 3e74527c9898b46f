/**
 * pipeline — letter input → PDF: prepareLetter (parse, rules, compose) → formatDocument with
 * the text engine's measure → layoutDocument → writePdf. This module only wires the stages and
 * keeps the text engine (fonts, HarfBuzz) prepared once per process.
 */
import { prepareUnlessPrepared, type PrepareLetterOptions } from '../compose/prepare-letter.js';
import { isSarabanError, SarabanError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { formatDocument } from '../format/format-document.js';
import { readEmblemInfo } from '../image/emblem-image.js';
import type { FontBook } from '../layout/font/font-book.js';
import type { LoadFontsOptions } from '../layout/font/load-fonts.js';
import type { DocumentTree } from '../compose/tree.js';
import type { LayoutTextEngine } from '../layout/page/layout-context.js';
import { layoutDocument, type LayoutResult } from '../layout/page/layout-document.js';
import { createTextEngine } from '../layout/text/create-text-engine.js';
import type { TextEngine } from '../layout/text/text-engine.js';
import { writePdf } from '../render/pdf/write-pdf.js';
import type { StyleProfile } from '../style/profile.js';
import { engineMeasure } from './text-measure.js';

export interface RenderPdfOptions extends PrepareLetterOptions {
  /**
   * Faces to draw with: TH Sarabun New / TH SarabunPSK files (paths or bytes), a FontBook from
   * `loadFonts`, or `{ defaults: 'system' }` to look them up on the system. Default: the bundled
   * OFL Sarabun. Sizes follow each face's size factor.
   */
  readonly fonts?: LoadFontsOptions | FontBook;
  /** The Garuda as PNG or JPEG bytes; without it the space stays empty and a warning says so. */
  readonly emblem?: Uint8Array;
  /** Geometry and sizes; default DEFAULT_STYLE_PROFILE (spec section 8). */
  readonly profile?: StyleProfile;
  /**
   * Creation date of the document (a Date or an ISO 8601 text, as for renderDocx); default
   * 2000-01-01 so identical input gives identical bytes.
   */
  readonly date?: Date | string;
  /** @deprecated Use `date` (the same option renderDocx takes). */
  readonly creationDate?: Date;
  /**
   * Called by `renderPdf` with the diagnostics (warnings) of a letter it rendered, which it
   * would otherwise drop; `safeRenderPdf` returns them instead.
   */
  readonly onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

/** The `date` option (or the deprecated `creationDate`) as a Date, or a diagnostic when it is no date. */
function pdfDate(options: RenderPdfOptions): Result<Date | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still honoured, under its new name first
  const given = options.date ?? options.creationDate;
  const date = typeof given === 'string' ? new Date(given) : given;
  if (date === undefined || !Number.isNaN(date.getTime())) return { ok: true, value: date, diagnostics: [] };
  const text = typeof given === 'string' ? given : String(given);
  return {
    ok: false,
    diagnostics: [
      {
        code: 'invalid_document_date',
        severity: 'error',
        stage: 'render-pdf',
        path: ['options', 'date'],
        message: `options.date "${text}" is not a date such as 2025-01-31T00:00:00Z.`,
        messageTh: `options.date "${text}" ไม่ใช่วันที่ เช่น 2025-01-31T00:00:00Z`,
      },
    ],
  };
}

let defaultEngine: Promise<TextEngine> | undefined;
/**
 * One engine per FontBook the caller passes, so a batch that passes the same fonts to every
 * letter keeps its shaping cache; held weakly, so it goes with the FontBook.
 */
const enginesByFonts = new WeakMap<NonNullable<RenderPdfOptions['fonts']>, Promise<TextEngine>>();

function engineFor(fonts: RenderPdfOptions['fonts']): Promise<TextEngine> {
  if (fonts === undefined) {
    defaultEngine ??= createTextEngine();
    return defaultEngine;
  }
  let engine = enginesByFonts.get(fonts);
  if (engine === undefined) {
    engine = createTextEngine({ fonts });
    enginesByFonts.set(fonts, engine);
    // A failed load is reported to this call and tried afresh by the next.
    engine.catch(() => enginesByFonts.delete(fonts));
  }
  return engine;
}

/**
 * A composed document tree → pages: format with the engine's measure, then lay out.
 * @example const { paged } = layoutTree(tree, engine, { emblemAspect: 0.92 });
 */
export function layoutTree(tree: DocumentTree, engine: LayoutTextEngine, options: { readonly profile?: StyleProfile; readonly emblemAspect?: number; readonly emblem?: boolean } = {}): LayoutResult {
  const formatted = formatDocument(tree, engineMeasure(engine), options.profile === undefined ? {} : { profile: options.profile });
  const laidOut = layoutDocument(formatted.formatted, engine, {
    ...(options.emblemAspect === undefined ? {} : { emblemAspect: options.emblemAspect }),
    ...(options.emblem === undefined ? {} : { emblem: options.emblem }),
  });
  return { paged: laidOut.paged, diagnostics: [...formatted.diagnostics, ...laidOut.diagnostics] };
}

/**
 * Like `renderPdf`, but returns the diagnostics instead of throwing.
 * @example const result = await safeRenderPdf(input, { emblem: garudaPng }); if (result.ok) await writeFile('letter.pdf', result.value);
 */
export async function safeRenderPdf(input: unknown, options: RenderPdfOptions = {}): Promise<Result<Uint8Array>> {
  const created = pdfDate(options);
  if (!created.ok) return { ok: false, diagnostics: created.diagnostics };
  const prepared = prepareUnlessPrepared(input, options);
  if (!prepared.ok) return prepared;
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  let engine: TextEngine;
  try {
    engine = await engineFor(options.fonts);
  } catch (error) {
    if (isSarabanError(error)) return { ok: false, diagnostics: [...diagnostics, ...error.diagnostics] };
    throw error;
  }
  const { tree } = prepared.value;
  const emblemInfo = options.emblem === undefined ? undefined : readEmblemInfo(options.emblem);
  const laidOut = layoutTree(tree, engine, {
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(emblemInfo === undefined ? {} : { emblemAspect: emblemInfo.widthPx / emblemInfo.heightPx }),
  });
  diagnostics.push(...laidOut.diagnostics);
  let bytes: Uint8Array;
  try {
    bytes = await writePdf(laidOut.paged, engine.fonts, {
      ...(options.emblem === undefined ? {} : { emblem: options.emblem }),
      ...(created.value === undefined ? {} : { creationDate: created.value }),
      onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
    });
  } catch (error) {
    // A face that cannot be embedded: the letter cannot be written, whatever allowErrors says.
    if (isSarabanError(error)) return { ok: false, diagnostics: [...diagnostics, ...error.diagnostics] };
    throw error;
  }
  if (diagnostics.some((d) => d.severity === 'error' && d.stage !== 'rules' && d.stage !== 'model') && options.allowErrors !== true) {
    return { ok: false, diagnostics };
  }
  return { ok: true, value: bytes, diagnostics };
}

/**
 * Render a letter or memo (friendly input, canonical, or the value of `prepareLetter`) to PDF
 * bytes: HarfBuzz-shaped Thai, subset fonts with exact text extraction, the official layout of
 * its kind. Throws SarabanError carrying every diagnostic when the document has errors.
 * @example const bytes = await renderPdf(JSON.parse(await readFile('letter.json', 'utf8')), { emblem: garudaPng });
 */
export async function renderPdf(input: unknown, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderPdf(input, options);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new SarabanError(`The letter cannot be rendered: ${first?.message ?? 'see diagnostics'}`, result.diagnostics);
  }
  options.onDiagnostics?.(result.diagnostics);
  return result.value;
}
