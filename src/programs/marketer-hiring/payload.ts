/**
 * programs/marketer-hiring — payload of the new-generation OTOP marketer hiring letter (seed 004):
 * fiscal year, monthly rate, hiring period, province size tiers, the workload table (duties
 * with minimum quantities per person per month) and the budget allocation table by inspection
 * region (rows, optional declared subtotals and grand total, printed with Arabic digits).
 */
import { z } from 'zod';
import { amountBaht, beYear, isoDate, lineText, positiveCount, wholeCount } from '../payload-kit.js';

const attachment = z.strictObject({ title: lineText, quantity: positiveCount.optional(), unit: lineText.optional() });
const sums = z.strictObject({ persons: wholeCount, budget: amountBaht });

export const MarketerHiringPayloadSchema = z.strictObject({
  organizer: lineText,
  fiscalYear: beYear,
  /** โดยแบ่งตามระดับขนาดของจังหวัด … ขนาด */
  provinceSizeTiers: positiveCount,
  /** อัตราจ้างเหมาคนละ … บาทต่อเดือน */
  monthlyRate: amountBaht,
  period: z.strictObject({ start: isoDate, end: isoDate }),
  attachments: z.array(attachment).default([]),
  workload: z.strictObject({
    /** Marks the table as revised: (ปรับปรุง). */
    revised: z.boolean().default(false),
    duties: z
      .array(
        z.strictObject({
          scope: lineText,
          /** Text before the quantity: `ปรับปรุง หรืออัปเดต ข้อมูลสินค้า OTOP …` */
          before: lineText.optional(),
          minimum: positiveCount,
          /** Unit and anything after the figure: `คลิป (๑ กลุ่ม หรือราย หรือชุมชน ต่อคลิป)` */
          unit: lineText,
          /** An exact quantity, printed without อย่างน้อย. */
          exact: z.boolean().default(false),
        }),
      )
      .min(1),
    /** หมายเหตุ: ข้อ from–to are counted against the budget output document. */
    countedDuties: z.strictObject({ from: positiveCount, to: positiveCount }).optional(),
  }),
  allocation: z.strictObject({
    /** Budget plan, project and activity lines printed under the title. */
    budgetLines: z.array(lineText).default([]),
    /** `ไตรมาส 1` */
    quarter: lineText,
    /** Budget per person for the period. */
    perPersonBudget: amountBaht,
    regions: z
      .array(
        z.strictObject({
          number: positiveCount,
          name: lineText,
          provinces: z.array(z.strictObject({ name: lineText, persons: positiveCount, budget: amountBaht, total: amountBaht.optional() })).min(1),
          /** The รวม row as printed; computed when absent. */
          subtotal: sums.optional(),
        }),
      )
      .min(1),
    /** The grand total row as printed; computed when absent. */
    total: sums.optional(),
  }),
  closing: lineText.default('จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ'),
});

export type MarketerHiringPayload = z.output<typeof MarketerHiringPayloadSchema>;
