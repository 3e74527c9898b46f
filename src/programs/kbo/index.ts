/**
 * programs/kbo — binding of the Knowledge-Based OTOP network program (seed 002):
 * payload schema, rules, and templates/kbo/ (subject, body). The reply form is an attachment
 * the recipients fill in, so it is not generated.
 */
import { defineProgram } from '../program.js';
import { KboPayloadSchema, type KboPayload } from './payload.js';
import { checkKbo } from './rules.js';

export const kboProgram = defineProgram<KboPayload>({
  name: 'kbo',
  title: 'โครงการส่งเสริมกระบวนการเครือข่ายองค์ความรู้ (Knowledge-Based OTOP : KBO)',
  description: 'KBO network: selection criteria for target producer groups, reply deadline and channel, and the meeting with the provincial KBO committee.',
  schema: KboPayloadSchema,
  templates: { body: 'kbo/body.hbs', subject: 'kbo/subject.hbs', enclosures: [] },
  check: checkKbo,
  view: (p) => ({ ...p }),
});
