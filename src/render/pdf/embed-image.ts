/**
 * render/pdf — the emblem as an image XObject. Decoding a PNG and compressing its pixels (and
 * alpha mask) costs more than the whole rest of a one-page letter, so each distinct image is
 * decoded once (by pdf-lib, into a scratch document) and kept as finished PDF objects, already
 * compressed, which every PDF that draws it copies; a batch passes the same bytes for every
 * row and pays for the image once. Kept per bytes object (WeakMap), so it goes with them.
 */
import { PDFDocument, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { ref, type PdfFile } from './pdf-file.js';

export interface EmbeddedImage {
  readonly objectNumber: number;
  readonly width: number;
  readonly height: number;
}

/** The image's objects in the scratch document's numbering, the image itself first. */
interface PreparedImage {
  readonly objects: readonly { readonly number: number; readonly dict: string; readonly data: Uint8Array | undefined }[];
  readonly width: number;
  readonly height: number;
}

const prepared = new WeakMap<Uint8Array, Promise<PreparedImage>>();

/** Thrown for bytes that are neither PNG nor JPEG, or that pdf-lib cannot decode. */
export class ImageFormatError extends Error {}

/** Adds the image to `file` and returns its object number; throws ImageFormatError for unreadable bytes. */
export async function embedImage(file: PdfFile, bytes: Uint8Array): Promise<EmbeddedImage> {
  let image = prepared.get(bytes);
  if (image === undefined) {
    image = prepareImage(bytes);
    prepared.set(bytes, image);
  }
  const { objects, width, height } = await image;
  const numbers = new Map<number, number>();
  for (const object of objects) numbers.set(object.number, file.reserve());
  const renumber = (dict: string): string => dict.replace(/(\d+) 0 R/g, (whole, n: string) => {
    const mapped = numbers.get(Number(n));
    return mapped === undefined ? whole : ref(mapped);
  });
  for (const object of objects) {
    const number = numbers.get(object.number) ?? file.reserve();
    if (object.data === undefined) file.put(number, renumber(object.dict));
    else file.putStream(number, renumber(object.dict), object.data);
  }
  return { objectNumber: numbers.get(objects[0]?.number ?? -1) ?? 0, width, height };
}

async function prepareImage(bytes: Uint8Array): Promise<PreparedImage> {
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!isPng && !isJpeg) throw new ImageFormatError('neither PNG nor JPEG');
  try {
    const scratch = await PDFDocument.create({ updateMetadata: false });
    const image = isPng ? await scratch.embedPng(bytes) : await scratch.embedJpg(bytes);
    await image.embed();
    const objects: { number: number; dict: string; data: Uint8Array | undefined }[] = [];
    const seen = new Set<number>();
    const visit = (reference: PDFRef): void => {
      if (seen.has(reference.objectNumber)) return;
      seen.add(reference.objectNumber);
      const object = scratch.context.lookup(reference);
      if (object === undefined) throw new ImageFormatError(`the image refers to a missing object ${reference.toString()}`);
      objects.push(serialise(reference.objectNumber, object));
      for (const inner of references(object)) visit(inner);
    };
    visit(image.ref);
    if (!(scratch.context.lookup(image.ref) instanceof PDFStream)) throw new ImageFormatError('the image did not embed as a stream');
    return { objects, width: image.width, height: image.height };
  } catch (error) {
    if (error instanceof ImageFormatError) throw error;
    throw new ImageFormatError(error instanceof Error ? error.message : String(error));
  }
}

/** A scratch object as PDF syntax: a stream's entries (no /Length, written by PdfFile) and data, or a direct object. */
function serialise(number: number, object: PDFObject): { number: number; dict: string; data: Uint8Array | undefined } {
  if (object instanceof PDFRawStream) {
    const entries = object.dict
      .entries()
      .filter(([key]) => key.asString() !== '/Length')
      .map(([key, value]) => ` ${key.toString()} ${value.toString()}`)
      .join('');
    return { number, dict: entries, data: object.getContents() };
  }
  if (object instanceof PDFStream) throw new ImageFormatError('unexpected unencoded image stream');
  return { number, dict: object.toString(), data: undefined };
}

/** References inside an object's dictionary or value (SMask, an ICC profile, an indexed palette). */
function references(object: PDFObject): PDFRef[] {
  const text = object instanceof PDFStream ? object.dict.toString() : object.toString();
  return [...text.matchAll(/(\d+) (\d+) R/g)].map((m) => PDFRef.of(Number(m[1]), Number(m[2])));
}
