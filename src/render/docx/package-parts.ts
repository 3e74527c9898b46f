/**
 * render/docx — the files of the package the `docx` library writes, before they are zipped.
 * `Packer` only hands out a zip, which our post-processing would have to inflate again, and
 * deflating twice and inflating once is most of the time a letter takes. docx's Packer keeps
 * its compiler on a static field that returns the files by path; use it when it is there and
 * fall back to Packer's zip otherwise, so a docx release that moves it costs speed, not
 * correctness (a test checks that both routes give the same files).
 */
import { Packer, type Document } from 'docx';
import { strToU8, unzipSync, type Unzipped } from 'fflate';

type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: readonly unknown[]): unknown;
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/** True when the files can be had without a zip round trip (docx's compiler found). */
export function hasDirectCompile(): boolean {
  return docxCompiler() !== undefined;
}

/** The package's files by path, bytes; through docx's compiler when possible, else by unzipping Packer's zip. */
export async function packageFiles(document: Document, route: 'direct' | 'zip' = 'direct'): Promise<Unzipped> {
  const compiled = route === 'direct' ? docxCompiler()?.compile(document, undefined, []) : undefined;
  if (compiled instanceof Map) {
    const files: Unzipped = {};
    for (const [path, data] of (compiled as PackageFiles).entries()) {
      files[path] = typeof data === 'string' ? strToU8(data) : new Uint8Array(data);
    }
    return files;
  }
  return unzipSync(new Uint8Array(await Packer.toBuffer(document)));
}
