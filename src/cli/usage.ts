/**
 * cli — the help texts: one overview and one per command (`saraban <command> --help`).
 * Plain text; the option lists here are the contract of each command, and the tests check
 * that every command's help starts with its usage line.
 */
export const COMMAND_USAGE = {
  render: `Usage: saraban render <input.json|.yaml>... [options]

Render letters. An input is letter input, or a program file { program, base, payload }
(as in examples/programs/*.json). Files are written as <out>/<input name>.<format>.

Options:
  -o, --out <dir>        output folder (default: the current folder)
  --format <list>        pdf, docx or pdf,docx (default: pdf,docx)
  --fonts <dir>          folder with the faces for the PDF (X.ttf and X Bold.ttf, e.g. THSarabunNew);
                         default: the bundled Sarabun
  --emblem <file>        the Garuda image (PNG or JPEG), drawn at the top of page 1
  --embed-font           DOCX: embed the bundled Sarabun so the file looks the same everywhere
  --allow-errors         render even when the rules report errors
  -h, --help             show this help

Exit code: 0 written, 1 a letter has errors or a file cannot be read, 2 wrong command line.`,
  validate: `Usage: saraban validate <files...> [options]

Check letters (or program files) against the model and every business rule.

Options:
  --format <text|json>   text for people (default), json for programs
  --strict               treat warnings as errors
  -h, --help             show this help

Exit code: 0 no errors, 1 an error (or a warning with --strict) in any file, 2 wrong command line.`,
  lint: `Usage: saraban lint <files...> [options]

Read letters received (PDF with a text layer, DOCX, plain text), recognise their parts (ที่, office, date,
เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, body, closing, signer, owner unit, contacts, copies-to) and check them
against the model and every business rule. Each finding names its page and line in the file and its field.

Options:
  --format <text|json>   text for people (default), json for programs (like validate, with source { page, line })
  --strict               treat warnings as errors
  -h, --help             show this help

Exit code: 0 no errors, 1 an error (or a warning with --strict) in any file, 2 wrong command line.`,
  batch: `Usage: saraban batch --program <name> --base <letter.json> --rows <rows.csv|.json|.ndjson> [options]

One letter per row. Each row's columns are merged into the base letter and the program payload:
a column letter.<path> sets a letter field (letter.addressee), payload.<path> or a plain column
name sets a payload field; a plain column the program does not know (district) is kept for
--name only. Rows render in parallel; a bad row never stops the batch and is reported with its
row number in report.json in the output folder.

Options:
  --program <name>       program name (see saraban programs); may come from a program --base file
  --base <file>          base letter, or a program file { program, base, payload }
  --rows <file>          rows: .csv (header row), .json (array of objects) or .ndjson
  -o, --out <dir>        output folder (default: saraban-batch); with --zip, the archive <dir>.zip
  --format <list>        pdf, docx or pdf,docx (default: pdf,docx)
  --name <pattern>       file name pattern with {{column}} placeholders and {{row}} (default: row-{{row}})
  --concurrency <n>      worker threads (default: the number of CPUs)
  --zip                  write one deterministic .zip archive instead of a folder
  --resume               skip rows whose files all exist (from an interrupted run)
  --fonts <dir>          folder with the TH SarabunPSK faces for the PDF
  --emblem <file>        the Garuda image (PNG or JPEG)
  --embed-font           DOCX: embed the bundled Sarabun
  --allow-errors         render letters even when the rules report errors
  --quiet                no progress output
  -h, --help             show this help

Exit code: 0 every row written, 1 any row failed or an input cannot be read, 2 wrong command line.`,
  schema: `Usage: saraban schema [--program <name>]

Print the JSON Schema (draft 2020-12) of letter input, or of a program's payload.`,
  programs: `Usage: saraban programs

List the programs and the fields of their payloads.`,
  demo: `Usage: saraban demo [-o <dir>]

Show the Thai text kit (a date, an amount in words, a fiscal year) and render the example
letter examples/letters/002.json as PDF and DOCX into ./saraban-demo/ (or <dir>).`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_USAGE, name);
}

export function mainUsage(version: string): string {
  return `saraban ${version} — Thai government circulars (หนังสือราชการ, หนังสือเวียน) to PDF and DOCX

Usage:
  saraban render <input.json|.yaml>... [-o dir] [--format pdf,docx] [--fonts dir] [--emblem file] [--allow-errors]
  saraban validate <files...> [--format text|json] [--strict]
  saraban lint <letter.pdf|.docx|.txt>... [--format text|json] [--strict]
  saraban batch --program <name> --base <letter.json> --rows <rows.csv|.json|.ndjson> [-o dir] [--name '{{district}}'] [--zip] [--resume]
  saraban schema [--program <name>]
  saraban programs
  saraban demo
  saraban --version        print the version
  saraban --help           print this help ("saraban <command> --help" for one command)
`;
}
