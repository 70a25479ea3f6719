import { defineConfig } from 'vite';

// The visualizer: a static site built from viz/ (the simulation itself runs in a Web Worker
// in the page). `npm run viz` serves it; `npm run build` writes dist/ for any static host.
export default defineConfig({
  root: 'viz',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
