/**
 * cache — a least-recently-used map (leaf module) with a fixed number of entries, for work that
 * letters of one batch share (compressed font subsets, ToUnicode streams). Bounded, so a
 * long-running process holds at most `limit` entries however many letters it renders.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, made by `make` when absent (and then kept, evicting the oldest). */
  getOrMake(key: K, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recent.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}
