import { describe, expect, it } from 'vitest';
import { continuationCue, firstWord } from './continuation-cue.js';

describe('continuation cue', () => {
  it('quotes the first Thai word of the next page', () => {
    expect(continuationCue('ด้วยกรมการพัฒนาชุมชน')).toBe('/ด้วย...');
    expect(continuationCue('หนังสือฉบับนี้')).toBe('/หนังสือ...');
  });

  it('keeps an item marker with the word', () => {
    expect(continuationCue('มอบหมายให้อำเภอ', '๓.')).toBe('/๓. มอบหมาย...');
  });

  it('joins short dictionary pieces of a compound but stops at a space or a Latin word', () => {
    expect(firstWord('มอบหมายให้')).toBe('มอบหมาย');
    expect(firstWord('ใน การนี้')).toBe('ใน');
    expect(firstWord('OTOP City')).toBe('OTOP');
    expect(firstWord('  ')).toBe('');
  });

  it('gives no cue for a page without text', () => {
    expect(continuationCue('')).toBe('');
  });
});
