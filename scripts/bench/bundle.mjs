// Bundle numbers for the benchmark: scripts/size-report.mjs's JSON (the one definition of "first
// paint", also enforced by `npm run size -- --check` in CI) plus a check that no first-paint file
// carries Recharts code.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

// Class names Recharts writes into the DOM; they survive minification, so a chunk that holds them
// holds Recharts. (Our own code refers to Recharts only through imports, which the bundler removes.)
const RECHARTS_MARKERS = /recharts-(?:surface|wrapper|cartesian-axis|legend-wrapper|tooltip-wrapper)/

export function bundleReport() {
  const json = execFileSync(process.execPath, [resolve(ROOT, 'scripts/size-report.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const size = JSON.parse(json)
  const withRecharts = size.chunks
    .filter((c) => c.file.endsWith('.js'))
    .filter((c) => RECHARTS_MARKERS.test(readFileSync(resolve(ROOT, 'dist', c.file), 'utf8')))
    .map((c) => c.file)
  const inFirstPaint = withRecharts.filter((f) => size.firstPaint.files.includes(f))
  return {
    firstPaint: size.firstPaint,
    lazyJsGzipKB: size.lazyJsGzipKB,
    recharts: { chunks: withRecharts, inFirstPaint, ok: inFirstPaint.length === 0 },
    chunks: size.chunks,
  }
}
