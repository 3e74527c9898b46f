/**
 * Unit tests of the Handlebars environment: strict-mode diagnostics (missing field, unknown
 * helper, syntax, helper input), escaping, prototype access, caching, and each helper's output.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkup } from './markup.js';
import { createTemplateEnv } from './template-env.js';
import { memoryTemplateSource } from './memory-template-source.js';
import { compileTemplate } from './template-compiler.js';
import type { TemplateSource } from './template-source.js';

function envWith(files: Record<string, string>) {
  return createTemplateEnv(memoryTemplateSource(files));
}

function render(template: string, data: unknown) {
  return envWith({ 't/body.hbs': template }).render('t/body.hbs', data);
}

function text(template: string, data: unknown): string {
  const result = render(template, data);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.value;
}

describe('template environment: strictness', () => {
  it('reports a missing field as template_missing_field naming the template file and the full field path', () => {
    const result = render('<p>ข้อ\n{{briefing.date}}</p>', { briefing: {} });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d?.code).toBe('template_missing_field');
    expect(d?.stage).toBe('programs');
    expect(d?.message).toContain('templates/t/body.hbs');
    expect(d?.message).toContain('"briefing.date"');
    expect(d?.message).toContain('line 2');
    expect(d?.messageTh).toContain('briefing.date');
  });

  it('reports a missing helper argument as template_missing_field naming the argument', () => {
    const result = render('<p>{{thaiDate meeting.date style="full"}}</p>', { meeting: { venue: 'x' } });
    expect(result.diagnostics[0]?.code).toBe('template_missing_field');
    expect(result.diagnostics[0]?.message).toContain('"meeting.date"');
    expect(result.diagnostics[0]?.message).toContain('thaiDate');
  });

  it('reports an unregistered helper as unknown_helper', () => {
    const result = render('<p>{{shout name}}</p>', { name: 'x' });
    expect(result.diagnostics[0]?.code).toBe('unknown_helper');
    expect(result.diagnostics[0]?.message).toContain('"shout"');
    expect(result.diagnostics[0]?.message).toContain('templates/t/body.hbs');
  });

  it('reports a syntax error and a missing template as diagnostics, not exceptions', () => {
    expect(render('<p>{{#each xs}}</p>', { xs: [] }).diagnostics[0]?.code).toBe('template_syntax_error');
    expect(envWith({}).render('nope/body.hbs', {}).diagnostics[0]?.code).toBe('template_not_found');
  });

  it('reports an unusable helper argument as template_helper_error', () => {
    const result = render('<p>{{thaiDate d}}</p>', { d: '2023-02-30' });
    expect(result.diagnostics[0]?.code).toBe('template_helper_error');
    expect(result.diagnostics[0]?.message).toContain('2023-02-30');
  });

  it('keeps data containing markup or Handlebars syntax as literal text', () => {
    const data = { x: '<b>ตัวหนา</b> {{secret}} &amp; </p><p>' };
    const output = text('<p>ก {{x}}</p>', data);
    expect(output).not.toContain('<b>');
    const parsed = parseMarkup(output, 't');
    expect(parsed.ok && parsed.value.blocks).toEqual([{ type: 'paragraph', spans: [{ text: `ก ${data.x}` }] }]);
  });

  it('never throws: a field looked up on text is template_data_error', () => {
    const result = render('<p>{{x.length}}</p>', { x: 'abc' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('template_data_error');
    expect(result.diagnostics[0]?.message).toContain('templates/t/body.hbs');
  });

  it('never throws: the internal hooks helperMissing and blockHelperMissing are unknown helpers', () => {
    for (const template of ['<p>{{blockHelperMissing x}}</p>', '<p>{{helperMissing x}}</p>', '<p>{{#blockHelperMissing x}}y{{/blockHelperMissing}}</p>']) {
      const result = render(template, { x: 'abc' });
      expect(result.diagnostics.map((d) => d.code), template).toEqual(['unknown_helper']);
    }
  });

  it('rejects {{log}} as an unknown helper: templates cannot write to the console', () => {
    expect(render('<p>{{log x}}</p>', { x: 'abc' }).diagnostics[0]?.code).toBe('unknown_helper');
    expect(render('<p>{{#if x}}{{log "y" level="error"}}{{/if}}</p>', { x: 1 }).diagnostics[0]?.code).toBe('unknown_helper');
  });

  it('does not expose prototype properties', () => {
    const result = render('<p>{{x.constructor.name}}</p>', { x: {} });
    expect(result.ok ? result.value : '').not.toContain('Object');
  });

  it('compiles each template once and caches it', () => {
    let reads = 0;
    const source: TemplateSource = {
      read: () => {
        reads += 1;
        return '<p>{{x}}</p>';
      },
      displayName: (name) => `templates/${name}`,
      compile: compileTemplate,
    };
    const env = createTemplateEnv(source);
    env.render('a.hbs', { x: 1 });
    env.render('a.hbs', { x: 2 });
    expect(reads).toBe(1);
  });
});

describe('template helpers', () => {
  const cases: [string, unknown, string][] = [
    ['{{thaiDate d}}', { d: '2020-03-23' }, '๒๓ มีนาคม ๒๕๖๓'],
    ['{{thaiDate d style="abbr"}}', { d: '2020-03-23' }, '๒๓ มี.ค. ๖๓'],
    ['{{thaiDate d era=true}}', { d: '2005-09-23' }, '๒๓ กันยายน พ.ศ. ๒๕๔๘'],
    ['{{thaiDate d digits="arabic"}}', { d: '2020-03-23' }, '23 มีนาคม 2563'],
    ['วัน{{thaiWeekday d}}ที่', { d: { year: 2020, month: 3, day: 23 } }, 'วันจันทร์ที่'],
    ['{{thaiDateRange a b}}', { a: '2020-10-16', b: '2020-12-31' }, '๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓'],
    ['{{thaiDateRange a b}}', { a: '2020-12-16', b: '2021-01-15' }, '๑๖ ธันวาคม ๒๕๖๓ - ๑๕ มกราคม ๒๕๖๔'],
    ['{{thaiTime t}}', { t: '09:30' }, '๐๙.๓๐ น.'],
    ['{{thaiTimeRange a b}}', { a: '09:30', b: '12:00' }, '๐๙.๓๐ - ๑๒.๐๐ น.'],
    ['{{thaiTimeRange a b dash="–"}}', { a: '08:00', b: '08:30' }, '๐๘.๐๐ – ๐๘.๓๐ น.'],
    ['{{thaiDigits x}}', { x: '597 212 7609' }, '๕๙๗ ๒๑๒ ๗๖๐๙'],
    ['{{thaiNumber n}}', { n: 15000 }, '๑๕,๐๐๐'],
    ['{{thaiNumber n digits="arabic"}}', { n: 76000 }, '76,000'],
    ['{{baht n}}', { n: 4477560000 }, '๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน)'],
    ['{{baht n}}', { n: 1234.56 }, '๑,๒๓๔.๕๖ บาท (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบหกสตางค์)'],
    ['{{fiscalYearOf d}}', { d: '2020-10-16' }, '๒๕๖๔'],
    ['{{#each xs}}{{ordinal @index}} {{/each}}', { xs: [1, 2] }, '๑. ๒. '],
    ['{{#each xs}}{{#each this}}{{ordinal @../index @index}} {{/each}}{{/each}}', { xs: [[1], [1, 2]] }, '๑.๑ ๒.๑ ๒.๒ '],
    ['{{ordinal 2 bare=true}}|{{ordinal 3 oneBased=true digits="arabic"}}', {}, '๓|3.'],
    ['{{thaiJoin xs}}', { xs: ['ก', 'ข ค', 'ง'] }, 'ก ข ค และง'],
    ['{{thaiMonth 6}}', {}, 'มิถุนายน'],
    ['{{#if (and (eq a 1) (not b))}}yes{{/if}}{{#if (or b a)}}!{{/if}}', { a: 1, b: false }, 'yes!'],
  ];
  it.each(cases)('%s', (template, data, expected) => {
    expect(text(template, data)).toBe(expected);
  });
});
