import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { defaultReportEntry } from '../../lib/data/default-entry.ts'

// First paint waits on a chain: index.html → entry JS → (run) → manifest.json → report.json. The two
// data files only start downloading once the entry script has run. A <link rel="preload" as="fetch">
// for each in index.html starts them together with the script, so the Overview's numbers arrive
// while the JS is still parsing (measured with `npm run bench`).
// The report to preload is the manifest's default, read at build time; if the served manifest later
// names another report the preload is merely wasted, the app still fetches what the manifest says.
// `crossorigin` makes the preload match the app's fetch() (mode cors, same-origin credentials).
// Not for the single-file build: it has the data bundled and nothing to fetch.
export function preloadData(publicDir = resolve(import.meta.dirname, '../../../public')): Plugin {
  let base = '/'
  return {
    name: 'preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml() {
      const files = ['manifest.json']
      try {
        const entry = defaultReportEntry(readFileSync(resolve(publicDir, 'data/manifest.json'), 'utf8'))
        if (entry) files.push(entry.file)
      } catch {
        // No readable manifest at build time: preload only the manifest; the app reports the problem.
      }
      return files.map(
        (file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        }),
      )
    },
  }
}
