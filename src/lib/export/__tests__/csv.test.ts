import { describe, expect, it } from 'vitest'
import { BOM, csvBlob, toCsv, withNotes } from '../csv'

type R = { a: string; n?: number }
const cols = [
  { header: '名称', value: (r: R) => r.a },
  { header: 'n', value: (r: R) => r.n },
]

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows, numbers as numbers, missing as empty', () => {
    expect(toCsv([{ a: '能源', n: 24 }, { a: 'x' }], cols)).toBe('名称,n\r\n能源,24\r\nx,\r\n')
  })

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    const csv = toCsv([{ a: 'a,b' }, { a: 'say "hi"' }, { a: 'two\nlines' }, { a: ' pad' }], cols)
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"a,b",', '"say ""hi""",', '"two\nlines",', '" pad",'])
  })

  it('defuses cells that a spreadsheet would run as formulas, but not negative numbers', () => {
    const csv = toCsv([{ a: '=SUM(A1)', n: -1 }], cols)
    expect(csv.split('\r\n')[1]).toBe("'=SUM(A1),-1")
  })

  it('prefixes a UTF-8 BOM in the downloadable blob', async () => {
    const bytes = new Uint8Array(await csvBlob('a\r\n').arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(BOM).toBe('\uFEFF')
  })
})

describe('withNotes', () => {
  it('adds notes after an empty line, one quoted-as-needed cell each, and skips empty ones', () => {
    const csv = toCsv([{ a: '能源', n: 24 }], cols)
    expect(withNotes(csv, ['筛选：领域 = 能源', '', undefined, 'Note: a, b'])).toBe(
      '名称,n\r\n能源,24\r\n\r\n筛选：领域 = 能源\r\n"Note: a, b"\r\n',
    )
    expect(withNotes(csv, ['', undefined])).toBe(csv)
  })
})
