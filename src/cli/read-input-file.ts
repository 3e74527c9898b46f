/**
 * cli — reads a letter, base letter or program file: JSON (`.json`) or YAML (`.yaml`, `.yml`),
 * UTF-8 with or without a BOM. Never throws for a bad file: an unreadable or unparsable file
 * is a `file_unreadable` / `file_not_parsed` diagnostic naming the file and the position.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { Result } from '../diagnostics/diagnostic.js';
import { cliError } from './cli-diagnostic.js';

export function isYamlFile(path: string): boolean {
  return /\.ya?ml$/iu.test(path);
}

/** Parses already read text by the file name's extension. */
export function parseInputText(path: string, text: string): Result<unknown> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    const value: unknown = isYamlFile(path) ? parseYaml(source) : JSON.parse(source);
    return { ok: true, value, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        cliError(
          'file_not_parsed',
          `${path} is not valid ${isYamlFile(path) ? 'YAML' : 'JSON'}: ${reason}`,
          `ไฟล์ ${path} ไม่ใช่ ${isYamlFile(path) ? 'YAML' : 'JSON'} ที่ถูกต้อง: ${reason}`,
        ),
      ],
    };
  }
}

export async function readInputFile(path: string): Promise<Result<unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostics: [cliError('file_unreadable', `Cannot read ${path}: ${reason}`, `อ่านไฟล์ ${path} ไม่ได้: ${reason}`)] };
  }
  return parseInputText(path, text);
}
