import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../decode-text'
import { readPastedText, sniffDelimiter } from '../read-delimited'
import { readTable } from '../read-table'
import type { Sheet } from '../types'
import { gbkBytes } from './helpers/gbk'
import { formatted, xlsxBytes } from './helpers/workbook'

const texts = (sheet: Sheet | undefined) => (sheet?.rows ?? []).map((row) => row.map((c) => c.text))
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('CSV encodings', () => {
  const csv = '指标,期间,累计值(亿元)\r\n地区生产总值,2023年1-3月,"1,234.5"\r\n'

  it('reads UTF-8 with a BOM', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)])
    const t = readTable(bom, '实绩.csv')
    expect(t.encoding).toBe('utf-8-bom')
    expect(texts(t.sheets[0])).toEqual([
      ['指标', '期间', '累计值(亿元)'],
      ['地区生产总值', '2023年1-3月', '1,234.5'],
    ])
    expect(t.sheets[0]?.name).toBe('实绩')
  })

  it('reads UTF-8 without a BOM', () => {
    const t = readTable(utf8(csv), 'a.csv')
    expect(t.encoding).toBe('utf-8')
    expect(t.sheets[0]?.rows[1]?.[0]?.text).toBe('地区生产总值')
  })

  it('reads GBK, as Excel saves "CSV" on a Chinese Windows', () => {
    const t = readTable(gbkBytes(csv), 'a.csv')
    expect(t.encoding).toBe('gb18030')
    expect(texts(t.sheets[0])[1]).toEqual(['地区生产总值', '2023年1-3月', '1,234.5'])
  })

  it('reads UTF-16 "Unicode text" with its BOM (tab-separated)', () => {
    const text = '指标\t累计值\r\n社零\t12.5\r\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      bytes[2 + i * 2] = code & 0xff
      bytes[3 + i * 2] = code >> 8
    }
    const t = readTable(bytes, 'a.txt')
    expect(t.encoding).toBe('utf-16le')
    expect(t.delimiter).toBe('\t')
    expect(texts(t.sheets[0])).toEqual([
      ['指标', '累计值'],
      ['社零', '12.5'],
    ])
  })

  it('tells UTF-8 from GBK by a strict UTF-8 try', () => {
    expect(decodeText(utf8('项目')).encoding).toBe('utf-8')
    expect(decodeText(gbkBytes('项目')).encoding).toBe('gb18030')
    expect(decodeText(gbkBytes('项目')).text).toBe('项目')
  })
})

describe('CSV separators and quoting', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    ['\t', 'a\tb\tc\n1,000\t2,000\t3\n'],
    [';', 'a;b;c\n1,5;2;3\n'],
  ])('sniffs %j', (delimiter, text) => {
    expect(sniffDelimiter(text)).toBe(delimiter)
    expect(readTable(utf8(text), 'x.csv').delimiter).toBe(delimiter)
  })

  it('is not swayed by title rows above the header', () => {
    const text = '朝阳县重点项目台账\n单位：万元\n项目名称\t总投资\t备注\n甲\t1,000\t无\n乙\t2,000\t\n'
    expect(sniffDelimiter(text)).toBe('\t')
  })

  it('keeps line breaks inside quoted fields in one row, so row numbers match Excel', () => {
    const text = '项目名称,备注\n"甲项目","第一行\n第二行"\n乙项目,"他说""好"""\n'
    const t = readTable(utf8(text), 'x.csv')
    expect(texts(t.sheets[0])).toEqual([
      ['项目名称', '备注'],
      ['甲项目', '第一行\n第二行'],
      ['乙项目', '他说"好"'],
    ])
  })

  it('pads short rows to the widest one and keeps blank rows (they have row numbers)', () => {
    const t = readTable(utf8('a,b,c\n\n1\n'), 'x.csv')
    expect(texts(t.sheets[0])).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', ''],
    ])
  })

  it('reads what Excel puts on the clipboard', () => {
    const paste = '指标\t期间\t累计值\r\n社零\t1-3月\t"12,345"\r\n"多行\r\n名称"\t2023Q1\t5\r\n'
    const sheet = readPastedText(paste)
    expect(texts(sheet)).toEqual([
      ['指标', '期间', '累计值'],
      ['社零', '1-3月', '12,345'],
      ['多行\n名称', '2023Q1', '5'],
    ])
  })

  it('reports an empty or unreadable file instead of throwing', () => {
    expect(readTable(new Uint8Array(), 'x.csv').issues[0]).toMatchObject({
      code: 'empty-file',
      severity: 'error',
    })
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])
    expect(readTable(broken, 'x.xlsx').issues[0]).toMatchObject({
      code: 'unreadable-file',
      severity: 'error',
    })
  })
})

