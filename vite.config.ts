import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: served by the browser mode and loaded from file:// by Electron, hence relative paths.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'chrome120',
    rollupOptions: {
      // zod's sources carry /*@__PURE__*/ notes Rollup cannot place; harmless, and noisy in CI logs.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
