import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestText } from '../../ingest'
import { applyDecisions } from '../apply'
import { decisionsOf } from '../from-report'
import { Decisions } from '../schema'

// A review made on a draft (ids kept, as #/ingest keeps them) becomes a decisions file that makes the
// same report again from the text: the app's review and data/decisions are one format.

const text = readFileSync(resolve(process.cwd(), 'public/data/chaoyang-2023/report.txt'), 'utf8')

describe('decisionsOf', async () => {
  const { report: draft } = await ingestText(text)

  it('an untouched draft: every drafted item accepted, nothing rejected, the draft made again', () => {
    const decisions = Decisions.parse(decisionsOf(draft, draft, 'rejected'))
    expect(decisions.rejected).toEqual({ facts: [], projects: [] })
    expect(decisions.metrics.every((m) => m.from && m.value === undefined)).toBe(true)
    expect(applyDecisions(draft, decisions, text)).toEqual(draft)
  })

  it('a review that relabels, reclassifies, rejects and narrows: the same report again', () => {
    const reviewed = structuredClone(draft)
    const [first, dropped] = reviewed.metrics
    if (!first || !dropped) throw new Error('the draft has too few metrics')
    first.label = { zh: '招商引资活动', en: 'Investment promotion events' }
    reviewed.metrics.splice(1, 1)
    const project = reviewed.projects[0]
    if (!project) throw new Error('the draft has no project')
    project.name = { zh: project.name.zh, en: 'Compressed-air energy storage' }
    project.sector = 'energy'
    project.stage = 'signed'
    const removed = reviewed.projects.splice(1, 1)[0]
    // the pipeline cites projects by id: a removed one leaves its stage's examples
    for (const p of reviewed.pipeline) p.exampleIds = p.exampleIds.filter((id) => id !== removed?.id)
    const gdp = reviewed.indicators[0]
    if (!gdp?.actual) throw new Error('no GDP level in the draft')
    gdp.actual.quote = '预计全年完成地区生产总值113.6亿元,增长5%'

    const decisions = Decisions.parse(
      JSON.parse(JSON.stringify(decisionsOf(draft, reviewed, 'not a figure'))),
    )
    expect(decisions.rejected.facts).toEqual([
      { from: { quote: dropped.quote, value: dropped.value }, reason: 'not a figure' },
    ])
    expect(decisions.rejected.projects).toEqual([{ from: removed?.name.zh, reason: 'not a figure' }])
    expect(decisions.indicators[0]?.actual?.quote).toBe('预计全年完成地区生产总值113.6亿元,增长5%')
    expect(applyDecisions(draft, decisions, text)).toEqual(reviewed)
  })
})
