// Types for ensure-chromium.mjs so strict TypeScript tests can import it.
export declare const HELP_MESSAGE: string;
export declare function ensureChromium(options?: {
  env?: NodeJS.ProcessEnv;
  knownPaths?: readonly string[];
  allowInstall?: boolean;
}): number;
