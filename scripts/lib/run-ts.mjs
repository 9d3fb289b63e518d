#!/usr/bin/env node
// Run a TypeScript script of ours from Node 20 (no type stripping): node scripts/lib/run-ts.mjs <file.ts> [args]
// The file exports `main(argv): Promise<number>`, its exit code. It is loaded through a Vite SSR server
// of our own (like the prerender plugin), with the app's `@/` alias and the message-catalog plugin (the
// dataset's labels import ?catalog), kept open while main runs because the pipeline loads opencc-js and
// mammoth lazily.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

export async function runTs(file, argv) {
  const src = fileURLToPath(new URL('../../src', import.meta.url))
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
  try {
    const script = await server.ssrLoadModule(resolve(ROOT, file))
    return await script.main(argv)
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    return 1
  } finally {
    await server.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, ...argv] = process.argv.slice(2)
  if (!file) {
    console.error('usage: node scripts/lib/run-ts.mjs <file.ts> [args]')
    process.exit(2)
  }
  process.exit(await runTs(file, argv))
}
