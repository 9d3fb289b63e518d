// The floor under every number the bench prints: the built Overview's own HTML and CSS with its
// scripts taken out, measured in the same run by the same Lighthouse. It is what this machine's
// Chromium costs for that page before any of our JavaScript: the "static HTML, the limit".
//
// Why it is needed: on Linux, Chromium 150 copies a whole CJK font file (Noto Sans CJK, 19–20 MB)
// into shared memory the first time a page names it, ~70 ms per weight, in every freshly started
// browser, which is what Lighthouse starts for each run. That time lands in the first frame's
// layout, and Lighthouse's simulation may put part of the first frame after the first paint, so even
// a page with no JavaScript at all can show blocking time (9–422 ms over six runs here). A screen's TBT
// is read against this floor, not against zero. (src/app/prerender/README.md has the measurements.)
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'

/**
 * The page as built, without what runs or loads code: every <script> (the early script that starts
 * the app and adds the module and data preloads, and any other) and any preload link left in the
 * HTML. What is left is the prerendered Overview's HTML and CSS (the <noscript> strip stays unshown:
 * the browser runs with JavaScript on).
 */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '')
}

/** Serves that page (and the icon it names) on a free port; resolves to { url, stop }. */
export async function startStaticFloor(distDir) {
  const source = readFileSync(resolve(distDir, 'index.html'), 'utf8')
  const html = withoutScripts(source)
  if (/<script\b/i.test(html)) throw new Error('static floor: a <script> survived the stripping')
  const icon = resolve(distDir, 'favicon.png')
  const files = { '/': Buffer.from(html), '/favicon.png': existsSync(icon) ? readFileSync(icon) : null }
  const types = { '/': 'text/html; charset=utf-8', '/favicon.png': 'image/png' }
  // Served from memory: nothing to write, nothing to clean up, nothing else reachable.
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    const body = Object.hasOwn(files, path) ? files[path] : null
    if (!body) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[path], 'cache-control': 'no-cache' })
    res.end(body)
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', ok)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}
