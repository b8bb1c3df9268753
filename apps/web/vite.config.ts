// Vite serves the SPA in development (proxying the API) and builds it into dist/, which the API process serves.
import react from '@vitejs/plugin-react';
import { defineTestConfig } from '@cchc/vitest-config';
import { firstScreens } from './first-screens';
import { graphqlDocuments } from './graphql-documents';
import { precompress } from './precompress';

const api = 'http://localhost:4000';

export default defineTestConfig(
  {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
  {
    plugins: [
      graphqlDocuments(),
      react(),
      // The pages a reader opens from a link or a bookmark; their code comes with the entry's (issue 12).
      firstScreens([
        { name: 'overview', paths: ['/', '/units/:orgUnitCode/reports/:programme'], page: 'src/pages/OverviewPage.tsx' },
        { name: 'indicator', paths: ['/units/:orgUnitCode/indicators/:code'], page: 'src/pages/IndicatorPage.tsx' },
        { name: 'sections', paths: ['/units/:orgUnitCode/reports/:programme/sections', '/units/:orgUnitCode/reports/:programme/sections/:sectionId'], page: 'src/pages/SectionsPage.tsx' },
        { name: 'findings', paths: ['/units/:orgUnitCode/findings'], page: 'src/pages/FindingsPage.tsx' },
      ]),
      precompress(),
    ],
    server: {
      port: 5173,
      proxy: { '/graphql': api, '/export': api, '/healthz': api },
    },
    build: {
      outDir: 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        onwarn(warning, warn) {
          // GraphiQL's React-compiler output carries "use no memo" directives; dropping them when bundling is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    worker: { format: 'es' },
  },
);
