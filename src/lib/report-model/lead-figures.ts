import type { Fact, Report } from '../dataset/schema'
import { unitSpec } from '../format/units'

// Which two or three figures stand for an area on the Areas index and head its page. The report's
// review states each area's result as a few headline claims (粮食产量10.63亿斤; 清洁能源总装机容量达1552兆瓦,
// 位居全省各县第一; 全年开复工项目180个,总投资295.7亿元) and then lists the work done (534 irrigation wells,
// 22 livestock estates). A leader asking "how did agriculture do" wants the claims, not the list, and
// never the number of quotes. The rule, in words (also in docs/design.md and on the Areas screen):
//   1. a figure the report ranks (位居全省各县第一) leads;
//   2. then a headline indicator's level or one of the report's own project totals (签约75个, 开复工180个,
//      总投资295.7亿元), the statistics the report opens its sections with;
//   3. then amounts in 亿 (亿元, 亿斤): output and money at the county's scale;
//   4. then other measured quantities: capacity, tonnage, area, length, and amounts in 万 (万人, 万户, 万元);
//   5. then rates and shares (%, 百分点);
//   6. then plain counts (个, 家, 户, 项 …) and amounts in 元.
// Within one level, figures in the same unit stand together, the largest first (the same unit is the
// same scale, so 180 projects outrank 44), and units keep the order the report first uses them in.
// Figures stated in one breath (one quote: 粮食播种面积129万亩,产量10.63亿斤) are one claim: only its best
// figure leads, so the leads cover two or three different claims; the others follow it in its sentence.
// Only figures of the reviewed year (or running totals) lead: plan targets are the next year's, and an
// indicator's growth rate goes with its level rather than taking a place of its own.

/** One lead figure; `growth` is an indicator's growth rate stated with its level (113.6亿元, 增长5%). */
export type LeadFigure = { fact: Fact; level: LeadLevel; growth?: Fact }

/** 1 ranked · 2 headline indicator or report total · 3 亿 amounts · 4 measured · 5 rates · 6 counts. */
export type LeadLevel = 1 | 2 | 3 | 4 | 5 | 6

export const LEAD_COUNT = 3

/** What the rule needs to know about the report beyond the figures: which are headline statistics. */
export type LeadContext = {
  /** Headline indicators' levels and the pipeline's stated totals (counts and investment). */
  headline: ReadonlySet<string>
  /** An indicator's growth rate by the id of its level. */
  growthOf: ReadonlyMap<string, Fact>
  /** Growth rates of indicators: they go with their level, never lead alone. */
  rates: ReadonlySet<string>
  /** The report's year: figures of it are plan targets, not results. */
  planYear: number
}

export function leadContext(report: Report): LeadContext {
  const headline = new Set<string>()
  const growthOf = new Map<string, Fact>()
  for (const ind of report.indicators) {
    if (!ind.actual) continue
    headline.add(ind.actual.id)
    growthOf.set(ind.actual.id, ind.growth)
  }
  for (const p of report.pipeline) {
    headline.add(p.count.id)
    if (p.investment) headline.add(p.investment.id)
  }
  return {
    headline,
    growthOf,
    rates: new Set(report.indicators.map((i) => i.growth.id)),
    planYear: report.year,
  }
}

const MEASURED = new Set(['power', 'mass', 'area', 'length'])

/** The level of a figure under the rule above. */
export function leadLevel(fact: Fact, ctx: LeadContext): LeadLevel {
  if (fact.rank) return 1
  if (ctx.headline.has(fact.id)) return 2
  const spec = unitSpec(fact.unit)
  const exp = 'exp' in spec ? (spec.exp ?? 0) : 0
  if (exp >= 8) return 3
  if (exp >= 4 || MEASURED.has(spec.kind)) return 4
  if (spec.kind === 'percent' || spec.kind === 'points') return 5
  return 6
}

/**
 * The lead figures of one area: `facts` are its stated figures in the report's order (the dataset
 * lists them as the text has them). At most `count`; fewer only when the area has fewer figures.
 */
export function leadFigures(facts: readonly Fact[], ctx: LeadContext, count = LEAD_COUNT): LeadFigure[] {
  const candidates = facts.filter((f) => !ctx.rates.has(f.id) && !(Number(f.period) >= ctx.planYear))
  const ranked = candidates.map((fact, order) => ({ fact, order, level: leadLevel(fact, ctx) }))
  // Where a unit first appears within its level: same-unit figures stand together there.
  const unitAt = new Map<string, number>()
  for (const c of ranked) {
    const key = `${c.level}|${c.fact.unit}`
    if (!unitAt.has(key)) unitAt.set(key, c.order)
  }
  const at = (c: (typeof ranked)[number]) => unitAt.get(`${c.level}|${c.fact.unit}`) ?? c.order
  ranked.sort(
    (a, b) => a.level - b.level || at(a) - at(b) || b.fact.value - a.fact.value || a.order - b.order,
  )
  const out: typeof ranked = []
  const claims = new Set<string>()
  for (const c of ranked) {
    if (out.length >= count) break
    if (claims.has(c.fact.quote)) continue
    claims.add(c.fact.quote)
    out.push(c)
  }
  // An area with fewer claims than places shows the second figure of a claim rather than a gap.
  for (const c of ranked) {
    if (out.length >= count) break
    if (!out.includes(c)) out.push(c)
  }
  return out.map(({ fact, level }) => {
    const growth = ctx.growthOf.get(fact.id)
    return growth ? { fact, level, growth } : { fact, level }
  })
}
