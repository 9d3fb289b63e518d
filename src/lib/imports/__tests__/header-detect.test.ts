import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guessColumns, scorerOf } from '../column-guess'
import { detectHeader } from '../header-detect'
import { LEDGER_RULES } from '../ledger-fields'
import { readDelimited } from '../read-delimited'
import { readTable } from '../read-table'
import { shapeSignature } from '../shape-signature'
import type { Sheet } from '../types'
import { xlsxBytes } from './helpers/workbook'

const scorer = scorerOf(LEDGER_RULES)
const csvSheet = (rows: string[][]) =>
  readDelimited(
    rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n'),
    's',
  )

describe('detectHeader', () => {
  it('skips title rows and blank rows above the header', () => {
    const sheet = csvSheet([
      ['朝阳县2023年重点项目台账', '', ''],
      ['', '', ''],
      ['单位：万元', '', '截至6月底'],
      ['项目名称', '建设地点', '总投资'],
      ['甲', '羊山镇', '100'],
    ])
    const h = detectHeader(sheet, scorer)
    expect(h?.rows).toEqual([3])
    expect(h?.dataStart).toBe(4)
    expect(h?.titleRows).toEqual([0, 2])
  })

  it('joins a two-row header from merged cells (group over 计划 | 1-6月完成)', () => {
    const t = readTable(
      xlsxBytes([
        {
          name: 's',
          rows: [
            ['台账'],
            ['项目名称', '2023年计划投资', null, '总投资'],
            [null, '计划', '1-6月完成', null],
            ['甲', 10, 5, 100],
          ],
          merges: ['A1:D1', 'A2:A3', 'B2:C2', 'D2:D3'],
        },
      ]),
      'x.xlsx',
    )
    const h = detectHeader(t.sheets[0] as Sheet, scorer)
    expect(h?.rows).toEqual([1, 2])
    expect(h?.columns.map((c) => c.text)).toEqual([
      '项目名称',
      '2023年计划投资 / 计划',
      '2023年计划投资 / 1-6月完成',
      '总投资',
    ])
    const { mapping } = guessColumns(h?.columns ?? [], LEDGER_RULES)
    expect(mapping).toMatchObject({ name: 0, planInvestment: 1, completedInvestment: 2, totalInvestment: 3 })
  })

  it('joins a two-row header without merges (a CSV of it): the group carries over its blank headings', () => {
    const sheet = csvSheet([
      ['序号', '项目名称', '2023年计划投资', '', '总投资'],
      ['', '', '计划', '1-6月完成', ''],
      ['1', '甲', '10', '5', '100'],
    ])
    const h = detectHeader(sheet, scorer)
    expect(h?.rows).toEqual([0, 1])
    expect(h?.columns[3]?.text).toBe('2023年计划投资 / 1-6月完成')
    expect(guessColumns(h?.columns ?? [], LEDGER_RULES).mapping).toMatchObject({
      planInvestment: 2,
      completedInvestment: 3,
    })
  })

  it('does not take a data row for a second header row', () => {
    const sheet = csvSheet([
      ['项目名称', '所属行业', '总投资'],
      ['光伏电站', '新能源', '100'],
      ['养殖场', '农业', ''],
    ])
    expect(detectHeader(sheet, scorer)?.rows).toEqual([0])
  })

  it('finds no header in a sheet of notes', () => {
    expect(detectHeader(csvSheet([['填表说明'], ['1. 金额单位为万元']]), scorer)).toBeUndefined()
  })

  it('gives the same shape to the same headings whatever month and year they name', () => {
    const june = csvSheet([['项目名称', '2023年计划投资', '1-6月完成投资']])
    const july = csvSheet([['项目名称', '2024年计划投资', '1-7月完成投资', '']])
    const other = csvSheet([['项目名称', '1-6月完成投资', '2023年计划投资']])
    const sig = (s: Sheet) => shapeSignature(detectHeader(s, scorer) as never).id
    expect(sig(june)).toBe(sig(july))
    expect(sig(june)).not.toBe(sig(other))
  })
})

// ---- property: a ledger header found and mapped under random titles, widths, order and spellings
const FIELDS = [
  ['name', ['项目名称', '项 目 名 称', '项目名称（全称）']],
  ['sector', ['所属行业', '产业类别', '行业']],
  ['township', ['建设地点', '所在乡镇', '地点']],
  ['nature', ['建设性质', '项目状态']],
  ['totalInvestment', ['总投资（万元）', '总投资', '计划总投资(亿元)']],
  ['planInvestment', ['2023年计划投资', '年度计划投资', '本年计划投资（万元）']],
  ['completedInvestment', ['1-6月完成投资', '１－６月完成投资', '累计完成投资']],
  ['start', ['开工时间', '开工年月']],
  ['unit', ['责任单位', '牵头单位']],
  ['leader', ['包保领导', '县级包保领导']],
  ['remarks', ['备注']],
] as const

