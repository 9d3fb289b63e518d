import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertUnit } from '../cell-units'
import { parseNumber, readNumber } from '../parse-number'
import type { Cell } from '../types'

const value = (text: string) => {
  const r = parseNumber(text)
  return r.kind === 'number' ? r.value : r.kind
}

describe('parseNumber: what staff type', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['1，234．5', 1234.5],
    ['１２３４．５', 1234.5],
    ['12 345 678', 12345678],
    ['12\u00a0345', 12345],
    ['-1.2', -1.2],
    ['−1.2', -1.2],
    ['－1.2', -1.2],
    ['(1.2)', -1.2],
    ['（1.2）', -1.2],
    ['+3', 3],
    ['.5', 0.5],
    ['1.2E+05', 120000],
    ['0', 0],
    ['-0', 0],
    [' 42 ', 42],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it('keeps the unit written after the number', () => {
    expect(parseNumber('113.6亿元')).toEqual({ kind: 'number', value: 113.6, unit: '亿元' })
    expect(parseNumber('1,200 万元')).toEqual({ kind: 'number', value: 1200, unit: '万元' })
    expect(parseNumber('5.2%')).toEqual({ kind: 'number', value: 5.2, unit: '%' })
    expect(parseNumber('５．２％')).toEqual({ kind: 'number', value: 5.2, unit: '%' })
    expect(parseNumber('2700户')).toEqual({ kind: 'number', value: 2700, unit: '户' })
    expect(parseNumber('12个')).toEqual({ kind: 'number', value: 12, unit: '个' })
    expect(parseNumber('1.2亿')).toEqual({ kind: 'number', value: 1.2, unit: '亿' })
    expect(parseNumber('(3.5%)')).toEqual({ kind: 'number', value: -3.5, unit: '%' })
  })

  it.each(['', '   ', '—', '——', '-', '--', '/', '空', '无', '暂无', 'N/A', '…', '－'])(
    '%j is empty, not zero',
    (text) => {
      expect(parseNumber(text)).toEqual({ kind: 'empty' })
    },
  )

  it.each([
    ['约5', 'approximate-number'],
    ['5亿多', 'approximate-number'],
    ['近3', 'approximate-number'],
    ['2700以上', 'approximate-number'],
    ['5左右', 'approximate-number'],
    ['超过2亿元', 'approximate-number'],
    ['200余', 'approximate-number'],
    ['5-6', 'number-range'],
    ['5~6亿元', 'number-range'],
    ['1,5', 'bad-grouping'],
    ['12,34', 'bad-grouping'],
    ['5 6', 'bad-grouping'],
    ['五', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['5亿3千万', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['+(5)', 'not-a-number'],
    ['12公斤', 'unknown-unit'],
    ['#N/A', 'error-cell'],
    ['#DIV/0!', 'error-cell'],
  ])('%s is rejected as %s', (text, code) => {
    const r = parseNumber(text)
    expect(r.kind).toBe('invalid')
    if (r.kind === 'invalid') {
      expect(r.code).toBe(code)
      expect(r.params.text).toBe(text)
    }
  })

  it('names the word that made a figure approximate', () => {
    expect(parseNumber('5亿多')).toMatchObject({ params: { word: '多' } })
  })
})

describe('readNumber: cells', () => {
  const cell = (raw: Cell['raw'], text: string, extra: Partial<Cell> = {}): Cell => ({ raw, text, ...extra })

  it('takes a number cell as stored, without formula noise', () => {
    expect(readNumber(cell(1234.5600000000002, '1234.56'))).toEqual({ kind: 'number', value: 1234.56 })
  })
  it('reads a percentage cell as percent points', () => {
    expect(readNumber(cell(0.052, '5.2%'))).toEqual({ kind: 'number', value: 5.2, unit: '%' })
    expect(readNumber(cell(0.123, '12.30%'))).toEqual({ kind: 'number', value: 12.3, unit: '%' })
  })
  it('reads the unit of a number format', () => {
    expect(readNumber(cell(12.5, '12.50万元'))).toEqual({ kind: 'number', value: 12.5, unit: '万元' })
  })
  it('parses numbers stored as text', () => {
    expect(readNumber(cell('1,200', '1,200'))).toEqual({ kind: 'number', value: 1200 })
  })
  it('never reads a date, a boolean or an error as a number', () => {
    expect(readNumber(cell(45000, '2023-03-15', { date: '2023-03-15' })).kind).toBe('invalid')
    expect(readNumber(cell(true, 'TRUE')).kind).toBe('invalid')
    expect(readNumber(cell(null, '#N/A', { error: true }))).toMatchObject({ code: 'error-cell' })
    expect(readNumber(cell(null, ''))).toEqual({ kind: 'empty' })
  })
})

describe('unit conversion is an exact decimal shift', () => {
  it.each([
    [12345.67, '万元', '亿元', 1.234567],
    [1.234567, '亿元', '万元', 12345.67],
    [0.3, '亿元', '万元', 3000],
    [113.6, '亿元', '元', 11360000000],
    [1.2, '亿', '万元', 12000],
    [1.6, '万户', '户', 16000],
    [250, '千元', '万元', 25],
  ] as const)('%s %s → %s %s', (v, from, to, expected) => {
    expect(convertUnit(v, from, to)).toBe(expected)
  })
  it('refuses to convert between kinds', () => {
    expect(convertUnit(5, '户', '亿元')).toBeUndefined()
    expect(convertUnit(5, '%', '万元')).toBeUndefined()
  })
  it('round-trips any 万元 figure with up to 4 decimals through 亿元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const v = n / 10 ** d
        const yi = convertUnit(v, '万元', '亿元') as number
        // Exactly the digits of n with the point moved d + 4 places: no binary noise, however many 9s
        // or 0s the number itself has (2499999.9991万元 is 249.99999991亿元).
        const digits = String(n).padStart(d + 5, '0')
        const cut = digits.length - (d + 4)
        expect(yi).toBe(Number(`${digits.slice(0, cut)}.${digits.slice(cut)}`))
        expect(convertUnit(yi, '亿元', '万元')).toBe(v)
      }),
    )
  })
})

