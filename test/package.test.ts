import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

describe.runIf(existsSync(cli))('the built package', () => {
  it('prints its version', () => {
    expect(execFileSync('node', [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
  it('prints help listing the commands', () => {
    expect(execFileSync('node', [cli, '--help'], { encoding: 'utf8' })).toContain('Usage:');
  });
  it('rejects an unknown command with exit code 2', () => {
    try {
      execFileSync('node', [cli, 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' });
      expect.fail('should have exited non-zero');
    } catch (error) {
      expect((error as { status: number }).status).toBe(2);
    }
  });
  it('loads from both ESM and CJS', async () => {
    const esm = (await import(new URL('../dist/index.js', import.meta.url).href)) as Record<string, unknown>;
    expect(typeof esm['resolveStyleProfile']).toBe('function');
    const cjs = execFileSync('node', ['-e', `console.log(typeof require(${JSON.stringify(new URL('../dist/index.cjs', import.meta.url).pathname)}).resolveStyleProfile)`], { encoding: 'utf8' });
    expect(cjs.trim()).toBe('function');
  });

  it('imports nothing from Node when the package root loads (Node-only parts load on demand)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const seen = new Set<string>();
    const found: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // Static imports only: `import … from "x"` and `import "x"`, not `import("x")`.
      for (const match of code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gmu)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('./')) visit(join(dirname(file), specifier));
        else if (builtins.has(specifier)) found.push(`${file}: ${specifier}`);
      }
    };
    visit(new URL('../dist/index.js', import.meta.url).pathname);
    expect(seen.size).toBeGreaterThan(1);
    expect(found).toEqual([]);
  });

  it('renders program letters without its templates/ folder (the templates are bundled)', () => {
    const root = mkdtempSync(join(tmpdir(), 'saraban-no-templates-'));
    cpSync(new URL('../dist', import.meta.url).pathname, join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'saraban', type: 'module' }));
    symlinkSync(new URL('../node_modules', import.meta.url).pathname, join(root, 'node_modules'));
    const script = `
      import { readFileSync } from 'node:fs';
      import { buildProgramCircular } from './dist/index.js';
      const example = JSON.parse(readFileSync(${JSON.stringify(new URL('../examples/programs/kbo.json', import.meta.url).pathname)}, 'utf8'));
      const built = buildProgramCircular(example.program, example.base, example.payload);
      console.log(JSON.stringify({ ok: built.ok, codes: built.diagnostics.map((d) => d.code), body: JSON.stringify(built.value?.body ?? '').slice(0, 200) }));
    `;
    const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as { ok: boolean; codes: string[]; body: string };
    expect(existsSync(join(root, 'templates'))).toBe(false);
    expect(out.codes).not.toContain('template_not_found');
    expect(out.ok).toBe(true);
    expect(out.body).toContain('ได้จัดสรรงบประมาณ');
  });
});
