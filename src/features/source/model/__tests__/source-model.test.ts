import { describe, expect, it } from 'vitest'
import { quoteIndex } from '@/lib/dataset/facts'
import { realReport, reportText } from '@/testing/data'
import { groupHighlight, piecesOf } from '../pieces'
import { findMatches, stepMatch } from '../search'
import { figureCounts, sectionFigures } from '../section-figures'
import { locateQuote, splitSections } from '../sections'

const report = realReport()
const text = reportText()

describe('splitting the text into sections', () => {
  const parts = splitSections(text, report.sections)

  it('finds every section heading, in order, and loses no text', () => {
    expect(parts.map((p) => p.section.id)).toEqual(report.sections.map((s) => s.id))
    expect(parts[0]?.start).toBe(0)
    expect(parts.at(-1)?.end).toBe(text.length)
    for (let i = 1; i < parts.length; i++) expect(parts[i]?.start).toBe(parts[i - 1]?.end)
  })

  it('keeps paragraph offsets of the whole text', () => {
    for (const p of parts.flatMap((s) => s.paragraphs))
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text)
  })

  it('keeps the copy’s artifacts as they are', () => {
    const all = parts.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(all).toContain('高举A新时代')
    expect(all).toContain('“数字政府”?“城市大脑”')
  })
})

describe('the quote index', () => {
  const index = quoteIndex(report)
  const parts = splitSections(text, report.sections)

  it('holds facts, projects, problems, tasks and topics, and every quote is found in its section', () => {
    for (const id of [
      'gdp-2022',
      'clean-energy-capacity',
      'nengjian-compressed-air-storage',
      'problem-1',
      'task-2',
    ])
      expect(index.has(id)).toBe(true)
    for (const item of index.values()) {
      const at = locateQuote(text, parts, item.quote, item.sectionId)
      expect(at, item.id).not.toBeNull()
      const part = parts.find((p) => p.section.id === item.sectionId)
      if (part && at) expect(at.start >= part.start && at.end <= part.end, item.id).toBe(true)
    }
  })

  it('leaves derived figures out (they have a formula, not a passage)', () => {
    expect(index.has('dibao-urban-rural-gap')).toBe(false)
  })
})

describe('search', () => {
  it('counts matches', () => {
    expect(findMatches(text, '光伏')).toHaveLength(2)
    expect(findMatches(text, '  ')).toEqual([])
    expect(findMatches('5G 5g', '5g')).toHaveLength(2)
  })

  it('wraps next and previous around', () => {
    expect(stepMatch(2, 1, 3)).toBe(0)
    expect(stepMatch(0, -1, 3)).toBe(2)
    expect(stepMatch(0, 1, 0)).toBe(0)
  })
})

describe('cutting a paragraph into marked runs', () => {
  it('splits at every boundary and keeps the text whole', () => {
    const pieces = piecesOf('abcdefgh', 10, {
      hl: { start: 12, end: 16 },
      hits: [{ start: 14, end: 18 }],
      strong: [{ start: 10, end: 11 }],
    })
    expect(pieces.map((p) => p.text).join('')).toBe('abcdefgh')
    expect(pieces.map((p) => [p.text, p.hl, p.hit, p.strong])).toEqual([
      ['a', false, null, true],
      ['b', false, null, false],
      ['cd', true, null, false],
      ['ef', true, 0, false],
      ['gh', false, 0, false],
    ])
    const g = groupHighlight(pieces)
    expect(g.hl.map((p) => p.text).join('')).toBe('cdef')
    expect(g.after.map((p) => p.text).join('')).toBe('gh')
  })
})

describe('the side column’s figures', () => {
  it('lists a section’s stated figures once each, and only that section’s', () => {
    const energy = report.metrics.find((m) => m.id === 'clean-energy-capacity')
    expect(energy).toBeDefined()
    const figures = sectionFigures(report, energy?.sectionId ?? '')
    expect(figures.map((f) => f.id)).toContain('clean-energy-capacity')
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length)
    expect(figures.every((f) => f.sectionId === energy?.sectionId)).toBe(true)
    expect(sectionFigures(report, 'no-such-section')).toEqual([])
  })

  it('counts every stated figure under exactly one section', () => {
    const counts = figureCounts(report)
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    const ids = new Set(report.sections.flatMap((s) => sectionFigures(report, s.id).map((f) => f.id)))
    expect(total).toBe(ids.size)
    for (const s of report.sections) expect(counts.get(s.id) ?? 0).toBe(sectionFigures(report, s.id).length)
  })
})
