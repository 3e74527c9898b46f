/**
 * cli/batch — a folder's files as one deterministic .zip (fflate): entries in byte order of
 * their names, a fixed time stamp, stored (DOCX and PDF are already compressed), streamed one
 * file at a time so a large batch never sits in memory, and written atomically.
 * unzipToFolder is the way back, for `--resume` of an archive.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { unzipSync, Zip, ZipPassThrough } from 'fflate';
import { writeFileAtomic } from './atomic-write.js';

/** 2000-01-01 00:00, read by fflate with local-time getters, so the bytes do not depend on the time zone. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

/** Zips the regular files directly inside `folder` (hidden files excluded) into `archivePath`. */
export async function zipFolder(folder: string, archivePath: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(byteOrder);
  const temp = join(dirname(archivePath), `.saraban-partial-${basename(archivePath)}`);
  const fd = openSync(temp, 'w');
  try {
    let failure: Error | undefined;
    const zip = new Zip((error, chunk) => {
      if (error !== null) failure = error;
      else writeSync(fd, chunk);
    });
    for (const name of entries) {
      const file = new ZipPassThrough(name);
      file.mtime = FIXED_MTIME;
      zip.add(file);
      file.push(new Uint8Array(await readFile(join(folder, name))), true);
    }
    zip.end();
    if (failure !== undefined) throw failure;
  } catch (error) {
    closeSync(fd);
    await rm(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  await rename(temp, archivePath);
  return entries;
}

/** Writes an archive's entries into `folder` (flat names only: anything with a path is skipped). */
export async function unzipToFolder(archivePath: string, folder: string): Promise<number> {
  const files = unzipSync(new Uint8Array(await readFile(archivePath)));
  await mkdir(folder, { recursive: true });
  let count = 0;
  for (const [name, bytes] of Object.entries(files)) {
    if (name !== basename(name) || name.startsWith('.') || name.includes('\\')) continue;
    await writeFileAtomic(join(folder, name), bytes);
    count++;
  }
  return count;
}
