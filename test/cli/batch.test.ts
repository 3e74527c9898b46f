/**
 * test/cli — `saraban batch` end to end on the built CLI with worker threads. Oracles: the row
 * numbers we broke on purpose (report.json must name exactly those), the district written into
 * each DOCX (each file holds its own row's นายอำเภอ), a complete DOCX opens as a zip, the file
 * list of the output folder and of the archive, and byte equality of two archives.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtCli, docxText, ROOT, runCli, startCli, tempDir } from './cli-harness.js';
import { districtRows, kboBaseFile, toCsv, type DistrictRow } from './district-rows.js';

interface Report {
  total: number;
  written: number;
  skipped: number;
  failed: number;
  unusedColumns: string[];
  failures: { row: number; name: string; diagnostics: { code: string; path: (string | number)[] }[] }[];
  letters: { row: number; name: string; files: string[]; skipped?: true }[];
}

async function batchFolder(rows: readonly DistrictRow[]): Promise<string> {
  const dir = await tempDir('batch');
  await writeFile(join(dir, 'rows.csv'), toCsv(rows));
  await writeFile(join(dir, 'base.json'), kboBaseFile());
  return dir;
}

async function readReport(folder: string): Promise<Report> {
  return JSON.parse(await readFile(join(folder, 'report.json'), 'utf8')) as Report;
}

const BATCH = ['batch', '--base', 'base.json', '--rows', 'rows.csv', '--name', '{{district}}', '--quiet'];

beforeAll(() => {
  builtCli();
});

describe('saraban batch', () => {
  it('renders 95 of 100 rows in both formats and reports exactly the 5 bad rows', async () => {
    const rows = districtRows(100);
    const bad = new Map<number, string>([
      [7, 'invalid_date'],
      [23, 'missing_field'],
      [41, 'groups_per_district_too_few'],
      [66, 'invalid_input'],
      [88, 'representatives_per_group_invalid'],
    ]);
    rows[6]!['letter.date'] = '๓๐ กุมภาพันธ์ ๒๕๖๖';
    rows[22]!['letter.addressee'] = '';
    rows[40]!.minGroupsPerDistrict = '2';
    rows[65]!.minGroupsPerDistrict = 'สาม';
    rows[87]!['payload.meeting.representativesPerGroup'] = '2';
    const dir = await batchFolder(rows);
    const run = runCli([...BATCH, '-o', 'out', '--concurrency', '2'], dir);
    expect(run.code).toBe(1);

    const files = await readdir(join(dir, 'out'));
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(95);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(95);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    const report = await readReport(join(dir, 'out'));
    expect(report).toMatchObject({ total: 100, written: 95, skipped: 0, failed: 5, unusedColumns: [] });
    expect(report.failures.map((f) => f.row)).toEqual([...bad.keys()]);
    for (const failure of report.failures) {
      expect(failure.name).toBe(rows[failure.row - 1]!.district);
      expect(failure.diagnostics.map((d) => d.code)).toContain(bad.get(failure.row));
    }
    expect(report.failures.find((f) => f.row === 7)!.diagnostics[0]!.path).toEqual(['letter', 'date']);
    expect(report.failures.find((f) => f.row === 41)!.diagnostics[0]!.path).toEqual(['payload', 'minGroupsPerDistrict']);

    // Every good row's own letter: its district's นายอำเภอ and its number of groups (a number cell).
    for (const index of [0, 1, 50, 99]) {
      const row = rows[index]!;
      const text = docxText(await readFile(join(dir, 'out', `${row.district}.docx`)));
      expect(text).toContain(`เรียนนายอำเภอ${row.district}`);
      expect(text).toContain(`อำเภอละอย่างน้อย ${'๓๔๕'[index % 3]!} กลุ่ม`);
    }
    // The summary on standard error names every failed row with its diagnostics.
    for (const [row, code] of bad) expect(run.stderr).toMatch(new RegExp(`row ${row} \\(${rows[row - 1]!.district}\\):\\n    ✖ ${code}`, 'u'));
    expect(run.stderr).toContain('95 of 100 rows written');
  });

  it('keeps names with path traversal inside the output folder', async () => {
    const rows = districtRows(6);
    const hostile = ['../../escape', '/etc/passwd', '..', 'a/../../b', '..\\..\\win', 'CON'];
    hostile.forEach((name, i) => {
      rows[i]!.district = name;
    });
    const dir = await batchFolder(rows);
    const run = runCli([...BATCH, '-o', 'out', '--format', 'docx'], dir);
    expect(run.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['base.json', 'out', 'rows.csv']);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['_.._escape.docx', '_CON.docx', '_etc_passwd.docx', 'a_.._.._b.docx', 'report.json', 'row-3.docx', '_.._win.docx'].sort());
    expect(existsSync(join(dir, '..', 'escape.docx'))).toBe(false);
  });

  it('writes one deterministic archive with --zip', async () => {
    const rows = districtRows(5);
    rows[2]!.minGroupsPerDistrict = '1';
    const dir = await batchFolder(rows);
    expect(runCli([...BATCH, '-o', 'first', '--zip'], dir).code).toBe(1);
    expect(runCli([...BATCH, '-o', 'second.zip', '--zip', '--concurrency', '1'], dir).code).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['base.json', 'first.zip', 'rows.csv', 'second.zip']);
    const first = await readFile(join(dir, 'first.zip'));
    expect(first.equals(await readFile(join(dir, 'second.zip')))).toBe(true);
    const entries = unzipSync(new Uint8Array(first));
    const good = rows.filter((_, i) => i !== 2).map((r) => r.district);
    expect(Object.keys(entries).sort()).toEqual([...good.flatMap((d) => [`${d}.docx`, `${d}.pdf`]), 'report.json'].sort());
    const report = JSON.parse(new TextDecoder().decode(entries['report.json'])) as Report;
    expect(report.failures.map((f) => f.row)).toEqual([3]);
    expect(docxText(entries[`${good[0]!}.docx`]!)).toContain(`นายอำเภอ${good[0]!}`);
  });

  it('leaves only complete letters when killed, and --resume finishes the job', async () => {
    const rows = districtRows(160);
    const dir = await batchFolder(rows);
    const out = join(dir, 'out');
    const child = startCli([...BATCH, '-o', 'out', '--format', 'docx', '--concurrency', '2'], dir);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => { resolve(signal); }));
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Complete letters only: a temporary file of a letter being written also ends in .docx.
      const done = existsSync(out) ? (await readdir(out)).filter((f) => f.endsWith('.docx') && !f.startsWith('.saraban-partial-')).length : 0;
      if (done >= 12) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const left = await readdir(out);
    expect(left).not.toContain('report.json');
    const letters = left.filter((f) => !f.startsWith('.saraban-partial-'));
    expect(letters.length).toBeGreaterThanOrEqual(12);
    expect(letters.length).toBeLessThan(160);
    for (const file of letters) {
      // A file under its final name is a whole DOCX of its own row.
      expect(docxText(await readFile(join(out, file)))).toContain(`นายอำเภอ${file.replace(/\.docx$/u, '')}`);
    }

    const resumed = runCli([...BATCH, '-o', 'out', '--format', 'docx', '--resume'], dir);
    expect(resumed.code).toBe(0);
    const after = await readdir(out);
    expect(after.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(after.filter((f) => f.endsWith('.docx'))).toHaveLength(160);
    const report = await readReport(out);
    expect(report.skipped).toBe(letters.length);
    expect(report.written + report.skipped).toBe(160);
    expect(report.letters.filter((l) => l.skipped === true).map((l) => `${l.name}.docx`).sort()).toEqual([...letters].sort());
  });

  it('reads JSON rows and a plain base letter with --program, and warns about unused columns', async () => {
    const dir = await tempDir('batch-json');
    const example = JSON.parse(kboBaseFile()) as { base: Record<string, unknown>; payload: Record<string, unknown> };
    await writeFile(join(dir, 'base.json'), JSON.stringify(example.base));
    const rows = districtRows(2).map((row) => ({ 'letter.addressee': row['letter.addressee'], payload: example.payload, distric: row.district }));
    await writeFile(join(dir, 'rows.json'), JSON.stringify(rows));
    const run = runCli(['batch', '--program', 'kbo', '--base', 'base.json', '--rows', 'rows.json', '--format', 'docx', '-o', 'out'], dir);
    expect(run.stderr).toContain('⚠ column_unused');
    expect(run.stderr).toContain('distric');
    expect(run.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['report.json', 'row-1.docx', 'row-2.docx']);
    expect(runCli(['batch', '--program', 'meeting', '--base', 'base.json', '--rows', 'rows.json'], dir).code).toBe(1);
  });
});

describe('examples/batch', () => {
  it('runs the command of examples/batch/README.md', async () => {
    const readme = await readFile(join(ROOT, 'examples/batch/README.md'), 'utf8');
    const command = /```sh\nnode dist\/cli\.js (batch [^\n]+)\n```/u.exec(readme)?.[1];
    expect(command).toBeDefined();
    const dir = await tempDir('example-batch');
    const args = command!.split(' ').map((arg) => arg.replace(/^'(.*)'$/u, '$1'));
    const out = args.indexOf('-o');
    args[out + 1] = join(dir, args[out + 1]!);
    const run = runCli([...args, '--quiet']);
    expect(run.code).toBe(0);
    const files = await readdir(join(dir, 'kbo-letters'));
    expect(files).toHaveLength(23);
    expect(files).toContain('เมืองฉะเชิงเทรา.pdf');
    expect(docxText(await readFile(join(dir, 'kbo-letters', 'บางคล้า.docx')))).toContain('เรียนนายอำเภอบางคล้า');
  });
});
