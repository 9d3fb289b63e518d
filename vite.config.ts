import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts'
import { preloadData } from './scripts/vite-plugin-preload-data.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))

// `--mode single` builds one self-contained HTML file for file:// use (USB stick, offline PC).
// Under file:// fetch() of JSON is blocked, so that build swaps the data loader's
// transport for one that has the dataset bundled in (see src/lib/data/transport*).
export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  return {
    base: single ? './' : '/',
    plugins: [
      ...(single ? [] : [preloadData()]), // data files download with the entry script, not after it
      catalogPlugin(),
      react(),
      tailwindcss(),
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
    ],
    resolve: {
      alias: [
        ...(single
          ? [{ find: /^@\/lib\/data\/transport$/, replacement: `${src}/lib/data/transport.single.ts` }]
          : []),
        { find: /^@\//, replacement: `${src}/` },
      ],
    },
    build: {
      outDir: single ? 'dist-single' : 'dist',
      copyPublicDir: !single,
      sourcemap: false,
      target: 'es2022',
      chunkSizeWarningLimit: 600,
    },
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
  }
})
