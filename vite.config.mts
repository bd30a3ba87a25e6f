// Vite builds the renderer into dist/renderer with relative asset paths (served to the Electron window over idsvc://console/).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // dist/renderer/.vite/manifest.json: which chunks the first view loads (bench/first-view-size.ts).
    manifest: true,
  },
});
