/**
 * saraban/programs — program letters (payload → letter input) without the renderers: the
 * bundled programs, their typed payloads and buildProgramCircular. The same functions as the
 * package root's; pass the value to saraban/pdf or saraban/docx to render it.
 */
export type { Diagnostic, Severity, Result, DiagnosticPath, Stage } from '../diagnostics/diagnostic.js';
export { PROGRAMS, PROGRAM_NAMES, findProgram, buildProgramCircular, renderProgramBody, type Program } from '../programs/index.js';
export type { ProgramName, ProgramPayload, ProgramPayloads } from '../programs/program-types.js';
export type { ProgramContext, ProgramFields, ProgramTemplates } from '../programs/program.js';
export type { ProgramOutput, ProgramRenderOptions } from '../programs/render-program.js';
export type { TemplateEnv } from '../programs/template-env.js';
export type { CircularInput } from '../model/index.js';
