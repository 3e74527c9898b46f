/**
 * test — `saraban lint`: text output names page and line; `--format json` is validate's shape plus each
 * diagnostic's source and the recognised fields; exit 1 on errors, 0 on a clean letter, 2 without a file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/index.js';
import { ROOT, runCli, tempDir } from './cli-harness.js';

describe('saraban lint', () => {
  it('reports the seed 002 defects with page and line, exit 1', () => {
    const run = runCli(['lint', 'test/fixtures/seeds/text/002.txt']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('p1 l26');
    expect(run.stdout).toContain('weekday_mismatch');
  });
  it('--format json gives files with diagnostics, their source, and the fields', () => {
    const run = runCli(['lint', 'test/fixtures/seeds/text/004.txt', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { ok: boolean; files: { format: string; fields: Record<string, unknown>; diagnostics: { code: string; source?: unknown }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.files[0]?.format).toBe('text');
    expect(json.files[0]?.fields['number']).toBe('มท ๐๔๐๘.๒/ว ๒๒๙๓');
    expect(json.files[0]?.diagnostics).toEqual([expect.objectContaining({ code: 'self_reference', source: { page: 1, line: 21 } })]);
  });
  it('a clean PDF letter exits 0; no file is a usage error', async () => {
    const dir = await tempDir('lint');
    const file = join(dir, '002.pdf');
    const input = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(join(ROOT, 'examples/letters/002.json'), 'utf8'))) as unknown;
    await writeFile(file, await renderPdf(input));
    const run = runCli(['lint', file]);
    expect(run.stdout).toContain('(pdf): 0 errors, 0 warnings');
    expect(run.code).toBe(0);
    expect(runCli(['lint']).code).toBe(2);
  });
});