// ---- properties: any number written in any of the ways staff write it reads back as itself
const FULL = '０１２３４５６７８９'
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)] as string).replace('.', '．')

function group(digits: string, sep: string): string {
  let out = ''
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3)
    out = start > 0 ? `${sep}${digits.slice(start, end)}${out}` : `${digits.slice(start, end)}${out}`
  }
  return out
}

const written = fc.record({
  whole: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  negative: fc.constantFrom('', '-', '−', '－', '(', '（'),
  sep: fc.constantFrom('', ',', '，', ' '),
  fullWidth: fc.boolean(),
  unit: fc.constantFrom('', '亿元', '万元', '元', '户', '%', '个', ' 万元'),
  pad: fc.constantFrom('', ' ', '\u3000', '\u00a0'),
})

describe('parseNumber properties', () => {
  it('reads back every number however it is grouped, signed, widened and suffixed', () => {
    fc.assert(
      fc.property(written, (w) => {
        const body = `${group(w.whole.toString(), w.sep)}${w.fraction === undefined ? '' : `.${w.fraction}`}`
        const signed =
          w.negative === '('
            ? `(${body}${w.unit})`
            : w.negative === '（'
              ? `（${body}${w.unit}）`
              : `${w.negative}${body}${w.unit}`
        const text = `${w.pad}${w.fullWidth ? toFullWidth(signed) : signed}${w.pad}`
        const r = parseNumber(text)
        const magnitude = Number(`${w.whole}${w.fraction === undefined ? '' : `.${w.fraction}`}`)
        const expected = w.negative === '' || magnitude === 0 ? magnitude : -magnitude
        expect(r).toMatchObject({ kind: 'number', value: expected })
        if (r.kind === 'number') expect(r.unit).toBe(w.unit.trim() === '' ? undefined : w.unit.trim())
      }),
      { numRuns: 500 },
    )
  })

  it('never throws and never reads an approximate figure as a number', () => {
    const word = fc.constantFrom('约', '近', '多', '余', '左右', '以上', '超过')
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), word, fc.boolean(), (n, w, before) => {
        const text = before ? `${w}${n}` : `${n}${w}`
        expect(parseNumber(text)).toMatchObject({ kind: 'invalid', code: 'approximate-number' })
      }),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseNumber(s)
        expect(['empty', 'number', 'invalid']).toContain(r.kind)
        if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
