/**
 * lint — the lines of a received letter as read from its file, with where each lies (page and line of the
 * file), before any part is recognised. Plain text is read here; DOCX and PDF have their own readers.
 * Text is normalised the way extracted text needs: NFC, ำ recomposed from ํ + า (PDF text layers split it),
 * no-break and zero-width spaces made plain, runs of spaces collapsed.
 */

/** One line of the file: a paragraph of a DOCX or a text file, a printed line of a PDF. */
export interface SourceLine {
  readonly text: string;
  /** 1-based page of the file (a text file's form feed or a DOCX page break starts a new page). */
  readonly page: number;
  /** 1-based line on that page (for a DOCX, the paragraph number on that page). */
  readonly line: number;
  /** PDF only: the left edge in points from the page's text margin, which tells indents and centred blocks. */
  readonly indent?: number;
  /** PDF only: where each text item of the line starts, from the margin (the content after a label, list markers). */
  readonly stops?: readonly number[];
}

/** Where a part of the letter was read: page and line of the file. */
export interface SourceLocation {
  readonly page: number;
  readonly line: number;
}

/** Clean extracted text for reading: NFC, ำ recomposed, odd spaces made plain and collapsed, trimmed. */
export function cleanLineText(text: string): string {
  return text
    .replace(/\u0E4D\u0E32/gu, '\u0E33')
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/gu, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/gu, '')
    .replace(/[ \t]+/gu, ' ')
    .trim();
}

/**
 * The non-empty lines of a plain-text letter; a form feed starts a new page. Markdown headings' `#` marks
 * (as in transcriptions) are dropped.
 * @example readTextLines('ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓\n\nเรื่อง ทดสอบ')[1] // { text: 'เรื่อง ทดสอบ', page: 1, line: 3 }
 */
export function readTextLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split('\f').forEach((pageText, pageIndex) => {
    pageText.split(/\r\n|\r|\n/u).forEach((raw, lineIndex) => {
      const cleaned = cleanLineText(raw.replace(/^\s*#+\s+/u, ''));
      if (cleaned !== '') lines.push({ text: cleaned, page: pageIndex + 1, line: lineIndex + 1 });
    });
  });
  return lines;
}
