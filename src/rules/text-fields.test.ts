/**
 * test — textFields walks every piece of text of a circular with its input path.
 * Oracle: the exact list of paths of a hand-built circular holding every kind of block.
 */
import { describe, expect, it } from 'vitest';
import type { ExternalCircular } from '../model/circular-types.js';
import { cleanLetter, cleanMemo } from '../../test/rules/clean-letter.js';
import { letterTexts, pathAt, textFields } from './text-fields.js';

function withEverything(): ExternalCircular {
  const letter = cleanLetter();
  return {
    ...letter,
    attachments: [{ title: 'แบบรายงาน', sentBy: 'ทางไปรษณีย์อิเล็กทรอนิกส์' }],
    body: [
      { type: 'paragraph', spans: [{ text: 'ก่อน ' }, { text: 'ตัวหนา', bold: true }, { text: ' หลัง' }] },
      { type: 'list', items: [{ spans: [{ text: 'ข้อ ๑' }], items: [{ spans: [{ text: 'ข้อ ๑.๑' }] }] }] },
      {
        type: 'table',
        caption: 'ตาราง',
        columns: [{ header: 'หัว', align: 'left', width: 1 }],
        headerRows: [{ cells: [{ spans: [{ text: 'หัวตาราง' }] }] }],
        rows: [{ cells: [{ spans: [{ text: 'ช่อง' }] }] }],
      },
    ],
    copiesTo: ['สำเนาส่ง'],
    enclosures: [{ title: ['เอกสารแนบ'], blocks: [{ type: 'paragraph', spans: [{ text: 'ในเอกสารแนบ' }] }] }],
  };
}

describe('textFields', () => {
  it('yields every piece of text with its path into the input', () => {
    const paths = [...textFields(withEverything())].map((p) => `${p.source}:${p.path.join('.')}`);
    expect(paths).toEqual([
      'office:office.name',
      'office:office.addressLines.0',
      'subject:subject',
      'addressee:addressee.text',
      'reference:references.0.issuer',
      'attachment:attachments.0.title',
      'attachment:attachments.0.sentBy',
      'body:body.0',
      'body:body.1.items.0',
      'body:body.1.items.0.items.0',
      'body:body.2.caption',
      'body:body.2.columns.0.header',
      'body:body.2.headerRows.0.cells.0',
      'body:body.2.rows.0.cells.0',
      'signer:signer.position',
      'signer:signer.chain.0.position',
      'ownerUnit:ownerUnit.lines.0',
      'ownerUnit:ownerUnit.lines.1',
      'copiesTo:copiesTo.0',
      'footer:footerLines.0',
      'enclosure:enclosures.0.title.0',
      'enclosure:enclosures.0.blocks.0',
    ]);
  });

  it('joins the spans of a paragraph and maps offsets back to the span holding them', () => {
    const piece = [...textFields(withEverything())].find((p) => p.path.join('.') === 'body.0');
    expect(piece?.text).toBe('ก่อน ตัวหนา หลัง');
    if (piece === undefined) throw new Error('no paragraph');
    expect(pathAt(piece, 0)).toEqual(['body', 0, 'spans', 0, 'text']);
    expect(pathAt(piece, piece.text.indexOf('ตัวหนา'))).toEqual(['body', 0, 'spans', 1, 'text']);
    expect(pathAt(piece, piece.text.indexOf('หลัง'))).toEqual(['body', 0, 'spans', 2, 'text']);
  });

  it('gives a memo its unit name and no address, owner unit, copies or footer', () => {
    const memo = { ...cleanMemo(), body: [{ type: 'paragraph' as const, spans: [{ text: 'ข้อความ' }] }] };
    const paths = [...textFields(memo)].map((p) => `${p.source}:${p.path.join('.')}`);
    expect(paths).toEqual([
      'office:office.name',
      'subject:subject',
      'addressee:addressee.text',
      'reference:references.0.issuer',
      'attachment:attachments.0.title',
      'attachment:attachments.1.title',
      'body:body.0',
      'signer:signer.position',
    ]);
  });

  it('letterTexts keeps only the subject and the body', () => {
    const sources = new Set(letterTexts([...textFields(withEverything())]).map((p) => p.source));
    expect([...sources]).toEqual(['subject', 'body']);
  });
});
