import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds every tab into `dist/tabs/<tab>/` under the stable base `/tabs/`, where the server serves them and
 * the app manifest's static tabs point. Vite's own oxc transform compiles the JSX (automatic runtime).
 */
export default defineConfig({
  root: __dirname,
  base: '/tabs/',
  build: {
    outDir: resolve(__dirname, '../dist/tabs'),
    emptyOutDir: true,
    target: 'es2022',
    // The budget is on gzipped initial JS (bench/agent-tab.bench.ts), not on one minified chunk.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: {
        agent: resolve(__dirname, 'agent/index.html'),
        supervisor: resolve(__dirname, 'supervisor/index.html'),
      },
      // Fluent's "use client" markers mean nothing outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
