/**
 * render/docx — formatted inline runs → `w:r` elements with both Latin and complex-script
 * properties (spec P9: Word keeps separate sets). Every run names the face in all four font
 * slots and sets `sz` and `szCs`; bold sets `b` and `bCs`, italic `i` and `iCs`. Text is split
 * at Thai / non-Thai boundaries and only the Thai runs carry `<w:cs/>` (and, when asked, the
 * Thai proofing language): English or digits in a cs run are proofed as Thai and squiggled
 * (thai-docx-skill ADR 0039). Children of `w:rPr` follow CT_RPr order, which Word enforces.
 */
import type { InlineRun, TextRun } from '../../format/formatted-document.js';
import { splitByScript } from './script-runs.js';
import { xmlAttr, xmlText } from './xml-text.js';

/** How the DOCX writes sizes and fonts: the face named, and its size factor against TH SarabunPSK. */
export interface DocxFace {
  readonly family: string;
  /** Written size = TH SarabunPSK size × sizeFactor, in half-points. */
  readonly sizeFactor: number;
  readonly thaiProofingLanguage: boolean;
  /** `w:rFonts` naming the face in the Latin, high-ANSI, East Asian and complex-script slots. */
  readonly rFonts: string;
}

export function docxFace(family: string, sizeFactor: number, thaiProofingLanguage: boolean): DocxFace {
  const name = xmlAttr(family);
  return { family, sizeFactor, thaiProofingLanguage, rFonts: `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>` };
}

export function hexColor(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** The `w:sz` / `w:szCs` value for a TH SarabunPSK size in this face. */
export function halfPoints(face: DocxFace, size: number): number {
  return Math.max(2, Math.round(size * face.sizeFactor * 2));
}

function sizeXml(face: DocxFace, size: number): string {
  const half = halfPoints(face, size);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
}

/** Run properties of a text run; `thai` adds `w:cs` (and the proofing language when asked). */
function textRunProperties(run: TextRun, thai: boolean, face: DocxFace): string {
  return (
    '<w:rPr>' +
    face.rFonts +
    (run.bold ? '<w:b/><w:bCs/>' : '') +
    (run.italic ? '<w:i/><w:iCs/>' : '') +
    `<w:color w:val="${hexColor(run.color)}"/>` +
    sizeXml(face, run.size) +
    (run.underline ? '<w:u w:val="single"/>' : '') +
    (thai ? '<w:cs/>' : '') +
    (thai && face.thaiProofingLanguage ? '<w:lang w:bidi="th-TH"/>' : '') +
    '</w:rPr>'
  );
}

/** The five runs of a PAGE field, each with the page number's font, size and colour. */
function pageFieldXml(rPr: string): string {
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve">PAGE</w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** Formatted runs → `w:r` elements: a run per script segment of text, a tab, a break, a PAGE field. */
export function runsXml(runs: readonly InlineRun[], face: DocxFace): string {
  let xml = '';
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        for (const segment of splitByScript(run.text)) {
          xml += `<w:r>${textRunProperties(run, segment.thai, face)}<w:t xml:space="preserve">${xmlText(segment.text)}</w:t></w:r>`;
        }
        break;
      case 'tab':
        // The tab carries the text's font and size, so the line height does not change.
        xml += `<w:r><w:rPr>${face.rFonts}${sizeXml(face, run.size)}</w:rPr><w:tab/></w:r>`;
        break;
      case 'break':
        xml += '<w:r><w:br/></w:r>';
        break;
      case 'pageNumber':
        // A plain PAGE field: the section's page-number format (w:pgNumType w:fmt="thaiNumbers")
        // makes Word show Thai digits. LibreOffice 7.4 ignores thaiNumbers (shows 2) and maps the
        // field switch `\* ThaiArabic` to Thai letters (ข), so the switch would be wrong there.
        xml += pageFieldXml(`<w:rPr>${face.rFonts}<w:color w:val="${hexColor(run.color)}"/>${sizeXml(face, run.size)}</w:rPr>`);
        break;
    }
  }
  return xml;
}
