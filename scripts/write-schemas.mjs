// Writes schemas/: the JSON Schemas (draft 2020-12) that ship with the package, for editors
// (VS Code json.schemas, a `$schema` key in a file) and other languages:
//   schemas/letter.schema.json              letter or memo input (what renderPdf/renderDocx take)
//   schemas/program-file.schema.json        a { program, base, payload } file (examples/programs)
//   schemas/programs/<name>.schema.json     each bundled program's payload
// Made from the built package's zod schemas (z.toJSONSchema, input side), as `saraban schema`
// prints them, with Thai and English descriptions added for hover help. Run by `npm run build`
// after tsup; test/schemas.test.ts fails when the files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Thai — English help for the letter's top-level fields (an existing description is kept after it). */
const LETTER_FIELDS = {
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

function bilingual([th, en], existing) {
  return existing === undefined || existing === en ? `${th} — ${en}` : `${th} — ${en} ${existing}`;
}

/**
 * Body blocks are read through a preprocess (src/model/body-schema.ts withBlockType) that zod's
 * JSON Schema cannot show: a string is a body paragraph, and an object without `type` is a
 * list (it has items), a table (rows or columns) or a paragraph. Writes those forms back in.
 */
function withFriendlyBlocks(node) {
  if (Array.isArray(node)) return node.map(withFriendlyBlocks);
  if (typeof node !== 'object' || node === null) return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withFriendlyBlocks(value)]));
  const branches = out.oneOf;
  const kinds = Array.isArray(branches) ? branches.map((branch) => branch?.properties?.type?.const) : [];
  if (kinds.length === 3 && ['paragraph', 'list', 'table'].every((kind) => kinds.includes(kind))) {
    delete out.oneOf;
    out.anyOf = [
      { type: 'string', description: 'ย่อหน้าข้อความ — A body paragraph.' },
      ...branches.map((branch) => ({ ...branch, required: (branch.required ?? []).filter((key) => key !== 'type') })),
    ];
  }
  return out;
}

export async function schemaFiles() {
  const saraban = await import(join(root, 'dist', 'index.js'));
  const input = (schema) => withFriendlyBlocks(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  const files = {};

  const letter = { title: 'saraban: หนังสือราชการ / letter or memo input', ...input(saraban.CircularInputSchema) };
  for (const branch of letter.oneOf ?? [letter]) {
    branch.properties = { $schema: { type: 'string' }, ...branch.properties };
    for (const [key, help] of Object.entries(LETTER_FIELDS)) {
      const property = branch.properties[key];
      if (property !== undefined) property.description = bilingual(help, property.description);
    }
  }
  files['letter.schema.json'] = letter;

  for (const program of saraban.PROGRAMS) {
    files[`programs/${program.name}.schema.json`] = {
      title: `${program.title} (${program.name})`,
      ...input(program.schema),
      description: `ข้อมูลของโปรแกรม ${program.title} — ${program.description}`,
    };
  }

  files['program-file.schema.json'] = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'saraban: ไฟล์โปรแกรม / program file',
    description: 'หนังสือจากโปรแกรม: หนังสือต้นแบบกับข้อมูลของโปรแกรม — A program letter: a base letter and the program payload (saraban render, saraban batch --base).',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: bilingual(LETTER_FIELDS.$schema) },
      program: { enum: [...saraban.PROGRAM_NAMES], description: 'ชื่อโปรแกรม — The program that writes the body.' },
      seed: { type: 'string', description: 'หนังสือต้นฉบับที่ใช้เป็นแบบ (ไม่บังคับ) — The example letter this file was made from (optional, not read).' },
      base: { type: 'object', description: 'หนังสือต้นแบบ: ส่วนหัว ผู้รับ ผู้ลงนาม … ไม่มีข้อความ — The base letter: every letter field except those the program writes (body, enclosures, subject).' },
      payload: { type: 'object', description: 'ข้อมูลของโปรแกรม — The program payload.' },
    },
    required: ['program', 'base', 'payload'],
    additionalProperties: false,
    allOf: saraban.PROGRAM_NAMES.map((name) => ({
      if: { properties: { program: { const: name } }, required: ['program'] },
      then: { properties: { payload: { $ref: `programs/${name}.schema.json` } } },
    })),
  };
  return Object.fromEntries(Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(await schemaFiles())) {
    mkdirSync(dirname(join(root, 'schemas', name)), { recursive: true });
    writeFileSync(join(root, 'schemas', name), text);
  }
}
