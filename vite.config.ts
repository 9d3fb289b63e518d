import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts'
import { firstPaintChunk } from './scripts/vite-plugin-first-paint-chunk.ts'
import { minifyData } from './scripts/vite-plugin-minify-data.ts'
import { pptxNoRequire } from './scripts/vite-plugin-pptx-no-require.ts'
import { singleFileCsp } from './scripts/vite-plugin-single-csp.ts'
import { preloadData } from './src/app/prerender/plugin-preload.ts'
import { prerender } from './src/app/prerender/plugin-prerender.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))
const alias = [
  { find: /^@\//, replacement: `${src}/` },
  // React 19 has the hook the shim provides for React < 18 (see the file).
  {
    find: /^use-sync-external-store\/shim(\/index\.js)?$/,
    replacement: `${src}/lib/routes/react-sync-store.ts`,
  },
]

/**
 * Swaps a module for its `.single.ts` twin in the single-file build, however it is imported (`./transport`
 * from queries.ts or `@/lib/data/transport`): matching the resolved file, not the import text. The data
 * transport has the dataset bundled in (file:// cannot fetch JSON); the import reader has no worker (a
 * worker is a file of its own, and file:// cannot start one).
 */
function singleSwaps(modules: string[]): Plugin {
  const files = new Set(modules.map((m) => `${src}/${m}.ts`))
  const names = new Set(modules.map((m) => m.slice(m.lastIndexOf('/') + 1)))
  return {
    name: 'single-swaps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!names.has(source.slice(source.lastIndexOf('/') + 1))) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved && files.has(resolved.id) ? resolved.id.replace(/\.ts$/, '.single.ts') : null
    },
  }
}

/** The HTTP headers every response should carry (a <meta> CSP cannot say frame-ancestors). */
export const HOST_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

// `--mode single` builds one self-contained HTML file for file:// use (USB stick, offline PC).
// Under file:// fetch() of JSON is blocked, so that build swaps the data loader's
// transport for one that has the dataset bundled in (see src/lib/data/transport*).
export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  return {
    base: single ? './' : '/',
    // Workers (the import reader, the ingest pipeline) are module workers: ES output lets one load
    // code on demand (opencc-js for a traditional-character text), and the catalogs compile there too.
    worker: { format: 'es' as const, plugins: () => [catalogPlugin()] },
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
            // Offline after the first visit (src/app/offline/sw.ts): the code and index.html precached
            // by revision, the data network-first with the build's copy as fallback. Its manifest is
            // computed after the prerender has written index.html (closeBundle), so the precached
            // page is the one served.
            VitePWA({
              strategies: 'injectManifest',
              srcDir: 'src/app/offline',
              filename: 'sw.ts',
              injectRegister: false, // src/app/boot.tsx registers it, after load and idle
              registerType: 'prompt', // a new version waits for "已更新，点此刷新"
              manifest: false, // offline support, not an installable app
              injectManifest: {
                globPatterns: ['index.html', 'favicon.png', 'assets/*.{js,css}', 'data/**/*.{json,txt}'],
                maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
              },
              devOptions: { enabled: false },
            }),
          ]),
      catalogPlugin(),
      pptxNoRequire(),
      firstPaintChunk(),
      react(),
      tailwindcss(),
      ...(single
        ? [
            singleSwaps(['lib/data/transport', 'lib/imports/start-worker', 'lib/ingest/start-worker']),
            viteSingleFile({ removeViteModuleLoader: true }),
            singleFileCsp(
              fileURLToPath(new URL('./public/favicon.png', import.meta.url)),
              fileURLToPath(new URL('./public/data/manifest.json', import.meta.url)),
            ),
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
      // Every browser that runs this build (ES2022) knows <link rel=modulepreload>: no polyfill on
      // the first paint (~0.6 kB gzip). index.html keeps its preloads (the early script starts them).
      // A lazy chunk's imports are not preloaded: each <link> the loader would add to <head> costs
      // ~2 ms of main thread (measured in Chromium; Projects would add 28 while it hydrates). The
      // browser fetches a chunk's imports once it has read the chunk: on a cold cache, one round trip
      // per level of imports (at most 5), nothing on the county LAN or once the service worker holds
      // the files. The dependency lists gone are also 1.4 kB gzip off the first paint.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      // One stylesheet, which the prerender inlines into index.html. Split per chunk, a lazy chunk
      // named it as its own dependency, and the first screen to load one added it to <head> a second
      // time: a fetch of 10 kB gzip awaited before the screen's code ran, and a restyle of the whole
      // page with every rule twice.
      cssCodeSplit: false,
      // Everything the first paint loads in one chunk: left to itself, Rolldown splits the modules the
      // entry shares with lazy screens into several small common chunks, each gzipped on its own
      // (measured: ~1.4 kB more first-paint JavaScript than the same code in one file).
      rolldownOptions: single
        ? {}
        : { output: { codeSplitting: { groups: [{ name: 'boot', tags: ['$initial'] }] } } },
    },
    // `npm start` sends the headers a host should send (README "Hosting"): no framing by other sites,
    // no MIME sniffing, no referrer leaving the intranet.
    preview: { host: '127.0.0.1', headers: HOST_HEADERS },
    server: { host: '127.0.0.1' },
  }
})
