import { describe, expect, it } from 'vitest'
import { type StatusT, statusMessages } from '@/components/status/i18n'
import { readActuals } from '@/lib/imports/actuals-book'
import type { ActualRow } from '@/lib/imports/actuals-types'
import { indicatorMatcher } from '@/lib/imports/indicator-match'
import { readTable } from '@/lib/imports/read-table'
import { monitorBoard } from '@/lib/monitoring/board'
import { importCandidatesOf } from '@/lib/monitoring/candidates'
import { exampleActuals } from '@/lib/monitoring/example-data'
import { DEFAULT_THRESHOLDS } from '@/lib/status/thresholds'
import type { ActualValue } from '@/lib/store'
import { reportJson } from '@/testing/fixtures'
import { messages, type T } from '../i18n'
import { exportTable, templateTable } from '../model/files'
import { emptyRows, GRID_HEADER, gridSheet, pasteInto } from '../model/grid'
import { importInputs } from '../model/import-rows'
import { sparkOf } from '../model/sparkline'
import { tableBytes } from '../model/write-file'

const report = reportJson('chaoyang-2023', 'public')
const zh: T = (key, v) => messages.translate('zh', key, v)
const en: T = (key, v) => messages.translate('en', key, v)
const sZh: StatusT = (key, v) => statusMessages.translate('zh', key, v)
const sEn: StatusT = (key, v) => statusMessages.translate('en', key, v)
const opts = { candidates: importCandidatesOf(report), year: 2023, asOf: { year: 2023, month: 12 } }
const brief = (r: ActualRow) =>
  `${r.indicatorId} ${r.period.key} ${r.value ?? '-'}${r.unit ?? ''} ${r.growth ?? '-'}`

let n = 0
const stored = (rows = exampleActuals(report)): ActualValue[] =>
  rows.map((r) => ({
    changeId: `chg-${n++}`,
    reportId: r.reportId,
    indicatorId: r.indicatorId,
    period: r.period,
    ...(r.value === undefined ? {} : { value: r.value }),
    ...(r.unit === undefined ? {} : { unit: r.unit }),
    ...(r.growth === undefined ? {} : { growth: r.growth }),
    source: {
      kind: 'import',
      file: '1-6月.xlsx',
      sheet: '月报',
      row: 3,
      at: '2023-07-12T02:03:04.000Z',
      by: '统计局 王',
    },
  }))

describe('the template', () => {
  for (const [lang, t] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`lists every target and month, and reads back once filled in (${lang}, ${format})`, async () => {
        const table = templateTable(report, lang, t)
        expect(table.rows.length).toBe(6 * 12 + 2 * 4) // monthly series, and GDP and rural income quarterly
        // Fill in two months the way staff would, leave the rest blank.
        const filled = {
          ...table,
          columns: table.columns.map((c, i) =>
            i === 2
              ? {
                  ...c,
                  value: (r: (typeof table.rows)[number]) =>
                    r.id === 'retail-sales' && r.period.month === 3 ? 8.2 : null,
                }
              : i === 4
                ? {
                    ...c,
                    value: (r: (typeof table.rows)[number]) =>
                      r.id === 'retail-sales' && r.period.month <= 3
                        ? 3.1
                        : r.id === 'gdp' && r.period.month === 6
                          ? 5.2
                          : null,
                  }
                : c,
          ),
        }
        const bytes = await tableBytes(filled, format)
        const read = readActuals(readTable(bytes, `template.${format}`), opts)
        expect(read.rows.map(brief)).toEqual([
          'gdp 2023-06 - 5.2',
          'retail-sales 2023-01 - 3.1',
          'retail-sales 2023-02 - 3.1',
          'retail-sales 2023-03 8.2亿元 3.1',
        ])
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([])
      })
    }
  }
})

describe('the export', () => {
  const values = stored()
  for (const [lang, t, s] of [
    ['zh', zh, sZh],
    ['en', en, sEn],
  ] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`states the rules and the example label, and imports back to the same figures (${lang}, ${format})`, async () => {
        const table = exportTable(
          { report, values, thresholds: DEFAULT_THRESHOLDS, layer: 'example' },
          lang,
          t,
          s,
        )
        expect(table.preamble[0]).toBe(s('example.label'))
        expect(table.preamble.join('\n')).toContain(s('light.yellow'))
        const bytes = await tableBytes(table, format)
        if (format === 'csv') {
          const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
          expect(text.startsWith('\uFEFF')).toBe(true)
          expect(text).toContain(lang === 'zh' ? '预警' : 'Warning')
        }
        const read = readActuals(readTable(bytes, `export.${format}`), opts)
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([])
        const got = read.rows
          .map((r) => `${r.indicatorId} ${r.period.key} ${r.value ?? '-'} ${r.growth ?? '-'}`)
          .sort()
        const want = values
          .map(
            (v) =>
              `${v.indicatorId} ${v.period.year}-${String(v.period.month).padStart(2, '0')} ${v.value ?? '-'} ${v.growth ?? '-'}`,
          )
          .sort()
        expect(got).toEqual(want)
      })
    }
  }

  it('judges each plan-year period by the rules with the user’s thresholds', () => {
    const table = exportTable(
      { report, values, thresholds: { growthTolerance: 5, progressTolerance: 50 }, layer: 'real' },
      'zh',
      zh,
      sZh,
    )
    const status = table.columns.find((c) => c.header === '状态')
    expect(new Set(table.rows.map((r) => status?.value(r)))).toEqual(new Set(['正常', '预警']))
    expect(table.columns.some((c) => c.header === '数据性质')).toBe(false)
  })
})

