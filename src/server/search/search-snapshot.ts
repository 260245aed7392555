import type { Database } from '../db/database.ts';
import { readAllTerms } from './search-index.repository.ts';

/**
 * This instance's copy of the term list (token → document frequency) for one index generation:
 * IDF for scoring, prefix frequencies, and the vocabulary that typo correction searches.
 */
export interface TermSnapshot {
  generation: string;
  df: ReadonlyMap<string, number>;
  /** The tokens in code-unit order, for prefix ranges. */
  sorted: readonly string[];
  prefixDf: Map<string, number>;
}

const CACHE_SIZE = 4;
const cache = new Map<string, Promise<TermSnapshot>>();

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readSnapshot(db: Database, generation: string): Promise<TermSnapshot> {
  const rows = await readAllTerms(db);
  const df = new Map<string, number>();
  for (const row of rows) df.set(row.token, Number(row.df));
  return { generation, df, sorted: [...df.keys()].sort(compare), prefixDf: new Map() };
}

/** Generations are random per change, so one cache serves every database in the process. */
export function loadTermSnapshot(db: Database, generation: string): Promise<TermSnapshot> {
  const cached = cache.get(generation);
  if (cached !== undefined) return cached;
  const loading = readSnapshot(db, generation);
  loading.catch(() => cache.delete(generation));
  cache.set(generation, loading);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return loading;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] ?? '', value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Documents containing some token that starts with the prefix, estimated as the sum of their frequencies. */
export function prefixFrequency(snapshot: TermSnapshot, prefix: string, documents: number): number {
  const known = snapshot.prefixDf.get(prefix);
  if (known !== undefined) return known;
  let sum = 0;
  for (let index = lowerBound(snapshot.sorted, prefix); index < snapshot.sorted.length; index += 1) {
    const token = snapshot.sorted[index] ?? '';
    if (!token.startsWith(prefix)) break;
    sum += snapshot.df.get(token) ?? 0;
  }
  const estimate = Math.min(sum, documents);
  snapshot.prefixDf.set(prefix, estimate);
  return estimate;
}

/** Tokens of the index that start with the prefix. */
export function tokensWithPrefix(snapshot: TermSnapshot, prefix: string): string[] {
  const found: string[] = [];
  for (let index = lowerBound(snapshot.sorted, prefix); index < snapshot.sorted.length; index += 1) {
    const token = snapshot.sorted[index] ?? '';
    if (!token.startsWith(prefix)) break;
    found.push(token);
  }
  return found;
}
