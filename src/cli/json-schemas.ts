/**
 * cli — the JSON Schemas (draft 2020-12) of what callers write: letter input, each program's
 * payload and the `{ program, base, payload }` program file. zod 4's z.toJSONSchema of the input
 * side, with what it cannot show written back in (the friendly forms of body blocks) and Thai
 * and English help for editors. `saraban schema` prints them; scripts/write-schemas.mjs writes
 * the same objects to schemas/ in the package.
 */
import { z } from 'zod';
import { CircularInputSchema } from '../model/index.js';
import { PROGRAM_NAMES, PROGRAMS } from '../programs/index.js';

type Json = Record<string, unknown>;

/** Thai — English help for the letter's top-level fields (an existing description follows). */
const LETTER_FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  $schema: ['ที่อยู่ของ JSON Schema ที่ใช้ตรวจไฟล์นี้ (saraban ไม่อ่านช่องนี้)', 'The JSON Schema this file is checked against (saraban ignores this key).'],
  kind: ['ชนิดของหนังสือ: external = หนังสือภายนอก, memo = บันทึกข้อความ', 'Document kind: external letter (default) or memo.'],
  number: ['ที่ของหนังสือ เช่น "มท ๐๔๐๘.๒/ว ๒๒๙๓" หรือแยกเป็นส่วน', 'The ที่ number, as text ("มท ๐๔๐๘.๒/ว ๒๒๙๓") or in parts.'],
  urgency: ['ชั้นความเร็ว: ด่วน ด่วนมาก ด่วนที่สุด', 'Urgency stamp: ด่วน, ด่วนมาก or ด่วนที่สุด.'],
  secrecy: ['ชั้นความลับ: ลับ ลับมาก ลับที่สุด', 'Secrecy stamp: ลับ, ลับมาก or ลับที่สุด.'],
  office: ['ส่วนราชการเจ้าของหนังสือและที่ตั้ง (บันทึกข้อความ: ส่วนราชการ)', 'Issuing office and its address (for a memo: the owner unit line).'],
  date: ['วัน เดือน ปี ของหนังสือ (ISO 2020-03-18 หรือ "๑๘ มีนาคม ๒๕๖๓")', 'Date of the letter: ISO (2020-03-18) or Thai text ("๑๘ มีนาคม ๒๕๖๓").'],
  subject: ['เรื่อง', 'Subject (เรื่อง).'],
  addressee: ['คำขึ้นต้นถึงผู้รับ (เรียน …) และฐานะของผู้รับ', 'Addressee (เรียน …) and their rank, which picks salutation and closing.'],
  referenceHeading: ['หัวข้ออ้างถึง', 'Heading of the references line (default อ้างถึง).'],
  references: ['อ้างถึง: หนังสือที่อ้างถึง', 'References (อ้างถึง): earlier letters cited.'],
  attachments: ['สิ่งที่ส่งมาด้วย', 'Attachments (สิ่งที่ส่งมาด้วย).'],
  body: ['ข้อความ: ย่อหน้า รายการเลขข้อ และตาราง', 'Body: paragraphs, numbered items and tables.'],
  signer: ['ผู้ลงนาม ตำแหน่ง และการรักษาราชการแทน/ปฏิบัติราชการแทน', 'Signer, position and the acting / on-behalf chain.'],
  ownerUnit: ['ส่วนราชการเจ้าของเรื่อง และการติดต่อ (โทร. โทรสาร อีเมล)', 'Owner unit and its contacts (telephone, fax, e-mail).'],
  copiesTo: ['สำเนาส่ง', 'Copies to (สำเนาส่ง).'],
  footerLines: ['ข้อความท้ายหนังสือ (เช่น คำขวัญ)', 'Footer lines (slogans).'],
  enclosures: ['เอกสารแนบท้าย (หน้าแยกต่อจากหนังสือ)', 'Enclosures printed after the letter.'],
  numerals: ['ตัวเลขที่ใช้: thai (เลขไทย) หรือ arabic', 'Digits used: thai (default) or arabic.'],
};

