/**
 * render/pdf — the ToUnicode CMap of a Type0 font: glyph code (the original glyph id) →
 * UTF-16BE text, in bfchar blocks of at most 100 entries (PDF 32000 §9.10.3), sorted by code
 * so the same glyph set always gives the same bytes.
 */
import { glyphCode, utf16BeHex } from './pdf-syntax.js';

export function toUnicodeCMap(map: ReadonlyMap<number, string>): string {
  const entries = [...map.entries()].filter(([, text]) => text !== '').sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    lines.push(`${String(block.length)} beginbfchar`);
    for (const [id, text] of block) lines.push(`<${glyphCode(id)}> <${utf16BeHex(text, false)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}
