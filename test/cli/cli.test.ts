/**
 * test/cli — the built `saraban` command end to end: help and usage errors, validate on the
 * examples and a real seed (oracle: the seed's documented defects in examples/letters/README.md),
 * render of letters and program files (oracle: the files are a PDF / a DOCX whose text holds the
 * letter's subject), schema, programs and demo.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_NAMES } from '../../src/programs/index.js';
import { builtCli, docxText, ROOT, runCli, tempDir } from './cli-harness.js';

/** A valid RGB PNG of the given size (grey), for --emblem. */
function tinyPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const LETTERS = ['000', '001', '002', '003', '004'].map((n) => `examples/letters/${n}.json`);

beforeAll(() => {
  builtCli();
});

describe('saraban command line', () => {
  it('prints help for the whole CLI and for each command', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['render', 'validate', 'batch', 'schema', 'programs', 'demo']) {
      expect(help.stdout).toContain(`saraban ${command}`);
      const own = runCli([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: saraban ${command}`, 'u'));
    }
  });

  it('exits 2 with the usage for an unknown command, an unknown flag or a missing argument', () => {
    const unknown = runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const flag = runCli(['validate', '--bogus', 'x.json']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--bogus'");
    expect(flag.stderr).toContain('Usage: saraban validate');
    expect(runCli(['render']).code).toBe(2);
    expect(runCli(['batch', '--base', 'x.json']).stderr).toContain('--rows');
    expect(runCli(['render', 'x.json', '--format', 'odt']).stderr).toContain('unknown output format "odt"');
    expect(runCli(['batch', '--program', 'nope', '--base', LETTERS[0]!, '--rows', 'r.csv']).code).toBe(2);
  });
});

describe('saraban validate', () => {
  it('passes the corrected examples (exit 0) and lists their warnings', () => {
    const run = runCli(['validate', ...LETTERS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 files: 0 errors, 2 warnings');
    expect(run.stdout).toMatch(/⚠ reference_unused {2}references\.0 {2}/u);
  });

  it('fails the real seed 002 with weekday_mismatch in the JSON output (exit 1)', () => {
    const run = runCli(['validate', '--format', 'json', 'test/fixtures/seeds/002.json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: { file: string; errors: number; diagnostics: { code: string; path: (string | number)[]; messageTh: string }[] }[] };
    expect(report.ok).toBe(false);
    const codes = report.files[0]!.diagnostics.map((d) => d.code);
    expect(codes).toContain('weekday_mismatch');
    expect(codes).toContain('unknown_agency_code');
    const weekday = report.files[0]!.diagnostics.find((d) => d.code === 'weekday_mismatch')!;
    expect(weekday.path).toEqual(['body', 2, 'items', 0, 'spans', 0, 'text']);
    expect(weekday.messageTh).toContain('วันอาทิตย์');
  });

  it('prints ✖ code, path, message and the Thai message in text form', () => {
    const run = runCli(['validate', 'test/fixtures/seeds/002.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✖ weekday_mismatch {2}body\.2\.items\.0\.spans\.0\.text {2}".+" says Wednesday/u);
    expect(run.stdout).toContain('ตรงกับวันอาทิตย์');
  });

  it('turns warnings into a failure with --strict', () => {
    expect(runCli(['validate', LETTERS[1]!, '--strict']).code).toBe(0);
    expect(runCli(['validate', LETTERS[0]!, '--strict']).code).toBe(1);
  });

  it('reads program files and reports unreadable files by name', async () => {
    expect(runCli(['validate', ...PROGRAM_NAMES.map((n) => `examples/programs/${n}.json`)]).code).toBe(0);
    const dir = await tempDir('validate');
    await writeFile(join(dir, 'broken.json'), '{ "subject": ');
    await writeFile(join(dir, 'letter.yaml'), readFileSync(join(ROOT, LETTERS[1]!), 'utf8'));
    const run = runCli(['validate', '--format', 'json', 'broken.json', 'missing.json', 'letter.yaml'], dir);
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as { files: { ok: boolean; diagnostics: { code: string }[] }[] }).files;
    expect(files.map((f) => f.diagnostics[0]?.code)).toEqual(['file_not_parsed', 'file_unreadable', undefined]);
    expect(files[2]!.ok).toBe(true);
  });
});

describe('saraban render', () => {
  it('renders every example letter to PDF and DOCX', async () => {
    const dir = await tempDir('render');
    const run = runCli(['render', ...LETTERS.map((l) => join(ROOT, l)), '-o', 'out'], dir);
    expect(run.stderr).not.toContain('✖');
    expect(run.code).toBe(0);
    const files = (await readdir(join(dir, 'out'))).sort();
    expect(files).toEqual(['000', '001', '002', '003', '004'].flatMap((n) => [`${n}.docx`, `${n}.pdf`]));
    for (const letter of LETTERS) {
      const subject = (JSON.parse(readFileSync(join(ROOT, letter), 'utf8')) as { subject: string }).subject;
      const stem = letter.slice(-8, -5);
      expect(docxText(await readFile(join(dir, 'out', `${stem}.docx`)))).toContain(subject);
      expect((await readFile(join(dir, 'out', `${stem}.pdf`))).subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(run.stdout.trim().split('\n')).toHaveLength(10);
  });

  it('renders a program file and refuses a letter with rule errors unless allowed', async () => {
    const dir = await tempDir('render-program');
    const program = runCli(['render', join(ROOT, 'examples/programs/kbo.json'), '--format', 'docx', '-o', dir]);
    expect(program.code).toBe(0);
    expect(docxText(await readFile(join(dir, 'kbo.docx')))).toContain('Knowledge-Based OTOP');
    const seed = runCli(['render', join(ROOT, 'test/fixtures/seeds/002.json'), '--format', 'docx', '-o', dir]);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain('weekday_mismatch');
    expect(await readdir(dir)).toEqual(['kbo.docx']);
    expect(runCli(['render', join(ROOT, 'test/fixtures/seeds/002.json'), '--format', 'docx', '--allow-errors', '-o', dir]).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['002.docx', 'kbo.docx']);
  });

  it('places the --emblem image and rejects a file that is not PNG or JPEG', async () => {
    const dir = await tempDir('render-emblem');
    await writeFile(join(dir, 'garuda.png'), tinyPng(20, 24));
    await writeFile(join(dir, 'garuda.txt'), 'not an image');
    const letter = join(ROOT, LETTERS[1]!);
    const without = runCli(['render', letter, '-o', 'plain'], dir);
    expect(without.stderr).toContain('emblem_missing');
    const run = runCli(['render', letter, '--emblem', 'garuda.png', '-o', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('emblem_missing');
    expect(Object.keys(unzipSync(new Uint8Array(await readFile(join(dir, 'out', '001.docx'))))).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect((await readFile(join(dir, 'out', '001.pdf'))).toString('latin1')).toContain('/Subtype /Image');
    const bad = runCli(['render', letter, '--emblem', 'garuda.txt', '--format', 'docx', '-o', 'bad'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('emblem_unsupported_format');
  });

  it('draws with the faces of --fonts and rejects a folder without one', async () => {
    const dir = await tempDir('render-fonts');
    const run = runCli(['render', join(ROOT, LETTERS[1]!), '--format', 'pdf', '--fonts', '/usr/share/fonts/truetype/tlwg', '-o', dir]);
    expect(run.code).toBe(0);
    expect((await readFile(join(dir, '001.pdf'))).toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Laksaman/u);
    expect(runCli(['render', join(ROOT, LETTERS[1]!), '--fonts', dir]).code).toBe(2);
  });
});

interface SchemaBranch {
  readonly title: string;
  readonly properties: Record<string, unknown>;
  readonly required: string[];
}

describe('saraban schema, programs, demo', () => {
  it('prints the JSON Schema of letter input and of a program payload', () => {
    const schema = JSON.parse(runCli(['schema']).stdout) as { oneOf: SchemaBranch[] };
    // One branch per kind of document: the external letter (kind optional) and the memo.
    expect(schema.oneOf.map((branch) => branch.title)).toEqual(['External letter (หนังสือภายนอก)', 'Memo (บันทึกข้อความ)']);
    for (const branch of schema.oneOf) {
      expect(Object.keys(branch.properties)).toEqual(expect.arrayContaining(['kind', 'number', 'office', 'date', 'subject', 'addressee', 'body', 'signer']));
    }
    expect(schema.oneOf[1]?.required).toContain('kind');
    const kbo = JSON.parse(runCli(['schema', '--program', 'kbo']).stdout) as { properties: Record<string, { type?: string }> };
    expect(kbo.properties['minGroupsPerDistrict']?.type).toBe('integer');
    expect(runCli(['schema', '--program', 'nope']).code).toBe(2);
  });

  it('lists every program with its payload fields', () => {
    const run = runCli(['programs']);
    expect(run.code).toBe(0);
    for (const name of PROGRAM_NAMES) expect(run.stdout).toMatch(new RegExp(`^${name} — `, 'mu'));
    expect(run.stdout).toMatch(/minGroupsPerDistrict +integer \(required\)/u);
    const json = JSON.parse(runCli(['programs', '--format', 'json']).stdout) as { name: string; fields: { path: string }[] }[];
    expect(json.find((p) => p.name === 'kbo')?.fields.map((f) => f.path)).toContain('meeting.venue');
  });

  it('demo prints the Thai kit and writes the example letter', async () => {
    const dir = await tempDir('demo');
    const run = runCli(['demo'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('วันศุกร์ที่ ๒๓ ธันวาคม ๒๕๖๕');
    expect(run.stdout).toContain('สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน');
    expect(run.stdout).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect((await readdir(join(dir, 'saraban-demo'))).sort()).toEqual(['002.docx', '002.pdf']);
    expect(run.stdout).toContain(join(dir, 'saraban-demo', '002.pdf'));
  });
});
