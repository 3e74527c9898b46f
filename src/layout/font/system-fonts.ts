/**
 * layout/font (Node only) — where font files are found on disk: the bundled Sarabun
 * (npm @expo-google-fonts/sarabun, OFL) and TH SarabunPSK / TH Sarabun New / Debian's
 * Laksaman in the usual system font folders. Kept apart from the rest of layout/font so a
 * browser bundle, which passes font bytes, never needs `fs`; load-fonts imports it lazily.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface FontFilePair {
  readonly family: string;
  readonly regular: string;
  readonly bold?: string;
}

/** Paths of the bundled Sarabun regular and bold (the package's default faces). */
export function bundledSarabunPaths(): Required<FontFilePair> {
  const require = createRequire(import.meta.url);
  return {
    family: 'Sarabun',
    regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
  };
}

/** The folders searched, in order: Linux system and user folders, macOS, Windows. */
export function systemFontDirectories(): string[] {
  const home = homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.fonts'),
    join(home, '.local/share/fonts'),
    '/Library/Fonts',
    join(home, 'Library/Fonts'),
    'C:\\Windows\\Fonts',
  ];
}

/** Families we look for, in order of preference, with their file names (lower case, no spaces, `-` or `_`). */
const KNOWN_FAMILIES = [
  { family: 'TH SarabunPSK', regular: ['thsarabunpsk.ttf', 'thsarabun.ttf'], bold: ['thsarabunpskbold.ttf', 'thsarabunbold.ttf'] },
  { family: 'TH Sarabun New', regular: ['thsarabunnew.ttf'], bold: ['thsarabunnewbold.ttf'] },
  { family: 'Laksaman', regular: ['laksaman.ttf'], bold: ['laksamanbold.ttf'] },
] as const;

/**
 * Finds TH SarabunPSK, else TH Sarabun New, else Laksaman in the system font folders
 * (searched four levels deep). `only` restricts the search to one family.
 * @example findSystemThaiFonts()?.regular // '/usr/share/fonts/truetype/tlwg/Laksaman.ttf'
 */
export function findSystemThaiFonts(
  options: { readonly directories?: readonly string[]; readonly only?: string } = {},
): FontFilePair | undefined {
  const files = new Map<string, string>();
  for (const dir of options.directories ?? systemFontDirectories()) collectFontFiles(dir, 0, files);
  for (const known of KNOWN_FAMILIES) {
    if (options.only !== undefined && options.only.toLowerCase() !== known.family.toLowerCase()) continue;
    const regular = firstFound(known.regular, files);
    if (regular === undefined) continue;
    const bold = firstFound(known.bold, files);
    return bold === undefined ? { family: known.family, regular } : { family: known.family, regular, bold };
  }
  return undefined;
}

/** Reads a font file into bytes. */
export async function readFontFile(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

function firstFound(names: readonly string[], files: ReadonlyMap<string, string>): string | undefined {
  for (const name of names) {
    const path = files.get(name);
    if (path !== undefined) return path;
  }
  return undefined;
}

function collectFontFiles(dir: string, depth: number, into: Map<string, string>): void {
  if (depth > 4 || !existsSync(dir)) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries.sort()) {
    const path = join(dir, entry);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) {
      collectFontFiles(path, depth + 1, into);
    } else if (/\.ttf$/i.test(entry)) {
      const key = entry.toLowerCase().replace(/[\s_-]/g, '');
      if (!into.has(key)) into.set(key, path);
    }
  }
}
