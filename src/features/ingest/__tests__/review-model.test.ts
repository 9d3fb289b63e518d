import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingestWith } from '@/lib/ingest/ingest'
import { runChecks } from '../model/checks'
import { reviewEntries } from '../model/entries'
import { countMarks, markedSegments } from '../model/marks'
import { applyReview, initialState, type ReviewState, rejectedIds } from '../model/review'

const text = readFileSync('tests/fixtures/reports/county-work-report-2024.txt', 'utf8')
const draft = ingestWith(text)
const entries = reviewEntries(draft)
const unplaced = draft.review.accounts.filter((a) => a.status === 'unplaced')

/** The state after dismissing every unplaced number (what a reviewer does last). */
function allDismissed(state: ReviewState): ReviewState {
  return { ...state, dismissed: Object.fromEntries(unplaced.map((a) => [a.span[0], ''])) }
}

describe('the review of a draft', () => {
  it('lists every fact of the draft once, by kind', () => {
    const kinds = entries.map((e) => e.kind)
    expect(kinds.filter((k) => k === 'indicator')).toHaveLength(draft.report.indicators.length)
    expect(kinds.filter((k) => k === 'metric')).toHaveLength(draft.report.metrics.length)
    expect(kinds.filter((k) => k === 'project')).toHaveLength(draft.report.projects.length)
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length)
  })

  it('fails coverage while a number is unplaced, and passes once it is dismissed', () => {
    expect(unplaced.length).toBeGreaterThan(0)
    const state = initialState(draft)
    const before = runChecks(applyReview(draft, entries, state), text, ['chaoyang-2023'])
    expect(before.coverage.uncovered.map((u) => u.text)).toEqual(unplaced.map((u) => u.text))
    expect(before.ok).toBe(false)
    const after = runChecks(applyReview(draft, entries, allDismissed(state)), text, ['chaoyang-2023'])
    expect(after.coverage.covered).toBe(after.coverage.total)
    expect(after.schema).toEqual([])
    expect(after.ok).toBe(true)
  })

  it('takes a rejected fact out of the report and lists its number as a non-metric', () => {
    const metric = entries.find((e) => e.kind === 'metric')
    if (!metric) throw new Error('no metric')
    const state = allDismissed(initialState(draft))
    state.decisions[metric.key] = { status: 'rejected' }
    const report = applyReview(draft, entries, state)
    expect(report.metrics.map((m) => m.id)).not.toContain(metric.itemIds[0])
    const checks = runChecks(report, text, [])
    expect(checks.coverage.uncovered).toEqual([])
    expect(checks.ok).toBe(true)
    const marks = countMarks(
      markedSegments(text, draft.review.accounts, rejectedIds(entries, state.decisions), state.dismissed),
    )
    expect(marks.rejected).toBeGreaterThan(0)
    expect(marks.unplaced).toBe(0)
  })

  it('an edited number that is not in its quote fails the number check', () => {
    const metric = entries.find((e) => e.kind === 'metric')
    const fact = metric?.facts[0]
    if (!metric || !fact) throw new Error('no metric')
    const state = allDismissed(initialState(draft))
    state.decisions[metric.key] = { values: { [fact.id]: fact.value + 0.123 } }
    const checks = runChecks(applyReview(draft, entries, state), text, [])
    expect(checks.numbers.missing.map((m) => m.id)).toEqual([fact.id])
    expect(checks.ok).toBe(false)
  })

  it('edits labels, sectors and stages, and refuses a built-in or malformed id', () => {
    const project = entries.find((e) => e.kind === 'project')
    if (!project) throw new Error('no project')
    const state = allDismissed(initialState(draft))
    state.decisions[project.key] = {
      label: { zh: '青岚风电', en: 'Qinglan wind' },
      sector: 'agrifood',
      stage: 'signed',
    }
    const report = applyReview(draft, entries, state)
    const p = report.projects.find((x) => `project:${x.id}` === project.key)
    expect(p).toMatchObject({ name: { en: 'Qinglan wind' }, sector: 'agrifood', stage: 'signed' })
    expect(runChecks(report, text, [report.id]).id).toBe('taken')
    expect(runChecks({ ...report, id: 'Bad Id' }, text, []).id).toBe('invalid')
  })
})

describe('any review of any fixture text makes a report that passes the checks', () => {
  const dir = 'tests/fixtures/reports'
  const texts = [
    'public/data/chaoyang-2023/report.txt',
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${dir}/${f}`),
  ]
  it.each(texts)('%s: everything kept, or everything rejected', (file) => {
    const text = readFileSync(file, 'utf8')
    const d = ingestWith(text)
    const es = reviewEntries(d)
    const base: ReviewState = {
      ...initialState(d),
      dismissed: Object.fromEntries(
        d.review.accounts.filter((a) => a.status === 'unplaced').map((a) => [a.span[0], '']),
      ),
    }
    base.meta.id = 'under-review'
    const kept = runChecks(applyReview(d, es, base), text, [])
    const rejectAll = {
      ...base,
      decisions: Object.fromEntries(es.map((e) => [e.key, { status: 'rejected' as const }])),
    }
    const none = applyReview(d, es, rejectAll)
    const rejected = runChecks(none, text, [])
    // What the pipeline itself gets wrong is the reviewer's to fix; rejecting never adds a failure.
    expect(rejected.schema).toEqual([])
    expect(rejected.coverage.uncovered).toEqual([])
    expect(rejected.ok).toBe(true)
    expect(none.metrics.length + none.indicators.length + none.projects.length).toBe(0)
    expect(kept.schema).toEqual([])
  })
})
