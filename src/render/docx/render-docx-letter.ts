/**
 * render/docx — the package-level entry point: letter input → validated, composed → .docx.
 * No content is decided here: prepareLetter (compose) does parsing, rules and composition.
 */
import { prepareUnlessPrepared, type PrepareLetterOptions } from '../../compose/prepare-letter.js';
import { SarabanError, type Diagnostic, type Result } from '../../diagnostics/diagnostic.js';
import type { DocxRenderOptions } from './docx-options.js';
import { safeRenderDocxFromTree } from './render-docx.js';

export interface RenderDocxOptions extends DocxRenderOptions, PrepareLetterOptions {}

/**
 * Like `renderDocx`, but returns the diagnostics instead of throwing.
 * @example const result = await safeRenderDocx(input); if (result.ok) await writeFile('letter.docx', result.value);
 */
export async function safeRenderDocx(input: unknown, options: RenderDocxOptions = {}): Promise<Result<Uint8Array>> {
  const prepared = prepareUnlessPrepared(input, options);
  if (!prepared.ok) return prepared;
  const rendered = await safeRenderDocxFromTree(prepared.value.tree, options);
  const diagnostics: Diagnostic[] = [...prepared.diagnostics, ...rendered.diagnostics];
  return rendered.ok ? { ok: true, value: rendered.value, diagnostics } : { ok: false, diagnostics };
}

/**
 * Render a circular (friendly input, canonical, or the value of `prepareLetter`) to DOCX bytes.
 * Throws SarabanError carrying every diagnostic when the letter has errors.
 * @example const bytes = await renderDocx(JSON.parse(await readFile('letter.json', 'utf8')));
 */
export async function renderDocx(input: unknown, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const result = await safeRenderDocx(input, options);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new SarabanError(`The letter cannot be rendered: ${first?.message ?? 'see diagnostics'}`, result.diagnostics);
  }
  return result.value;
}
