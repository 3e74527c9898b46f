/**
 * render/docx — formatted runs → `docx` runs with both Latin and complex-script properties.
 * Every run names the font in all four slots (ascii, hAnsi, eastAsia, cs) and sets `sz` and
 * `szCs`; bold sets `b` and `bCs`, italic `i` and `iCs` (spec P9: Word keeps separate Latin and
 * complex-script property sets). Text is split at Thai / non-Thai boundaries so that the
 * post-processing pass can put `<w:cs/>` on the Thai runs only.
 */
import { PageNumber, Tab, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineRun, TextRun as FormattedTextRun } from '../../format/formatted-document.js';
import { splitByScript } from './script-runs.js';

/** How the DOCX writes sizes and fonts: the face named, and its size factor against TH SarabunPSK. */
export interface DocxFace {
  readonly family: string;
  /** Written size = TH SarabunPSK size × sizeFactor, in half-points. */
  readonly sizeFactor: number;
  readonly thaiProofingLanguage: boolean;
}

export function hexColor(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** All four font slots: Latin, high ANSI, East Asian and complex script. */
export function fontSlots(face: DocxFace): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: face.family, hAnsi: face.family, eastAsia: face.family, cs: face.family };
}

/** The `w:sz` / `w:szCs` value for a TH SarabunPSK size in this face. */
export function halfPoints(face: DocxFace, size: number): number {
  return Math.max(2, Math.round(size * face.sizeFactor * 2));
}

function textRun(text: string, thai: boolean, run: FormattedTextRun, face: DocxFace): TextRun {
  const size = halfPoints(face, run.size);
  // Typed first: TextRun also accepts a string, whose lib.dom methods `bold`/`italics` would
  // otherwise be the contextual type of these keys.
  const options: IRunOptions = {
    text,
    font: fontSlots(face),
    size,
    sizeComplexScript: size,
    ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(run.italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    color: hexColor(run.color),
    ...(thai && face.thaiProofingLanguage ? { language: { bidirectional: 'th-TH' } } : {}),
  };
  return new TextRun(options);
}

/** One formatted run → `docx` children: a text run per script segment, a tab, a break, a PAGE field. */
export function inlineRuns(runs: readonly InlineRun[], face: DocxFace): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        for (const segment of splitByScript(run.text)) out.push(textRun(segment.text, segment.thai, run, face));
        break;
      case 'tab': {
        // The tab carries the text's font and size, so the line height does not change.
        const size = halfPoints(face, run.size);
        out.push(new TextRun({ children: [new Tab()], font: fontSlots(face), size, sizeComplexScript: size }));
        break;
      }
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'pageNumber': {
        // A plain PAGE field: the section's page-number format (w:pgNumType w:fmt="thaiNumbers")
        // makes Word show Thai digits. LibreOffice 7.4 ignores thaiNumbers (shows 2) and maps the
        // field switch `\* ThaiArabic` to Thai letters (ข), so the switch would be wrong there.
        const size = halfPoints(face, run.size);
        out.push(new TextRun({ children: [PageNumber.CURRENT], font: fontSlots(face), size, sizeComplexScript: size, color: hexColor(run.color) }));
        break;
      }
    }
  }
  return out;
}
