/**
 * layout/font — loadFonts: font sources (paths or bytes) → a FontBook, prepared once.
 * With no regular face given it uses the bundled Sarabun (or, with `defaults: 'system'`,
 * TH SarabunPSK / TH Sarabun New / Laksaman found on the system); paths and defaults need
 * Node and are read through the lazily imported system-fonts module. Never throws for bad
 * input: unreadable fonts become `font_not_found` diagnostics.
 */
import type { Diagnostic, Result } from '../../diagnostics/diagnostic.js';
import { fontNotFound } from './font-diagnostic.js';
import { createFontBook, type FontBook } from './font-book.js';
import { loadHarfBuzz, type HarfBuzz } from './harfbuzz-module.js';
import { prepareFace, type LoadedFace } from './loaded-face.js';
import type * as SystemFonts from './system-fonts.js';

/** A font file path (Node only) or the font file's bytes. */
export type FontSource = string | Uint8Array | ArrayBuffer;

/** A font source with overrides for what is read from the face. */
export interface FaceSource {
  readonly source: FontSource;
  /** Family name used for the size factor and the PDF font name. */
  readonly family?: string;
  /** Drawing size per TH SarabunPSK point (0.6648 for Sarabun and Laksaman, 1 for the TH Sarabun family). */
  readonly sizeFactor?: number;
}

export interface LoadFontsOptions {
  /** Regular face; without it the default faces are used. */
  readonly regular?: FontSource | FaceSource;
  /** Bold face; without it the default bold goes with the default regular, or regular stands in. */
  readonly bold?: FontSource | FaceSource;
  /** Faces searched in order for characters the main faces lack. */
  readonly fallbacks?: readonly (FontSource | FaceSource)[];
  /**
   * Where the default faces come from when `regular` is not given (Node only):
   * `bundled` (default) = Sarabun from @expo-google-fonts/sarabun;
   * `system` = TH SarabunPSK, else TH Sarabun New, else Laksaman from the system font folders, else Sarabun.
   */
  readonly defaults?: 'bundled' | 'system';
}

/** Books loaded from paths only (or defaults), by their options: prepared once per process. */
const bookCache = new Map<string, Promise<Result<FontBook>>>();

/**
 * Loads and prepares the faces. Calls with the same paths (or none) share one FontBook per
 * process; books from bytes are the caller's to keep.
 * @example const result = await loadFonts(); if (result.ok) use(result.value);
 * @example await loadFonts({ regular: '/fonts/THSarabunNew.ttf', bold: '/fonts/THSarabunNew Bold.ttf' });
 */
export function loadFonts(options: LoadFontsOptions = {}): Promise<Result<FontBook>> {
  const key = cacheKey(options);
  if (key === undefined) return loadFontsUncached(options);
  let book = bookCache.get(key);
  if (book === undefined) {
    book = loadFontsUncached(options);
    bookCache.set(key, book);
  }
  return book;
}

/** A key when every source is a path (files are assumed not to change while the process runs). */
function cacheKey(options: LoadFontsOptions): string | undefined {
  const sources = [options.regular, options.bold, ...(options.fallbacks ?? [])];
  const plain = sources.map((source) => {
    if (source === undefined || typeof source === 'string') return source ?? null;
    if (isFaceSource(source) && typeof source.source === 'string') return source;
    return undefined;
  });
  return plain.includes(undefined) ? undefined : JSON.stringify([options.defaults ?? 'bundled', plain]);
}

async function loadFontsUncached(options: LoadFontsOptions): Promise<Result<FontBook>> {
  const hb = await loadHarfBuzz();
  const diagnostics: Diagnostic[] = [];
  let regularSource = options.regular;
  let boldSource = options.bold;
  if (regularSource === undefined) {
    const defaults = await defaultSources(options.defaults ?? 'bundled', diagnostics);
    if (defaults === undefined) return { ok: false, diagnostics };
    regularSource = defaults.regular;
    boldSource ??= defaults.bold;
  }
  const regular = await loadFace(hb, regularSource, false, ['fonts', 'regular'], 'error', diagnostics);
  if (regular === undefined) return { ok: false, diagnostics };
  let bold = regular;
  if (boldSource === undefined) {
    diagnostics.push(fontNotFound(['fonts', 'bold'], 'bold', 'no bold face given; the regular face is used for bold text', 'warning'));
  } else {
    bold = (await loadFace(hb, boldSource, true, ['fonts', 'bold'], 'warning', diagnostics)) ?? regular;
  }
  const fallbacks: LoadedFace[] = [];
  for (const [i, source] of (options.fallbacks ?? []).entries()) {
    const face = await loadFace(hb, source, false, ['fonts', 'fallbacks', i], 'warning', diagnostics);
    if (face !== undefined) fallbacks.push(face);
  }
  return { ok: true, value: createFontBook(regular, bold, fallbacks, diagnostics), diagnostics };
}

async function defaultSources(
  defaults: 'bundled' | 'system',
  diagnostics: Diagnostic[],
): Promise<{ regular: FaceSource; bold?: FaceSource } | undefined> {
  let system: typeof SystemFonts;
  try {
    system = await import('./system-fonts.js');
  } catch (error) {
    diagnostics.push(fontNotFound(['fonts', 'regular'], 'default', `file access is unavailable: ${describe(error)}`, 'error'));
    return undefined;
  }
  const found = defaults === 'system' ? system.findSystemThaiFonts() : undefined;
  let pair = found;
  if (pair === undefined) {
    try {
      pair = system.bundledSarabunPaths();
    } catch (error) {
      diagnostics.push(fontNotFound(['fonts', 'regular'], 'Sarabun', `@expo-google-fonts/sarabun is not installed: ${describe(error)}`, 'error'));
      return undefined;
    }
  }
  const regular: FaceSource = { source: pair.regular, family: pair.family };
  return pair.bold === undefined ? { regular } : { regular, bold: { source: pair.bold, family: pair.family } };
}

async function loadFace(
  hb: HarfBuzz,
  given: FontSource | FaceSource,
  bold: boolean,
  path: readonly (string | number)[],
  severity: 'error' | 'warning',
  diagnostics: Diagnostic[],
): Promise<LoadedFace | undefined> {
  const spec: FaceSource = isFaceSource(given) ? given : { source: given };
  const label = typeof spec.source === 'string' ? `"${spec.source}"` : (spec.family ?? (bold ? 'bold' : 'regular'));
  let bytes: Uint8Array;
  try {
    bytes = await readSource(spec.source);
  } catch (error) {
    diagnostics.push(fontNotFound(path, label, describe(error), severity));
    return undefined;
  }
  try {
    return prepareFace(hb, bytes, {
      bold,
      ...(spec.family === undefined ? {} : { family: spec.family }),
      ...(spec.sizeFactor === undefined ? {} : { sizeFactor: spec.sizeFactor }),
    });
  } catch (error) {
    diagnostics.push(fontNotFound(path, label, describe(error), severity));
    return undefined;
  }
}

function isFaceSource(value: FontSource | FaceSource): value is FaceSource {
  return typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof ArrayBuffer);
}

async function readSource(source: FontSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const system = await import('./system-fonts.js');
  return system.readFontFile(source);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
