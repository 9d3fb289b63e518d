import { statedFacts } from '@/lib/dataset/facts'
import type { Fact, Report } from '@/lib/dataset/schema'

/**
 * The stated figures of one section, each once, in the order the dataset files them (indicators,
 * review metrics, pipeline, plan targets): what the Source screen's side column lists beside the text.
 */
export function sectionFigures(report: Report, sectionId: string): Fact[] {
  const seen = new Set<string>()
  const out: Fact[] = []
  for (const { item } of statedFacts(report)) {
    if (item.sectionId !== sectionId || seen.has(item.id)) continue
    seen.add(item.id)
    out.push(item)
  }
  return out
}

/** How many stated figures each section holds (the outline shown when no section is chosen). */
export function figureCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  for (const { item } of statedFacts(report)) {
    if (seen.has(item.id)) continue
    seen.add(item.id)
    counts.set(item.sectionId, (counts.get(item.sectionId) ?? 0) + 1)
  }
  return counts
}
