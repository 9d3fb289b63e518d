#!/usr/bin/env node
// Bundle size report: every chunk's raw and gzip size, index.html's own size (it carries the
// prerendered Overview and the inlined CSS, all a first paint needs), and the first-paint
// JavaScript: what index.html loads at start for the Overview to work (the entry script and its
// modulepreloads, whether as tags or handed to the inline early script, which starts them after
// the first paint). `--check` exits non-zero when that exceeds the budget, or when no entry script
// is found at all (a check that measured nothing must not pass).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 110
const dist = resolve(import.meta.dirname, '../dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
// Every script index.html names is loaded at start; lazy chunks are named only by other scripts.
const firstPaint = new Set([...html.matchAll(/"\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))
const kb = (n) => Math.round((n / 1024) * 10) / 10

const chunks = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const buf = readFileSync(join(dist, 'assets', f))
    return {
      file: `assets/${f}`,
      rawKB: kb(statSync(join(dist, 'assets', f)).size),
      gzipKB: kb(gzipSync(buf, { level: 9 }).length),
    }
  })
  .sort((a, b) => b.gzipKB - a.gzipKB)

const fp = chunks.filter((c) => firstPaint.has(c.file))
const firstPaintGzipKB = kb(fp.reduce((s, c) => s + c.gzipKB * 1024, 0))
const report = {
  indexHtml: { rawKB: kb(Buffer.byteLength(html)), gzipKB: kb(gzipSync(html, { level: 9 }).length) },
  firstPaint: {
    files: fp.map((c) => c.file),
    gzipKB: firstPaintGzipKB,
    budgetKB: BUDGET_KB,
    ok: fp.length > 0 && firstPaintGzipKB <= BUDGET_KB,
  },
  lazyJsGzipKB: kb(
    chunks
      .filter((c) => c.file.endsWith('.js') && !firstPaint.has(c.file))
      .reduce((s, c) => s + c.gzipKB * 1024, 0),
  ),
  chunks,
}
console.log(JSON.stringify(report, null, 2))
if (process.argv.includes('--check') && !report.firstPaint.ok) {
  console.error(
    fp.length
      ? `first-paint JS ${firstPaintGzipKB} kB gzip exceeds the ${BUDGET_KB} kB budget`
      : 'found no script in dist/index.html: nothing was measured',
  )
  process.exit(1)
}
