import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BLANK_WORD, ledgerSpec, words } from '../ledger-spec'
import { parseSearch, stringifySearch } from '../params'
import { projectsSpec } from '../specs'

// Township and unit names as ledgers write them: Chinese, digits, brackets; never a comma (the list's
// separator) and never the blank marker itself.
const word = fc
  .string({
    unit: fc.constantFrom(...'柳城街道大平房镇县发改局（）()·0123456789AB-'),
    minLength: 1,
    maxLength: 20,
  })
  .filter((w) => w.trim() === w && w !== BLANK_WORD)

describe('the ledger’s URL', () => {
  it('reads back any list of townships it wrote, blanks included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(word, fc.constant('')), { maxLength: 30 }), (list) => {
        const codec = words()
        const raw = codec.serialize(list)
        expect(raw.length ? codec.parse(raw) : codec.fallback).toEqual(list)
      }),
    )
  })

  it('refuses what a link cannot mean, and keeps old links of the report explorer working', () => {
    const codec = words()
    expect(codec.parse(['柳城街道,,大平房镇'])).toBeUndefined()
    expect(codec.parse(['x'.repeat(61)])).toBeUndefined()
    const old = parseSearch('sector=energy&stage=trial&min=1', projectsSpec)
    expect(old.rejected).toEqual([])
    expect(old.values).toMatchObject({ sector: ['energy'], list: 'auto', town: [], light: [] })
    const bad = parseSearch(`light=purple&town=${encodeURIComponent('柳城街道')}`, projectsSpec)
    expect(bad.rejected).toEqual([{ key: 'light', value: 'purple' }])
    expect(bad.values.town).toEqual(['柳城街道'])
  })

  it('writes only what differs from the defaults', () => {
    const values = { ...parseSearch('', ledgerSpec).values, town: ['柳城街道', ''] }
    expect(stringifySearch(values, ledgerSpec)).toBe(`town=${encodeURIComponent('柳城街道,_')}`)
  })
})
