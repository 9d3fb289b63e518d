import { compileMessage } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'
import { oneOf, parseSearch } from '@/lib/routes/params'
import { formatMessage } from '../i18n/interpolate'
import { isLang } from '../i18n/languages'
import { readLedgerSheet } from '../imports/ledger-read'
import { readTable } from '../imports/read-table'
import type { Sheet } from '../imports/types'
import { resolveCounted } from '../ingest/unit-lexicon'
import { sectorResolver } from '../ledger-model/sectors'
import { isOwnKey, ownValue } from '../own'
import { termsOf } from '../report-model/plan-links'

// Text that users bring (a link's query, a report's ids, a spreadsheet's headings) is looked up in
// tables of known names. A name that is also an Object.prototype member must find nothing there: the
// lookups read own keys only. Each case broke before (a `?lang=toString` link took the app down on
// every later visit, since the language is remembered).
const PROTO = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']

describe('names that are Object.prototype members', () => {
  it('find nothing in a table through the one lookup, and a table’s own entries are found', () => {
    const table: Record<string, number> = { energy: 1, toString: 2 }
    for (const name of PROTO.filter((n) => n !== 'toString')) {
      expect(ownValue(table, name)).toBeUndefined()
      expect(isOwnKey(table, name)).toBe(false)
    }
    expect(ownValue(table, 'energy')).toBe(1)
    expect(ownValue(table, 'toString')).toBe(2) // an entry of that name is an entry like any other
    expect(isOwnKey(table, 'toString')).toBe(true)
  })

  it('are not languages', () => {
    for (const name of PROTO) expect(isLang(name)).toBe(false)
    expect(isLang('en')).toBe(true)
  })

  it('are not an area’s terms: an area is then matched by its own name', () => {
    for (const id of PROTO)
      expect(termsOf({ id, label: { zh: '某区域', en: 'An area' } })).toEqual(['某区域'])
  })

  it('choose the `other` arm of a select', () => {
    const message = compileMessage('{kind, select, none {} other {（是否指“{kind}”？）}}')
    for (const kind of PROTO) expect(formatMessage('zh', message, { kind })).toBe(`（是否指“${kind}”？）`)
    expect(formatMessage('zh', message, { kind: 'none' })).toBe('')
  })

  it('are unknown query parameters, said as such', () => {
    const spec = { view: oneOf(['a', 'b'], 'a') }
    const { values, rejected } = parseSearch('toString=1&constructor=x&view=b', spec)
    expect(values).toEqual({ view: 'b' })
    expect(rejected.map((r) => r.key)).toEqual(['toString', 'constructor'])
  })

  it('are 行业 words a user can map to a sector, or to none', () => {
    const resolve = sectorResolver(JSON.parse('{"__proto__": "energy", "toString": null}'))
    expect(resolve('__proto__')).toMatchObject({ sector: 'energy', via: 'override' })
    expect(resolve('toString')).toMatchObject({ via: 'none' })
    expect(resolve('constructor')).not.toHaveProperty('sector')
  })

  it('are no counted unit of a report table: the unit stays as read', () => {
    for (const unit of PROTO) expect(resolveCounted(unit, null, '温室大棚', '')).toBeNull()
    expect(resolveCounted('栋', null, '温室大棚', '')).toBe('栋温室')
  })

  it('name spreadsheet sheets that have no mapping unless one was given', () => {
    // An invented ledger sheet, named as a prototype member.
    const csv = '项目名称,总投资(万元)\n某项目（示例）,100\n'
    for (const name of PROTO) {
      const sheet = { ...(readTable(new TextEncoder().encode(csv), 'ledger.csv').sheets[0] as Sheet), name }
      expect(readLedgerSheet(sheet, { mappings: {} }).rows.map((r) => r.name)).toEqual(['某项目（示例）'])
    }
  })

  it('head spreadsheet columns that are kept with each row like any other', () => {
    // An invented ledger row.
    const csv = '项目名称,总投资(万元),__proto__,constructor\n某项目（示例）,100,甲,乙\n'
    const sheet = readTable(new TextEncoder().encode(csv), 'ledger.csv').sheets[0] as Sheet
    const extra = readLedgerSheet(sheet).rows[0]?.extra ?? {}
    expect(Object.getOwnPropertyNames(extra)).toEqual(['__proto__', 'constructor'])
    expect(Object.entries(extra)).toEqual([
      ['__proto__', '甲'],
      ['constructor', '乙'],
    ])
  })
})
