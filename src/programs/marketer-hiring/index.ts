/**
 * programs/marketer-hiring — binding of the new-generation OTOP marketer hiring program (seed 004):
 * payload schema, rules, and templates/marketer-hiring/ (subject, body, allocation table,
 * workload table). The view fills in the subtotal and total rows the payload leaves out.
 */
import { defineProgram } from '../program.js';
import { MarketerHiringPayloadSchema, type MarketerHiringPayload } from './payload.js';
import { checkMarketerHiring } from './rules.js';

function view(p: MarketerHiringPayload): Readonly<Record<string, unknown>> {
  let persons = 0;
  let budget = 0;
  const regions = p.allocation.regions.map((region) => {
    const sum = {
      persons: region.provinces.reduce((n, row) => n + row.persons, 0),
      budget: region.provinces.reduce((n, row) => n + row.budget, 0),
    };
    const subtotal = region.subtotal ?? sum;
    persons += subtotal.persons;
    budget += subtotal.budget;
    return { ...region, provinces: region.provinces.map((row) => ({ ...row, total: row.total ?? row.budget })), subtotal };
  });
  return {
    ...p,
    workload: {
      ...p.workload,
      countedDuties: p.workload.countedDuties ?? null,
      duties: p.workload.duties.map((d) => ({ ...d, before: d.before ?? null })),
    },
    allocation: { ...p.allocation, regions, total: p.allocation.total ?? { persons, budget } },
  };
}

export const marketerHiringProgram = defineProgram<MarketerHiringPayload>({
  name: 'marketer-hiring',
  title: 'โครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP)',
  description: 'Hiring of new-generation OTOP marketers: rate, period, the workload table and the budget allocation table by inspection region.',
  schema: MarketerHiringPayloadSchema,
  templates: {
    body: 'marketer-hiring/body.hbs',
    subject: 'marketer-hiring/subject.hbs',
    enclosures: ['marketer-hiring/allocation.hbs', 'marketer-hiring/workload.hbs'],
  },
  check: checkMarketerHiring,
  view,
  fields: (p) => ({
    attachments: p.attachments.map((a) => ({
      title: a.title,
      ...(a.quantity === undefined ? {} : { quantity: a.quantity }),
      ...(a.unit === undefined ? {} : { unit: a.unit }),
    })),
  }),
});
