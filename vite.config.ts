import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer build. `base: './'` keeps asset URLs relative so the same build loads from
 * Electron's app protocol and from the browser transport. Vite emits external module scripts
 * only (no inline scripts), which the strict CSP in renderer/index.html requires.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Keep every asset a file: a data: URL font or script would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
