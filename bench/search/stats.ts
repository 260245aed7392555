export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function latencies(times: readonly number[]): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / 1e6);
}
