/**
 * Program rules and entry points: corrected examples raise nothing and build letters parseCircular
 * accepts; the seed payloads raise exactly their defects; each rule fires on a payload made wrong
 * for it; schema problems and real-template strictness are diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../../src/model/parse-circular.js';
import { buildProgramCircular, checkProgramPayload, PROGRAM_NAMES, renderProgramBody } from '../../src/programs/index.js';
import { PROGRAM_EXAMPLE_NAMES, SEED_LETTER_DATES, loadExample, seedPayload } from './program-examples.js';

type Json = Record<string, unknown>;

function codes(name: string, payload: unknown, letterDate = SEED_LETTER_DATES[name]) {
  const result = checkProgramPayload(name, payload, letterDate === undefined ? {} : { letterDate });
  return result.diagnostics.map((d) => `${d.severity}:${d.code}:${d.path.join('.')}`).sort();
}

function edit(name: string, change: (p: Json) => void): Json {
  const payload = structuredClone(loadExample(name).payload);
  change(payload);
  return payload;
}

const at = (value: unknown, ...keys: (string | number)[]): Json =>
  keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as Json;

describe('every registered program', () => {
  it('has an example', () => {
    expect([...PROGRAM_NAMES].sort()).toEqual([...PROGRAM_EXAMPLE_NAMES].sort());
  });

  it.each(PROGRAM_EXAMPLE_NAMES)('%s: the corrected example raises no diagnostic and builds a letter parseCircular accepts', (name) => {
    const example = loadExample(name);
    expect(codes(name, example.payload)).toEqual([]);
    const built = buildProgramCircular(name, example.base, example.payload as never /* untyped JSON */);
    expect(built.diagnostics).toEqual([]);
    expect(built.ok).toBe(true);
    const circular = parseCircular(built.value);
    expect(circular.ok).toBe(true);
    expect(circular.value?.body.length).toBeGreaterThan(0);
  });

  it.each(PROGRAM_EXAMPLE_NAMES)('%s: renders body blocks from its templates', (name) => {
    const result = renderProgramBody(name, loadExample(name).payload);
    expect(result.ok).toBe(true);
    expect(result.value?.body.length).toBeGreaterThan(0);
    expect(result.value?.fields.subject).toBeTruthy();
  });
});

describe('seed payloads, defects included', () => {
  it('000 meeting: none of its defects is in the program payload', () => {
    expect(codes('meeting', seedPayload('meeting'))).toEqual([]);
  });
  it('001 opc: the dropped เจ of เจ้าหน้าที่ is text no rule sees', () => {
    expect(codes('opc', seedPayload('opc'))).toEqual([]);
  });
  it('002 kbo: a reply deadline on a Sunday written as วันพุธ', () => {
    expect(codes('kbo', seedPayload('kbo'))).toEqual([
      'error:weekday_mismatch:payload.reply.statedWeekday',
      'warning:date_on_weekend:payload.reply.deadline',
    ]);
  });
  it('002 kbo: จังหวัดเชียงใหม่ in the body of a letter issued by ฉะเชิงเทรา', () => {
    const built = buildProgramCircular('kbo', loadExample('kbo').base, seedPayload('kbo') as never /* untyped JSON */);
    expect(built.diagnostics.map((d) => d.code)).toContain('province_mismatch');
  });
  it('003 registration: the report is due on a Sunday', () => {
    expect(codes('registration', seedPayload('registration'))).toEqual(['warning:date_on_weekend:payload.report.date']);
  });
  it('004 marketer-hiring: 38,000 per person against 15,000 × 2.5 months = 37,500 is a warning', () => {
    const result = checkProgramPayload('marketer-hiring', seedPayload('marketer-hiring'));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['per_person_budget_above_rate']);
    expect(result.diagnostics[0]?.message).toContain('37,500');
  });
});

