#!/usr/bin/env node
// Bundle size report: every chunk's raw and gzip size, and the first-paint JavaScript (what
// index.html loads before the Overview can show its numbers: the entry script and its
// modulepreloads). `--check` exits non-zero when first paint exceeds the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 110
const dist = resolve(import.meta.dirname, '../dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const firstPaint = new Set(
  [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  ),
)
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
  firstPaint: {
    files: fp.map((c) => c.file),
    gzipKB: firstPaintGzipKB,
    budgetKB: BUDGET_KB,
    ok: firstPaintGzipKB <= BUDGET_KB,
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
  console.error(`first-paint JS ${firstPaintGzipKB} kB gzip exceeds the ${BUDGET_KB} kB budget`)
  process.exit(1)
}
