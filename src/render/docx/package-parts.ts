/**
 * render/docx — the parts of the package around the story parts: content types, relationships,
 * styles, settings, the font table (with the embedded faces' real OS/2 signatures and fixed
 * obfuscation keys) and the core properties. Only what the document uses is written: no
 * numbering, footnotes, theme or custom properties.
 */
import type { FormattedDocument } from '../../format/formatted-document.js';
import type { EmblemInfo } from '../../image/emblem-image.js';
import type { FontSignature } from './embedded-fonts.js';
import type { DocxFace } from './run-xml.js';
import { halfPoints } from './run-xml.js';
import type { BandPart } from './section-xml.js';
import { xmlAttr, xmlText } from './xml-text.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The relationships namespace, also the stem of every relationship type. */
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export const PACKAGE_RELATIONSHIPS =
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

export const APP_PROPERTIES = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>saraban</Application></Properties>`;

export const SETTINGS =
  `${DECLARATION}<w:settings xmlns:w="${W}">` +
  '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

/** Relationship ids of word/document.xml: fixed ones first, then headers, footers, the image. */
export const STYLES_ID = 'rId1';
export const SETTINGS_ID = 'rId2';
export const FONT_TABLE_ID = 'rId3';
export const FIRST_FREE_ID = 3;

/** Document defaults for anything Word adds later (typing at the end of the letter); no `w:cs` here (ADR 0039). */
export function stylesXml(doc: FormattedDocument, face: DocxFace): string {
  const size = halfPoints(face, doc.fontSize);
  return (
    `${DECLARATION}<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${face.rFonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

export function corePropertiesXml(doc: FormattedDocument, isoDate: string): string {
  const date = xmlText(isoDate);
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(doc.meta.title)}</dc:title><dc:subject>${xmlText(doc.meta.subject)}</dc:subject><dc:creator>${xmlText(doc.meta.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlText(doc.meta.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** An embedded face: its family, its signature, and the fixed keys of its regular and bold files. */
export interface EmbeddedFace {
  readonly family: string;
  readonly signature: FontSignature | undefined;
  readonly regularKey: string;
  readonly boldKey: string;
}

/** The font table: empty unless a face is embedded, then that face with charset Thai (DE). */
export function fontTableXml(embedded: EmbeddedFace | undefined): string {
  if (embedded === undefined) return `${DECLARATION}<w:fonts xmlns:w="${W}" xmlns:r="${REL}"/>`;
  const sig = embedded.signature;
  return (
    `${DECLARATION}<w:fonts xmlns:w="${W}" xmlns:r="${REL}"><w:font w:name="${xmlAttr(embedded.family)}">` +
    '<w:charset w:val="DE"/><w:family w:val="auto"/><w:pitch w:val="variable"/>' +
    (sig === undefined ? '' : `<w:sig w:usb0="${sig.usb0}" w:usb1="${sig.usb1}" w:usb2="${sig.usb2}" w:usb3="${sig.usb3}" w:csb0="${sig.csb0}" w:csb1="${sig.csb1}"/>`) +
    `<w:embedRegular r:id="rId1" w:fontKey="${embedded.regularKey}"/><w:embedBold r:id="rId2" w:fontKey="${embedded.boldKey}"/>` +
    '</w:font></w:fonts>'
  );
}

export const FONT_TABLE_RELATIONSHIPS =
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/font" Target="fonts/font1.odttf"/><Relationship Id="rId2" Type="${REL}/font" Target="fonts/font2.odttf"/>` +
  '</Relationships>';

/** The image part's name for the emblem's type. */
export function imagePartName(info: EmblemInfo): string {
  return info.type === 'png' ? 'media/image1.png' : 'media/image1.jpeg';
}

export function documentRelationshipsXml(bands: readonly BandPart[], emblem: { id: string; info: EmblemInfo } | undefined): string {
  return (
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="${STYLES_ID}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="${SETTINGS_ID}" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="${FONT_TABLE_ID}" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
    bands.map((b) => `<Relationship Id="${b.relationshipId}" Type="${REL}/${b.kind}" Target="${b.name}"/>`).join('') +
    (emblem === undefined ? '' : `<Relationship Id="${emblem.id}" Type="${REL}/image" Target="${imagePartName(emblem.info)}"/>`) +
    '</Relationships>'
  );
}

export function contentTypesXml(bands: readonly BandPart[], emblem: EmblemInfo | undefined, fonts: boolean): string {
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (emblem === undefined ? '' : emblem.type === 'png' ? '<Default Extension="png" ContentType="image/png"/>' : '<Default Extension="jpeg" ContentType="image/jpeg"/>') +
    (fonts ? '<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>' : '') +
    `<Override PartName="/word/document.xml" ContentType="${CT_WORD}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT_WORD}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${CT_WORD}.settings+xml"/>` +
    `<Override PartName="/word/fontTable.xml" ContentType="${CT_WORD}.fontTable+xml"/>` +
    bands.map((b) => `<Override PartName="/word/${b.name}" ContentType="${CT_WORD}.${b.kind}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}
