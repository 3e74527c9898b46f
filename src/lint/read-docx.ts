/**
 * lint — the paragraphs of a DOCX, read from word/document.xml (unzipped with fflate): each <w:p> is one line,
 * its <w:t> texts joined, <w:tab/> a space (a tab splits the ที่ line from the office name), <w:br/> a line break inside the paragraph (kept as separate lines);
 * an explicit page break (<w:br w:type="page"/>, <w:pageBreakBefore/>, a section break) starts a new page.
 * Table cells come as their own paragraphs. Never throws: a file that is not a DOCX gives `undefined`.
 */
import { strFromU8, unzipSync } from 'fflate';
import { cleanLineText, type SourceLine } from './source-lines.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/gu, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** document.xml of a DOCX, or undefined when the bytes are not a ZIP holding one. */
export function docxDocumentXml(bytes: Uint8Array): string | undefined {
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
    const xml = files['word/document.xml'];
    return xml === undefined ? undefined : strFromU8(xml);
  } catch {
    return undefined;
  }
}

const TOKEN = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>|<w:p [^>]*\/>/gu;
const INSIDE = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\b[^>]*\/>|<w:pageBreakBefore(?:\s[^>]*)?\/>|<w:sectPr\b/gu;

/** The lines of a DOCX's body; undefined when it is not a DOCX. */
export function readDocxLines(bytes: Uint8Array): SourceLine[] | undefined {
  const xml = docxDocumentXml(bytes);
  if (xml === undefined) return undefined;
  const body = /<w:body>([\s\S]*)<\/w:body>/u.exec(xml)?.[1] ?? xml;
  const lines: SourceLine[] = [];
  let page = 1;
  let line = 0;
  const push = (text: string): void => {
    line += 1;
    // The ที่ line and the office name share a paragraph, a tab apart: two parts, two lines.
    const parts = /^\s*(?:ที่|ฉบับที่)\s/u.test(text) ? text.split(/\t+/u) : [text];
    for (const part of parts) {
      const cleaned = cleanLineText(part);
      if (cleaned !== '') lines.push({ text: cleaned, page, line });
    }
  };
  for (const paragraph of body.match(TOKEN) ?? []) {
    let current = '';
    let breakAfter = false;
    for (const m of paragraph.matchAll(INSIDE)) {
      const tag = m[0];
      if (m[1] !== undefined) current += decodeXml(m[1]);
      else if (tag === '<w:tab/>') current += '\t';
      else if (tag.startsWith('<w:pageBreakBefore')) {
        if (current === '' && line > 0) {
          page += 1;
          line = 0;
        }
      } else if (tag.startsWith('<w:sectPr')) breakAfter = true;
      else if (tag.includes('w:type="page"')) {
        push(current);
        current = '';
        page += 1;
        line = 0;
      } else {
        push(current);
        current = '';
      }
    }
    push(current);
    if (breakAfter) {
      page += 1;
      line = 0;
    }
  }
  return lines;
}
