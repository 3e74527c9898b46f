/**
 * render/docx — tree runs → `docx` TextRuns with both Latin and complex-script properties.
 * Every run names the font in all four slots (ascii, hAnsi, eastAsia, cs) and sets `sz` and
 * `szCs`; bold sets `b` and `bCs`, italic `i` and `iCs` (spec P9: Word keeps separate Latin and
 * complex-script property sets). Runs are split at Thai / non-Thai boundaries so that the
 * post-processing pass can put `<w:cs/>` on the Thai ones only.
 */
import { Tab, TextRun, UnderlineType, type IRunOptions } from 'docx';
import type { Run } from '../../compose/tree.js';
import { writtenHalfPoints, type DocxFace } from './font-face.js';
import { splitByScript } from './script-runs.js';

export interface RunStyle {
  readonly face: DocxFace;
  /** TH SarabunPSK points. */
  readonly sizePt: number;
  /** Hex colour without `#` for ordinary text. */
  readonly color: string;
  /** Hex colour for runs the tree marks red (stamps). */
  readonly red: string;
  /** Force bold (headings, stamps). */
  readonly bold?: boolean;
  readonly thaiProofingLanguage: boolean;
}

export function hexColor(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** All four font slots: Latin, high ANSI, East Asian and complex script. */
export function fontSlots(face: DocxFace): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: face.family, hAnsi: face.family, eastAsia: face.family, cs: face.family };
}

function textRun(text: string, thai: boolean, run: Run, style: RunStyle): TextRun {
  const size = writtenHalfPoints(style.face, style.sizePt);
  const bold = style.bold === true || run.bold === true;
  const italic = run.italic === true;
  // Typed first: TextRun also accepts a string, whose lib.dom methods `bold`/`italics` would
  // otherwise be the contextual type of these keys.
  const options: IRunOptions = {
    text,
    font: fontSlots(style.face),
    size,
    sizeComplexScript: size,
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    ...(italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(run.underline === true ? { underline: { type: UnderlineType.SINGLE } } : {}),
    color: run.color === 'red' ? style.red : style.color,
    ...(thai && style.thaiProofingLanguage ? { language: { bidirectional: 'th-TH' } } : {}),
  };
  return new TextRun(options);
}

/** One tree run → one TextRun per script segment. */
export function textRuns(runs: readonly Run[], style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    for (const segment of splitByScript(run.text)) out.push(textRun(segment.text, segment.thai, run, style));
  }
  return out;
}

/** A tab character carrying the same font and size, so the line height does not change. */
export function tabRun(style: RunStyle): TextRun {
  const size = writtenHalfPoints(style.face, style.sizePt);
  return new TextRun({
    children: [new Tab()],
    font: fontSlots(style.face),
    size,
    sizeComplexScript: size,
  });
}
