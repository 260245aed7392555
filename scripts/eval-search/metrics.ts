export interface EvalQuery {
  q: string;
  expected: string[];
  kind: string;
}

export interface Figures {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrrAt10: number;
}

export interface Report {
  overall: Figures;
  byKind: Record<string, Figures>;
}

function recallAt(ranked: readonly string[], expected: readonly string[], k: number): number {
  if (expected.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return expected.filter((id) => top.has(id)).length / expected.length;
}

function reciprocalRank(ranked: readonly string[], expected: readonly string[], k: number): number {
  const index = ranked.slice(0, k).findIndex((id) => expected.includes(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

function figures(rows: ReadonlyArray<{ ranked: readonly string[]; query: EvalQuery }>): Figures {
  const mean = (value: (row: { ranked: readonly string[]; query: EvalQuery }) => number) =>
    rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + value(row), 0) / rows.length;
  return {
    queries: rows.length,
    recallAt1: round(mean((row) => recallAt(row.ranked, row.query.expected, 1))),
    recallAt3: round(mean((row) => recallAt(row.ranked, row.query.expected, 3))),
    mrrAt10: round(mean((row) => reciprocalRank(row.ranked, row.query.expected, 10))),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** recall@k: the share of a query's expected practices among the first k results, averaged over queries. */
export function evaluate(queries: readonly EvalQuery[], ranked: ReadonlyArray<readonly string[]>): Report {
  const rows = queries.map((query, index) => ({ query, ranked: ranked[index] ?? [] }));
  const kinds = [...new Set(queries.map((query) => query.kind))].sort();
  return {
    overall: figures(rows),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, figures(rows.filter((row) => row.query.kind === kind))])),
  };
}
