import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { cspDevPlugin } from './build/csp-dev-plugin.ts';
import { cspSingleFilePlugin } from './build/csp-single-file-plugin.ts';

export default defineConfig(({ mode }) => {
  // `vite build --mode single` writes the offline page: one HTML file with everything inlined.
  const single = mode === 'single';

  return {
    plugins: [
      react(),
      cspDevPlugin(),
      ...(single
        ? [
            viteSingleFile({ outputFileName: 'apigw-signature-playground.html' }),
            cspSingleFilePlugin(),
          ]
        : []),
    ],
    resolve: {
      // A page opened from disk cannot load the worker's own file, so inline it (a blob: URL).
      alias: single
        ? [{ find: /^(.*\/md5-worker)\?worker$/, replacement: '$1?worker&inline' }]
        : [],
    },
    // Every browser the page targets supports modulepreload; the polyfill would fetch().
    build: { outDir: single ? 'dist-single' : 'dist', modulePreload: { polyfill: false } },
    server: { host: 'localhost', port: 5173, strictPort: false },
    preview: { host: 'localhost', strictPort: true },
    test: {
      environment: 'jsdom',
      include: ['test/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['test/unit/setup.ts'],
      restoreMocks: true,
      // Component tests type through jsdom; on a busy machine one takes several seconds.
      testTimeout: 20_000,
      // The JSON report is what .ci/run totals; Vitest's own summary is for people.
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
