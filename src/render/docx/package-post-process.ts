/**
 * render/docx — the last pass over the package the `docx` library wrote.
 * Input: the package's files by path; output: the .docx bytes, with `<w:cs/>` on every run
 * whose text contains Thai (and on no other run), fixed core-property dates, fixed drawing ids and font
 * keys, embedded fonts' real signatures, and a zip with entries in a fixed order and fixed
 * timestamps, so identical input gives identical bytes.
 */
import { strFromU8, strToU8, type Unzipped } from 'fflate';
import { fixFontKeys, fixFontSignatures, type FontSignature } from './embedded-fonts.js';
import { containsThai } from './script-runs.js';
import { zipPackage } from './zip-package.js';

/**
 * Elements that follow `w:cs` inside `w:rPr` (CT_RPr order: … rtl, cs, em, lang,
 * eastAsianLayout, specVanish, oMath). Word rejects a run whose properties are out of order.
 */
const AFTER_CS = ['<w:em ', '<w:em>', '<w:em/>', '<w:lang ', '<w:eastAsianLayout', '<w:specVanish', '<w:oMath'];

const RUN = /<w:r>([\s\S]*?)<\/w:r>|<w:r (?![^>]*\/>)[^>]*>([\s\S]*?)<\/w:r>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

function runText(runXml: string): string {
  let text = '';
  for (const match of runXml.matchAll(TEXT)) text += match[1] ?? '';
  return text;
}

function withCs(rPr: string): string {
  if (rPr.includes('<w:cs/>')) return rPr;
  let insertAt = rPr.lastIndexOf('</w:rPr>');
  for (const marker of AFTER_CS) {
    const at = rPr.indexOf(marker);
    if (at !== -1 && at < insertAt) insertAt = at;
  }
  return `${rPr.slice(0, insertAt)}<w:cs/>${rPr.slice(insertAt)}`;
}

/**
 * The `docx` package has no option for the `<w:cs/>` run element, which Word needs to treat
 * a run as complex script for proofing and Thai line breaking (MS-OE376 §2.1.90; measured by
 * thai-docx-skill ADR 0004 and ichita). Add it to Thai runs only.
 */
export function markComplexScriptRuns(partXml: string): string {
  return partXml.replace(RUN, (whole: string) => {
    if (!containsThai(runText(whole))) return whole;
    const rPrStart = whole.indexOf('<w:rPr>');
    if (rPrStart === -1) {
      const open = whole.indexOf('>') + 1;
      return `${whole.slice(0, open)}<w:rPr><w:cs/></w:rPr>${whole.slice(open)}`;
    }
    const rPrEnd = whole.indexOf('</w:rPr>', rPrStart) + '</w:rPr>'.length;
    return whole.slice(0, rPrStart) + withCs(whole.slice(rPrStart, rPrEnd)) + whole.slice(rPrEnd);
  });
}

/** Replace the creation and modification dates the `docx` package takes from the clock. */
export function fixCoreDates(coreXml: string, isoDate: string): string {
  return coreXml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${isoDate}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${isoDate}$2`);
}

/**
 * The `docx` package numbers drawings (`wp:docPr id`) from a process-wide counter, so the
 * second render of the same tree gets other ids. Renumber from 1 in package order.
 */
export function renumberDrawingIds(partXml: string, next: { value: number }): string {
  return partXml.replace(/(<wp:docPr\b[^>]*?\bid=")\d+(")/g, (_whole, open: string, close: string) => `${open}${next.value++}${close}`);
}

/** Parts whose runs are checked for Thai. */
function isStoryPart(name: string): boolean {
  return /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name);
}

/** [Content_Types].xml first, as some readers expect, then the package rels, then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}


/** The package's files (as docx wrote them) finished and zipped: the bytes of the .docx. */
export function finishDocxPackage(entries: Unzipped, isoDate: string, fontSignatures: ReadonlyMap<string, FontSignature> = new Map()): Uint8Array {
  fixFontKeys(entries, strFromU8, strToU8);
  const out: [string, Uint8Array][] = [];
  const drawingId = { value: 1 };
  for (const name of Object.keys(entries).sort(entryOrder)) {
    const data = entries[name];
    if (data === undefined) continue;
    let content = data;
    if (isStoryPart(name)) content = strToU8(renumberDrawingIds(markComplexScriptRuns(strFromU8(data)), drawingId));
    else if (name === 'docProps/core.xml') content = strToU8(fixCoreDates(strFromU8(data), isoDate));
    else if (name === 'word/fontTable.xml' && fontSignatures.size > 0) content = strToU8(fixFontSignatures(strFromU8(data), fontSignatures));
    out.push([name, content]);
  }
  return zipPackage(out);
}
