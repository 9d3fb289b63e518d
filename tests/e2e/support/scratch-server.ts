import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { startPreview } from '../../../scripts/lib/preview.mjs'

// A copy of the build served by the real server (`vite preview`, as `npm start` runs it), which a test
// may change: delete a chunk (the server then answers with its index.html, as most static hosts do),
// replace a data file, "redeploy" under new chunk names, or stop the server (the network is gone).

const DIST = resolve(import.meta.dirname, '../../../dist')

export type Scratch = {
  url: string
  dir: string
  /** The file under assets/ whose name starts with `prefix-` (a screen's chunk: 'targets'). */
  chunk: (prefix: string) => string
  read: (path: string) => string
  write: (path: string, text: string) => void
  remove: (path: string) => Promise<void>
  /** Renames a file and rewrites every reference to it: a redeploy that changed one chunk's name. */
  rename: (path: string, to: string) => Promise<void>
  /** Back to the build as it was, served (by a new server if the last one ended by itself). */
  reset: () => Promise<void>
  stop: () => Promise<void>
  start: () => Promise<void>
}

export async function scratchServer(port: number): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), 'dist-scratch-'))
  const files = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)))
  // The build's files are written over in place, never deleted first: the server may still be sending
  // one to a page a test has just closed, and `vite preview` ends (ENOENT on a stream it does not
  // watch) when the file goes between its stat and its read. Only files a test added are deleted.
  /** True when it deleted a file a test had added. */
  const reset = () => {
    const built = new Set(files(DIST))
    const added = files(dir).filter((f) => !built.has(f))
    for (const f of added) rmSync(join(dir, f), { force: true })
    cpSync(DIST, dir, { recursive: true, force: true })
    return added.length > 0
  }
  reset()
  // `vite preview` itself can end in a test's gap: a page closed by the last test may still be fetching
  // a file the next test deletes, and its server ends when that file goes between its stat and its
  // read (ENOENT on an unwatched stream; once in CI it took the rest of code-failure.e2e.ts down). Such
  // an end is the server's, not the app's: it is started again, and reset() waits for it.
  let stopping = false
  let serving: Promise<void> = Promise.resolve()
  let server: Awaited<ReturnType<typeof startPreview>>
  const serve = async () => {
    server = await startPreview(port, { outDir: dir })
    const current = server
    void current.exited.then((code) => {
      if (stopping || server !== current) return
      console.warn(`scratch server: vite preview ended by itself (${code}); starting it again`)
      serving = serve().then(() => undefined)
      // Seen by whoever awaits it next (a test's reset, stop): not an unhandled rejection meanwhile.
      serving.catch(() => {})
    })
    return current
  }
  /** After a file is deleted or renamed: a request caught between its stat and its read ends the server
   * at once (its read fails as it starts), so 100 ms is ample to see that and serve again. */
  const settled = async () => {
    await new Promise((r) => setTimeout(r, 100))
    await serving
  }
  const { url } = await serve()
  const read = (path: string) => readFileSync(join(dir, path), 'utf8')
  const textFiles = () =>
    ['index.html', 'sw.js', ...readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`)].filter((f) =>
      /\.(html|js)$/.test(f),
    )
  return {
    url,
    dir,
    chunk: (prefix) => {
      // The name and its 8-character hash, nothing between: 'targets' is not 'targets-slide'.
      const name = new RegExp(`^${prefix}-[\\w-]{8}\\.js$`)
      const files = readdirSync(join(dir, 'assets')).filter((f) => name.test(f))
      // Two modules of one name (the ingest screen and the ingest pipeline): the screen's is the one
      // the entry script imports.
      const entry = read('index.html').match(/assets\/index-[\w-]+\.js/)?.[0]
      const file = files.length > 1 && entry ? files.find((f) => read(entry).includes(f)) : files[0]
      if (!file) throw new Error(`no chunk ${prefix}-*.js in the build`)
      return `assets/${file}`
    },
    read,
    write: (path, text) => writeFileSync(join(dir, path), text),
    remove: async (path) => {
      rmSync(join(dir, path))
      await settled()
    },
    rename: async (path, to) => {
      const [from, into] = [path.split('/').pop() ?? path, to.split('/').pop() ?? to]
      renameSync(join(dir, path), join(dir, to))
      for (const f of textFiles()) {
        const text = read(f)
        if (text.includes(from)) writeFileSync(join(dir, f), text.replaceAll(from, into))
      }
      await settled()
    },
    reset: async () => {
      if (reset()) await settled()
      else await serving
    },
    stop: async () => {
      stopping = true
      try {
        await serving
      } finally {
        await server.stop()
      }
    },
    start: async () => {
      stopping = false
      serving = serve().then(() => undefined) // a restart that had failed no longer stands
      await serving
    },
  }
}
