import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('keeps at most `limit` entries, evicting the least recently used', () => {
    const cache = new BoundedCache<string, number>(2);
    let made = 0;
    const get = (key: string): number => cache.getOrMake(key, () => ++made);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(2);
    expect(get('a')).toBe(1); // a is now the most recent
    expect(get('c')).toBe(3); // evicts b
    expect(cache.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4); // made again
    expect(made).toBe(4);
  });
});
