/**
 * programs — the stage entry points: program name + payload → body, enclosures and letter fields,
 * and base letter + payload → letter input ready for parseCircular.
 * Steps: payload schema (zod issues → `invalid_input` under `payload`), templates (strict
 * Handlebars, then the markup parser), program rules. Errors make the Result fail; warnings
 * travel with the value. Never throws for bad input.
 */
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { BodyBlock, Enclosure } from '../model/circular-types.js';
import { parseCircular } from '../model/parse-circular.js';
import { parseMarkup } from './markup.js';
import type { CircularInput } from '../model/circular-schema.js';
import type { Program, ProgramContext, ProgramFields } from './program.js';
import type { ProgramName, ProgramPayload } from './program-types.js';
import { findProgram, PROGRAM_NAMES } from './registry.js';
import { createTemplateEnv, type TemplateEnv } from './template-env.js';

export interface ProgramOutput {
  readonly program: string;
  readonly body: readonly BodyBlock[];
  readonly enclosures: readonly Enclosure[];
  readonly fields: ProgramFields;
}

export interface ProgramRenderOptions {
  /** Template environment; the default runs the package's own templates (precompiled) and is shared. */
  readonly env?: TemplateEnv;
  /** What the rules may know about the letter (its date); buildProgramCircular fills this in. */
  readonly context?: ProgramContext;
}

let sharedEnv: TemplateEnv | undefined;
function defaultEnv(): TemplateEnv {
  sharedEnv ??= createTemplateEnv();
  return sharedEnv;
}

function programError(code: string, message: string, messageTh: string, path: readonly (string | number)[] = []): Diagnostic {
  return { code, severity: 'error', stage: 'programs', path, message, messageTh };
}

function lookup(name: string | Program): Result<Program> {
  if (typeof name !== 'string') return { ok: true, value: name, diagnostics: [] };
  const program = findProgram(name);
  if (program !== undefined) return { ok: true, value: program, diagnostics: [] };
  return {
    ok: false,
    diagnostics: [
      programError('unknown_program', `There is no program "${name}"; use one of ${PROGRAM_NAMES.join(', ')}.`, `ไม่มีโปรแกรม "${name}" ใช้ได้เฉพาะ ${PROGRAM_NAMES.join(', ')}`, ['program']),
    ],
  };
}

