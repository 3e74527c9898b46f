/**
 * test — the seeds' known defects are caught by `lint` on the seed texts (transcriptions of the real letters,
 * test/fixtures/seeds/text) exactly as `validate` catches them on the seeds' JSON: same codes at the same paths,
 * each pointing at the line of the text it was read from. Oracle: test/rules/seeds.test.ts's expected findings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintLetter } from '../../src/lint/index.js';
import { validate } from '../../src/rules/validate.js';

const load = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe.each(['000', '001', '002', '003', '004'])('lint of seed text %s', (seed) => {
  it('finds what validate finds on the JSON, at the same paths, with page and line', async () => {
    const expected = validate(JSON.parse(load(`test/fixtures/seeds/${seed}.json`))).diagnostics.map((d) => [d.code, d.path.join('.')]);
    const result = await lintLetter(load(`test/fixtures/seeds/text/${seed}.txt`));
    expect(result.format).toBe('text');
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual(expected);
    for (const d of result.diagnostics) expect(d.source?.page, d.code).toBe(1);
  });
});

describe('lint of a seed text points at the line', () => {
  it('002: the wrong weekday is on line 26, the code ฉษ on line 5', async () => {
    const result = await lintLetter(load('test/fixtures/seeds/text/002.txt'));
    const where = (code: string) => result.diagnostics.find((d) => d.code === code)?.source;
    expect(where('weekday_mismatch')).toEqual({ page: 1, line: 26 });
    expect(load('test/fixtures/seeds/text/002.txt').split('\n')[25]).toContain('วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕');
    expect(where('unknown_agency_code')).toEqual({ page: 1, line: 5 });
  });
});
