import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createServer, type InlineConfig, type Plugin } from 'vite'
import { PRERENDER_PARSED as PARSED, type Tag } from './early.ts'
import { withPrerenderedNoscript } from './noscript.ts'
import type { Prerendered } from './render.tsx'

// Puts the Overview, rendered at build time, into dist/index.html, so its numbers paint with the HTML
// and CSS, before any JavaScript has run (./render.tsx says why, ./hydrate.ts how the app takes it
// over; ./README.md has the whole picture). The app's script and the module and data preloads move from
// <head> into the small inline early script (./early.ts), which starts them once that first frame is
// painted; the CSP allows exactly that script, by its sha256.
//
// The render runs the app's own source through a Vite SSR server, with `runner` as its config
// (the app's aliases and the catalog plugin). If the data in public/data is missing or fails its
// checks, the build still succeeds, with index.html as Vite wrote it: the app then shows its data
// error panel at run time, as it would for data swapped in after the build. Any other error in the
// render fails the build.

const ROOT_DIV = '<div id="root"></div>'
const CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )([^;"]*)/
const DEFERRABLE =
  /\s*(?:<script\b([^>]*\btype="module"[^>]*)><\/script>|<link\b([^>]*\brel="(?:modulepreload|preload)"[^>]*)>)/g
const ATTR = /([a-z][\w-]*)(?:="([^"]*)")?/gi
const STYLESHEET = /<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g

export function prerender(options: { runner: InlineConfig }): Plugin {
  let outDir = 'dist'
  return {
    name: 'prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      const file = join(outDir, 'index.html')
      const html = readFileSync(file, 'utf8')
      if (!html.includes(ROOT_DIV)) throw new Error(`prerender: ${ROOT_DIV} not found in ${file}`)
      if (!CSP.test(html)) throw new Error(`prerender: no CSP with script-src in ${file}`)
      const load: Tag[] = [...html.matchAll(DEFERRABLE)].map((m) =>
        m[1] === undefined
          ? { name: 'link', attrs: attrs(m[2] ?? '') }
          : { name: 'script', attrs: attrs(m[1]) },
      )
      if (!load.some((t) => t.name === 'script')) throw new Error(`prerender: no module script in ${file}`)
      // Preloads first, so they are under way when the entry script asks for the same files.
      load.sort((a, b) => Number(a.name === 'script') - Number(b.name === 'script'))

      // A server of our own, not runnerImport (which closes its runner once the module is loaded):
      // the app loads its data checks lazily, during the render.
      const server = await createServer({
        ...options.runner,
        configFile: false,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      })
      let result: Prerendered
      try {
        const entry = resolve(import.meta.dirname, 'render.tsx')
        const module = (await server.ssrLoadModule(entry)) as typeof import('./render.tsx')
        const read = (path: string) => readFileSync(join(outDir, 'data', path), 'utf8') // the bytes served
        // Every other screen's first view, as fragment scripts the early script loads for a deep link.
        const { fragments, screens } = await module.prerenderScreens(read)
        for (const f of fragments) {
          const out = join(outDir, f.file)
          mkdirSync(dirname(out), { recursive: true })
          writeFileSync(out, f.script)
        }
        result = await module.prerenderOverview(read, load, screens)
      } catch (e) {
        // Bad or missing data is the app's to report at run time; a bug in the render fails the build.
        const { name, code, message } = e as Error & { code?: string }
        if (name !== 'DataError' && code !== 'ENOENT') throw e
        this.warn(`no prerendered Overview: ${message}`)
        return
      } finally {
        await server.close()
      }
      // The stylesheet inline, too: with a separate file still loading when the parser finishes,
      // Chromium lays the page out once without it and once more with it (two ~80 ms passes on a
      // slow PC, measured); inline, it lays it out once, and the first paint waits for no request.
      const inlined = html.replace(STYLESHEET, (_m, href: string) => {
        const css = readFileSync(join(outDir, href.replace(/^\//, '')), 'utf8')
        if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} contains </style>`)
        return `<style>${css}</style>`
      })
      const hash = createHash('sha256').update(result.script).digest('base64')
      const root = `<div id="root" data-prerendered="${escapeAttr(result.stamp.file)}" data-fingerprint="${result.stamp.fingerprint}">`
      writeFileSync(
        file,
        withPrerenderedNoscript(inlined)
          .replace(DEFERRABLE, '')
          .replace(CSP, (_m, head: string, sources: string) => `${head}${sources} 'sha256-${hash}'`)
          // No frame until the whole prerender is parsed: the inline script makes the parser yield,
          // and a first frame of the empty page there would only add a second layout of it all.
          .replace(
            '</title>',
            `</title>\n    <link rel="expect" href="#${PARSED}" blocking="render">\n    <script>${result.script}</script>`,
          )
          .replace(ROOT_DIV, `${root}${result.html}</div><span id="${PARSED}" hidden></span>`),
      )
    },
  }
}

function attrs(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(ATTR)].map((m) => [m[1] ?? '', m[2] ?? '']))
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
