/**
 * programs/registration — binding of the OTOP producer registration program (seed 003):
 * payload schema, rules, and templates/registration/ (subject, body).
 */
import { defineProgram } from '../program.js';
import { RegistrationPayloadSchema, type RegistrationPayload } from './payload.js';
import { checkRegistration } from './rules.js';

export const registrationProgram = defineProgram<RegistrationPayload>({
  name: 'registration',
  title: 'การขึ้นทะเบียนผู้ผลิต ผู้ประกอบการ OTOP',
  description: 'Registration drive for OTOP producers: revenue target, per-sub-district targets by producer type, deadline and report channel.',
  schema: RegistrationPayloadSchema,
  templates: { body: 'registration/body.hbs', subject: 'registration/subject.hbs', enclosures: [] },
  check: checkRegistration,
  view: (p) => ({
    ...p,
    nextFiscalYear: p.fiscalYear + 1,
  }),
});
