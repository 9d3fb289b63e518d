#!/usr/bin/env node
// Speed of the user-data store (src/lib/store) in Node over fake-indexeddb, the in-memory IndexedDB
// the tests use. Real IndexedDB in Chromium differs (disk, structured clone in C++); this catches
// algorithmic regressions and shows the shape of the costs. Prints one JSON document.
//   node scripts/bench-store.mjs [--runs 7]
import 'fake-indexeddb/auto'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } })
const RUNS = Number(args.runs)
const { module: store } = await runnerImport(resolve(ROOT, 'src/lib/store/index.ts'))
const R = 'bench-2023'

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.floor(s.length / 2)] * 10) / 10
}
const round = (x) => Math.round(x * 10) / 10

/** 5 years × 12 months × 20 indicators = 1,200 cumulative figures. */
function actualRows() {
  const rows = []
  for (let i = 0; i < 20; i++)
    for (let y = 2019; y < 2024; y++)
      for (let month = 1; month <= 12; month++)
        rows.push({
          reportId: R,
          indicatorId: `ind-${i}`,
          period: { year: y, month },
          value: month * 10 + i,
          unit: '亿元',
          growth: i / 3,
          row: rows.length + 2,
        })
  return rows
}
function ledgerRows(n) {
  return Array.from({ length: n }, (_, i) => ({
    name: `项目${i}`,
    sheet: '重点项目',
    row: i + 4,
    fields: {
      industry: '新能源',
      township: `乡镇${i % 30}`,
      nature: '续建',
      total: 50000,
      plan: 10000,
      completed: i % 10000,
      responsible: `单位${i % 40}`,
      remarks: '按计划推进',
    },
  }))
}

/** The longest stretch the event loop was held, sampled by a 1 ms timer. */
function lagMonitor() {
  let last = performance.now()
  let worst = 0
  const timer = setInterval(() => {
    const now = performance.now()
    worst = Math.max(worst, now - last)
    last = now
  }, 1)
  return () => {
    clearInterval(timer)
    return round(worst)
  }
}

let n = 0
const fresh = () => store.openStore({ name: `bench-${process.pid}-${n++}` })

const write = []
const read = []
const readSeries = []
for (let r = 0; r < RUNS; r++) {
  const s = await fresh()
  const rows = actualRows()
  let t = performance.now()
  await s.actuals.importRows({ reportId: R, file: 'bench.xlsx' }, rows)
  write.push(performance.now() - t)
  t = performance.now()
  const series = await s.actuals.series(R)
  readSeries.push(performance.now() - t)
  if ([...series.values()].reduce((k, v) => k + v.length, 0) !== 1200) throw new Error('series lost rows')
  t = performance.now()
  await s.actuals.current(R)
  read.push(performance.now() - t)
  s.close()
}

const ledger = []
const ledgerLag = []
for (let r = 0; r < Math.min(RUNS, 3); r++) {
  const s = await fresh()
  const rows = ledgerRows(10_000)
  const stop = lagMonitor()
  const t = performance.now()
  await s.ledger.import(
    { reportId: R, file: '台账.xlsx', asOf: '2023-06-30', amountUnit: '万元', mapping: {} },
    rows,
  )
  ledger.push(performance.now() - t)
  ledgerLag.push(stop())
  s.close()
}

const s = await fresh()
await s.actuals.importRows({ reportId: R, file: 'bench.xlsx' }, actualRows())
await s.ledger.import(
  { reportId: R, file: '台账.xlsx', asOf: '2023-06-30', amountUnit: '万元', mapping: {} },
  ledgerRows(10_000),
)
let t = performance.now()
const json = await s.backup.exportJson()
const exportMs = performance.now() - t
const target = await fresh()
t = performance.now()
const restored = await target.backup.restore(json)
const restoreMs = performance.now() - t
if (!restored.ok) throw new Error('restore failed')

console.log(
  JSON.stringify(
    {
      engine: 'dexie 4.4.7 over fake-indexeddb 6.2.8 (Node)',
      runs: RUNS,
      actuals1200: {
        writeMedianMs: median(write),
        seriesMedianMs: median(readSeries),
        currentMedianMs: median(read),
        budgetMs: 1000,
      },
      ledger10000: {
        writeMedianMs: median(ledger),
        longestEventLoopBlockMs: Math.max(...ledgerLag),
        chunkRows: 1000,
      },
      backup: { bytes: json.length, exportMs: round(exportMs), restoreMs: round(restoreMs) },
    },
    null,
    2,
  ),
)
process.exit(0)
