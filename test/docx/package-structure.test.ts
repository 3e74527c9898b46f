/**
 * The DOCX package as a whole, written directly as WordprocessingML: every XML part is
 * well-formed by a strict parser (Python's expat), every part has a content type, every
 * relationship points at a part that exists and every r:id a story uses is declared, and the
 * same input gives the same bytes. Examples with the emblem and with the embedded Sarabun.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildProgramCircular } from '../../src/programs/index.js';
import { safeRenderDocx } from '../../src/pipeline/render-docx.js';
import { testEmblemPng } from '../helpers/test-emblem.js';

const ROOT = join(import.meta.dirname, '..', '..');
const example = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, 'examples', path), 'utf8'));

async function docx(input: unknown, options: Parameters<typeof safeRenderDocx>[1] = {}): Promise<Uint8Array> {
  const result = await safeRenderDocx(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error')));
  return result.value;
}

function program(path: string): unknown {
  const file = example(path) as { program: string; base: unknown; payload: unknown };
  const built = buildProgramCircular(file.program, file.base, file.payload);
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
  return built.value;
}

/** Parses every XML part with expat (strict: any well-formedness error raises). */
function strictlyWellFormed(files: Record<string, Uint8Array>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-docx-xml-'));
  const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  names.forEach((name, i) => {
    writeFileSync(join(dir, `${String(i)}.xml`), files[name]!);
  });
  const script = `import sys, xml.parsers.expat\nbad=[]\nfor i in range(int(sys.argv[2])):\n  p=xml.parsers.expat.ParserCreate()\n  try: p.Parse(open(sys.argv[1]+'/'+str(i)+'.xml','rb').read(), True)\n  except Exception as e: bad.append(str(i)+': '+str(e))\nprint('\\n'.join(bad))`;
  const out = execFileSync('python3', ['-c', script, dir, String(names.length)], { encoding: 'utf8' }).trim();
  return out === '' ? [] : out.split('\n').map((line) => `${names[Number(line.split(':')[0])] ?? '?'}${line.slice(line.indexOf(':'))}`);
}

function checkPackage(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  expect(names[0]).toBe('[Content_Types].xml');
  expect(strictlyWellFormed(files)).toEqual([]);
  const types = strFromU8(files['[Content_Types].xml']!);
  const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]));
  const overrides = new Set([...types.matchAll(/<Override PartName="([^"]+)"/g)].map((m) => m[1]));
  for (const name of names) {
    const extension = name.slice(name.lastIndexOf('.') + 1);
    expect(overrides.has(`/${name}`) || defaults.has(extension), `content type of ${name}`).toBe(true);
  }
  for (const override of overrides) expect(names, `override ${override ?? ''} names a part`).toContain(override?.slice(1));
  for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
    const base = relsName.replace(/_rels\/[^/]*\.rels$/, '');
    const source = relsName.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const rels = strFromU8(files[relsName]!);
    const ids = new Set<string>();
    for (const m of rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"\/>/g)) {
      expect(ids.has(m[1]!), `duplicate ${m[1] ?? ''} in ${relsName}`).toBe(false);
      ids.add(m[1]!);
      expect(names, `${relsName} → ${m[2] ?? ''}`).toContain(base + (m[2] ?? ''));
    }
    if (source !== '' && files[source] !== undefined) {
      for (const m of strFromU8(files[source]).matchAll(/r:(?:id|embed)="([^"]+)"/g)) expect(ids.has(m[1]!), `${source} uses ${m[1] ?? ''}`).toBe(true);
    }
  }
  return files;
}

describe('DOCX package structure', () => {
  it('letters with the emblem and the embedded Sarabun: well-formed, typed, every relationship resolved', async () => {
    for (const path of ['letters/000.json', 'letters/004.json', 'memos/memo-table.json']) {
      const files = checkPackage(await docx(example(path), { emblem: testEmblemPng(), embedFont: true }));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/media/image1.png', 'word/fonts/font1.odttf', 'word/fonts/font2.odttf']));
      expect(strFromU8(files['word/document.xml']!)).toContain('<wp:anchor');
    }
  });

  it('program letters with several sections and tables: the same checks, no unused parts', async () => {
    for (const path of ['programs/marketer-hiring.json', 'programs/opc.json']) {
      const files = checkPackage(await docx(program(path)));
      expect(Object.keys(files).filter((n) => /numbering|footnotes|endnotes|theme|custom/.test(n))).toEqual([]);
      expect((strFromU8(files['word/document.xml']!).match(/<w:sectPr>/g) ?? []).length).toBeGreaterThan(1);
    }
  });

  it('the same input gives the same bytes, and another date changes only the core properties', async () => {
    const input = example('letters/002.json');
    const a = await docx(input, { emblem: testEmblemPng() });
    const b = await docx(input, { emblem: testEmblemPng() });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = unzipSync(await docx(input, { emblem: testEmblemPng(), date: '2025-03-04T05:06:07Z' }));
    const first = unzipSync(a);
    for (const name of Object.keys(first)) {
      if (name === 'docProps/core.xml') expect(strFromU8(c[name]!)).toContain('2025-03-04T05:06:07Z');
      else expect(Buffer.from(c[name]!).equals(Buffer.from(first[name]!)), name).toBe(true);
    }
  });
});
