/**
 * cli — `--fonts <dir>`: finds the regular and bold faces in a folder (TH SarabunPSK,
 * TH Sarabun New or any Thai face: `X.ttf` and `X Bold.ttf`) and loads them once per process
 * (once per batch worker). A folder without a usable regular face is a `font_not_found` diagnostic.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../diagnostics/diagnostic.js';
import { loadFonts, type FontBook } from '../layout/font/index.js';
import { cliError } from './cli-diagnostic.js';

export interface FontFiles {
  readonly regular: string;
  readonly bold?: string;
}

function preference(name: string): number {
  const lower = name.toLowerCase();
  if (lower.includes('sarabunpsk')) return 0;
  if (lower.includes('sarabun')) return 1;
  return 2;
}

/** Picks the faces from file names: no `italic`; `bold` marks the bold face; Sarabun preferred. */
export function findFontFiles(dir: string): FontFiles | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.(ttf|otf)$/iu.test(name) && !/italic|oblique/iu.test(name));
  } catch {
    return undefined;
  }
  const byPreference = (a: string, b: string): number => preference(a) - preference(b) || a.length - b.length || (a < b ? -1 : 1);
  const regular = names.filter((name) => !/bold/iu.test(name)).sort(byPreference)[0];
  if (regular === undefined) return undefined;
  const stem = regular.replace(/\.(ttf|otf)$/iu, '').replace(/[-_ ]?(regular)$/iu, '');
  const bolds = names.filter((name) => /bold/iu.test(name));
  const bold = bolds.filter((name) => name.startsWith(stem)).sort(byPreference)[0] ?? bolds.sort(byPreference)[0];
  return { regular: join(dir, regular), ...(bold === undefined ? {} : { bold: join(dir, bold) }) };
}

const books = new Map<string, Promise<Result<FontBook>>>();

/** The FontBook of a folder, loaded once per process. */
export function fontBookFromFolder(dir: string): Promise<Result<FontBook>> {
  let book = books.get(dir);
  if (book === undefined) {
    const files = findFontFiles(dir);
    book =
      files === undefined
        ? Promise.resolve({
            ok: false as const,
            diagnostics: [cliError('font_not_found', `No regular .ttf or .otf face in ${dir} (--fonts); put e.g. "THSarabunNew.ttf" and "THSarabunNew Bold.ttf" there.`, `ไม่พบไฟล์ฟอนต์ตัวปกติ (.ttf หรือ .otf) ในโฟลเดอร์ ${dir} (--fonts)`, ['fonts'])],
          })
        : loadFonts({ regular: files.regular, ...(files.bold === undefined ? {} : { bold: files.bold }) });
    books.set(dir, book);
  }
  return book;
}
