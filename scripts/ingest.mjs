#!/usr/bin/env node
// Report text (or .docx) → draft dataset, through the same pipeline the app uses (src/lib/ingest).
//   npm run ingest -- <report.txt|report.docx> --out <draft.json> [--review <review.json>]
//                     [--id chaoyang-2024] [--year 2024] [--county 朝阳县] [--province 辽宁省] [--quiet]
// Prints what it found (facts per kind, indicators, projects) and every number it could not place,
// and writes { report, review }: the report passes the app's schema (checked here before writing).
// The TypeScript runs in Node 20 through a Vite SSR server of our own (like the prerender plugin),
// kept open while the pipeline runs because it loads opencc-js and mammoth lazily.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const src = fileURLToPath(new URL('../src', import.meta.url))
// The message catalogs (imported as ?catalog by the dataset's labels) compile through the app's plugin.
const { module: catalog } = await runnerImport(resolve(ROOT, 'scripts/vite-plugin-catalog.ts'))
const server = await createServer({
  configFile: false,
  plugins: [catalog.catalogPlugin()],
  root: ROOT,
  logLevel: 'error',
  appType: 'custom',
  resolve: { alias: [{ find: /^@\//, replacement: `${src}/` }] },
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
})
let code = 0
try {
  const cli = await server.ssrLoadModule(resolve(ROOT, 'scripts/ingest-cli.ts'))
  code = await cli.main(process.argv.slice(2))
} catch (e) {
  console.error(e instanceof Error ? e.message : e)
  code = 1
} finally {
  await server.close()
}
process.exit(code)
