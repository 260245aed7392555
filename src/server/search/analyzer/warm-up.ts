import { loadHunspell } from './hunspell.ts';

export type WarmUpStats = { ms: number; heapDeltaMb: number };

// Loads the dictionary and its folded index up front (about 0.7 s) so that no request pays for it.
export function warmUpAnalyzer(): WarmUpStats {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  loadHunspell().foldedLemmas('a');
  return {
    ms: Math.round(performance.now() - started),
    heapDeltaMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
  };
}
