/**
 * model — public surface of the model stage: the canonical types, the friendly input schema,
 * parseCircular, the ที่ number, and the reference data (provinces, ministries, salutations).
 * Later stages and the package root import from here; explicit named exports only.
 */
export type {
  ActingLink,
  Addressee,
  AddresseeRank,
  Attachment,
  BodyBlock,
  Circular,
  CircularKind,
  ColumnAlign,
  Contacts,
  DocumentNumber,
  Enclosure,
  ExternalCircular,
  IssuingOffice,
  LetterDate,
  ListBlock,
  ListItem,
  MemoAddressee,
  MemoCircular,
  MemoOffice,
  OwnerUnit,
  ParagraphBlock,
  Reference,
  Secrecy,
  Signer,
  TableBlock,
  TableCell,
  TableColumn,
  TableRow,
  TextSpan,
  Urgency,
} from './circular-types.js';
export { CIRCULAR_KINDS, SECRECY_LEVELS, URGENCIES } from './circular-types.js';
export { ADDRESSEE_RANKS, isAddresseeRank } from './addressee-ranks.js';
export { CircularInputSchema, type CircularInput } from './circular-schema.js';
export { parseCircular, type ParseCircularOptions } from './parse-circular.js';
export { MEMO_FIELD_UNUSED } from './memo-fields.js';
export { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-guard.js';
export {
  DOCUMENT_NUMBER_PATTERN,
  formatDocumentNumber,
  parseDocumentNumber,
  safeParseDocumentNumber,
  type FormatDocumentNumberOptions,
} from './document-number.js';
export { inferAddresseeRank } from './addressee.js';
export { ACTING_RELATIONS, readSignerLines, splitNamePrefix, type SignerLinesReading } from './signer.js';
export { readContactLines } from './contacts.js';
export { readCalendarDateText, readLetterDateText } from './date-input.js';
export { findProvince, findProvinceOfOffice } from './find-province.js';
export {
  HIGH_OFFICES,
  INDEPENDENT_AGENCIES,
  MINISTRIES,
  PROVINCES,
  REFERENCE_DATA_VERSIONS,
  SALUTATION_TABLE,
  closingFor,
  independentAgencyByCode,
  isAgencyCode,
  isIndependentAgencyCode,
  isMinistryCode,
  isProvinceCode,
  ministryByCode,
  provinceByCode,
  provinceByName,
  provinceByPostcode,
  ranksWithClosing,
  ranksWithSalutation,
  salutationFor,
  type AgencyCode,
  type ConfidenceTag,
  type MinistryCode,
  type Province,
  type ReferenceDataVersion,
  type SalutationRow,
} from './reference-data.js';
