/**
 * render/docx — text and attribute values as XML 1.0 character data. Characters XML 1.0 cannot
 * hold at all (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) are
 * dropped, so whatever reaches the writer, every part stays well-formed. Validation reports
 * them on the input's own path before this point.
 */

// eslint-disable-next-line no-control-regex -- these control characters are what the pattern removes
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

function legal(text: string): string {
  NOT_XML_CHAR.lastIndex = 0;
  return NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

/** Character data of an element. */
export function xmlText(text: string): string {
  const clean = legal(text);
  return TEXT_SPECIAL.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : clean;
}

/** The value of a double-quoted attribute. */
export function xmlAttr(text: string): string {
  const clean = legal(text);
  return ATTR_SPECIAL.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : clean;
}
