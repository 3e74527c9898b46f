/**
 * pipeline — letter input → DOCX: prepareLetter (parse, rules, compose) → formatDocument with
 * the metrics of the face the DOCX names → writeDocx. Chooses that face (TH SarabunPSK by
 * default, or the bundled Sarabun embedded) and reports option problems as diagnostics.
 */
import { prepareUnlessPrepared, type PrepareLetterOptions } from '../compose/prepare-letter.js';
import type { DocumentTree } from '../compose/tree.js';
import { SarabanError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { formatDocument } from '../format/format-document.js';
import type { EmbeddedFontFiles } from '../render/docx/bundled-sarabun.js';
import { checkWriteOptions, safeWriteDocx, type WriteDocxOptions } from '../render/docx/render-docx.js';
import { DEFAULT_STYLE_PROFILE, type StyleProfile } from '../style/profile.js';
import { docxMeasure, docxMetrics } from './text-measure.js';

export interface RenderDocxOptions extends PrepareLetterOptions {
  /** Geometry and sizes; defaults to DEFAULT_STYLE_PROFILE (spec section 8). */
  readonly profile?: StyleProfile;
  /** The Garuda as PNG or JPEG bytes, drawn where the document kind puts it. */
  readonly emblem?: Uint8Array;
  /** Font family written into every run; defaults to `profile.font.family` (TH SarabunPSK). */
  readonly fontFamily?: string;
  /**
   * Creation date of the document (core properties created/modified): a Date or an ISO 8601
   * text, as for renderPdf; defaults to 2000-01-01T00:00:00Z.
   */
  readonly date?: Date | string;
  /**
   * Called by `renderDocx` with the diagnostics (warnings) of a letter it rendered, which it
   * would otherwise drop; `safeRenderDocx` returns them instead.
   */
  readonly onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
  /**
   * Write `w:lang w:bidi="th-TH"` on Thai runs. Off by default: WPS Writer misplaces ำ
   * wherever it is in effect (thai-docx-skill ADR 0038); it only helps Word proof Thai on
   * machines whose editing languages lack Thai.
   */
  readonly thaiProofingLanguage?: boolean;
  /**
   * Embed the bundled OFL Sarabun (regular and bold) and name it instead of TH SarabunPSK, so
   * the file looks the same on machines without the national fonts. Sizes are scaled to
   * Sarabun's larger glyphs and rounded to half-points (16 pt TH SarabunPSK → 10.5 pt Sarabun).
   */
  readonly embedFont?: boolean;
}

function diagnostic(code: string, path: (string | number)[], message: string, messageTh: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { code, severity, stage: 'render-docx', path, message, messageTh };
}

interface FontChoice {
  readonly family: string;
  readonly embedded?: EmbeddedFontFiles;
  readonly diagnostics: Diagnostic[];
}

/** The face to name: the profile's family (TH SarabunPSK), or the bundled Sarabun embedded. */
async function chooseFont(options: RenderDocxOptions, profile: StyleProfile): Promise<FontChoice> {
  if (options.fontFamily?.trim() === '') {
    return {
      family: profile.font.family,
      diagnostics: [diagnostic('font_family_empty', ['options', 'fontFamily'], 'options.fontFamily is empty; name a font such as "TH SarabunPSK".', 'options.fontFamily ว่าง กรุณาระบุชื่อฟอนต์ เช่น "TH SarabunPSK"')],
    };
  }
  if (options.embedFont !== true) return { family: options.fontFamily ?? profile.font.family, diagnostics: [] };
  // Node only (reads the font package's files): loaded when asked for, so the package root
  // imports nothing from Node.
  const { loadBundledSarabun } = await import('../render/docx/bundled-sarabun.js');
  const embedded = await loadBundledSarabun();
  if (!embedded) {
    return {
      family: 'Sarabun',
      diagnostics: [
        diagnostic(
          'font_not_found',
          ['options', 'embedFont'],
          'options.embedFont needs the @expo-google-fonts/sarabun package, which could not be read; install it or turn embedFont off.',
          'options.embedFont ต้องใช้แพ็กเกจ @expo-google-fonts/sarabun ซึ่งอ่านไม่ได้ กรุณาติดตั้งแพ็กเกจนี้หรือปิด embedFont',
        ),
      ],
    };
  }
  const diagnostics =
    options.fontFamily === undefined
      ? []
      : [
          diagnostic(
            'font_family_ignored',
            ['options', 'fontFamily'],
            `options.fontFamily "${options.fontFamily}" is ignored because embedFont embeds and names Sarabun.`,
            `ไม่ใช้ options.fontFamily "${options.fontFamily}" เพราะ embedFont ฝังและใช้ฟอนต์ Sarabun`,
            'warning',
          ),
        ];
  return { family: 'Sarabun', embedded, diagnostics };
}

function writeOptions(options: RenderDocxOptions, embedded: EmbeddedFontFiles | undefined): WriteDocxOptions {
  return {
    ...(embedded === undefined ? {} : { embeddedFont: embedded }),
    ...(options.emblem === undefined ? {} : { emblem: options.emblem }),
    ...(options.date === undefined ? {} : { date: typeof options.date === 'string' ? options.date : Number.isNaN(options.date.getTime()) ? 'Invalid Date' : options.date.toISOString() }),
    ...(options.thaiProofingLanguage === undefined ? {} : { thaiProofingLanguage: options.thaiProofingLanguage }),
  };
}

/**
 * A composed document tree → DOCX bytes (format with the named face's metrics, then write).
 * @example const result = await safeRenderDocxFromTree(tree, { emblem: garudaPng });
 */
export async function safeRenderDocxFromTree(tree: DocumentTree, options: RenderDocxOptions = {}): Promise<Result<Uint8Array>> {
  const profile = options.profile ?? DEFAULT_STYLE_PROFILE;
  const font = await chooseFont(options, profile);
  if (font.diagnostics.some((d) => d.severity === 'error')) {
    // Report every bad option at once, in the order of the options.
    const writer = checkWriteOptions(writeOptions(options, undefined)).diagnostics;
    const byOption = ['emblem', 'embedFont', 'fontFamily', 'date'];
    const all = [...writer, ...font.diagnostics].sort((a, b) => byOption.indexOf(String(a.path[1])) - byOption.indexOf(String(b.path[1])));
    return { ok: false, diagnostics: all };
  }
  const diagnostics: Diagnostic[] = [...font.diagnostics];
  const metrics = docxMetrics(font.embedded !== undefined, font.family);
  const formatted = formatDocument(tree, docxMeasure(metrics), { profile, fontFamily: font.family });
  diagnostics.push(...formatted.diagnostics);
  const written = await safeWriteDocx(formatted.formatted, { ...writeOptions(options, font.embedded), sizeFactor: metrics.sizeFactor });
  diagnostics.push(...written.diagnostics);
  return written.ok ? { ok: true, value: written.value, diagnostics } : { ok: false, diagnostics };
}

/**
 * Like `renderDocx`, but returns the diagnostics instead of throwing.
 * @example const result = await safeRenderDocx(input); if (result.ok) await writeFile('letter.docx', result.value);
 */
export async function safeRenderDocx(input: unknown, options: RenderDocxOptions = {}): Promise<Result<Uint8Array>> {
  const prepared = prepareUnlessPrepared(input, options);
  if (!prepared.ok) return prepared;
  const rendered = await safeRenderDocxFromTree(prepared.value.tree, options);
  const diagnostics: Diagnostic[] = [...prepared.diagnostics, ...rendered.diagnostics];
  return rendered.ok ? { ok: true, value: rendered.value, diagnostics } : { ok: false, diagnostics };
}

/**
 * Render a letter or memo (friendly input, canonical, or the value of `prepareLetter`) to DOCX bytes.
 * Throws SarabanError carrying every diagnostic when the document has errors.
 * @example const bytes = await renderDocx(JSON.parse(await readFile('letter.json', 'utf8')));
 */
export async function renderDocx(input: unknown, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderDocx(input, options);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new SarabanError(`The letter cannot be rendered: ${first?.message ?? 'see diagnostics'}`, result.diagnostics);
  }
  options.onDiagnostics?.(result.diagnostics);
  return result.value;
}

/**
 * A composed document tree → DOCX bytes; throws SarabanError (with diagnostics) on bad options.
 * @example const docx = await renderDocxFromTree(tree, { emblem: garudaPng });
 */
export async function renderDocxFromTree(tree: DocumentTree, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderDocxFromTree(tree, options);
  if (!result.ok) throw new SarabanError('Cannot render the DOCX: the options have errors.', result.diagnostics);
  return result.value;
}
