/**
 * saraban/rules — parsing and the business rules without the renderers (no HarfBuzz, PDF or
 * DOCX code): parse a letter, validate it, read the rule catalogue. The same functions as the
 * package root's.
 */
export type { Diagnostic, Severity, Result, DiagnosticPath, Stage } from '../diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from '../diagnostics/diagnostic.js';
export { parseCircular, CircularInputSchema, type CircularInput } from '../model/index.js';
export { validate, validateCircular, RULES, type ValidateOptions, type ValidationResult, type Rule } from '../rules/index.js';
export type { RuleContext, RuleFinding, TextPiece, TextSegment, TextSource } from '../rules/index.js';
export type { ParseCircularOptions } from '../model/parse-circular.js';
export type { InputLimits } from '../model/input-guard.js';
export type {
  Circular,
  ExternalCircular,
  MemoCircular,
  DocumentNumber,
  AddresseeRank,
  BodyBlock,
  TextSpan,
  Signer,
  Urgency,
  Secrecy,
  LetterDate,
  IssuingOffice,
  MemoOffice,
  Addressee,
  MemoAddressee,
  Reference,
  Attachment,
  ParagraphBlock,
  ListBlock,
  ListItem,
  TableBlock,
  TableColumn,
  TableRow,
  TableCell,
  ColumnAlign,
  ActingLink,
  Contacts,
  OwnerUnit,
  Enclosure,
} from '../model/circular-types.js';
export type { CalendarDate } from '../thai/calendar-date.js';
