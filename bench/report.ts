// Shared benchmark reporting: robust statistics, and each benchmark's section written into
// BENCHMARKS.md between its own markers so benchmarks can run alone or together.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const FILE = new URL('../BENCHMARKS.md', import.meta.url);
const HEADER = `# Benchmarks

Written by \`npm run bench\` (or \`npm run bench -- <name>\` for one). Each section says what
was measured, on what machine and when. Machines here are noisy: figures are medians (and
percentiles) of repeated runs, and comparisons are ratios measured in the same run.
`;

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Runs fn `times` times (after one warm-up) and returns each run's milliseconds. */
export async function timeRuns(times: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return runs;
}

export function machine(): string {
  const cpu = cpus();
  return `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}`;
}

export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Replaces (or appends) the section `id` of BENCHMARKS.md and prints it. */
export function writeSection(id: string, title: string, body: string): void {
  const section = `<!-- bench:${id} -->\n## ${title}\n\n_${machine()}_\n\n${body.trim()}\n<!-- /bench:${id} -->`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const pattern = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->`);
  const next = pattern.test(current)
    ? current.replace(pattern, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
  console.log(`\n${section}\n`);
}
