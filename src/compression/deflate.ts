/**
 * compression — DEFLATE for both renderers (leaf module). On Node the runtime's own zlib,
 * reached through `process.getBuiltinModule` so that browser bundles never see a Node import;
 * elsewhere fflate, in pure JavaScript. Native zlib deflates about twice as fast as fflate,
 * which matters in batches. Output is the same for the same input on one platform; zlib and
 * fflate produce different (equally valid) bytes, so a PDF made in a browser is not
 * byte-identical to one made on Node.
 */
import { deflateSync as fflateDeflateRaw, zlibSync as fflateZlib } from 'fflate';

interface NodeZlib {
  deflateSync(data: Uint8Array, options: { level: number }): Uint8Array;
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

/**
 * How hard to compress: `small` (zlib's default level 6) for what is compressed once and
 * reused (font subsets, images, the parts every letter shares); `fast` (level 1) for what
 * every letter compresses afresh (page contents, the document part). Measured on a 37 kB
 * page of a letter: level 6 gives 6.1 kB in 2.4 ms, level 1 8.6 kB in 0.5 ms.
 */
export type DeflateEffort = 'small' | 'fast';

const LEVEL: Record<DeflateEffort, number> = { small: 6, fast: 1 };

function findNodeZlib(): NodeZlib | undefined {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const zlib = processLike?.getBuiltinModule?.('node:zlib') as Partial<NodeZlib> | undefined;
    return typeof zlib?.deflateSync === 'function' && typeof zlib.deflateRawSync === 'function' ? (zlib as NodeZlib) : undefined;
  } catch {
    return undefined;
  }
}

const nodeZlib = findNodeZlib();

function asUint8Array(bytes: Uint8Array): Uint8Array {
  // Node returns Buffers; callers get plain views of the same memory.
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** zlib-wrapped DEFLATE (RFC 1950), as PDF's FlateDecode expects. */
export function zlibDeflate(bytes: Uint8Array, effort: DeflateEffort = 'small'): Uint8Array {
  const level = LEVEL[effort] as 1 | 6;
  return nodeZlib === undefined ? fflateZlib(bytes, { level }) : asUint8Array(nodeZlib.deflateSync(bytes, { level }));
}

/** Raw DEFLATE (RFC 1951), as zip entries hold it. */
export function rawDeflate(bytes: Uint8Array, effort: DeflateEffort = 'small'): Uint8Array {
  const level = LEVEL[effort] as 1 | 6;
  return nodeZlib === undefined ? fflateDeflateRaw(bytes, { level }) : asUint8Array(nodeZlib.deflateRawSync(bytes, { level }));
}

let crcTable: Uint32Array | undefined;

function tableCrc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 (ISO 3309), as zip entries state it: Node's zlib.crc32 where it exists (Node ≥ 20.15). */
export function crc32(bytes: Uint8Array): number {
  return nodeZlib?.crc32 === undefined ? tableCrc32(bytes) : nodeZlib.crc32(bytes) >>> 0;
}

/** The pure-JavaScript CRC-32, for the test that checks it against zlib's. */
export const portableCrc32 = tableCrc32;

/** Which implementation deflates here; benchmarks print it. */
export const deflateImplementation: 'node:zlib' | 'fflate' = nodeZlib === undefined ? 'fflate' : 'node:zlib';
