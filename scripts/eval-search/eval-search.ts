import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Actor } from '../../src/server/auth/actor.ts';
import { importPractices } from '../../src/server/practices/practice-import.service.ts';
import { warmUpAnalyzer } from '../../src/server/search/analyzer/index.ts';
import { searchPractices } from '../../src/server/search/search.service.ts';
import { SearchQuerySchema } from '../../src/shared/search.schema.ts';
import { fts5Baseline, miniSearchBaseline, type PlainPractice } from './baselines.ts';
import { type EvalQuery, evaluate, type Figures, type Report } from './metrics.ts';
import { temporaryDatabase } from './temporary-database.ts';

const USAGE = 'usage: npm run eval:search -- --practices FILE --queries FILE [--json] [--database postgres://…] [--misses]';

/** The evaluation searches as an administrator: every practice is visible, none is recorded. */
const EVALUATOR: Actor = { id: 'eval', email: 'eval', name: 'Relevance evaluation', role: 'admin', branchIds: [], locale: 'pl' };

const QuerySchema = z.object({ q: z.string(), expected: z.array(z.string()).min(1), kind: z.string().default('other') });
const list = z.union([z.array(z.string()), z.undefined()]).transform((value) => (value ?? []).join('\n'));
const PlainSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().default(''),
  situation: z.string().default(''),
  signals: list,
  steps: list,
  say: list,
  avoid: list,
  tags: list,
  body: z.string().default(''),
});

function readLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}, line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

async function runOurs(databaseUrl: string | undefined, practicesText: string, queries: readonly EvalQuery[]) {
  const temporary = await temporaryDatabase(databaseUrl);
  try {
    const report = await importPractices(
      temporary.db,
      { actor: EVALUATOR, authorId: null },
      { format: 'jsonl', text: practicesText, dryRun: false, skipInvalid: false, status: 'published', locale: 'pl' },
    );
    if (!report.committed)
      throw new Error(
        `the practices could not be imported: ${JSON.stringify(report.fileErrors.concat(report.lines.flatMap((line) => line.errors)))}`,
      );
    const ranked: string[][] = [];
    const latencies: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const response = await searchPractices(temporary.db, EVALUATOR, SearchQuerySchema.parse({ q: query.q, limit: 10 }), {
        record: false,
        cache: false,
      });
      latencies.push(performance.now() - started);
      ranked.push(response.results.map((result) => result.slug));
    }
    return { ranked, latencies, database: temporary.description, imported: report.created };
  } finally {
    await temporary.drop();
  }
}

function line(name: string, figures: Figures): string {
  return `${name.padEnd(16)} ${String(figures.queries).padStart(4)}   ${figures.recallAt1.toFixed(3)}   ${figures.recallAt3.toFixed(3)}   ${figures.mrrAt10.toFixed(3)}`;
}

function printTable(title: string, report: Report): void {
  console.log(`\n${title}\n${'kind'.padEnd(16)} ${'n'.padStart(4)}   R@1     R@3     MRR@10`);
  console.log(line('overall', report.overall));
  for (const [kind, figures] of Object.entries(report.byKind)) console.log(line(kind, figures));
}

function printMisses(queries: readonly EvalQuery[], ranked: ReadonlyArray<readonly string[]>): void {
  console.log('\nQueries whose expected practice is not in the first three:');
  queries.forEach((query, index) => {
    const top = ranked[index] ?? [];
    const position = top.findIndex((id) => query.expected.includes(id));
    if (position >= 0 && position < 3) return;
    console.log(
      `  [${query.kind}] ${query.q}\n    expected ${query.expected.join(', ')} at ${position === -1 ? '>10' : position + 1}; got ${top.slice(0, 3).join(', ')}`,
    );
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      practices: { type: 'string' },
      queries: { type: 'string' },
      json: { type: 'boolean', default: false },
      database: { type: 'string' },
      misses: { type: 'boolean', default: false },
    },
  });
  if (values.practices === undefined || values.queries === undefined) throw new Error(USAGE);
  const practicesText = fs.readFileSync(values.practices, 'utf8');
  const plain: PlainPractice[] = readLines(values.practices, PlainSchema);
  const queries: EvalQuery[] = readLines(values.queries, QuerySchema);
  warmUpAnalyzer();
  const ours = await runOurs(values.database, practicesText, queries);
  const fts5 = fts5Baseline(plain);
  const miniSearch = miniSearchBaseline(plain);
  const reports = {
    ours: evaluate(queries, ours.ranked),
    fts5: evaluate(
      queries,
      queries.map((query) => fts5.rank(query.q)),
    ),
    minisearch: evaluate(
      queries,
      queries.map((query) => miniSearch.rank(query.q)),
    ),
  };
  fts5.close();
  const better = Math.max(reports.fts5.overall.recallAt3, reports.minisearch.overall.recallAt3);
  const latency = { p50: percentile(ours.latencies, 50), p95: percentile(ours.latencies, 95), max: percentile(ours.latencies, 100) };
  console.log(`Relacja search relevance — ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`);
  console.log(`${ours.imported} practices imported into ${ours.database}; ${queries.length} queries`);
  printTable('Relacja (the API code path)', reports.ours);
  printTable('Baseline: SQLite FTS5 unicode61 remove_diacritics 2, bm25, words OR-ed', reports.fts5);
  printTable('Baseline: MiniSearch prefix: true, fuzzy: 0.2', reports.minisearch);
  console.log(
    `\nrecall@3 over the better baseline: ${(reports.ours.overall.recallAt3 - better).toFixed(3)}; latency per query p50 ${latency.p50} ms, p95 ${latency.p95} ms`,
  );
  if (values.misses) printMisses(queries, ours.ranked);
  if (values.json) {
    const database = values.database === undefined ? 'sqlite' : 'postgres';
    console.log(
      JSON.stringify({
        database,
        practices: ours.imported,
        queries: queries.length,
        ...reports,
        marginOverBetterBaseline: reports.ours.overall.recallAt3 - better,
        latencyMs: latency,
      }),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
