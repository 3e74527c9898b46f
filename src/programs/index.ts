/**
 * programs — barrel of the programs stage (after model, before compose): typed payloads with
 * their own rules, rendered through strict Handlebars templates into canonical body blocks.
 * Explicit named exports only.
 */
export { renderProgramBody, renderProgram, buildProgramCircular, checkProgramPayload, type ProgramOutput, type ProgramRenderOptions } from './render-program.js';
export { PROGRAMS, PROGRAM_NAMES, findProgram } from './registry.js';
export { defineProgram, type Program, type ProgramDefinition, type ProgramContext, type ProgramFields, type ProgramTemplates } from './program.js';
export { createTemplateEnv, type TemplateEnv } from './template-env.js';
export { bundledTemplateSource, type TemplateSource } from './template-source.js';
export { memoryTemplateSource } from './memory-template-source.js';
export { parseMarkup, decodeEntities, type MarkupDocument } from './markup.js';
export { TEMPLATE_HELPERS } from './template-helpers.js';
export { contractMonths } from './marketer-hiring/rules.js';
export { MeetingPayloadSchema, type MeetingPayload } from './meeting/payload.js';
export { OpcPayloadSchema, type OpcPayload } from './opc/payload.js';
export { KboPayloadSchema, type KboPayload } from './kbo/payload.js';
export { RegistrationPayloadSchema, type RegistrationPayload } from './registration/payload.js';
export { MarketerHiringPayloadSchema, type MarketerHiringPayload } from './marketer-hiring/payload.js';
