import { quantityTokens, unitPattern } from '@/lib/dataset/coverage'
import type { Report } from '@/lib/dataset/schema'
import type { Unit } from '@/lib/format/units'

// How a draft compares with a reviewed dataset of the same text, number by number.
//
// "Right kind" is where the number sits in the report, compared exactly:
//   indicator:<indicator id>:<level|growth|target>  a headline indicator's actual, growth or target
//   metric                                         report.metrics (any other stated figure)
//   pipeline-count / pipeline-investment           report.pipeline[].count / .investment
//   plan-target                                    report.plan.targets
//   project-investment                             report.projects[].investment
// A number is identified by the token of the text it stands on (found as coverage.ts finds it: inside
// an occurrence of its quote, with its value, followed by its unit), so two facts with equal values
// in different sentences never stand in for each other.
//   recall = reviewed numbers that the draft states on the same token with the same value, unit and kind
//   wrong  = draft numbers with no reviewed number of that value, unit and kind on their token
//            (a number attached to the wrong indicator or kind, a non-metric made a fact, or a token
//            the draft's quote does not locate)

export type Located = {
  id: string
  kind: string
  value: number
  unit: Unit
  qualifier?: string | undefined
  quote: string
}

export function numbersOf(report: Report): Located[] {
  const out: Located[] = []
  for (const ind of report.indicators)
    for (const [role, f] of [
      ['level', ind.actual],
      ['growth', ind.growth],
      ['target', ind.target],
    ] as const)
      if (f)
        out.push({
          id: f.id,
          kind: `indicator:${ind.id}:${role}`,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          quote: f.quote,
        })
  for (const m of report.metrics)
    out.push({
      id: m.id,
      kind: 'metric',
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      quote: m.quote,
    })
  for (const p of report.pipeline) {
    out.push({
      id: p.count.id,
      kind: 'pipeline-count',
      value: p.count.value,
      unit: p.count.unit,
      quote: p.count.quote,
    })
    if (p.investment)
      out.push({
        id: p.investment.id,
        kind: 'pipeline-investment',
        value: p.investment.value,
        unit: p.investment.unit,
        quote: p.investment.quote,
      })
  }
  for (const t of report.plan.targets)
    out.push({
      id: t.id,
      kind: 'plan-target',
      value: t.value,
      unit: t.unit,
      qualifier: t.qualifier,
      quote: t.quote,
    })
  for (const p of report.projects)
    if (p.investment)
      out.push({
        id: p.id,
        kind: 'project-investment',
        value: p.investment.value,
        unit: '亿元',
        quote: p.quote,
      })
  return out
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The token starts a located number stands on: its digits, then its unit (with or without 余/以上). */
export function tokensOf(n: Located, text: string, starts: Map<number, string>): number[] {
  const out: number[] = []
  const units = [
    unitPattern(n.unit),
    unitPattern(n.unit, 'over'),
    ...(n.qualifier ? [unitPattern(n.unit, n.qualifier as never)] : []),
  ]
  const re = new RegExp(`^${escapeRe(String(Math.abs(n.value)))} ?(?:${units.join('|')})`)
  for (let q = text.indexOf(n.quote); q >= 0; q = text.indexOf(n.quote, q + 1)) {
    const end = q + n.quote.length
    for (let i = q; i < end; i++) {
      const tok = starts.get(i)
      if (tok !== undefined && Number(tok) === Math.abs(n.value) && re.test(text.slice(i, end))) out.push(i)
    }
  }
  return out
}

export type Comparison = {
  reviewed: number
  recovered: number
  proposed: number
  wrong: number
  misses: Located[]
  errors: (Located & { found: string })[]
}

export function compare(reviewed: Report, draft: Report, text: string): Comparison {
  const starts = new Map(
    quantityTokens(text)
      .filter((t) => t.kind === 'arabic')
      .map((t) => [t.start, t.text]),
  )
  const index = (report: Report) => {
    const byToken = new Map<number, Located[]>()
    const located = numbersOf(report).map((n) => ({ n, at: tokensOf(n, text, starts) }))
    for (const { n, at } of located) for (const i of at) byToken.set(i, [...(byToken.get(i) ?? []), n])
    return { byToken, located }
  }
  const r = index(reviewed)
  const d = index(draft)
  const same = (a: Located, b: Located) => a.kind === b.kind && a.value === b.value && a.unit === b.unit
  const misses = r.located
    .filter(({ n, at }) => !at.some((i) => (d.byToken.get(i) ?? []).some((x) => same(x, n))))
    .map((x) => x.n)
  const errors = d.located
    .filter(({ n, at }) => !at.length || !at.some((i) => (r.byToken.get(i) ?? []).some((x) => same(x, n))))
    .map(({ n, at }) => ({
      ...n,
      found: at.length
        ? (r.byToken.get(at[0] ?? -1) ?? []).map((x) => `${x.kind} ${x.value}${x.unit}`).join(', ') ||
          'a non-metric in the reviewed dataset'
        : 'its quote does not locate it',
    }))
  return {
    reviewed: r.located.length,
    recovered: r.located.length - misses.length,
    proposed: d.located.length,
    wrong: errors.length,
    misses,
    errors,
  }
}
