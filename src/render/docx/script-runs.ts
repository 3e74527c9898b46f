/**
 * render/docx — split text at Thai / non-Thai boundaries.
 * Only runs that contain Thai may carry `<w:cs/>` (thai-docx-skill ADR 0039): English or
 * digits inside a cs run are proofed as Thai and squiggled. Whitespace, ASCII digits and ASCII
 * punctuation are neutral: they never make a run Thai, and they stay with the text before them,
 * so `ฉช ๐๐๑๗.๓/ว ๑๒๓` or a Thai phrase with spaces remains one run (no run boundary inside a
 * word, ADR 0004). Pure.
 */

export interface ScriptSegment {
  readonly text: string;
  readonly thai: boolean;
}

/** The Thai block, U+0E00–U+0E7F: letters, vowels, marks and Thai digits. */
export function isThaiChar(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return cp >= 0x0e00 && cp <= 0x0e7f;
}

export function containsThai(text: string): boolean {
  return /[\u0E00-\u0E7F]/u.test(text);
}

const NEUTRAL = /[\s\u0021-\u0040\u005B-\u0060\u007B-\u007E]/u;

export function splitByScript(text: string): ScriptSegment[] {
  const segments: { text: string; thai: boolean }[] = [];
  let leading = '';
  for (const char of text) {
    if (NEUTRAL.test(char)) {
      const last = segments.at(-1);
      if (last) last.text += char;
      else leading += char;
      continue;
    }
    const thai = isThaiChar(char);
    const last = segments.at(-1);
    if (last?.thai === thai) last.text += char;
    else {
      segments.push({ text: leading + char, thai });
      leading = '';
    }
  }
  if (leading !== '') segments.push({ text: leading, thai: false });
  return segments;
}
