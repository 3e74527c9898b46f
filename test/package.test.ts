import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
});