function bilingual([th, en]: readonly [string, string], existing?: unknown): string {
  return typeof existing !== 'string' || existing === en ? `${th} — ${en}` : `${th} — ${en} ${existing}`;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Body blocks are read through a preprocess (model/body-schema.ts) that zod's JSON Schema cannot
 * show: a string is a body paragraph, and an object without `type` is a list (it has items), a
 * table (rows or columns) or a paragraph. Writes those forms back in.
 */
function withFriendlyBlocks(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFriendlyBlocks);
  if (!isJson(node)) return node;
  const out: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withFriendlyBlocks(value)]));
  const branches = Array.isArray(out['oneOf']) ? out['oneOf'].filter(isJson) : [];
  const kinds = branches.map((branch) => (isJson(branch['properties']) && isJson(branch['properties']['type']) ? branch['properties']['type']['const'] : undefined));
  if (branches.length === 3 && ['paragraph', 'list', 'table'].every((kind) => kinds.includes(kind))) {
    delete out['oneOf'];
    out['anyOf'] = [
      { type: 'string', description: 'ย่อหน้าข้อความ — A body paragraph.' },
      ...branches.map((branch) => ({ ...branch, required: (Array.isArray(branch['required']) ? branch['required'] : []).filter((key) => key !== 'type') })),
    ];
  }
  return out;
}

/** JSON Schema of what a caller writes (defaults optional, transforms by their input). */
export function inputJsonSchema(schema: z.ZodType): Json {
  return withFriendlyBlocks(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as Json;
}

/** Letter or memo input, with `$schema` allowed and Thai and English help on every top-level field. */
export function letterJsonSchema(): Json {
  const letter: Json = { title: 'saraban: หนังสือราชการ / letter or memo input', ...inputJsonSchema(CircularInputSchema) };
  const branches = Array.isArray(letter['oneOf']) ? letter['oneOf'].filter(isJson) : [letter];
  for (const branch of branches) {
    const properties: Json = { $schema: { type: 'string' }, ...(isJson(branch['properties']) ? branch['properties'] : {}) };
    for (const [key, help] of Object.entries(LETTER_FIELDS)) {
      const property = properties[key];
      if (isJson(property)) property['description'] = bilingual(help, property['description']);
    }
    branch['properties'] = properties;
  }
  return letter;
}

/** One bundled program's payload, or undefined when there is no such program. */
export function programPayloadJsonSchema(name: string): Json | undefined {
  const program = PROGRAMS.find((candidate) => candidate.name === name);
  if (program === undefined) return undefined;
  return { title: `${program.title} (${program.name})`, ...inputJsonSchema(program.schema), description: `ข้อมูลของโปรแกรม ${program.title} — ${program.description}` };
}

/** A `{ program, base, payload }` file; the payload is checked by the program's own schema file. */
export function programFileJsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'saraban: ไฟล์โปรแกรม / program file',
    description: 'หนังสือจากโปรแกรม: หนังสือต้นแบบกับข้อมูลของโปรแกรม — A program letter: a base letter and the program payload (saraban render, saraban batch --base).',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: bilingual(LETTER_FIELDS['$schema'] ?? ['', '']) },
      program: { enum: [...PROGRAM_NAMES], description: 'ชื่อโปรแกรม — The program that writes the body.' },
      seed: { type: 'string', description: 'หนังสือต้นฉบับที่ใช้เป็นแบบ (ไม่บังคับ) — The example letter this file was made from (optional, not read).' },
      base: { type: 'object', description: 'หนังสือต้นแบบ: ส่วนหัว ผู้รับ ผู้ลงนาม … ไม่มีข้อความ — The base letter: every letter field except those the program writes (body, enclosures, subject).' },
      payload: { type: 'object', description: 'ข้อมูลของโปรแกรม — The program payload.' },
    },
    required: ['program', 'base', 'payload'],
    additionalProperties: false,
    allOf: PROGRAM_NAMES.map((name) => ({
      if: { properties: { program: { const: name } }, required: ['program'] },
      then: { properties: { payload: { $ref: `programs/${name}.schema.json` } } },
    })),
  };
}

/** Every schema file of the package's schemas/ folder, by its path there. */
export function schemaFiles(): Readonly<Record<string, Json>> {
  const files: Record<string, Json> = { 'letter.schema.json': letterJsonSchema(), 'program-file.schema.json': programFileJsonSchema() };
  for (const name of PROGRAM_NAMES) files[`programs/${name}.schema.json`] = programPayloadJsonSchema(name) ?? {};
  return files;
}