describe('program rules', () => {
  it('products_per_producer_exceeded: a cap above 2, and a producer entering 3 products', () => {
    expect(codes('opc', edit('opc', (p) => (p['maxProductsPerProducer'] = 3)))).toContain('error:products_per_producer_exceeded:payload.maxProductsPerProducer');
    const entries = edit('opc', (p) => {
      p['submissions'] = [
        { producer: 'กลุ่มทอผ้า', products: ['ผ้าไหม', 'ผ้าฝ้าย'] },
        { producer: 'กลุ่มทอผ้า', products: ['ผ้าขาวม้า'] },
      ];
    });
    expect(codes('opc', entries)).toEqual(['error:products_per_producer_exceeded:payload.submissions.1.products']);
  });
  it('registration_window_invalid: a window reaching the selection year', () => {
    expect(codes('opc', edit('opc', (p) => (at(p, 'registrationYears')['to'] = 2565)))).toEqual(['error:registration_window_invalid:payload.registrationYears.to']);
  });
  it('groups_per_district_too_few: fewer than 3 groups per district', () => {
    expect(codes('kbo', edit('kbo', (p) => (p['minGroupsPerDistrict'] = 2)))).toEqual(['error:groups_per_district_too_few:payload.minGroupsPerDistrict']);
  });
  it('star levels beyond 3 and a star year that is not the previous year', () => {
    const payload = edit('kbo', (p) => {
      at(p, 'criteria', 'starLevels')['max'] = 4;
      at(p, 'criteria')['starYear'] = 2566;
    });
    expect(codes('kbo', payload)).toEqual(['error:star_levels_invalid:payload.criteria.starLevels', 'error:star_year_not_previous:payload.criteria.starYear']);
  });
  it('deadline_after_meeting and deadline_before_letter', () => {
    const deadline = (date: string) =>
      edit('kbo', (p) => {
        at(p, 'reply')['deadline'] = date;
        Reflect.deleteProperty(at(p, 'reply'), 'statedWeekday');
      });
    expect(codes('kbo', deadline('2023-01-11'))).toEqual(['error:deadline_after_meeting:payload.reply.deadline']);
    expect(codes('kbo', deadline('2022-12-22'))).toEqual(['error:deadline_before_letter:payload.reply.deadline']);
    expect(codes('registration', edit('registration', (p) => (p['deadline'] = '2023-09-25')))).toEqual(['error:deadline_before_letter:payload.deadline']);
  });
  it('representatives_per_group_invalid: more than one representative per group', () => {
    expect(codes('kbo', edit('kbo', (p) => (at(p, 'meeting')['representativesPerGroup'] = 2)))).toEqual(['error:representatives_per_group_invalid:payload.meeting.representativesPerGroup']);
  });
  it('registration_targets_inconsistent: per sub-district minimum below the category minimums', () => {
    expect(codes('registration', edit('registration', (p) => (at(p, 'targets')['otherTypes'] = 2)))).toEqual(['error:registration_targets_inconsistent:payload.targets.perSubDistrict']);
  });
  it('allocation_row_mismatch, allocation_subtotal_mismatch, allocation_total_mismatch', () => {
    const row = edit('marketer-hiring', (p) => (at(p, 'allocation', 'regions', 0, 'provinces', 1)['budget'] = 76000));
    expect(codes('marketer-hiring', row)).toEqual(['error:allocation_row_mismatch:payload.allocation.regions.0.provinces.1.budget']);
    const subtotal = edit('marketer-hiring', (p) => (at(p, 'allocation', 'regions', 1)['subtotal'] = { persons: 17, budget: 640000 }));
    expect(codes('marketer-hiring', subtotal)).toEqual(['error:allocation_subtotal_mismatch:payload.allocation.regions.1.subtotal']);
    const total = edit('marketer-hiring', (p) => (at(p, 'allocation')['total'] = { persons: 34, budget: 1290000 }));
    expect(codes('marketer-hiring', total)).toEqual(['error:allocation_total_mismatch:payload.allocation.total']);
    const rightTotal = edit('marketer-hiring', (p) => (at(p, 'allocation')['total'] = { persons: 34, budget: 1275000 }));
    expect(codes('marketer-hiring', rightTotal)).toEqual([]);
  });
  it('per_person_budget_below_rate is an error', () => {
    const payload = edit('marketer-hiring', (p) => (p['monthlyRate'] = 16000));
    expect(codes('marketer-hiring', payload)).toEqual(['error:per_person_budget_below_rate:payload.allocation.perPersonBudget']);
    expect(checkProgramPayload('marketer-hiring', payload).ok).toBe(false);
  });
  it('hiring_period_outside_fiscal_year', () => {
    const payload = edit('marketer-hiring', (p) => (at(p, 'period')['start'] = '2020-09-16'));
    expect(codes('marketer-hiring', payload)).toContain('error:hiring_period_outside_fiscal_year:payload.period.start');
  });
  it('event_before_letter and time_range_invalid for a meeting', () => {
    const payload = edit('meeting', (p) => {
      p['date'] = '2020-03-17';
      p['statedWeekday'] = 'อังคาร';
      p['end'] = '09:00';
    });
    expect(codes('meeting', payload)).toEqual(['error:event_before_letter:payload.date', 'error:time_range_invalid:payload.end']);
  });
  it('meeting_id_invalid for a Meeting ID that is not 9–11 digits', () => {
    expect(codes('opc', edit('opc', (p) => (at(p, 'briefing')['meetingId'] = '597 212')))).toEqual(['error:meeting_id_invalid:payload.briefing.meetingId']);
  });
});

describe('payload schema problems are diagnostics with the field path', () => {
  it('names the field of a wrong type, a bad date and a multi-line text', () => {
    const payload = edit('meeting', (p) => {
      p['date'] = '2020-02-30';
      p['agenda'] = ['ก\nข'];
      p['start'] = 930;
    });
    const result = renderProgramBody('meeting', payload);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([
      ['invalid_input', 'payload.agenda.0'],
      ['invalid_input', 'payload.date'],
      ['invalid_input', 'payload.start'],
    ].sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '')));
  });
  it('an unknown program is unknown_program', () => {
    expect(renderProgramBody('lottery', {}).diagnostics[0]?.code).toBe('unknown_program');
  });
  it('a base letter that is not an object is invalid_base_letter', () => {
    expect(buildProgramCircular('meeting', 'x', loadExample('meeting').payload as never /* untyped JSON */).diagnostics[0]?.code).toBe('invalid_base_letter');
  });
});

describe('strictness through the real program templates', () => {
  it('a view missing a field gives template_missing_field naming the template file and the field', async () => {
    const { readFileSync } = await import('node:fs');
    const { createTemplateEnv, memoryTemplateSource } = await import('../../src/programs/index.js');
    const source = readFileSync(new URL('../../templates/kbo/body.hbs', import.meta.url), 'utf8');
    const env = createTemplateEnv(memoryTemplateSource({ 'kbo/body.hbs': source }));
    const view = structuredClone(loadExample('kbo').payload);
    Reflect.deleteProperty(at(view, 'meeting'), 'venue');
    const result = env.render('kbo/body.hbs', view);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('template_missing_field');
    expect(result.diagnostics[0]?.message).toContain('templates/kbo/body.hbs');
    expect(result.diagnostics[0]?.message).toContain('"meeting.venue"');
  });

  it('payload text with <b> and {{ stays literal text in the letter', () => {
    const item = '<b>ตัวหนา</b> {{organizer}} & {{{x}}}';
    const result = renderProgramBody('meeting', { ...loadExample('meeting').payload, agenda: [item] });
    const list = result.value?.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items[0]?.spans).toEqual([{ text: item }]);
  });
});
