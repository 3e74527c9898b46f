/**
 * Property: any text the payload schemas accept comes back unchanged after Handlebars (with
 * its escaping) and the markup parser, wherever a template puts it: paragraph text, formatted
 * spans, list items, attributes, table cells, enclosure titles, and a real program template.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyBlock, TextSpan } from '../../src/model/circular-types.js';
import { parseMarkup } from '../../src/programs/markup.js';
import { lineText } from '../../src/programs/payload-kit.js';
import { createTemplateEnv, memoryTemplateSource, renderProgramBody } from '../../src/programs/index.js';
import { loadExample } from './program-examples.js';

const SPECIALS = ['<', '>', '&', '"', "'", '`', '=', '{{', '}}', '{{{x}}}', '&amp;', '&lt;', '<b>', '</p>', '<lit>', 'ก', 'ำ', '๑', ' ', '  ', '\u00a0', '\u200b', '\u2028', '/'];

/** Strings the payload schemas accept (one line, no control characters, no outer spaces), rich in markup characters. */
const acceptedText = fc
  .string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'ข', '1')), minLength: 1, maxLength: 40 })
  .filter((s) => lineText.safeParse(s).success);

const env = createTemplateEnv(
  memoryTemplateSource({
    'p.hbs': '<p>\n  ก {{value}} ข\n</p>',
    'b.hbs': '<p>ก <b>{{value}}</b><lit>{{value}}</lit></p>',
    'li.hbs': '<ol>\n  <li n="{{value}}">{{value}}</li>\n</ol>',
    'td.hbs': '<table>\n  <col/>\n  <tr><td>{{value}}</td></tr>\n</table>',
    'title.hbs': '<enclosure>\n  <title>{{value}}</title>\n  <p>x</p>\n</enclosure>',
  }),
);

function parsed(template: string, value: string) {
  const rendered = env.render(template, { value });
  if (!rendered.ok) throw new Error(rendered.diagnostics[0]?.message);
  const result = parseMarkup(rendered.value, template);
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  return result.value;
}

const textOf = (spans: readonly TextSpan[]) => spans.map((s) => s.text).join('');

function firstBlock(blocks: readonly BodyBlock[]): BodyBlock {
  const [block] = blocks;
  if (block === undefined) throw new Error('no block');
  return block;
}

describe('payload text round-trips through template and markup parser', () => {
  it('in paragraph text, across template line breaks', () => {
    fc.assert(
      fc.property(acceptedText, (value) => {
        const block = firstBlock(parsed('p.hbs', value).blocks);
        expect(block.type === 'paragraph' && textOf(block.spans)).toBe(`ก ${value} ข`);
      }),
    );
  });

  it('in bold and literal spans, which keep their marks', () => {
    fc.assert(
      fc.property(acceptedText, (value) => {
        const block = firstBlock(parsed('b.hbs', value).blocks);
        if (block.type !== 'paragraph') throw new Error('not a paragraph');
        expect(block.spans.filter((s) => s.bold).map((s) => s.text).join('')).toBe(value);
        expect(block.spans.filter((s) => s.literal).map((s) => s.text).join('')).toBe(value);
      }),
    );
  });

  it('in list items and their marker attribute, table cells and enclosure titles', () => {
    fc.assert(
      fc.property(acceptedText, (value) => {
        const list = firstBlock(parsed('li.hbs', value).blocks);
        expect(list.type === 'list' && list.items[0]?.marker).toBe(value);
        expect(list.type === 'list' && textOf(list.items[0]?.spans ?? [])).toBe(value);
        const table = firstBlock(parsed('td.hbs', value).blocks);
        expect(table.type === 'table' && textOf(table.rows[0]?.cells[0]?.spans ?? [])).toBe(value);
        expect(parsed('title.hbs', value).enclosures[0]?.title).toEqual([value]);
      }),
    );
  });

  it('in a real program: a meeting agenda item and the KBO reply channel', () => {
    const meeting = loadExample('meeting').payload;
    const kbo = loadExample('kbo').payload;
    fc.assert(
      fc.property(acceptedText, (value) => {
        const m = renderProgramBody('meeting', { ...meeting, agenda: [value] });
        const list = m.value?.body.find((b) => b.type === 'list');
        expect(list?.type === 'list' && textOf(list.items[0]?.spans ?? [])).toBe(value);
        const k = renderProgramBody('kbo', { ...kbo, reply: { ...(kbo['reply'] as object), channel: value } });
        const item = k.value?.body.find((b) => b.type === 'list');
        expect(item?.type === 'list' && textOf(item.items[0]?.spans ?? []).endsWith(`ทาง${value}`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
