/**
 * render/pdf — the package-level entry point: letter input → validated, composed, laid out → PDF.
 * Content comes from prepareLetter (compose), geometry from layoutDocument; this module only
 * wires them and keeps the text engine (fonts, HarfBuzz) prepared once per process.
 */
import { prepareUnlessPrepared, type PrepareLetterOptions } from '../../compose/prepare-letter.js';
import { SarabanError, type Diagnostic, type Result } from '../../diagnostics/diagnostic.js';
import { readEmblemInfo } from '../../image/emblem-image.js';
import type { FontBook } from '../../layout/font/font-book.js';
import type { LoadFontsOptions } from '../../layout/font/load-fonts.js';
import { layoutDocument } from '../../layout/page/layout-document.js';
import { createTextEngine } from '../../layout/text/create-text-engine.js';
import type { TextEngine } from '../../layout/text/text-engine.js';
import { isSarabanError } from '../../diagnostics/diagnostic.js';
import type { StyleProfile } from '../../style/profile.js';
import { writePdf } from './write-pdf.js';

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
  /** CreationDate of the PDF; default 2000-01-01 so identical input gives identical bytes. */
  readonly creationDate?: Date;
}

let defaultEngine: Promise<TextEngine> | undefined;

function engineFor(fonts: RenderPdfOptions['fonts']): Promise<TextEngine> {
  if (fonts === undefined) {
    defaultEngine ??= createTextEngine();
    return defaultEngine;
  }
  return createTextEngine({ fonts });
}

/**
 * Like `renderPdf`, but returns the diagnostics instead of throwing.
 * @example const result = await safeRenderPdf(input, { emblem: garudaPng }); if (result.ok) await writeFile('letter.pdf', result.value);
 */
export async function safeRenderPdf(input: unknown, options: RenderPdfOptions = {}): Promise<Result<Uint8Array>> {
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
  const laidOut = layoutDocument(tree, engine, {
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(emblemInfo === undefined ? {} : { emblemAspect: emblemInfo.widthPx / emblemInfo.heightPx }),
  });
  diagnostics.push(...laidOut.diagnostics);
  let bytes: Uint8Array;
  try {
    bytes = await writePdf(laidOut.paged, engine.fonts, {
      ...(options.emblem === undefined ? {} : { emblem: options.emblem }),
      ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate }),
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
 * Render a circular (friendly input, canonical, or the value of `prepareLetter`) to PDF bytes: HarfBuzz-shaped Thai, subset
 * fonts with exact text extraction, the official layout of spec section 8.
 * Throws SarabanError carrying every diagnostic when the letter has errors.
 * @example const bytes = await renderPdf(JSON.parse(await readFile('letter.json', 'utf8')), { emblem: garudaPng });
 */
export async function renderPdf(input: unknown, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderPdf(input, options);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new SarabanError(`The letter cannot be rendered: ${first?.message ?? 'see diagnostics'}`, result.diagnostics);
  }
  return result.value;
}
