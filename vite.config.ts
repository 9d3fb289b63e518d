import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts'
import { firstPaintChunk } from './scripts/vite-plugin-first-paint-chunk.ts'
import { minifyData } from './scripts/vite-plugin-minify-data.ts'
import { singleFileCsp } from './scripts/vite-plugin-single-csp.ts'
import { preloadData } from './src/app/prerender/plugin-preload.ts'
import { prerender } from './src/app/prerender/plugin-prerender.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))
const alias = [{ find: /^@\//, replacement: `${src}/` }]

/**
 * Swaps the data transport for the bundled one, however it is imported (`./transport` from
 * queries.ts or `@/lib/data/transport`): matching the resolved file, not the import text.
 */
function singleTransport(): Plugin {
  const from = `${src}/lib/data/transport.ts`
  return {
    name: 'single-transport',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/transport$/.test(source)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === from ? `${src}/lib/data/transport.single.ts` : null
    },
  }
}

// `--mode single` builds one self-contained HTML file for file:// use (USB stick, offline PC).
// Under file:// fetch() of JSON is blocked, so that build swaps the data loader's
// transport for one that has the dataset bundled in (see src/lib/data/transport*).
export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  return {
    base: single ? './' : '/',
    plugins: [
      ...(single
        ? []
        : [
            // The first paint (src/app/prerender/README.md): data files download with the entry
            // script, and index.html carries the Overview as HTML, rendered by the app's own source in
            // Node from the served (minified) data.
            preloadData(),
            minifyData(),
            prerender({ runner: { plugins: [catalogPlugin()], resolve: { alias } } }),
          ]),
      catalogPlugin(),
      firstPaintChunk(),
      react(),
      tailwindcss(),
      ...(single
        ? [
            singleTransport(),
            viteSingleFile({ removeViteModuleLoader: true }),
            singleFileCsp(fileURLToPath(new URL('./public/favicon.png', import.meta.url))),
          ]
        : []),
    ],
    resolve: { alias },
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