const FULL = '０１２３４５６７８９'
const fullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)] as string).replace(/,/g, '，')

const ledger = fc.record({
  titles: fc.array(
    fc.constantFrom(
      '朝阳县重点项目台账',
      '单位：万元',
      '截至2023年6月底',
      '填报单位：发改局',
      '',
      '（第一批）',
    ),
    { maxLength: 5 },
  ),
  fields: fc.shuffledSubarray([...FIELDS.keys()], { minLength: 2 }).filter((f) => f.includes(0)),
  spelling: fc.array(fc.nat(2), { minLength: FIELDS.length, maxLength: FIELDS.length }),
  extra: fc.boolean(),
  /** An unnamed column (blank heading, blank cells) at this position, if any. */
  gap: fc.option(fc.nat(12), { nil: undefined }),
  rows: fc.array(
    fc.record({ amount: fc.integer({ min: 0, max: 9_999_999 }), blank: fc.boolean(), wide: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  ),
})

describe('header detection properties', () => {
  it('finds the header row and maps every column, however the sheet is laid out', () => {
    fc.assert(
      fc.property(ledger, (g) => {
        const headings = g.fields.map((f) => {
          const [, words] = FIELDS[f] as (typeof FIELDS)[number]
          return words[(g.spelling[f] ?? 0) % words.length] as string
        })
        if (g.extra) headings.push('序号', '形象进度')
        const fieldCol = g.fields.map((_, i) => i)
        if (g.gap !== undefined) {
          const at = g.gap % (headings.length + 1)
          headings.splice(at, 0, '')
          fieldCol.forEach((c, i) => {
            if (c >= at) fieldCol[i] = c + 1
          })
        }
        const width = headings.length
        const pad = (cells: string[]) => [...cells, ...new Array(Math.max(0, width - cells.length)).fill('')]
        const data = g.rows.map((r, i) =>
          headings.map((h, c) => {
            if (h === '') return ''
            if (h === '序号') return String(i + 1)
            if (c === fieldCol[g.fields.indexOf(0)]) return `项目${i + 1}`
            if (r.blank && c % 2 === 1) return ''
            const n = r.amount.toLocaleString('en-US')
            return /投资/.test(h) ? (r.wide ? fullWidth(n) : n) : '文字'
          }),
        )
        const sheet = csvSheet([...g.titles.map((t) => pad([t])), headings, ...data])
        const h = detectHeader(sheet, scorer)
        expect(h?.rows).toEqual([g.titles.length])
        const { mapping } = guessColumns(h?.columns ?? [], LEDGER_RULES)
        g.fields.forEach((f, i) => {
          const [field] = FIELDS[f] as (typeof FIELDS)[number]
          expect(mapping[field]).toBe(fieldCol[i])
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('two-row header properties', () => {
  it('joins a merged group heading over its sub-headings under any number of title rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (titles, groupFirst, month) => {
          const top = titles
          const group = ['2023年计划投资', null]
          const sub = ['计划', `1-${month}月完成`]
          const head1 = groupFirst ? [...group, '项目名称', '总投资'] : ['项目名称', ...group, '总投资']
          const head2 = groupFirst ? [...sub, null, null] : [null, ...sub, null]
          const g = groupFirst ? 0 : 1
          const n = groupFirst ? 2 : 0
          const c = (col: number, row: number) => `${String.fromCharCode(65 + col)}${row + 1}`
          const rows = [
            ...Array.from({ length: titles }, (_, i) => [i === 0 ? '朝阳县重点项目台账' : '单位：万元']),
            head1,
            head2,
            ...(groupFirst ? [[10, 5, '甲', 100]] : [['甲', 10, 5, 100]]),
          ]
          const merges = [
            `${c(g, top)}:${c(g + 1, top)}`,
            `${c(n, top)}:${c(n, top + 1)}`,
            `${c(3, top)}:${c(3, top + 1)}`,
          ]
          const sheet = readTable(xlsxBytes([{ name: 's', rows, merges }]), 'x.xlsx').sheets[0] as Sheet
          const h = detectHeader(sheet, scorer)
          expect(h?.rows).toEqual([top, top + 1])
          const { mapping } = guessColumns(h?.columns ?? [], LEDGER_RULES)
          expect(mapping).toMatchObject({
            name: n,
            planInvestment: g,
            completedInvestment: g + 1,
            totalInvestment: 3,
          })
        },
      ),
      { numRuns: 40 },
    )
  })
})
