import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removePartialFiles, writeFileAtomic } from './atomic-write.js';
import { fillNamePattern, sanitizeFileStem, UniqueNames } from './output-name.js';
import { createProgress } from './progress.js';
import { parseCsv, readRows, RowsFormatError, rowsFromCsv } from './read-rows.js';

function toCsv(records: string[][]): string {
  return records.map((r) => r.map((f) => (/[",\r\n]/u.test(f) ? `"${f.replace(/"/gu, '""')}"` : f)).join(',')).join('\r\n');
}

describe('CSV rows', () => {
  it('reads quoted fields with commas, quotes, newlines, a BOM and CRLF', () => {
    const text = '\uFEFFdistrict,note\r\n"เมือง, ฉะเชิงเทรา","say ""hi""\nnext"\r\nบางคล้า,\r\n';
    expect(rowsFromCsv(text)).toEqual([
      { rowNumber: 1, fields: { district: 'เมือง, ฉะเชิงเทรา', note: 'say "hi"\nnext' } },
      { rowNumber: 2, fields: { district: 'บางคล้า', note: '' } },
    ]);
  });
  it('round-trips any table of strings', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ก', ',', '"', '\n', ' ', '๑', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (records) => {
        const nonEmpty = records.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(parseCsv(toCsv(nonEmpty))).toEqual(nonEmpty.filter((r) => !(r.every((f) => f === '') && r.length === 1)));
      }),
    );
  });
  it('reports an unclosed quote and a duplicate column', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(RowsFormatError);
    expect(() => rowsFromCsv('a,a\n1,2\n')).toThrow(/twice/u);
  });
  it('reads NDJSON with line numbers and rejects a bad line by number', () => {
    expect(readRows('x.ndjson', '{"a":1}\n\n{"a":2}\n').map((r) => r.rowNumber)).toEqual([1, 3]);
    expect(() => readRows('x.ndjson', '{"a":1}\n{oops\n')).toThrow(/line 2/u);
    expect(() => readRows('x.json', '{"a":1}')).toThrow(/array/u);
    expect(() => readRows('x.txt', '')).toThrow(/\.csv/u);
  });
});

describe('output names', () => {
  it('fills the pattern and keeps Thai readable', () => {
    expect(sanitizeFileStem(fillNamePattern('{{province}}-{{ district }}', { province: 'ฉะเชิงเทรา', district: 'บางคล้า' }), 'row-1')).toBe(
      'ฉะเชิงเทรา-บางคล้า',
    );
  });
  it('never lets a name leave the output folder', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const stem = sanitizeFileStem(raw, 'row');
        expect(stem).not.toMatch(/[/\\\p{Cc}]/u);
        expect(stem.startsWith('.')).toBe(false);
        expect(stem.length).toBeGreaterThan(0);
        expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(200);
      }),
    );
    expect(sanitizeFileStem('../../etc/passwd', 'row')).toBe('_.._etc_passwd');
    expect(sanitizeFileStem('..', 'row-7')).toBe('row-7');
    expect(sanitizeFileStem('CON', 'row')).toBe('_CON');
  });
  it('adds a suffix when two rows give the same name', () => {
    const names = new UniqueNames();
    expect(['เมือง', 'เมือง', 'Mueang', 'mueang'].map((n) => names.claim(n))).toEqual(['เมือง', 'เมือง-2', 'Mueang', 'mueang-2']);
  });
});

describe('atomic writes', () => {
  it('leaves only the final file, and clears partial files of an interrupted run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'saraban-atomic-'));
    await writeFileAtomic(join(dir, 'a.pdf'), new Uint8Array([1, 2, 3]));
    expect(await readdir(dir)).toEqual(['a.pdf']);
    expect([...(await readFile(join(dir, 'a.pdf')))]).toEqual([1, 2, 3]);
    await writeFile(join(dir, '.saraban-partial-abc-b.pdf'), 'half');
    expect(await removePartialFiles(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['a.pdf']);
  });
});

describe('progress', () => {
  it('prints plain lines every tenth when not on a terminal, and nothing when quiet', () => {
    const out: string[] = [];
    let t = 0;
    const progress = createProgress(20, { isTTY: false, write: (s) => out.push(s) }, 'auto', () => (t += 100));
    for (let i = 1; i <= 20; i++) progress.tick(i, 0);
    progress.finish(20, 0);
    expect(out.length).toBe(11);
    expect(out.at(-1)).toMatch(/^20\/20 letters, 0 failed/u);
    const quiet: string[] = [];
    createProgress(5, { write: (s) => quiet.push(s) }, 'quiet').finish(5, 0);
    expect(quiet).toEqual([]);
  });
  it('redraws one line with a bar on a terminal', () => {
    const out: string[] = [];
    const progress = createProgress(4, { isTTY: true, write: (s) => out.push(s) }, 'auto');
    progress.tick(2, 1);
    expect(out[0]).toMatch(/^\r\[#{12}\.{12}\] 2\/4 letters, 1 failed/u);
  });
});
