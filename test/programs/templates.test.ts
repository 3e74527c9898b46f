/**
 * The template folder itself: every template a program names exists, every template file
 * belongs to a program, and no line ends in spaces (the markup parser keeps a space before a
 * template line break, so trailing spaces would leak into the letter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../src/programs/index.js';
import { findPackageTemplatesDir } from '../../src/programs/file-template-source.js';
import { BUNDLED_TEMPLATES } from '../../src/programs/bundled-templates.js';
// @ts-expect-error -- a plain ESM script without types
import { bundledTemplatesModule } from '../../scripts/bundle-templates.mjs';

const root = findPackageTemplatesDir() ?? '';

function templateFiles(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.hbs')).map((file) => file.split('\\').join('/')).sort();
}

describe('templates/', () => {
  it('is found next to the package', () => {
    expect(root).toMatch(/templates$/);
  });

  it('holds exactly the templates the programs name', () => {
    const named = PROGRAMS.flatMap((p) => [p.templates.body, ...(p.templates.subject === undefined ? [] : [p.templates.subject]), ...p.templates.enclosures]).sort();
    expect(templateFiles()).toEqual(named);
  });

  it('is what the package bundles, precompiled (src/programs/bundled-templates.ts is up to date: run npm run build)', async () => {
    expect(readFileSync(new URL('../../src/programs/bundled-templates.ts', import.meta.url), 'utf8')).toBe(await (bundledTemplatesModule as () => Promise<string>)());
    expect(Object.keys(BUNDLED_TEMPLATES).sort()).toEqual(templateFiles());
  });

  it.each(templateFiles())('%s has no trailing spaces or tabs', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const bad = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => /[ \t]$/.test(line) || line.includes('\t'));
    expect(bad).toEqual([]);
  });
});
