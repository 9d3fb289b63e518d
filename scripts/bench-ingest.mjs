#!/usr/bin/env node
// Time to ingest the 2023 report text in Node: the median of N runs (target ≤ 200 ms).
//   npm run bench:ingest [-- --runs 20] [-- --file <report.txt>]
// The pipeline is loaded once through Vite's module runner (as scripts/bench-projects.mjs does);
// each run is the whole pipeline, text in, draft out. The first run (cold JIT) is reported apart.
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    file: { type: 'string', default: resolve(ROOT, 'public/data/chaoyang-2023/report.txt') },
  },
})
const { module: catalog } = await runnerImport(resolve(ROOT, 'scripts/vite-plugin-catalog.ts'))
const alias = [{ find: /^@\//, replacement: `${resolve(ROOT, 'src')}/` }]
const { module: ingest } = await runnerImport(resolve(ROOT, 'src/lib/ingest/ingest.ts'), {
  // The message catalogs (imported as ?catalog by the dataset's labels) compile through the app's plugin.
  plugins: [catalog.catalogPlugin()],
  resolve: { alias },
})
const text = readFileSync(values.file, 'utf8')
const runs = Number(values.runs)
const times = []
let first = 0
for (let i = 0; i <= runs; i++) {
  const t0 = performance.now()
  ingest.ingestWith(text)
  const ms = performance.now() - t0
  if (i === 0) first = ms
  else times.push(ms)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]
const round = (x) => Math.round(x * 10) / 10
console.log(
  JSON.stringify({
    file: values.file.replace(`${ROOT}/`, ''),
    chars: text.length,
    runs,
    firstMs: round(first),
    medianMs: round(median),
    minMs: round(times[0]),
    maxMs: round(times.at(-1)),
    targetMs: 200,
    node: process.version,
    loadavg1m: round(loadavg()[0]),
  }),
)
process.exitCode = median <= 200 ? 0 : 1
