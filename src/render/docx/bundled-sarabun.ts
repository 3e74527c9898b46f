/**
 * render/docx — loads the bundled OFL Sarabun (regular and bold) for `embedFont`.
 * Node only (reads the files of the @expo-google-fonts/sarabun dependency). Output: the TTF
 * bytes, or undefined when the package cannot be found, which the caller reports.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface EmbeddedFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

function resolver(): NodeJS.Require {
  try {
    return createRequire(import.meta.url);
  } catch {
    // A CommonJS bundle has no import.meta.url; resolve from the working directory instead.
    return createRequire(join(process.cwd(), 'package.json'));
  }
}

export async function loadBundledSarabun(): Promise<EmbeddedFontFiles | undefined> {
  try {
    const require = resolver();
    const regular = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
    const bold = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');
    const [r, b] = await Promise.all([readFile(regular), readFile(bold)]);
    return { regular: new Uint8Array(r), bold: new Uint8Array(b) };
  } catch {
    return undefined;
  }
}