describe('the entry grid', () => {
  const match = indicatorMatcher(importCandidatesOf(report))

  it('fills its columns by the header of a long table pasted from Excel', () => {
    const text = '指标\t期间\t累计增速(%)\t累计值(亿元)\n社零\t1-3月\t3.1\t8.2\nGDP\t一季度\t5.2\t28.5\n'
    const p = pasteInto(emptyRows(3), { row: 0, col: 0 }, text, match)
    expect(p.kind).toBe('cells')
    if (p.kind !== 'cells') return
    expect(p.rows.slice(0, 2)).toEqual([
      { indicator: '社零', period: '1-3月', value: '8.2', unit: '亿元', growth: '3.1' },
      { indicator: 'GDP', period: '一季度', value: '28.5', unit: '亿元', growth: '5.2' },
    ])
  })

  it('pastes cells without a header from the cell pasted into, as Excel does', () => {
    const p = pasteInto(emptyRows(2), { row: 1, col: 1 }, '1-6月\t60.1\n1-9月\t90.5', match)
    expect(p.kind === 'cells' && p.rows.map((r) => `${r.period}|${r.value}`)).toEqual([
      '|',
      '1-6月|60.1',
      '1-9月|90.5',
    ])
  })

  it('reads a statistics bureau’s wide table as a table, not into the grid', () => {
    const text = '指标\t1-3月\t\t1-6月\t\n\t累计值\t增速\t累计值\t增速\n社零\t8.2\t3.1\t16.9\t4.2\n'
    expect(pasteInto(emptyRows(2), { row: 0, col: 0 }, text, match).kind).toBe('table')
  })

  it('becomes a sheet the importer reads, blank rows keeping the numbers in place', () => {
    const rows = emptyRows(4)
    rows[0] = { indicator: '社零', period: '1-3月', value: '8.2', unit: '亿元', growth: '3.1' }
    rows[2] = { indicator: '房地产开发投资', period: '1-3月', value: '5', unit: '亿元', growth: '' }
    const sheet = gridSheet(rows, '录入表')
    expect(sheet.rows[0]?.map((c) => c.text)).toEqual(Object.values(GRID_HEADER))
    const read = readActuals({ sheets: [sheet] }, opts)
    expect(read.rows.map(brief)).toEqual(['retail-sales 2023-03 8.2亿元 3.1'])
    expect(read.issues.find((i) => i.code === 'unknown-indicator')?.row).toBe(4) // grid row 3
  })
})

describe('import inputs: one change per figure, nothing the user had dropped', () => {
  const row = (id: string, month: number, f: Partial<ActualRow>, line: number): ActualRow => ({
    indicatorId: id,
    period: { year: 2023, month, granularity: 'month', key: `2023-0${month}`, label: '' },
    source: { sheet: 's', row: line, columns: [] },
    ...f,
  })

  it('joins a level sheet and a growth sheet into one figure', () => {
    const inputs = importInputs(
      report.id,
      [row('retail-sales', 3, { value: 8.2, unit: '亿元' }, 3), row('retail-sales', 3, { growth: 3.1 }, 9)],
      [],
    )
    expect(inputs).toEqual([
      {
        reportId: report.id,
        indicatorId: 'retail-sales',
        period: { year: 2023, month: 3 },
        value: 8.2,
        unit: '亿元',
        growth: 3.1,
        sheet: 's',
        row: 3,
      },
    ])
  })

  it('keeps the saved level when a file gives only the growth', () => {
    const kept = stored([
      {
        reportId: report.id,
        indicatorId: 'gdp',
        period: { year: 2023, month: 6 },
        value: 60.1,
        unit: '亿元',
      },
    ])
    const [input] = importInputs(report.id, [row('gdp', 6, { growth: 5.5 }, 4)], kept)
    expect(input).toMatchObject({ value: 60.1, unit: '亿元', growth: 5.5, row: 4 })
  })
})

describe('the trend sparkline', () => {
  const board = monitorBoard({ report, values: stored(), layer: 'example' })

  it('draws the year’s growth against the target and last year’s rate', () => {
    const row = board.rows.find((r) => r.target.id === 'retail-sales')
    const spark = row && sparkOf(row)
    expect(spark?.lines.map((l) => l.kind)).toEqual(['target', 'reference', 'actual'])
    expect(spark?.dots).toHaveLength(6)
    for (const l of spark?.lines ?? [])
      for (const [x, y] of l.points) {
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(120)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(32)
      }
  })

  it('draws an amount target’s progress against the time elapsed, and nothing without figures', () => {
    const market = board.rows.find((r) => r.target.id === 'market-entities-target-2023')
    expect(market && sparkOf(market)?.lines.map((l) => l.kind)).toEqual(['target', 'actual'])
    const empty = monitorBoard({ report, values: [], layer: 'real' }).rows[0]
    expect(empty && sparkOf(empty)).toBeNull()
  })
})
