import { describe, expect, it } from 'vitest'
import { manifestOf, reportJson, reportTextOf } from '@/testing/fixtures'
import { coverage, numberInQuote } from '../coverage'
import { statedFacts } from '../facts'
import { parseManifest, parseReport, quoteIssues } from '../validate'

// The proof every report must carry, for each report a manifest lists: the app's own and the test
// fixture's invented second report (which the two-report journeys open). The default report's deeper
// checks are in dataset.test.ts.
const manifest = manifestOf('two-reports')

describe('every report a manifest lists', () => {
  it('the manifests parse', () => {
    expect(() => parseManifest(manifestOf('public'), 'manifest.json')).not.toThrow()
    expect(() => parseManifest(manifest, 'manifest.json')).not.toThrow()
    expect(manifest.reports.length).toBeGreaterThanOrEqual(2)
  })

  for (const entry of manifest.reports) {
    describe(entry.id, () => {
      const report = parseReport(reportJson(entry.id), entry.file)
      const text = reportTextOf(entry.id)

      it('passes the schema and the integrity rules, and is the year the manifest says', () => {
        expect(report.id).toBe(entry.id)
        expect(report.year).toBe(entry.year)
      })

      it('quotes the text verbatim, with every stated number in its own quote', () => {
        expect(quoteIssues(report, text)).toEqual([])
        for (const { item, path } of statedFacts(report))
          expect(numberInQuote(item.value, item.unit, item.quote, item.qualifier), path).toBe(true)
      })

      it('covers every quantity of its text with a fact or a reasoned non-metric', () => {
        const result = coverage(report, text)
        expect(result.uncovered.map((t) => `${t.text}@${t.start}`)).toEqual([])
      })
    })
  }
})
