import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web workbench: React compiled by esbuild's automatic JSX runtime (no
// @vitejs/plugin-react), built into dist/web and served by `sokan serve`.
// No CDN, no external fonts: everything the page loads comes from this build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // React itself is ~190 KB; the workbench is an offline local tool.
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
