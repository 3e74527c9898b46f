/**
 * programs/opc — binding of the OTOP Product Champion selection program (seed 001):
 * payload schema, rules, and templates/opc/ (subject, body, guidelines enclosure).
 */
import { defineProgram } from '../program.js';
import { OpcPayloadSchema, type OpcPayload } from './payload.js';
import { checkOpc } from './rules.js';

export const opcProgram = defineProgram<OpcPayload>({
  name: 'opc',
  title: 'โครงการการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย (OTOP Product Champion : OPC)',
  description: 'OPC selection: tasks for district offices, the online briefing, and the guidelines enclosure with numbered steps.',
  schema: OpcPayloadSchema,
  templates: { body: 'opc/body.hbs', subject: 'opc/subject.hbs', enclosures: ['opc/guidelines.hbs'] },
  check: checkOpc,
  view: (p) => ({
    ...p,
    guidelines: {
      ...p.guidelines,
      steps: p.guidelines.steps.map((s) => ({ title: s.title, text: s.text ?? null, items: s.items ?? null, publicity: s.publicity === true })),
    },
  }),
  fields: (p) => ({
    attachments: p.attachments.map((a) => ({
      title: a.title,
      ...(a.quantity === undefined ? {} : { quantity: a.quantity }),
      ...(a.unit === undefined ? {} : { unit: a.unit }),
    })),
  }),
});
