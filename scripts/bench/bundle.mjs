// Bundle numbers for the benchmark: scripts/size-report.mjs's JSON (the one definition of "first
// paint", also enforced by `npm run size -- --check` in CI) plus a check that no first-paint file
// carries a chart's drawing code (loaded on demand by the chart wrappers).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

// The class the drawing code (src/components/charts/*-chart-svg.tsx) puts on a chart's <svg>: a string
// that survives minification, so a chunk that holds it holds drawing code.
const DRAWING_MARKER = /chart-surface/

export function bundleReport() {
  const json = execFileSync(process.execPath, [resolve(ROOT, 'scripts/size-report.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const size = JSON.parse(json)
  const withDrawing = size.chunks
    .filter((c) => c.file.endsWith('.js'))
    .filter((c) => DRAWING_MARKER.test(readFileSync(resolve(ROOT, 'dist', c.file), 'utf8')))
    .map((c) => c.file)
  const inFirstPaint = withDrawing.filter((f) => size.firstPaint.files.includes(f))
  return {
    firstPaint: size.firstPaint,
    lazyJsGzipKB: size.lazyJsGzipKB,
    chartDrawing: {
      chunks: withDrawing,
      inFirstPaint,
      ok: withDrawing.length > 0 && inFirstPaint.length === 0,
    },
    chunks: size.chunks,
  }
}
