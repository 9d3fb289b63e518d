import { describe, expect, it } from 'vitest'
import { indicatorRows } from '@/lib/report-model/indicators'
import { halfWidthInChinese } from '@/testing/zh-typography'
import { coverage, rankInQuote } from '../coverage'
import { DataError } from '../errors'
import { statedFacts } from '../facts'
import type { Report } from '../schema'
import { parseReport } from '../validate'
import { REPORT_FILE, rawReport, reportText } from './load'

// The economist's reading of the dataset (issue 16): what the figures may be taken to mean, beyond
// being transcribed exactly. Each rule is proved on the 2023 report and shown to bite on broken data.

const report = parseReport(rawReport(), REPORT_FILE)
const byId = new Map(statedFacts(report).map(({ item }) => [item.id, item]))
const derivedIds = new Set(report.derived.map((d) => d.id))

type Raw = Record<string, unknown> & {
  indicators: { id: string; basis: string }[]
  derived: Record<string, unknown>[]
}

function issuesOf(data: unknown): string[] {
  try {
    parseReport(data, REPORT_FILE)
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => `${i.path}: ${i.message}`)
    throw e
  }
  return []
}

describe('a comparable-price or unstated basis never yields a level', () => {
  it('industrial output value grows at comparable prices, like GRP and value added: no implied level', () => {
    const basis = Object.fromEntries(report.indicators.map((i) => [i.id, i.basis]))
    expect(basis).toMatchObject({
      gdp: 'real',
      'industrial-output': 'real',
      'industrial-value-added': 'real',
    })
    expect(derivedIds.has('industrial-output-implied-2023')).toBe(false)
    const levels = report.derived.filter((d) => d.op === 'implied-level')
    const nominalLevels = new Set(
      report.indicators.filter((i) => i.basis === 'nominal').flatMap((i) => i.actual?.id ?? []),
    )
    for (const d of levels) expect(nominalLevels.has(d.inputs[0] ?? ''), d.id).toBe(true)
  })

  it('the validator rejects an implied level once its series is marked real or unstated', () => {
    for (const basis of ['real', 'unstated']) {
      const data = rawReport() as Raw
      const fai = data.indicators.find((i) => i.id === 'fixed-asset-investment')
      if (!fai) throw new Error('missing')
      fai.basis = basis
      const issues = issuesOf(data)
      expect(
        issues.some((i) => /^derived\[\d+\]\.inputs: .*nominal/.test(i)),
        basis,
      ).toBe(true)
    }
  })

  it('the report model shows no level for a real or unstated series even if the data carried one', () => {
    for (const basis of ['real', 'unstated'] as const) {
      const broken = structuredClone(report) as Report
      const fai = broken.indicators.find((i) => i.id === 'fixed-asset-investment')
      if (!fai) throw new Error('missing')
      fai.basis = basis
      const row = indicatorRows(broken).find((r) => r.id === 'fixed-asset-investment')
      expect(row?.implied).toBeUndefined()
      expect(row?.noImplied).toBe(basis)
    }
  })
})

describe('no derived figure divides two totals of different kinds', () => {
  it('the introduced projects are not shown as a share of the 180 projects under construction', () => {
    expect(derivedIds.has('introduced-investment-share')).toBe(false)
    expect(issuesOf(rawReport())).toEqual([])
  })

  it('the validator rejects such a share', () => {
    const data = rawReport() as Raw
    data.derived.push({
      id: 'introduced-investment-share',
      derived: true,
      label: { zh: '比例', en: 'share' },
      value: 20.6,
      unit: '%',
      period: '2022',
      op: 'share',
      inputs: ['projects-started-investment', 'introduced-investment-sum'],
      decimals: 1,
      formula: { zh: '60.9 ÷ 295.7', en: '60.9 ÷ 295.7' },
      note: { zh: '仅作规模比较', en: 'scale only' },
    })
    expect(issuesOf(data).join('\n')).toMatch(/derived\[\d+\]\.inputs: a share divides two different kinds/)
  })
})

describe('figures that assume more than the report says carry that caveat', () => {
  it('landed projects are not assumed to be among the signed ones', () => {
    const landing = report.derived.find((d) => d.id === 'landing-rate')
    expect(landing?.note?.zh).toContain('往年签约')
    expect(landing?.label.zh).not.toContain('落地率')
    // "signed but not landed" (75 − 38) would read the 38 as a part of the 75: not derived.
    const signedMinusLanded = report.derived.filter(
      (d) => d.op === 'difference' && d.inputs[0] === 'projects-signed',
    )
    expect(signedMinusLanded).toEqual([])
  })

  it('61.7% and 69 carry the no-overlap caveat of 44 + 14 + 53, and 69 says it is not a stated count', () => {
    const sum = report.derived.find((d) => d.id === 'pipeline-named-stages-sum')
    for (const id of ['pipeline-named-stages-share', 'pipeline-other-started']) {
      const d = report.derived.find((x) => x.id === id)
      expect(d?.note, id).toBeDefined()
      expect(d?.inputs).toContain(sum?.id)
    }
    const rest = report.derived.find((d) => d.id === 'pipeline-other-started')
    expect(rest?.label.zh).toContain('非报告数字')
    expect(rest?.label.en).toContain('not a count the report gives')
  })

  it('the validator rejects a caveat dropped from a figure that rests on a caveated one', () => {
    const data = rawReport() as Raw
    const share = data.derived.find((d) => d.id === 'pipeline-named-stages-share')
    if (!share) throw new Error('missing')
    delete share.note
    expect(issuesOf(data).join('\n')).toMatch(/derived\[\d+\]\.note: rests on "pipeline-named-stages-sum"/)
  })

  it('the validator rejects a ratio of 落地 to 签约 without its caveat', () => {
    const data = rawReport() as Raw
    const landing = data.derived.find((d) => d.id === 'landing-rate')
    if (!landing) throw new Error('missing')
    delete landing.note
    expect(issuesOf(data).join('\n')).toMatch(/derived\[\d+\]\.note: treats "projects-landed" as part of/)
  })
})

