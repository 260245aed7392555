import { describe, expect, it } from 'vitest';
import { batchedPerTurn } from './batch.ts';
import type { Database } from './database.ts';

function fakeDb(isTransaction = false): Database {
  return { isTransaction } as unknown as Database;
}

describe('batchedPerTurn', () => {
  it('reads what is asked for in one turn with one load, equal keys once, and starts a new load in the next turn', async () => {
    const loads: string[][] = [];
    const read = batchedPerTurn<string, string>(async (_db, keys) => {
      loads.push([...keys]);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.toUpperCase()]));
    });
    const db = fakeDb();
    const first = await Promise.all([read(db, 'a'), read(db, 'b'), read(db, 'a'), read(db, 'missing')]);
    expect(first).toEqual(['A', 'B', 'A', undefined]);
    expect(await read(db, 'c')).toBe('C');
    expect(loads).toEqual([['a', 'b', 'missing'], ['c']]);
  });

  it('gives every caller of a failed load the error, and keeps databases apart', async () => {
    const read = batchedPerTurn<string, string>(async (db) => {
      if (db === failing) throw new Error('database gone');
      return new Map([['a', 'A']]);
    });
    const failing = fakeDb();
    const working = fakeDb();
    const outcomes = await Promise.allSettled([read(failing, 'a'), read(working, 'a'), read(failing, 'b')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
  });

  it('reads at once inside a transaction', async () => {
    const read = batchedPerTurn<string, string>(async (_db, keys) => new Map(keys.map((key) => [key, key])));
    expect(await read(fakeDb(true), 'x')).toBe('x');
  });
});
