/**
 * A document's tokens as a small inverted list: for each distinct token id (ascending), where it
 * occurs. Scoring looks up the query's few tokens here instead of reading every token of the text.
 */
export interface DocumentPostings {
  /** Distinct token ids, ascending. */
  tokens: Int32Array;
  /** The occurrences of `tokens[i]` are `occurrences[starts[i]]` up to `occurrences[starts[i + 1]]`. */
  starts: Int32Array;
  /** Each occurrence as `group * POSITIONS + position`, ascending within a token. */
  occurrences: Int32Array;
  /** How many tokens each field group has. */
  lengths: Int32Array;
}

/** Positions per group; later tokens of an extremely long field share the last position. */
export const POSITIONS = 1 << 20;

export function occurrenceGroup(occurrence: number): number {
  return Math.floor(occurrence / POSITIONS);
}

export function postingsOf(groups: readonly Int32Array[]): DocumentPostings {
  const total = groups.reduce((sum, tokens) => sum + tokens.length, 0);
  // token * 2^25 + occurrence fits a double exactly: token ids stay far below 2^28.
  const keys = new Float64Array(total);
  let next = 0;
  groups.forEach((tokens, group) => {
    tokens.forEach((token, position) => {
      keys[next] = token * (POSITIONS * 32) + group * POSITIONS + Math.min(position, POSITIONS - 1);
      next += 1;
    });
  });
  keys.sort();
  const tokens: number[] = [];
  const starts: number[] = [];
  const occurrences = new Int32Array(total);
  keys.forEach((key, index) => {
    const token = Math.floor(key / (POSITIONS * 32));
    if (tokens.at(-1) !== token) {
      tokens.push(token);
      starts.push(index);
    }
    occurrences[index] = key - token * (POSITIONS * 32);
  });
  starts.push(total);
  return {
    tokens: Int32Array.from(tokens),
    starts: Int32Array.from(starts),
    occurrences,
    lengths: Int32Array.from(groups, (tokens) => tokens.length),
  };
}

/** The first index at or after `from` whose token id is not below `token`. */
export function lowerBound(postings: DocumentPostings, token: number, from: number): number {
  let low = from;
  let high = postings.tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((postings.tokens[middle] ?? 0) < token) low = middle + 1;
    else high = middle;
  }
  return low;
}
