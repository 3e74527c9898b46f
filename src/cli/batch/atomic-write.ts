/**
 * cli/batch — atomic file writes: bytes go to a temporary file in the same folder, then a
 * rename puts them in place, so an interrupted batch never leaves a half-written letter and
 * a file that exists under its final name is complete (what `--resume` relies on).
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.saraban-partial-';

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${TEMP_MARK}${randomBytes(6).toString('hex')}-${basename(path)}`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes temporary files left by an interrupted run; returns how many it removed. */
export async function removePartialFiles(folder: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith(TEMP_MARK)) {
      await rm(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}