describe('XLSX', () => {
  const bytes = xlsxBytes([
    {
      name: '台账',
      rows: [
        ['朝阳县重点项目台账（截至2023年6月底）'],
        ['项目名称', '2023年计划投资', null, '开工时间', '完成率'],
        [null, '计划', '1-6月完成', null, null],
        ['甲', 1000, '1,200', formatted(45000, 'yyyy-mm-dd'), formatted(0.052, '0.0%')],
        ['乙', { t: 'e', v: 0x2a }, 12.5, '2023.3', null],
      ],
      merges: ['A1:E1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3'],
    },
    { name: '第二页', rows: [['x', 'y']] },
  ])
  const t = readTable(bytes, '台账.xlsx')
  const sheet = t.sheets[0] as Sheet

  it('reads every sheet, rows from A1 so that index + 1 is the Excel row', () => {
    expect(t.format).toBe('xlsx')
    expect(t.sheets.map((s) => s.name)).toEqual(['台账', '第二页'])
    expect(sheet.rows).toHaveLength(5)
    expect(sheet.rows[3]?.[0]?.text).toBe('甲')
  })

  it('expands merges: each covered cell has the anchor value and knows it is merged', () => {
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 2 })
    expect(sheet.rows[1]?.[2]).toMatchObject({
      text: '2023年计划投资',
      merge: { row: 1, col: 1, anchor: false },
    })
    expect(sheet.rows[1]?.[1]).toMatchObject({ merge: { row: 1, col: 1, anchor: true } })
    expect(sheet.rows[2]?.[0]).toMatchObject({ text: '项目名称', merge: { row: 1, col: 0, anchor: false } })
    expect(sheet.rows[0]?.[4]?.text).toBe('朝阳县重点项目台账（截至2023年6月底）')
    expect(sheet.rows[3]?.[0]?.merge).toBeUndefined()
  })

  it('keeps numbers, numbers stored as text, dates, percentages and errors apart', () => {
    const row = sheet.rows[3] ?? []
    expect(row[1]).toMatchObject({ raw: 1000 })
    expect(row[2]).toMatchObject({ raw: '1,200', text: '1,200' })
    expect(row[3]).toMatchObject({ date: '2023-03-15' })
    expect(row[4]).toMatchObject({ raw: 0.052, text: '5.2%' })
    expect(sheet.rows[4]?.[1]).toMatchObject({ raw: null, error: true })
  })
})

describe('sheets that claim more than they hold', () => {
  // (A real file may claim A1:XFD1048576; SheetJS's writer would take minutes to write one for a test.)
  it('reads only the used cells of a sheet formatted far past them, with a title merged across it', () => {
    const bytes = xlsxBytes([
      {
        name: 's',
        rows: [['台账'], ['项目名称', '总投资'], ['甲', 1]],
        merges: ['A1:AZ1'],
        ref: 'A1:AZ5000',
      },
    ])
    const sheet = readTable(bytes, 'x.xlsx').sheets[0] as Sheet
    expect(sheet.rows).toHaveLength(3)
    expect(sheet.rows[0]).toHaveLength(4) // two columns, and the title's merge a little past them
    expect(sheet.rows[0]?.[1]?.text).toBe('台账')
  })
})

describe('text file properties', () => {
  // Cells as staff type them: Chinese words, full-width digits and commas, quotes, blanks, line breaks.
  const cellText = fc.oneof(
    fc.constantFrom(
      '',
      '项目名称',
      '总投资（万元）',
      '１，２３４．５',
      '1,234',
      '"引号"',
      '第一行\n第二行',
      '—',
      '截至6月底',
    ),
    fc.stringMatching(/^[0-9a-z 万元亿户]{0,8}$/),
  )
  const table = fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 })
  const quote = (c: string) => (/[",\n\t;]/.test(c) || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c)

  it('reads the same cells from UTF-8, UTF-8 with a BOM and GBK bytes, with any separator', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('utf8', 'bom', 'gbk'),
        (rows, sep, enc) => {
          // A first row with every cell filled, as a header has: the separator is then sniffable.
          const all = [['指标', '期间', '累计值'], ...rows]
          const text = `${all.map((r) => r.map(quote).join(sep)).join('\r\n')}\r\n`
          const bytes =
            enc === 'gbk'
              ? gbkBytes(text)
              : enc === 'bom'
                ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])
                : utf8(text)
          const t = readTable(bytes, 'x.csv')
          expect(t.delimiter).toBe(sep)
          expect(texts(t.sheets[0])).toEqual(all)
        },
      ),
      { numRuns: 200 },
    )
  })
})
