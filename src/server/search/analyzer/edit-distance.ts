// Rows reused across calls: correction compares a query word with thousands of candidates.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

// Optimal-string-alignment Damerau–Levenshtein: a swap of two neighbours counts as one typo.
// Returns limit + 1 as soon as the distance is known to exceed the limit.
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  if (b.length + 1 > (rows[0]?.length ?? 0)) rows = rows.map(() => new Int32Array(b.length + 1));
  let [beforePrevious = new Int32Array(0), previous = new Int32Array(0), current = new Int32Array(0)] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] ?? limit + 1;
  return distance > limit ? limit + 1 : distance;
}
