// Types for chromium-path.mjs so strict TypeScript (playwright.config.ts, tests) can import it.
export declare const KNOWN_CHROMIUM_PATHS: readonly string[];
export declare const CHROMIUM_NAMES: readonly string[];
export declare const CHROMIUM_ARGS: string[];
export declare function isExecutableFile(file: string): boolean;
export declare function findChromium(
  env?: NodeJS.ProcessEnv,
  options?: { knownPaths?: readonly string[] },
): string | null;
