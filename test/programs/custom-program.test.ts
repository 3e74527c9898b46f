/**
 * The worked example of docs/programs.md, run as written: a program defined outside the registry
 * with defineProgram, its templates from memory, rendered and built into a letter.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkAfterLetter } from '../../src/programs/date-rules.js';
import { buildProgramCircular, createTemplateEnv, defineProgram, memoryTemplateSource, renderProgram, type ProgramContext } from '../../src/programs/index.js';
import { isoDate, lineText, positiveCount } from '../../src/programs/payload-kit.js';
import { programDiagnostic } from '../../src/programs/program-diagnostic.js';
import { loadExample } from './program-examples.js';

const OtopFairPayloadSchema = z.strictObject({
  fairName: lineText,
  date: isoDate,
  venue: lineText,
  boothsPerDistrict: positiveCount,
  closing: lineText.default('จึงเรียนมาเพื่อโปรดพิจารณา'),
});
type OtopFairPayload = z.output<typeof OtopFairPayloadSchema>;

function checkOtopFair(p: OtopFairPayload, context: ProgramContext): Diagnostic[] {
  const out = checkAfterLetter(p.date, ['date'], context);
  if (p.boothsPerDistrict > 5) {
    out.push(
      programDiagnostic(
        'booths_per_district_exceeded',
        'error',
        ['boothsPerDistrict'],
        `Each district may book at most 5 booths, not ${p.boothsPerDistrict}.`,
        `อำเภอจองบูธได้ไม่เกิน ๕ บูธ ไม่ใช่ ${p.boothsPerDistrict} บูธ`,
      ),
    );
  }
  return out;
}

const otopFairProgram = defineProgram<OtopFairPayload>({
  name: 'otop-fair',
  title: 'งานแสดงและจำหน่ายสินค้า OTOP',
  description: 'Invitation to an OTOP fair with a booth quota per district.',
  schema: OtopFairPayloadSchema,
  templates: { body: 'otop-fair/body.hbs', subject: 'otop-fair/subject.hbs', enclosures: [] },
  check: checkOtopFair,
  view: (p) => ({ ...p }),
});

const env = createTemplateEnv(
  memoryTemplateSource({
    'otop-fair/subject.hbs': '<p>ขอเชิญร่วมงาน{{fairName}}</p>\n',
    'otop-fair/body.hbs': [
      '<p>ด้วยจังหวัดกำหนดจัดงาน{{fairName}} ในวัน{{thaiWeekday date}}ที่ {{thaiDate date}} ณ {{venue}}</p>',
      '<p>จึงขอให้อำเภอแจ้งผู้ผลิต ผู้ประกอบการ OTOP จองบูธได้อำเภอละไม่เกิน {{thaiNumber boothsPerDistrict}} บูธ</p>',
      '<p>{{closing}}</p>',
      '',
    ].join('\n'),
  }),
);

const payload = { fairName: 'OTOP แปดริ้ว', date: '2024-02-10', venue: 'ศาลากลางจังหวัด', boothsPerDistrict: 3 };

describe('the worked example of docs/programs.md', () => {
  it('renders the body and subject', () => {
    const result = renderProgram(otopFairProgram, payload, { env });
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.fields.subject).toBe('ขอเชิญร่วมงานOTOP แปดริ้ว');
    const first = result.value?.body[0];
    expect(first?.type === 'paragraph' && first.spans[0]?.text).toBe('ด้วยจังหวัดกำหนดจัดงานOTOP แปดริ้ว ในวันเสาร์ที่ ๑๐ กุมภาพันธ์ ๒๕๖๗ ณ ศาลากลางจังหวัด');
  });

  it('reports its own rule', () => {
    const result = renderProgram(otopFairProgram, { ...payload, boothsPerDistrict: 6 }, { env });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['booths_per_district_exceeded']);
  });

  it('builds a whole letter from a base letter', () => {
    const base = loadExample('registration').base;
    const built = buildProgramCircular(otopFairProgram, base, payload, { env });
    expect(built.ok).toBe(true);
    expect(built.value?.subject).toBe('ขอเชิญร่วมงานOTOP แปดริ้ว');
  });
});
