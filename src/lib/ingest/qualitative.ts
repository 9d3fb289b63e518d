import { matchIndicator } from './indicator-match'
import type { Quantity } from './quantities'
import type { Sentence } from './sentences'
import { peel, splitSubjects } from './subjects'

// Targets in words only: 城乡居民收入增长与经济增长同步, 节能减排完成省下达任务, 高于全省平均水平.
// The schema has no place for a target without a number, so they stay in the review, each with
// the indicators it names, for the reviewer to carry over.

export type QualitativeFind = {
  subject: string
  indicatorIds: string[]
  text: string
  span: [number, number]
  confidence: number
}

const QUALITATIVE =
  /与(?:经济|地区生产总值|GDP)?增长(?:基本)?同步|同步增长|高于全[省市国](?:平均)?(?:水平)?|快于全[省市国]|不低于全[省市国]|全[省市国]平均水平|完成(?:省|市|上级)?下达(?:的)?(?:任务|目标|指标)|保持(?:总体|基本)?稳定|基本持平|合理区间|稳中有[升增进]/

export function findQualitativeTargets(
  text: string,
  sentences: readonly Sentence[],
  quantities: readonly Quantity[],
): QualitativeFind[] {
  const out: QualitativeFind[] = []
  for (const s of sentences) {
    if (!s.inTargets) continue
    let start = s.start
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && !/[,;:。]/.test(text[i] ?? '')) continue
      const clauseStart = start
      start = i + 1
      const clause = text.slice(clauseStart, i)
      const hit = QUALITATIVE.exec(clause)
      if (!hit || quantities.some((q) => q.start >= clauseStart && q.end <= i)) continue
      const subject = peel(clause.slice(0, hit.index).replace(/(?:增长|增速|涨幅)$/, '')).subject
      const expanded = splitSubjects(subject, subject.includes('城乡') ? 2 : 0) ?? [subject]
      const ids = expanded.flatMap((p) => {
        const m = matchIndicator(p) ?? matchIndicator(p.replace(/收入$/, '人均可支配收入'))
        return m ? [m.entry.id] : []
      })
      out.push({
        subject,
        indicatorIds: ids,
        text: hit[0],
        span: [clauseStart, i],
        confidence: ids.length ? 0.7 : 0.5,
      })
    }
  }
  return out
}
