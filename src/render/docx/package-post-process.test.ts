import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixCoreDates, markComplexScriptRuns, finishDocxPackage, renumberDrawingIds } from './package-post-process.js';

const run = (rPr: string, text: string): string => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('markComplexScriptRuns', () => {
  it('adds <w:cs/> to Thai runs only, after szCs and before w:lang (CT_RPr order)', () => {
    const xml = `<w:p>${run('<w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:bidi="th-TH"/></w:rPr>', 'น้ำ')}${run('<w:rPr><w:sz w:val="32"/></w:rPr>', 'OTOP')}</w:p>`;
    expect(markComplexScriptRuns(xml)).toBe(
      `<w:p>${run('<w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/><w:cs/><w:lang w:bidi="th-TH"/></w:rPr>', 'น้ำ')}${run('<w:rPr><w:sz w:val="32"/></w:rPr>', 'OTOP')}</w:p>`,
    );
  });

  it('creates run properties when a Thai run has none, leaves rPr-like tags and tab runs alone', () => {
    expect(markComplexScriptRuns('<w:r><w:t>ที่</w:t></w:r>')).toBe('<w:r><w:rPr><w:cs/></w:rPr><w:t>ที่</w:t></w:r>');
    const tab = '<w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:tab/></w:r>';
    expect(markComplexScriptRuns(tab)).toBe(tab);
    const once = markComplexScriptRuns(run('<w:rPr></w:rPr>', 'ก'));
    expect(markComplexScriptRuns(once)).toBe(once);
  });
});

describe('package clean-up', () => {
  it('fixes the core dates and renumbers drawing ids', () => {
    const core = '<dcterms:created xsi:type="dcterms:W3CDTF">2031-05-05T01:02:03.000Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2031-05-05T01:02:03.000Z</dcterms:modified>';
    expect(fixCoreDates(core, '2000-01-01T00:00:00Z')).not.toContain('2031');
    const next = { value: 1 };
    expect(renumberDrawingIds('<wp:docPr id="7" name="a"/><wp:docPr name="b" id="9"/>', next)).toBe('<wp:docPr id="1" name="a"/><wp:docPr name="b" id="2"/>');
  });

  it('rezips in a fixed order with fixed timestamps, whatever the input order and times', () => {
    const make = (order: string[], mtime: Date): Uint8Array =>
      zipSync(Object.fromEntries(order.map((name) => [name, [strToU8(name === 'word/document.xml' ? '<w:r><w:t>ก</w:t></w:r>' : name), { mtime }]])));
    const names = ['word/document.xml', '_rels/.rels', '[Content_Types].xml', 'docProps/core.xml'];
    const a = finishDocxPackage(unzipSync(make(names, new Date(2020, 1, 1))), '2000-01-01T00:00:00Z');
    const b = finishDocxPackage(unzipSync(make([...names].reverse(), new Date(2024, 5, 6))), '2000-01-01T00:00:00Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const entries = unzipSync(a);
    expect(Object.keys(entries)).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml']);
    expect(strFromU8(entries['word/document.xml']!)).toContain('<w:cs/>');
  });
});