function parsePayload(program: Program, payload: unknown): Result<unknown> {
  const parsed = program.parse(payload);
  if (parsed.ok) return { ok: true, value: parsed.value, diagnostics: [] };
  return {
    ok: false,
    diagnostics: parsed.issues.map((issue) => {
      const path = ['payload', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
      return programError(
        'invalid_input',
        `${path.join('.')}: ${issue.message} (program ${program.name}).`,
        `ข้อมูล ${path.join('.')} ของโปรแกรม ${program.name} ไม่ถูกต้อง: ${issue.message}`,
        path,
      );
    }),
  };
}

/** Renders one template and checks it produced only blocks (body) or only enclosures. */
function renderBlocks(env: TemplateEnv, name: string, view: unknown, want: 'blocks' | 'enclosures'): Result<{ blocks: readonly BodyBlock[]; enclosures: readonly Enclosure[] }> {
  const rendered = env.render(name, view);
  if (!rendered.ok) return rendered;
  const file = env.displayName(name);
  const parsed = parseMarkup(rendered.value, file);
  if (!parsed.ok) return parsed;
  const { blocks, enclosures } = parsed.value;
  const stray = want === 'blocks' ? enclosures.length > 0 : blocks.length > 0;
  if (stray) {
    const message =
      want === 'blocks'
        ? `${file}: a body template must not produce <enclosure>; put enclosures in their own template.`
        : `${file}: an enclosure template must wrap every block in <enclosure>.`;
    return { ok: false, diagnostics: [programError('markup_invalid', message, `แม่แบบ ${file}: โครงสร้างไม่ถูกต้อง`, [file])] };
  }
  return { ok: true, value: parsed.value, diagnostics: [] };
}

function renderParts(program: Program, parsed: unknown, env: TemplateEnv): Result<Omit<ProgramOutput, 'program'>> {
  const view = program.view(parsed);
  const diagnostics: Diagnostic[] = [];
  const body = renderBlocks(env, program.templates.body, view, 'blocks');
  diagnostics.push(...body.diagnostics);
  const enclosures: Enclosure[] = [];
  for (const name of program.templates.enclosures) {
    const result = renderBlocks(env, name, view, 'enclosures');
    diagnostics.push(...result.diagnostics);
    if (result.ok) enclosures.push(...result.value.enclosures);
  }
  let subject: string | undefined;
  if (program.templates.subject !== undefined) {
    const result = renderBlocks(env, program.templates.subject, view, 'blocks');
    diagnostics.push(...result.diagnostics);
    const only = result.ok && result.value.blocks.length === 1 ? result.value.blocks[0] : undefined;
    if (only?.type === 'paragraph') subject = only.spans.map((s) => s.text).join('');
    else if (result.ok) diagnostics.push(programError('markup_invalid', `${env.displayName(program.templates.subject)}: a subject template must produce exactly one <p>.`, 'แม่แบบเรื่องต้องให้ผลเป็นย่อหน้าเดียว'));
  }
  if (!body.ok || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const fields: ProgramFields = { ...program.fields(parsed), ...(subject === undefined ? {} : { subject }) };
  return { ok: true, value: { body: body.value.blocks, enclosures, fields }, diagnostics };
}

/**
 * Validates a payload (schema and program rules) without rendering anything.
 * @example checkProgramPayload('kbo', payload, { letterDate: { year: 2022, month: 12, day: 23 } })
 */
export function checkProgramPayload(name: string, payload: unknown, context: ProgramContext = {}): Result<unknown> {
  const program = lookup(name);
  if (!program.ok) return program;
  const parsed = parsePayload(program.value, payload);
  if (!parsed.ok) return parsed;
  const diagnostics = program.value.check(parsed.value, context);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, value: parsed.value, diagnostics };
}

/**
 * Renders a program's body, enclosures and letter fields (subject, attachments) from its payload.
 * @example renderProgramBody('meeting', { topic: '…', … }).value?.body
 */
export function renderProgramBody(name: string, payload: unknown, options: ProgramRenderOptions = {}): Result<ProgramOutput> {
  const program = lookup(name);
  if (!program.ok) return program;
  return renderProgram(program.value, payload, options);
}

/**
 * Like renderProgramBody for a program that is not in the registry (an agency's own program
 * made with defineProgram and its own TemplateSource).
 * @example renderProgram(myProgram, row, { env: createTemplateEnv(fileTemplateSource('./my-templates')) }) // fileTemplateSource: src/programs/file-template-source.ts (Node)
 */
export function renderProgram(program: Program, payload: unknown, options: ProgramRenderOptions = {}): Result<ProgramOutput> {
  const parsed = parsePayload(program, payload);
  if (!parsed.ok) return parsed;
  const ruleDiagnostics = program.check(parsed.value, options.context ?? {});
  const parts = renderParts(program, parsed.value, options.env ?? defaultEnv());
  const diagnostics = [...ruleDiagnostics, ...parts.diagnostics];
  if (!parts.ok || hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: { program: program.name, ...parts.value }, diagnostics };
}

/**
 * Fills a base letter (friendly letter input: letterhead, addressee, signer …) with a program's
 * body, enclosures and fields; the result is checked with parseCircular and the program rules
 * see the letter's date. The value is letter input, ready for parseCircular and the renderers.
 * With a bundled program's name the payload is typed (`ProgramPayload<'kbo'>`); a name only
 * known at run time (a string) or a Program object (its templates then come from
 * `options.env`) takes any payload, which is checked at run time all the same.
 * @example buildProgramCircular('registration', baseLetter, row).value
 */
export function buildProgramCircular<N extends ProgramName>(name: N, base: unknown, payload: ProgramPayload<N>, options?: Omit<ProgramRenderOptions, 'context'>): Result<CircularInput>;
// A name known only at run time (a string, not a bundled program's literal name) takes any payload.
export function buildProgramCircular<S extends string>(name: (S & (S extends ProgramName ? never : unknown)) | Program, base: unknown, payload: unknown, options?: Omit<ProgramRenderOptions, 'context'>): Result<CircularInput>;
export function buildProgramCircular(
  name: string | Program,
  base: unknown,
  payload: unknown,
  options: Omit<ProgramRenderOptions, 'context'> = {},
): Result<CircularInput> {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    return { ok: false, diagnostics: [programError('invalid_base_letter', 'The base letter must be an object of letter fields (number, office, date, addressee, signer …).', 'หนังสือต้นแบบต้องเป็นออบเจกต์ของส่วนต่าง ๆ ของหนังสือ', ['base'])] };
  }
  const program = lookup(name);
  if (!program.ok) return program;
  const parsed = parsePayload(program.value, payload);
  if (!parsed.ok) return parsed;
  const parts = renderParts(program.value, parsed.value, options.env ?? defaultEnv());
  if (!parts.ok) return { ok: false, diagnostics: parts.diagnostics };
  const baseFields = base as Readonly<Record<string, unknown>>;
  const diagnostics: Diagnostic[] = [...parts.diagnostics];
  const { subject, attachments } = parts.value.fields;
  for (const key of ['body', 'enclosures'] as const) {
    const existing = baseFields[key];
    if (Array.isArray(existing) && existing.length > 0) {
      diagnostics.push({
        code: 'base_field_replaced',
        severity: 'warning',
        stage: 'programs',
        path: ['base', key],
        message: `The base letter's "${key}" is replaced by the ${program.value.name} program's; leave it out of the base.`,
        messageTh: `"${key}" ของหนังสือต้นแบบถูกแทนที่ด้วยของโปรแกรม ${program.value.name}`,
      });
    }
  }
  const letter: Record<string, unknown> = {
    ...baseFields,
    ...(subject === undefined ? {} : { subject }),
    ...(attachments === undefined ? {} : { attachments }),
    body: parts.value.body,
    enclosures: parts.value.enclosures,
  };
  const circular = parseCircular(letter);
  if (!circular.ok) return { ok: false, diagnostics: [...diagnostics, ...circular.diagnostics] };
  const { date } = circular.value;
  const context: ProgramContext = {
    letter: circular.value,
    ...(date.day === undefined ? {} : { letterDate: { year: date.year, month: date.month, day: date.day } }),
  };
  diagnostics.push(...circular.diagnostics, ...program.value.check(parsed.value, context));
  // parseCircular accepted `letter`, so it is letter input.
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, value: letter as CircularInput, diagnostics };
}
