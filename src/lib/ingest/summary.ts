import type { Draft } from './types'

// What the CLI prints (and the app can show): counts per kind, the indicators and projects found,
// and every token that found no place.

export function summarise({ report, review }: Draft): string {
  const kinds = new Map<string, number>()
  for (const item of review.items) if (item.inReport) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1)
  const lines = [
    `${review.title || '(untitled)'} — ${review.docType}, ${
      review.years.plan > 0
        ? `review ${review.years.review}, plan ${review.years.plan}`
        : 'no year in the text'
    }`,
    `facts in the report: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `tokens: ${review.tokens.total} = placed ${review.tokens.placed} + non-metric ${review.tokens.nonMetric} + unplaced ${review.tokens.unplaced}`,
    `indicators (${report.indicators.length}):`,
    ...report.indicators.map(
      (i) =>
        `  ${i.id}: ${i.actual ? `${i.actual.value}${i.actual.unit}, ` : ''}growth ${i.growth.value}%, target ${i.target.value}% (${i.basis})`,
    ),
    `other indicator figures: ${
      review.items
        .filter((i) => i.indicatorId && i.kind !== 'indicator')
        .map((i) => `${i.indicatorId} ${i.role} ${i.value}${i.unitText}`)
        .join('; ') || 'none'
    }`,
    `projects (${report.projects.length} in the report, ${review.projects.length - report.projects.length} planned):`,
    ...review.projects.map(
      (p) =>
        `  ${p.name} — ${p.stageText}${p.investment ? `, ${p.investment.value}${p.investment.unitText}` : ''}${p.inReport ? '' : ' (plan)'}`,
    ),
    `pipeline: ${report.pipeline.map((p) => `${p.stage} ${p.count.value}${p.investment ? ` (${p.investment.value}亿元)` : ''}`).join(', ') || 'none'}`,
    `qualitative targets: ${review.qualitativeTargets.map((q) => `${q.subject} ${q.text}`).join('; ') || 'none'}`,
    `unplaced (${review.unplaced.length}):`,
    ...review.unplaced.map((u) => `  ${u.text} — ${u.reason} «${u.quote}»`),
    ...(review.warnings.length ? ['warnings:', ...review.warnings.map((w) => `  ${w}`)] : []),
  ]
  return lines.join('\n')
}
