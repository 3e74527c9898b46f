/**
 * render/pdf — the small pieces of PDF syntax our content streams are written in: numbers
 * rounded to 1/10000 (positions exact to far below 0.01 pt, byte-stable, never exponent
 * form), UTF-16BE hex strings (ActualText, ToUnicode), glyph codes and colours.
 */

/** A PDF number with at most four decimals and no `-0`. */
export function pdfNumber(value: number): string {
  const scaled = Math.round(value * 10_000);
  if (scaled === 0 || !Number.isFinite(scaled)) return '0';
  // Most numbers are whole (font sizes, widths) or short: skip toFixed and the regex for those.
  if (scaled % 10_000 === 0) return String(scaled / 10_000);
  return (scaled / 10_000).toFixed(4).replace(/0+$/, '');
}

const HEX4: string[] = [];

/** Four upper-case hex digits of a 16-bit value. */
function hex4(unit: number): string {
  let hex = HEX4[unit];
  if (hex === undefined) {
    hex = unit.toString(16).toUpperCase().padStart(4, '0');
    HEX4[unit] = hex;
  }
  return hex;
}

/** `FEFF…` UTF-16BE hex digits of a string (without the angle brackets). */
export function utf16BeHex(text: string, withBom = true): string {
  let hex = withBom ? 'FEFF' : '';
  for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
  return hex;
}

/** A two-byte glyph code for Identity-H (CID = glyph id of the original face). */
export function glyphCode(id: number): string {
  return hex4(id & 0xffff);
}

/** `#RRGGBB` → `r g b` in 0–1 (black for anything unreadable). */
export function rgbComponents(color: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (match === null) return '0 0 0';
  return [match[1], match[2], match[3]].map((h) => pdfNumber(parseInt(h ?? '0', 16) / 255)).join(' ');
}
