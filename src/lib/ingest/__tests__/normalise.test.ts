import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldWidth, normalise, originalSlice, toOriginal } from '../normalise'
import { loadTraditionalConverter, looksTraditional } from '../traditional'

describe('normalise', () => {
  it('folds full-width digits and punctuation, keeping the original for quotes', () => {
    const original = '地区生产总值１５６．８亿元，增长４．５％（预计）'
    const n = normalise(original)
    expect(n.text).toBe('地区生产总值156.8亿元,增长4.5%(预计)')
    const at = n.text.indexOf('156.8亿元')
    expect(originalSlice(n, at, at + '156.8亿元'.length)).toBe('１５６．８亿元')
  })

  it('drops the copy artefacts: a capital standing for a name, stray question marks', () => {
    const original =
      '高举A新时代伟大旗帜,“数字政府”?“城市大脑”建设,实施?“揭榜挂帅”项目12个。A股上市,什么是发展?'
    const n = normalise(original)
    expect(n.text).toBe(
      '高举新时代伟大旗帜,“数字政府”“城市大脑”建设,实施“揭榜挂帅”项目12个。A股上市,什么是发展?',
    )
    expect(n.changes.map((c) => [c.kind, c.count])).toEqual([
      ['stray-placeholder', 1],
      ['stray-question', 2],
    ])
    // A quote across a dropped character is still a verbatim slice of the original.
    const s = n.text.indexOf('实施')
    expect(originalSlice(n, s, s + 4)).toBe('实施?“揭')
  })

  it('maps back any span to a slice whose folded, artefact-free text is the span (property)', () => {
    const alphabet = fc.constantFrom(
      ...'地区生产总值增长亿元个%,，。：；（）()０１２３４５６７８９0123456789?？A“”、 \n'.split(''),
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (original, a, b) => {
          const n = normalise(original)
          for (let i = 1; i < n.offsets.length; i++)
            expect(n.offsets[i]).toBeGreaterThan(n.offsets[i - 1] as number)
          const s = n.text.length ? a % n.text.length : 0
          const e = n.text.length ? s + (b % (n.text.length - s + 1)) : 0
          const [os, oe] = toOriginal(n, s, e)
          const slice = original.slice(os, oe)
          expect(original.includes(slice)).toBe(true)
          // Every normalised character comes from its original character by folding.
          for (let i = s; i < e; i++)
            expect(n.text[i]).toBe(foldWidth(original[n.offsets[i] as number] as string))
          // The characters the slice holds beyond the span are only dropped artefacts.
          const kept = new Set(Array.from({ length: e - s }, (_, k) => n.offsets[s + k]))
          for (let o = os; o < oe; o++) if (!kept.has(o)) expect('?？A\r').toContain(original[o])
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('traditional characters', () => {
  it('are recognised, converted for matching and quoted as written', async () => {
    const original = '全年實現地區生產總值１５６．８億元，增長４．５％。'
    expect(looksTraditional(original)).toBe(true)
    expect(looksTraditional('全年实现地区生产总值156.8亿元')).toBe(false)
    const n = normalise(original, await loadTraditionalConverter())
    expect(n.text).toBe('全年实现地区生产总值156.8亿元,增长4.5%。')
    const at = n.text.indexOf('地区生产总值')
    expect(originalSlice(n, at, at + 6)).toBe('地區生產總值')
  })

  it('keep every quote a substring of the original (property)', async () => {
    const convert = await loadTraditionalConverter()
    const alphabet = fc.constantFrom(
      ...'地區生產總值增長億元個項目簽約落地開復工農村居民人均可支配收入１２３，。'.split(''),
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (original, a, b) => {
          const n = normalise(original, convert)
          expect(n.text.length).toBe(original.length)
          const s = a % n.text.length
          const e = s + (b % (n.text.length - s + 1))
          expect(original.includes(originalSlice(n, s, e))).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})
