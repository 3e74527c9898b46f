/**
 * cli — the output formats (`--format pdf,docx`) and the one place that calls a renderer for
 * each: letter input + render settings → file bytes or diagnostics. Settings are plain data so
 * a batch can hand them to its worker threads; the fonts of `--fonts` are loaded once per
 * process (per worker).
 */
import { prepareLetter, type PreparedLetter } from '../compose/prepare-letter.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { safeRenderDocx, type RenderDocxOptions } from '../pipeline/render-docx.js';
import { safeRenderPdf, type RenderPdfOptions } from '../pipeline/render-pdf.js';
import { fontBookFromFolder } from './font-folder.js';
import { UsageError } from './usage-error.js';

export const OUTPUT_FORMATS = ['pdf', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];


export interface RenderSettings {
  /** The Garuda image (PNG or JPEG bytes). */
  readonly emblem?: Uint8Array;
  /** Folder with the fonts for the PDF (TH SarabunPSK regular and bold). */
  readonly fontsDir?: string;
  /** Render despite rule errors. */
  readonly allowErrors?: boolean;
  /** DOCX: embed the bundled Sarabun. */
  readonly embedFont?: boolean;
}

function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(name);
}

/** Reads `--format pdf,docx`; without it, both. */
export function parseOutputFormats(text: string | undefined, command: string): OutputFormat[] {
  if (text === undefined) return [...OUTPUT_FORMATS];
  const names = text.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (names.length === 0) throw new UsageError('--format needs at least one of pdf, docx', command);
  const formats: OutputFormat[] = [];
  for (const name of names) {
    if (!isOutputFormat(name)) throw new UsageError(`unknown output format "${name}": use pdf, docx or pdf,docx`, command);
    if (!formats.includes(name)) formats.push(name);
  }
  return formats;
}

/** Parses, checks and composes a letter once, for every format it is rendered to. */
export function prepareForRender(input: unknown, settings: RenderSettings): Result<PreparedLetter> {
  return prepareLetter(input, settings.allowErrors === true ? { allowErrors: true } : {});
}

/** Renders one letter (letter input, not a program file, or a prepared letter) to one format. */
export async function renderLetterAs(format: OutputFormat, input: unknown, settings: RenderSettings): Promise<Result<Uint8Array>> {
  if (format === 'docx') {
    const options: RenderDocxOptions = {
      ...(settings.emblem === undefined ? {} : { emblem: settings.emblem }),
      ...(settings.allowErrors === undefined ? {} : { allowErrors: settings.allowErrors }),
      ...(settings.embedFont === undefined ? {} : { embedFont: settings.embedFont }),
    };
    return safeRenderDocx(input, options);
  }
  let fonts: RenderPdfOptions['fonts'];
  if (settings.fontsDir !== undefined) {
    const book = await fontBookFromFolder(settings.fontsDir);
    if (!book.ok) return { ok: false, diagnostics: book.diagnostics };
    fonts = book.value;
  }
  const options: RenderPdfOptions = {
    ...(settings.emblem === undefined ? {} : { emblem: settings.emblem }),
    ...(settings.allowErrors === undefined ? {} : { allowErrors: settings.allowErrors }),
    ...(fonts === undefined ? {} : { fonts }),
  };
  return safeRenderPdf(input, options);
}
