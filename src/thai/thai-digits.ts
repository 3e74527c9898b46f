/**
 * thai — conversion between Arabic (0–9) and Thai (๐–๙) digits (leaf module).
 * toThaiDigits leaves URLs, e-mail addresses, bare domain names and caller-supplied
 * spans untouched, because a link or address with Thai digits no longer works;
 * every other digit converts, including inside mixed tokens (COVID-19 → COVID-๑๙).
 */

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

export interface ToThaiDigitsOptions {
  /** Extra spans to leave untouched (the `g` flag is added if missing). */
  readonly preserve?: readonly RegExp[];
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()[\]{}"'“”]+/gi;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// A bare domain must end in a known top-level domain so that "3.Items" or "1.5kg" are not domains.
const BARE_DOMAIN_PATTERN =
  /(?<![\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:com|net|org|info|biz|gov|edu|int|mil|io|co|me|app|dev|ai|asia|th|uk|us|jp|cn|de|fr|au|sg|my|la|vn|kh|mm)(?![\w-])(?:\/[^\s<>()[\]{}"'“”]*)?/gi;

function withGlobalFlag(pattern: RegExp): RegExp {
  return pattern.flags.includes('g') ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, `${pattern.flags}g`);
}

/** Character ranges [start, end) that toThaiDigits must not change. */
export function protectedSpans(text: string, preserve: readonly RegExp[] = []): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [URL_PATTERN, EMAIL_PATTERN, BARE_DOMAIN_PATTERN, ...preserve]) {
    const re = withGlobalFlag(pattern);
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function toThaiDigits(text: string, options: ToThaiDigitsOptions = {}): string {
  if (!/[0-9]/.test(text)) return text;
  const spans = protectedSpans(text, options.preserve);
  let out = '';
  let spanIndex = 0;
  for (let i = 0; i < text.length; i++) {
    while (spanIndex < spans.length && (spans[spanIndex]?.[1] ?? 0) <= i) spanIndex++;
    const span = spans[spanIndex];
    const inside = span !== undefined && span[0] <= i && i < span[1];
    const code = text.charCodeAt(i);
    if (!inside && code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) {
      out += String.fromCharCode(THAI_ZERO + code - ARABIC_ZERO);
    } else {
      out += text.charAt(i);
    }
  }
  return out;
}

/** Every Thai digit ๐–๙ becomes 0–9; nothing is preserved. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}

/** Converts every Arabic digit, with no URL protection: for text the kit itself produced. */
export function allToThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}
