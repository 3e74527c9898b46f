/**
 * programs/meeting — binding of the video-conference briefing program (seed 000):
 * payload schema, rules and templates/meeting/ (subject.hbs, body.hbs). No enclosures.
 */
import { defineProgram } from '../program.js';
import { MeetingPayloadSchema, type MeetingPayload } from './payload.js';
import { checkMeeting } from './rules.js';

export const meetingProgram = defineProgram<MeetingPayload>({
  name: 'meeting',
  title: 'การประชุมซักซ้อมความเข้าใจผ่านระบบวีดิทัศน์ทางไกล',
  description: 'Invitation to a briefing by video conference: agenda, target participants, date and time range.',
  schema: MeetingPayloadSchema,
  templates: { body: 'meeting/body.hbs', subject: 'meeting/subject.hbs', enclosures: [] },
  check: checkMeeting,
  view: (p) => ({ ...p }),
});
