/**
 * cli/batch — output file names from a name pattern, made safe: no path separators, no
 * traversal, no control or reserved characters, bounded length, no collisions (a suffix is
 * added when two rows give the same name). Thai text is kept readable (NFC, not transliterated).
 */

const UNSAFE = /[/\\:*?"<>|\p{Cc}]/gu;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const MAX_NAME_BYTES = 200;

/** Fills `{{field}}` placeholders of a name pattern from a row. */
export function fillNamePattern(pattern: string, fields: Readonly<Record<string, unknown>>): string {
  return pattern.replace(/\{\{\s*([^{}\s]+)\s*\}\}/gu, (_, key: string) => {
    const value = fields[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let result = '';
  for (const grapheme of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)) {
    if (encoder.encode(result + grapheme.segment).length > maxBytes) break;
    result += grapheme.segment;
  }
  return result;
}

/** Makes one file-name stem safe; returns `fallback` when nothing usable is left. */
export function sanitizeFileStem(raw: string, fallback: string): string {
  let stem = raw.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/gu, ' ').trim();
  stem = stem.replace(/^\.+/u, '').replace(/[. ]+$/u, '');
  if (stem === '' || /^_+$/u.test(stem)) stem = fallback;
  if (RESERVED_WINDOWS.test(stem)) stem = `_${stem}`;
  return truncateUtf8(stem, MAX_NAME_BYTES);
}

/** Hands out unique stems: the second `เมือง` becomes `เมือง-2`. Case-insensitive, as on macOS and Windows. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(stem: string): string {
    let candidate = stem;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
