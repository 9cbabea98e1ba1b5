// Types for count-results.mjs so strict TypeScript tests can import it.
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export declare const DEFAULT_VITEST_REPORT: string;
export declare const DEFAULT_PLAYWRIGHT_REPORT: string;
export declare function countVitest(report: unknown): Counts;
export declare function countPlaywright(report: unknown): Counts;
export declare function countResults(input?: {
  vitest?: unknown;
  playwright?: unknown;
  exitCode?: number;
}): Counts;
export declare function formatSummary(counts: Counts): string;
export declare function readReport(file: string): { report: unknown; invalid: boolean };
export declare function main(argv: string[]): string;
