import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from './zip-package.js';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Python's zipfile checks every entry's CRC and size, and reads the names and times. */
const CHECK = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    print(json.dumps({'bad': bad, 'names': z.namelist(), 'times': sorted({i.date_time for i in z.infolist()}),
                      'data': {n: z.read(n).decode('utf-8') for n in z.namelist()}}))
`;

describe('zipPackage', () => {
  const entries: [string, Uint8Array][] = [
    ['[Content_Types].xml', enc('<Types/>'.repeat(50))],
    ['word/document.xml', enc('<w:t>เรียน นายอำเภอ</w:t>'.repeat(200))],
    ['word/empty.xml', new Uint8Array()],
  ];

  it('writes a zip that Python reads and verifies, entries in order with a fixed time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saraban-zip-'));
    const path = join(dir, 'package.zip');
    writeFileSync(path, zipPackage(entries));
    const script = join(dir, 'check.py');
    writeFileSync(script, CHECK);
    const report = JSON.parse(execFileSync('python3', [script, path], { encoding: 'utf8' })) as {
      bad: string | null;
      names: string[];
      times: number[][];
      data: Record<string, string>;
    };
    expect(report.bad).toBeNull();
    expect(report.names).toEqual(entries.map(([name]) => name));
    expect(report.times).toEqual([[1980, 1, 1, 12, 0, 0]]);
    expect(report.data['word/document.xml']).toBe('<w:t>เรียน นายอำเภอ</w:t>'.repeat(200));
  });

  it('gives identical bytes for identical parts, and new bytes when a part changes (no stale cache)', () => {
    const a = zipPackage(entries);
    const b = zipPackage(entries.map(([name, data]) => [name, data.slice()] as [string, Uint8Array]));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const changed = zipPackage([entries[0] ?? ['', new Uint8Array()], ['word/document.xml', enc('<w:t>เรียน ผู้ว่าราชการจังหวัด</w:t>')]]);
    expect(new TextDecoder().decode(unzipSync(changed)['word/document.xml'])).toBe('<w:t>เรียน ผู้ว่าราชการจังหวัด</w:t>');
  });
});
