import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The data files as served, without the indentation that keeps them reviewable in public/: 28% fewer
 * bytes for an old PC to decode and parse at start (report.json 124 → 90 kB). A file that is not
 * valid JSON is left exactly as it is, for the app to report. Runs before the prerender (which reads
 * the served bytes to stamp the page), as its own step.
 */
export function minifyData(): Plugin {
  let dir = ''
  return {
    name: 'minify-data',
    apply: 'build',
    configResolved(config) {
      dir = join(resolve(config.root, config.build.outDir), 'data')
    },
    writeBundle() {
      if (!existsSync(dir)) return
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!name.endsWith('.json')) continue
        const path = join(dir, name)
        try {
          writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))
        } catch {
          // not JSON: served as it is
        }
      }
    },
  }
}