describe('the pipeline and the projects agree', () => {
  it('the 6 industry-base projects are an industry figure, not a stage of the 2022 pipeline', () => {
    expect(report.pipeline.map((p) => p.stage)).toEqual([
      'signed',
      'landed',
      'started',
      'topped-out',
      'trial',
      'producing',
    ])
    const base = report.metrics.find((m) => m.id === 'industry-base-projects')
    expect(base).toMatchObject({ value: 6, unit: '个', areaId: 'industry' })
  })

  it('a project named as a stage example carries that stage, and exemplifies one stage only', () => {
    const projects = new Map(report.projects.map((p) => [p.id, p]))
    const seen = new Map<string, string>()
    for (const stage of report.pipeline)
      for (const id of stage.exampleIds) {
        expect(projects.get(id)?.stage, id).toBe(stage.stage)
        expect(seen.get(id), `${id} is an example of two stages`).toBeUndefined()
        seen.set(id, stage.stage)
      }
    const huaxiang = report.projects.filter((p) => p.name.zh === '华祥新材料')
    expect(huaxiang.map((p) => [p.id, p.stage])).toEqual([['huaxiang-new-materials', 'producing']])
  })
})

describe('labels say what the text says, no more', () => {
  const project = (zh: string) => report.projects.find((p) => p.name.zh === zh)

  it('tenants are the agri-processing cluster’s; the turnover is the 471 service stations’', () => {
    expect(byId.get('park-tenant-firms')?.label.zh).toBe('农产品加工集聚区入驻企业')
    expect(byId.get('ecommerce-turnover')?.label.zh).toContain('村镇电商服务站')
  })

  it('digitalised firms are not the digital sector; the morel greenhouses are facility agriculture, built', () => {
    expect(project('绿谷农业')).toMatchObject({ sector: 'agrifood', sectorStated: false })
    expect(project('华兴惠民')?.sector).not.toBe('digital')
    expect(project('华兴惠民')?.sectorStated).toBe(false)
    expect(project('羊肚菌数字智能日光温室')).toMatchObject({
      sector: 'agrifood',
      sectorStated: false,
      stage: 'operating',
      stageStated: false,
    })
  })

  it('the 300 MW is one project’s capacity in 2022, not a to-date stock beside the county’s 1,552 MW', () => {
    expect(byId.get('jingao-pv-capacity')?.period).toBe('2022')
    expect(byId.get('clean-energy-capacity')?.period).toBe('to-date')
  })

  it('数字一体化平台 is where firms are managed, not a named project', () => {
    expect(report.projects.some((p) => p.name.zh.includes('数字一体化平台'))).toBe(false)
    expect(byId.get('platform-firms')?.value).toBe(23)
  })

  it('“位居全省各县第一” is recorded as a rank, in its own quote, and covers its 第一', () => {
    const rank = byId.get('clean-energy-capacity')?.rank
    expect(rank?.position).toBe(1)
    expect(rank?.scope.zh).toBe('全省各县')
    expect(rankInQuote(rank?.position ?? 0, rank?.quote ?? '')).toBe(true)
    expect(report.nonMetrics.some((n) => n.quote.includes('位居全省各县'))).toBe(false)
    const covered = coverage(report, reportText).covered.filter((c) => c.by === 'rank')
    expect(covered.map((c) => c.token.text)).toEqual(['第一'])
  })

  it('every Chinese label is written with full-width ，；：(quotes keep the report’s own punctuation)', () => {
    const labels: string[] = []
    const walk = (node: unknown, key = '') => {
      if (Array.isArray(node)) for (const n of node) walk(n)
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) {
          if (k === 'zh' && typeof v === 'string') labels.push(v)
          else walk(v, k)
        }
      else if (typeof node === 'string' && key === 'zh') labels.push(node)
    }
    walk(report)
    expect(labels.length).toBeGreaterThan(300)
    expect(labels.flatMap((l) => halfWidthInChinese(l))).toEqual([])
    // …while the quotes stay verbatim, half-width and all.
    expect(byId.get('grain-area')?.quote).toBe('粮食播种面积129万亩,产量10.63亿斤')
  })
})
