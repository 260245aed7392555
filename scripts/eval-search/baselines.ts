import SqliteDatabase from 'better-sqlite3';
import MiniSearch from 'minisearch';

/** The text of a practice/v1 entry as the naive baselines see it: every text field, lists joined. */
export interface PlainPractice {
  id: string;
  title: string;
  summary: string;
  situation: string;
  signals: string;
  steps: string;
  say: string;
  avoid: string;
  tags: string;
  body: string;
}

export const TEXT_FIELDS = ['title', 'summary', 'situation', 'signals', 'steps', 'say', 'avoid', 'tags', 'body'] as const;

export type Ranker = (q: string) => string[];

const WORD = /[\p{L}\p{N}]+/gu;

/** SQLite FTS5 with `unicode61 remove_diacritics 2` over all text fields, bm25, the query's words OR-ed. */
export function fts5Baseline(practices: readonly PlainPractice[]): { rank: Ranker; close(): void } {
  const db = new SqliteDatabase(':memory:');
  db.exec(`create virtual table p using fts5(id unindexed, ${TEXT_FIELDS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare(`insert into p (id, ${TEXT_FIELDS.join(', ')}) values (?, ${TEXT_FIELDS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (const practice of practices) insert.run(practice.id, ...TEXT_FIELDS.map((field) => practice[field]));
  })();
  const search = db.prepare<[string], { id: string }>('select id from p where p match ? order by bm25(p) limit 10');
  return {
    rank: (q) => {
      const words = [...new Set(q.match(WORD) ?? [])];
      if (words.length === 0) return [];
      return search.all(words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' OR ')).map((row) => row.id);
    },
    close: () => db.close(),
  };
}

/** MiniSearch with its defaults, all text fields, `prefix: true, fuzzy: 0.2`. */
export function miniSearchBaseline(practices: readonly PlainPractice[]): { rank: Ranker } {
  const index = new MiniSearch<PlainPractice>({ fields: [...TEXT_FIELDS], idField: 'id', searchOptions: { prefix: true, fuzzy: 0.2 } });
  index.addAll([...practices]);
  return {
    rank: (q) =>
      index
        .search(q)
        .slice(0, 10)
        .map((result) => String(result.id)),
  };
}
