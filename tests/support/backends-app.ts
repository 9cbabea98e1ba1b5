// A seeded store with the HTTP app built on it, for app.inject tests.
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../src/server/app';
import { openSeededStore, type StoreBackend, type TestStore } from './backends';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: TestStore;
  close(): Promise<void>;
}

export async function openApp(backend: StoreBackend, options: Omit<AppOptions, 'db'> = {}): Promise<TestApp> {
  const store = await openSeededStore(backend);
  const app = await buildApp({ db: store.db, ...options });
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
