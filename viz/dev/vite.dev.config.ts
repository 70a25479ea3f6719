import { defineConfig } from 'vite';

// The views harness (viz/dev/views.html): every view with data from the real engine, for
// screenshots and update-cost measurements. Build: npx vite build --config viz/dev/vite.dev.config.ts
export default defineConfig({
  root: 'viz/dev',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../.omnisim-tmp/views-dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: 'viz/dev/views.html' },
  },
});
