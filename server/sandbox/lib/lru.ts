// A small least-recently-used cache, bounded by entry count and by total size.

export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private totalSize = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly sizeOf: (value: V) => number = () => 1,
    private readonly maxSize = Infinity,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.totalSize -= this.sizeOf(previous);
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.totalSize += this.sizeOf(value);
    for (const [oldest, oldValue] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalSize <= this.maxSize) break;
      if (oldest === key) break;
      this.entries.delete(oldest);
      this.totalSize -= this.sizeOf(oldValue);
    }
  }
}
