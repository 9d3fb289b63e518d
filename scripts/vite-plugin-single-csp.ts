import { createHash } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { singleFileName } from './single-file-name.ts'

// The single-file build inlines the app's script into index.html, which the CSP meta of the normal
// build (script-src 'self') would block. Trade-off: 'unsafe-inline' would allow ANY inline script,
// including one injected through a bug; a sha256 hash of the exact inlined script allows only ours.
// So, for this build only, once vite-plugin-singlefile has inlined everything (hence writeBundle, on
// the written file), hash each inline script into script-src. The favicon is inlined as a data: URL, because
// the single file has no favicon.png beside it and a missing icon is a console error.

const CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g
const ICON = /<link rel="icon" type="image\/png" href="[^"]*"\s*\/?>/

/** `manifestPath`: the data's manifest, whose default report names the written file (./single-file-name.ts). */
export function singleFileCsp(faviconPath: string, manifestPath: string): Plugin {
  return {
    name: 'single-file-csp',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist-single', 'index.html')
      const icon = `data:image/png;base64,${readFileSync(faviconPath).toString('base64')}`
      let source = readFileSync(file, 'utf8').replace(
        ICON,
        `<link rel="icon" type="image/png" href="${icon}">`,
      )
      const hashes = [...source.matchAll(INLINE_SCRIPT)]
        .map((m) => m[1] ?? '')
        .filter((body) => body.trim())
        .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
      if (!hashes.length) throw new Error('single-file-csp: found no inline script to allow')
      if (!CSP.test(source)) throw new Error('single-file-csp: no CSP meta in index.html')
      source = source.replace(CSP, (_m, open: string, policy: string, close: string) => {
        const next = policy
          .replace(/script-src [^;]*/, `script-src ${hashes.join(' ')}`)
          // file:// pages have an opaque origin: 'self' matches nothing there, the data is inline.
          .replace(/connect-src [^;]*/, "connect-src 'none'")
        return `${open}${next}${close}`
      })
      writeFileSync(file, source)
      // Named after its report, the one file beside nothing else: 朝阳县2023年政府工作报告-仪表盘.html.
      const name = singleFileName(readFileSync(manifestPath, 'utf8'))
      if (name !== 'index.html') renameSync(file, join(options.dir ?? 'dist-single', name))
    },
  }
}
