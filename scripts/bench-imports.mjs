#!/usr/bin/env node
// Benchmark of the import readers (not a timed test): parse + validate time in Node.
//   node scripts/bench-imports.mjs [--runs 7] [--ledger-rows 10000] [--actuals-rows 1200]
// Generates a 10,000-row ledger XLSX shaped like a real 台账 (title rows, a two-row merged header,
// sections, 小计 rows, numbers stored as text with commas) and a 1,200-row actuals XLSX (5 years ×
// 12 months × 20 indicators, long format), then times readTable + readLedger / readActuals on the
// bytes, as the worker will. Prints JSON: median and min per file, and the machine's load, which skews
// every figure on a shared machine. Issue 12's budget: a 10,000-row ledger parsed in well under 3 s.
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const RUNS = arg('--runs', 7)
const LEDGER_ROWS = arg('--ledger-rows', 10000)
const ACTUALS_ROWS = arg('--actuals-rows', 1200)

const { module: imports } = await runnerImport(resolve(ROOT, 'src/lib/imports/index.ts'))

function xlsx(rows, merges = []) {
  const ws = XLSX.utils.aoa_to_sheet(rows)
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m))
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, ws, '台账')
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }))
}

// A deterministic pseudo-random sequence, so every run times the same file.
let seed = 42
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const SECTORS = ['新能源', '光伏', '储能', '农产品加工', '新材料', '装备制造', '城建', '市政', '教育', '医疗']
const TOWNS = ['二十家子镇', '羊山镇', '胜利镇', '北四家子乡', '城关街道', '柳城街道']
const UNITS = ['发改局', '工信局', '住建局', '农业农村局', '卫健局']

function ledgerBytes(n) {
  const rows = [
    ['朝阳县2023年重点项目推进情况表（截至2023年6月底）'],
    ['单位：万元'],
    [
      '序号',
      '项目名称',
      '所属行业',
      '建设地点',
      '总投资',
      '2023年计划投资',
      null,
      '开工时间',
      '责任单位',
      '包保领导',
      '备注',
    ],
    [null, null, null, null, null, '计划', '1-6月完成', null, null, null, null],
  ]
  let seq = 0
  for (let section = 0; seq < n; section++) {
    rows.push([
      ['一', '二', '三', '四'][section % 4],
      ['新开工项目', '续建项目', '竣工项目', '前期项目'][section % 4],
    ])
    let plan = 0
    let done = 0
    for (let i = 0; i < 500 && seq < n; i++) {
      seq++
      const p = Math.round(rand() * 50000)
      const d = Math.round(rand() * p * 100) / 100
      plan += p
      done += d
      rows.push([
        seq,
        `项目${seq}号${SECTORS[seq % SECTORS.length]}工程`,
        SECTORS[seq % SECTORS.length],
        TOWNS[seq % TOWNS.length],
        String(Math.round(p * (2 + rand() * 5)).toLocaleString('en-US')),
        p.toLocaleString('en-US'),
        d,
        `2023.${1 + (seq % 6)}`,
        UNITS[seq % UNITS.length],
        '某副县长',
        seq % 7 === 0 ? '正在办理用地手续' : null,
      ])
    }
    rows.push([null, '小计', null, null, null, plan, Math.round(done * 100) / 100])
  }
  const merges = [
    'A1:K1',
    'A3:A4',
    'B3:B4',
    'C3:C4',
    'D3:D4',
    'E3:E4',
    'F3:G3',
    'H3:H4',
    'I3:I4',
    'J3:J4',
    'K3:K4',
  ]
  return xlsx(rows, merges)
}

const INDICATORS = Array.from({ length: 20 }, (_, i) => ({
  id: `ind-${i}`,
  names: [`指标${i}`],
  unit: '亿元',
}))

function actualsBytes(n) {
  const rows = [['主要指标完成情况'], ['指标', '期间', '累计值(亿元)', '累计增速(%)']]
  for (let k = 0; k < n; k++) {
    const ind = k % 20
    const month = 1 + (Math.floor(k / 20) % 12)
    const year = 2019 + Math.floor(k / 240)
    rows.push([
      `指标${ind}`,
      `${year}年1-${month}月`,
      Math.round(rand() * 10000) / 100,
      Math.round(rand() * 200 - 50) / 10,
    ])
  }
  return xlsx(rows)
}

function time(fn) {
  const times = []
  let out
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    out = fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const round = (x) => Math.round(x)
  return { median: round(times[Math.floor(times.length / 2)]), min: round(times[0]), runs: RUNS, out }
}

const ledger = ledgerBytes(LEDGER_ROWS)
const actuals = actualsBytes(ACTUALS_ROWS)
const l = time(() => imports.readLedger(imports.readTable(ledger, 'ledger.xlsx')))
const read = time(() => imports.readTable(ledger, 'ledger.xlsx'))
const a = time(() =>
  imports.readActuals(imports.readTable(actuals, 'actuals.xlsx'), {
    candidates: INDICATORS,
    asOf: { year: 2023, month: 12 },
  }),
)
console.log(
  JSON.stringify(
    {
      node: process.version,
      load: loadavg().map((x) => Math.round(x * 100) / 100),
      ledger: {
        rows: LEDGER_ROWS,
        bytes: ledger.length,
        parseAndValidateMs: { median: l.median, min: l.min },
        readTableOnlyMs: { median: read.median, min: read.min },
        accepted: l.out.rows.length,
        issues: l.out.issues.length,
      },
      actuals: {
        rows: ACTUALS_ROWS,
        bytes: actuals.length,
        parseAndValidateMs: { median: a.median, min: a.min },
        accepted: a.out.rows.length,
        issues: a.out.issues.length,
      },
      runs: RUNS,
    },
    null,
    2,
  ),
)
