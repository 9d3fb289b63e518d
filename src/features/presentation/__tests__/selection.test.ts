import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSearch, stringifySearch } from '@/lib/routes/params'
import { realReport } from '@/testing/data'
import { deckSpec, moveSlide, resolveDeck, slidesParam, toggleSlide } from '../model/selection'
import { buildSlides, defaultSelection } from '../model/slides'

const report = realReport()
const available = buildSlides(report)
const defaults = defaultSelection(report)
const allIds = available.map((s) => s.id as string)

function read(search: string) {
  const { values, rejected } = parseSearch(search, deckSpec)
  const deck = resolveDeck(available, defaults, values)
  return { values, deck, rejected: [...rejected, ...deck.rejected] }
}

describe('deck URL', () => {
  it('reads slides, slide and auto', () => {
    const { deck, values, rejected } = read('slides=title,problems,kpis&slide=2&auto=10')
    expect(deck.ids).toEqual(['title', 'problems', 'kpis'])
    expect(deck.index).toBe(1)
    expect(values.auto).toBe(10)
    expect(rejected).toEqual([])
  })

  it('drops unknown slide ids and says so; all unknown → the default deck', () => {
    const some = read('slides=title,nope,kpis')
    expect(some.deck.ids).toEqual(['title', 'kpis'])
    expect(some.rejected).toEqual([{ key: 'slides', value: 'nope' }])
    const none = read('slides=nope')
    expect(none.deck.ids).toEqual(defaults)
  })

  it('clamps the slide number and rejects nonsense', () => {
    expect(read('slides=title,kpis&slide=9').deck.index).toBe(1)
    expect(read('slides=title,kpis&slide=9').rejected).toEqual([{ key: 'slide', value: '9' }])
    const bad = read('slide=abc&auto=0')
    expect(bad.deck.index).toBe(0)
    expect(bad.values.auto).toBeNull()
    expect(bad.rejected.map((r) => r.key).sort()).toEqual(['auto', 'slide'])
  })

  it('round-trips any choice and order of slides, slide number and interval', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(allIds, { minLength: 1 }),
        fc.nat(40),
        fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
        (ids, n, auto) => {
          const slide = (n % ids.length) + 1
          const qs = stringifySearch({ slides: slidesParam(ids, defaults), slide, auto }, deckSpec)
          const { deck, values, rejected } = read(qs)
          expect(rejected).toEqual([])
          expect(deck.ids).toEqual(ids)
          expect(deck.index).toBe(slide - 1)
          expect(values.auto).toBe(auto)
        },
      ),
    )
  })

  it('leaves the default choice and slide 1 out of the link', () => {
    expect(stringifySearch({ slides: slidesParam(defaults, defaults), slide: 1, auto: null }, deckSpec)).toBe(
      '',
    )
  })
})

describe('picker edits', () => {
  it('turns a slide on in its natural place, off, but never the last one', () => {
    expect(toggleSlide(['title', 'problems'], 'kpis', allIds)).toEqual(['title', 'kpis', 'problems'])
    expect(toggleSlide(['kpis'], 'title', allIds)).toEqual(['title', 'kpis'])
    expect(toggleSlide(['title', 'kpis'], 'title', allIds)).toEqual(['kpis'])
    expect(toggleSlide(['kpis'], 'kpis', allIds)).toEqual(['kpis'])
  })

  it('moves a slide up and down within bounds', () => {
    expect(moveSlide(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c'])
    expect(moveSlide(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b'])
    expect(moveSlide(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c'])
    expect(moveSlide(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c'])
  })
})
