import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { messageCatalogue } from './src/client/i18n/catalogue-plugin.ts';

export default defineConfig({
  root: 'src/client',
  publicDir: '../../public',
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Leaflet is one chunk of its own, shared by every map and named for the size budget.
        // Each language's catalogue is one chunk named for it (messages-cy), loaded on demand.
        manualChunks: (id: string) =>
          id.includes('/node_modules/leaflet/')
            ? 'leaflet'
            : id.startsWith('\0messages:')
              ? `messages-${id.slice('\0messages:'.length)}`
              : undefined,
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080', '/healthz': 'http://localhost:8080' } },
  plugins: [
    solid(),
    messageCatalogue(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '../../service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      // vite-plugin-pwa 2 on Vite 8 emits an ES module by default; classic registration needs IIFE.
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
      manifest: {
        id: '/',
        name: 'Neighbourhood priorities',
        short_name: 'Priorities',
        description:
          'Tell your Community Safety Partnership what should be prioritised where you live, work or visit.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b5563',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
