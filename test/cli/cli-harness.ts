/**
 * test/cli — runs the built CLI (dist/cli.js with dist/batch-worker.js, as CI builds them
 * before the tests). When dist lacks them, builds a private copy into test/.output/cli-dist
 * (inside the package, so the templates folder is found as from dist/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cliPath: string | undefined;

/** Path of the built cli.js; builds a private copy when dist/ has none. */
export function builtCli(): string {
  if (cliPath !== undefined) return cliPath;
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'cli.js')) && existsSync(join(dist, 'batch-worker.js'))) {
    cliPath = join(dist, 'cli.js');
    return cliPath;
  }
  const outDir = join(ROOT, 'test/.output/cli-dist');
  const built = spawnSync('npx', ['tsup', 'src/cli/main.ts', 'src/cli/batch-worker.ts', '--format', 'esm', '--no-dts', '--out-dir', outDir, '--target', 'node20'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the CLI failed:\n${built.stderr}`);
  cliPath = join(outDir, 'main.js');
  return cliPath;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = ROOT): CliRun {
  const result = spawnSync(process.execPath, [builtCli(), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting (for the kill test). */
export function startCli(args: readonly string[], cwd: string) {
  return spawn(process.execPath, [builtCli(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `saraban-${prefix}-`));
}

/** The text of a .docx body: every w:t of word/document.xml, concatenated. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}
