/**
 * thai — Thai word segmentation behind a pluggable interface (leaf module).
 * The default uses the runtime's ICU dictionary through Intl.Segmenter('th'), created
 * once. thaiWords guarantees that the pieces join back to the input and that no piece
 * starts with a Thai combining mark, whatever segmenter is plugged in.
 */

export interface WordSegmenter {
  segment(text: string): string[];
}

let sharedSegmenter: Intl.Segmenter | undefined;

/**
 * Words of chunks already segmented. Letters of a batch repeat most of their phrases, and
 * ICU's dictionary pass is the dearest step of line breaking; the cache is emptied when it
 * reaches its bound, so memory stays flat however many letters a process renders.
 */
const chunkWords = new Map<string, readonly string[]>();
const CHUNK_CACHE_LIMIT = 20_000;
/** Longer chunks are segmented every time: they are rare and would make the cache's memory unbounded. */
const CACHED_CHUNK_MAX_LENGTH = 2_000;

function segmentChunk(chunk: string): readonly string[] {
  let words = chunkWords.get(chunk);
  if (words === undefined) {
    sharedSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
    words = Array.from(sharedSegmenter.segment(chunk), (s) => s.segment);
    if (chunk.length <= CACHED_CHUNK_MAX_LENGTH) {
      if (chunkWords.size >= CHUNK_CACHE_LIMIT) chunkWords.clear();
      chunkWords.set(chunk, words);
    }
  }
  return words;
}

/**
 * Intl.Segmenter('th', { granularity: 'word' }), created on first use and then reused.
 * Text is fed to ICU one whitespace-delimited chunk at a time: whitespace always ends a
 * dictionary run, so the result is the same, and ICU's Thai dictionary pass is about twice
 * as fast on short chunks (measured 96 ms → 49 ms on the 15.5k-character seed corpus).
 */
export const intlWordSegmenter: WordSegmenter = {
  segment(text: string): string[] {
    const out: string[] = [];
    for (const chunk of text.split(/(\s+)/)) {
      if (chunk === '') continue;
      for (const word of segmentChunk(chunk)) out.push(word);
    }
    return out;
  },
};

/** Thai vowel and tone marks that attach to the preceding consonant (U+0E31, U+0E34–0E3A, U+0E47–0E4E). */
export function isThaiCombiningMark(char: string): boolean {
  const c = char.charCodeAt(0);
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

/**
 * Splits text into words. Pieces that start with a combining mark are merged into the
 * previous piece, so a line breaker can never separate a mark from its base letter.
 */
export function thaiWords(text: string, segmenter: WordSegmenter = intlWordSegmenter): string[] {
  const words: string[] = [];
  for (const piece of segmenter.segment(text)) {
    if (piece === '') continue;
    const previous = words.at(-1);
    if (previous !== undefined && isThaiCombiningMark(piece)) {
      words[words.length - 1] = previous + piece;
    } else {
      words.push(piece);
    }
  }
  // A foreign segmenter might drop or alter text; fall back to the input as one piece then.
  return words.join('') === text ? words : text === '' ? [] : [text];
}
