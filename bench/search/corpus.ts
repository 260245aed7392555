import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { PostgresAdapter, sql } from 'kysely';
import { z } from 'zod';
import { AttitudeSchema, ChannelSchema, NeedSchema } from '../../src/shared/practices.schema.ts';
import type { Database } from '../../src/server/db/database.ts';

/** The development set, read at run time from ../shared (never copied into the repository). */
export const DEV_SET = path.resolve('..', 'shared', 'eval', 'search');

const PracticeSchema = z.object({
  title: z.string(),
  summary: z.string().default(''),
  situation: z.string().default(''),
  signals: z.array(z.string()).default([]),
  steps: z.array(z.string()).default([]),
  say: z.array(z.string()).default([]),
  avoid: z.array(z.string()).default([]),
  channels: z.array(ChannelSchema).default([]),
  attitudes: z.array(AttitudeSchema).default([]),
  needs: z.array(NeedSchema).default([]),
  tags: z.array(z.string()).default([]),
  body: z.string().default(''),
});
type Source = z.infer<typeof PracticeSchema>;

/** Sentence pools per field, from which practices are recombined. */
interface Pools {
  titles: string[];
  summaries: string[];
  situations: string[];
  signals: string[];
  steps: string[];
  say: string[];
  avoid: string[];
  tags: string[];
  bodies: string[];
  sources: Source[];
}

export function readLines(file: string): unknown[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

export function readPools(directory: string): Pools {
  const sources = readLines(path.join(directory, 'practices.jsonl')).map((line) => PracticeSchema.parse(line));
  const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/u).filter((sentence) => sentence.trim() !== '');
  return {
    titles: sources.map((source) => source.title),
    summaries: sources.map((source) => source.summary),
    situations: sources.flatMap((source) => sentences(source.situation)),
    signals: sources.flatMap((source) => source.signals),
    steps: sources.flatMap((source) => source.steps),
    say: sources.flatMap((source) => source.say),
    avoid: sources.flatMap((source) => source.avoid),
    tags: [...new Set(sources.flatMap((source) => source.tags))],
    bodies: sources.flatMap((source) => sentences(source.body)),
    sources,
  };
}

/** A small deterministic generator (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('empty pool');
  return item;
}

function some<T>(next: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(next() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(next, items)))];
}

function practiceRow(pools: Pools, next: () => number, index: number, at: string) {
  const base = pick(next, pools.sources);
  const json = (items: string[]) => JSON.stringify(items);
  return {
    id: uuidv7(),
    slug: `korpus-${index}`,
    language: 'pl',
    status: 'published' as const,
    branch_id: null,
    author_id: null,
    owner_id: null,
    reviewer_id: null,
    title: `${pick(next, pools.titles)} (${index})`,
    summary: pick(next, pools.summaries),
    situation: some(next, pools.situations, 2, 4).join(' '),
    signals: json(some(next, pools.signals, 2, 5)),
    steps: json(some(next, pools.steps, 4, 7)),
    say: json(some(next, pools.say, 1, 3)),
    avoid: json(some(next, pools.avoid, 1, 3)),
    channels: json(base.channels),
    attitudes: json(base.attitudes),
    needs: json(base.needs),
    tags: json(some(next, pools.tags, 3, 5)),
    body: some(next, pools.bodies, 3, 6).join(' '),
    source: 'bench',
    version: 1,
    created_at: at,
    updated_at: at,
    published_at: at,
    review_by: null,
    verified_at: null,
    verified_by: null,
    view_count: 0,
    helpful_count: Math.floor(next() * 4),
    not_helpful_count: Math.floor(next() * 2),
    pending_revision_id: null,
  };
}

/**
 * Writes `count` recombined practices straight into the table (the index is built separately, and
 * timed), then, on PostgreSQL, vacuums it as after any bulk load (autovacuum would within a minute).
 */
export async function insertCorpus(db: Database, pools: Pools, count: number, seed = 2026): Promise<void> {
  const next = random(seed);
  const at = new Date().toISOString();
  const batch = 200;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < count; start += batch) {
      const rows = Array.from({ length: Math.min(batch, count - start) }, (_, offset) => practiceRow(pools, next, start + offset, at));
      await trx.insertInto('practices').values(rows).execute();
    }
  });
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`vacuum (analyze) practices`.execute(db);
}
