// The words in front of a number say what it measures. These helpers peel off what is not the
// subject — leading connectives, the verb that introduces the figure, the growth word — and split
// the subjects of a 分别/均 sentence (城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…).

const LEAD_FILLER =
  /^(?:[、,:;]|和|及|以及|与|并|且|其中|同时|此外|另外|预计|全年|今年|去年|当年|一年来|全县|全市|全区|全旗|全镇|全乡|共计|总计|合计|我县|我市|我区|实现)+/
const TAIL_QUALIFIER = /(?:不低于|不少于|至少|不超过|不高于|不多于|超过|逾|突破|接近|将近|大约|约|近|超)$/
const TAIL_VERB =
  /(?:分别|均)?(?:达到|达|为|是|增加到|增加至|提高到|提高至|提升到|提升至|提标至|增至|降至|降到|下降到|减少到|压缩至|压缩到|缩短至|缩短到|控制在|保持在|稳定在|实现|完成|有|共|已)$/
// The base of a rate written between verb and number: 提高到每月720元, 每人每年…
const RATE_BASE = /(?:每人每月|每人每年|每月|每年|每人|每户|每亩|人均)$/

// 增长/增速/增幅 … with an optional comparison (比上年, 同比, 比1-8月) in front: the number is a growth
// rate (with %) or a change (with 百分点 or a count). 年均 makes it an average over several years.
const COMPARED =
  '(?:同口径|可比口径|同比|环比|与上年相比|(?:比|较)(?:上年同期|上年末|上年|去年同期|去年|年初|上半年|一季度|前三季度|上季度|上月|全年|\\d{1,2}-\\d{1,2}月|\\d{4}年))'
const GROWTH_TAIL = new RegExp(
  `${COMPARED}?(?:年均)?(增长|增速|增幅|涨幅|上涨|提高|提升|增加|扩大|加快|下降|减少|回落|降低|下滑|收窄|减)(?:了)?$`,
)
// Words that make a growth rate negative. 收窄 (a decline narrowing) is not one: the label keeps it.
const DOWN = /下降|减少|回落|降低|下滑|减/
const COMPARATIVE = new RegExp(`(?:按可比价格计算|按可比价计算|按现价计算|${COMPARED})$`)

export type Peeled = {
  subject: string // what the figure measures, as written ('' when the words name nothing)
  growth?: { word: string; down: boolean; average: boolean }
  verb?: string // 达到, 控制在 …
  pair?: 'respectively' | 'each' // 分别 / 均
}

/** Peel the words before a number: fillers in front, qualifier, verb and growth word behind. */
export function peel(pre: string): Peeled {
  let s = pre.replace(LEAD_FILLER, '').trim()
  let pair: Peeled['pair']
  s = s.replace(TAIL_QUALIFIER, '').replace(RATE_BASE, '')
  let verb: string | undefined
  const v = TAIL_VERB.exec(s)
  if (v) {
    verb = v[0]
    s = s.slice(0, v.index)
  }
  let growth: Peeled['growth']
  const g = GROWTH_TAIL.exec(s)
  if (g) {
    growth = { word: g[1] ?? '', down: DOWN.test(g[1] ?? ''), average: g[0].includes('年均') }
    s = s.slice(0, g.index)
  }
  s = s.replace(COMPARATIVE, '')
  if (/(?:分别|均)$/.test(s) || /(?:分别|均)/.test(verb ?? '')) {
    pair = /分别/.test(s) || /分别/.test(verb ?? '') ? 'respectively' : 'each'
    s = s.replace(/(?:分别|均)$/, '')
  }
  s = s.replace(/[,、:;的]+$/, '').replace(LEAD_FILLER, '')
  return { subject: s, ...(growth ? { growth } : {}), ...(verb ? { verb } : {}), ...(pair ? { pair } : {}) }
}

/** A subject is empty when nothing but connective words is left (按可比价格计算, 其中, 比上年 …). */
export function isEmptySubject(s: string): boolean {
  return (
    s.replace(
      new RegExp(`按可比价格?计算|按现价计算|其中|${COMPARED}|增速|增幅|增长|降幅|[,、:;\\s]`, 'g'),
      '',
    ).length < 2
  )
}

/** Words that compare the figure before with something (增速比上半年加快, 高于全市平均水平). */
export function isComparison(s: string): boolean {
  return (
    /^(?:增速|增幅|降幅|涨幅)?(?:高于|低于|快于|慢于|比|较)/.test(s) ||
    /^(?:占|为|相当于)/.test(s) ||
    /^完成(?:年度|全年)?(?:预算|计划|目标|任务)/.test(s)
  )
}

/** The subjects a 分别/均 subject lists, each made whole by the words the list shares. */
export function splitSubjects(subject: string, count: number): string[] | undefined {
  const raw = subject.split(/、|和|及|与|以及/).filter(Boolean)
  // 第一、二、三产业增加值: numbered parts share what follows the last part's numeral.
  const last0 = raw.at(-1) ?? ''
  if (
    raw.length > 1 &&
    raw.slice(0, -1).every((p) => /^第?[一二三四五六七八九十]$/.test(p)) &&
    /^第?[一二三四五六七八九十]/.test(last0)
  ) {
    const ordinal = /^第/.test(raw[0] ?? '')
    const tail = last0.replace(/^第?[一二三四五六七八九十]/, '')
    const parts = raw.map((p) => `${ordinal ? '第' : ''}${p.replace(/^第/, '').slice(0, 1)}${tail}`)
    return count > 0 && parts.length !== count ? undefined : parts
  }
  if (raw.length === 1 && count === 2 && subject.includes('城乡')) {
    const rest = subject.replace('城乡', '')
    return [`城镇${rest}`, `农村${rest}`]
  }
  if (count > 0 && raw.length !== count) return undefined
  const first = raw[0] ?? ''
  const last = raw.at(-1) ?? ''
  return raw.map((part, i) => {
    if (part.length > 3 || raw.length < 2) return part
    // A short earlier part shares the last part's head (城镇 + 居民人均可支配收入); a short later part
    // shares the first part's stem (一般公共预算 + 支出).
    if (i < raw.length - 1 && last.length > part.length) return part + last.slice(Math.min(part.length, 2))
    if (i > 0 && first.length > part.length)
      return first.slice(0, first.length - Math.min(part.length, 2)) + part
    return part
  })
}

/** A label for a figure of a growth kind: the subject with the word that makes it a rate. */
export function growthLabel(subject: string, word: string): string {
  return `${subject}${word}`
}
