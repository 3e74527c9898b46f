/**
 * cli — the rendering flags shared by `render` and `batch` (--fonts, --emblem, --embed-font,
 * --allow-errors) read into RenderSettings. Files named by flags are read here, once; a file
 * that cannot be read is a UsageError naming the flag (the command line points at it).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findFontFiles } from './font-folder.js';
import type { OutputFormat, RenderSettings } from './output-formats.js';
import { UsageError } from './usage-error.js';

export const RENDER_OPTIONS = {
  fonts: { type: 'string' },
  emblem: { type: 'string' },
  'embed-font': { type: 'boolean' },
  'allow-errors': { type: 'boolean' },
} as const;

interface RenderFlags {
  readonly fonts?: string | undefined;
  readonly emblem?: string | undefined;
  readonly 'embed-font'?: boolean | undefined;
  readonly 'allow-errors'?: boolean | undefined;
}

export async function readRenderSettings(flags: RenderFlags, formats: readonly OutputFormat[], cwd: string, command: string): Promise<{ settings: RenderSettings; notes: string[] }> {
  const notes: string[] = [];
  let emblem: Uint8Array | undefined;
  if (flags.emblem !== undefined) {
    try {
      emblem = new Uint8Array(await readFile(resolve(cwd, flags.emblem)));
    } catch (error) {
      throw new UsageError(`--emblem: cannot read ${flags.emblem} (${error instanceof Error ? error.message : String(error)})`, command);
    }
  }
  let fontsDir: string | undefined;
  if (flags.fonts !== undefined) {
    fontsDir = resolve(cwd, flags.fonts);
    const info = await stat(fontsDir).catch(() => undefined);
    if (info?.isDirectory() !== true) throw new UsageError(`--fonts: ${flags.fonts} is not a folder`, command);
    if (findFontFiles(fontsDir) === undefined) throw new UsageError(`--fonts: no regular .ttf or .otf face in ${flags.fonts}`, command);
    if (!formats.includes('pdf')) notes.push('--fonts only affects PDF output; DOCX names the font and leaves drawing it to Word (see --embed-font)');
  }
  const settings: RenderSettings = {
    ...(emblem === undefined ? {} : { emblem }),
    ...(fontsDir === undefined ? {} : { fontsDir }),
    ...(flags['allow-errors'] === true ? { allowErrors: true } : {}),
    ...(flags['embed-font'] === true ? { embedFont: true } : {}),
  };
  return { settings, notes };
}
