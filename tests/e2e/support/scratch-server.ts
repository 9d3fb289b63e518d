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
  remove: (path: string) => void
  /** Renames a file and rewrites every reference to it: a redeploy that changed one chunk's name. */
  rename: (path: string, to: string) => void
  /** Back to the build as it was. */
  reset: () => void
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
  const reset = () => {
    const built = new Set(files(DIST))
    for (const f of files(dir)) if (!built.has(f)) rmSync(join(dir, f), { force: true })
    cpSync(DIST, dir, { recursive: true, force: true })
  }
  reset()
  let server = await startPreview(port, { outDir: dir })
  const read = (path: string) => readFileSync(join(dir, path), 'utf8')
  const textFiles = () =>
    ['index.html', 'sw.js', ...readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`)].filter((f) =>
      /\.(html|js)$/.test(f),
    )
  return {
    url: server.url,
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
    remove: (path) => rmSync(join(dir, path)),
    rename: (path, to) => {
      const [from, into] = [path.split('/').pop() ?? path, to.split('/').pop() ?? to]
      renameSync(join(dir, path), join(dir, to))
      for (const f of textFiles()) {
        const text = read(f)
        if (text.includes(from)) writeFileSync(join(dir, f), text.replaceAll(from, into))
      }
    },
    reset,
    stop: () => server.stop() as Promise<void>,
    start: async () => {
      server = await startPreview(port, { outDir: dir })
    },
  }
}
