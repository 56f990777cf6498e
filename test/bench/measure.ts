// Small measuring tools for the benchmarks: percentiles and a bounded concurrent driver.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface DriveResult {
  count: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<number, number>;
}

/** Runs `total` tasks with at most `concurrency` in flight, timing each one. */
export async function drive(total: number, concurrency: number, task: (i: number) => Promise<number>): Promise<DriveResult> {
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      const status = await task(i);
      latenciesMs.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { count: total, seconds: (performance.now() - started) / 1000, latenciesMs: latenciesMs.sort((a, b) => a - b), statuses };
}
