/** Small helpers the benchmarks share: percentiles and a readable table. */
export interface Row {
  name: string;
  figures: Record<string, number>;
  /** Words after the figures: why a row was skipped, or what went wrong in it. */
  note?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Prints one row as soon as it is measured: the large sizes take a while. */
export function printRow(row: Row): void {
  const figures = Object.entries(row.figures)
    .map(([name, value]) => `${name} ${value >= 100 ? value.toFixed(0) : value.toFixed(2)}`)
    .join(" | ");
  console.log(`  ${row.name.padEnd(34)} ${[figures, row.note].filter(Boolean).join(" | ")}`);
}
