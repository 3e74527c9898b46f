/**
 * The DOCX package's files come from docx's compiler directly, without the zip round trip; the
 * route through Packer's zip must give the very same .docx, image and embedded font included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CharacterSet, Document, ImageRun, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { hasDirectCompile, packageFiles } from '../../src/render/docx/package-parts.js';
import { finishDocxPackage } from '../../src/render/docx/package-post-process.js';
import { testEmblemPng } from '../helpers/test-emblem.js';

const SARABUN = readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'));

function letter(): Document {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new ImageRun({ type: 'png', data: testEmblemPng(), transformation: { width: 40, height: 44 } })] }),
          new Paragraph({ children: [new TextRun({ text: 'เรียน นายอำเภอ Knowledge-Based OTOP ๒๕๖๖', font: 'Sarabun' })] }),
        ],
      },
    ],
    fonts: [{ name: 'Sarabun', data: SARABUN, characterSet: CharacterSet.THAI }],
  });
}

describe('package files', () => {
  it('come from the docx compiler of the installed docx release', () => {
    expect(hasDirectCompile()).toBe(true);
  });

  it('give the same .docx directly as through Packer’s zip', async () => {
    const direct = finishDocxPackage(await packageFiles(letter(), 'direct'), '2000-01-01T00:00:00Z');
    const zipped = finishDocxPackage(await packageFiles(letter(), 'zip'), '2000-01-01T00:00:00Z');
    expect(Buffer.from(direct).equals(Buffer.from(zipped))).toBe(true);
    const files = await packageFiles(letter());
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', 'word/fonts/font1.odttf', '[Content_Types].xml']));
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});
