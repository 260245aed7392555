export type LruCache<V> = {
  get: (key: string) => V | undefined;
  set: (key: string, value: V) => void;
  readonly size: number;
};

/**
 * A least-recently-used cache in two generations: new and recently read entries live in the young
 * map; when it is full it becomes the old one and the previous old one is dropped. A read of an
 * old entry moves it up once, so a read costs one lookup instead of a delete and a re-insert
 * (which made the cache the analyzer's largest cost while indexing).
 */
export function createLruCache<V>(capacity: number): LruCache<V> {
  const generation = Math.max(1, Math.ceil(capacity / 2));
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const keep = (key: string, value: V) => {
    young.set(key, value);
    if (young.size < generation) return;
    old = young;
    young = new Map();
  };
  return {
    get(key) {
      const value = young.get(key);
      if (value !== undefined) return value;
      const aged = old.get(key);
      if (aged === undefined) return undefined;
      old.delete(key);
      keep(key, aged);
      return aged;
    },
    set(key, value) {
      old.delete(key);
      keep(key, value);
    },
    get size() {
      return young.size + old.size;
    },
  };
}
