// Types for lock-platform-optionals.mjs so strict TypeScript tests can import it.
export interface Platform {
  os: string[];
  cpu: string[];
  libc?: string[];
}
export declare function platformOf(name: string): Platform | null;
export declare function completeLock(lock: { packages: Record<string, Record<string, unknown>> }): string[];
