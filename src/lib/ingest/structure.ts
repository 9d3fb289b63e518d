import type { DraftReview, Part } from './types'

// The outline of a report, read from its lines (normalised text): the title, the parts (opening,
// review, problems, plan), numbered sections (一、 / (一) ), topics (1. / a short lead sentence
// such as 招商引资扎实推进。), the paragraph that states the year's targets, and lines that are not
// part of the report (a reposting notice, a source URL).

export type DocTopic = { id: string; title: string; head: [number, number]; start: number; end: number }

export type DocSection = {
  id: string
  part: Part
  ordinal?: number
  title: string
  head: [number, number] // the heading words, normalised offsets
  start: number
  end: number
  topics: DocTopic[]
  isTask: boolean // a numbered section of the plan
}

export type DocStructure = {
  title: string
  docType: DraftReview['docType']
  place?: string
  year?: number // the first year of the title
  years?: number[] // every year of the title, when it names several (2023年预算执行情况和2024年预算草案)
  sections: DocSection[]
  excluded: { start: number; end: number; reason: string }[]
  targets: [number, number][] // paragraphs that state the year's targets
  bodyEnd: number // end of the last line that belongs to the report
}

const L1 = /^([一二三四五六七八九十]{1,3})、/
const L2 = /^\(([一二三四五六七八九十]{1,3})\)/
const L3 = /^(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\))/
const LEAD_TOPIC = /^([^,;:。!?\d“”()]{3,18})。/
const REVIEW_HEAD =
  /回顾|执行情况|完成情况|过去(?:的)?(?:一|五|十)年|一年来的?工作|工作总结|\d{4}年(?:的)?工作(?:总结|情况)?$/
const PLAN_HEAD =
  /工作安排|工作任务|目标任务|主要任务|总体要求|重点工作|工作部署|预算草案|计划草案|工作要点|(?:今年|明年|\d{4}年)(?:政府)?(?:的)?(?:主要)?(?:工作|目标)/
const PROBLEM_LEAD =
  /^(?:在肯定成绩的同时|同时|但是|当然)|清醒(?:地|的)?(?:认识|看到)|存在(?:的)?(?:困难|问题|不足)|问题和不足|困难和问题|不足和问题|短板和弱项/
const EXTRA_SECTION = /^(?:此外|另外|各位代表|同志们)/
const TARGET_LEAD =
  /(?:主要)?(?:预期)?(?:目标|指标)(?:是|为)[:：]?|主要预期目标|主要目标[:：]|预期目标[:：]|发展目标[:：]/
const NOTICE = /转载|请注明出处|原文链接|来源[:：]|责任编辑|原标题|https?:\/\/|www\./
const CN = '一二三四五六七八九十'

function cnOrdinal(s: string): number {
  if (s === '十') return 10
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1] ?? '') + 1
  if (s.length === 2 && s.endsWith('十')) return (CN.indexOf(s[0] ?? '') + 1) * 10
  if (s.length === 3) return (CN.indexOf(s[0] ?? '') + 1) * 10 + CN.indexOf(s[2] ?? '') + 1
  return CN.indexOf(s) + 1
}

/** The heading words of a line: its first sentence if short, else up to the first comma. */
function headingEnd(line: string): number {
  const stop = line.indexOf('。')
  if (stop >= 0 && stop <= 50) return stop + 1
  if (line.length <= 50) return line.length
  const comma = line.search(/[,;]/)
  return comma > 0 ? comma : Math.min(line.length, 30)
}

function cleanTitle(s: string): string {
  return s
    .replace(L1, '')
    .replace(L2, '')
    .replace(L3, '')
    .replace(/[。:;,!]+$/, '')
    .trim()
}

function docTypeOf(title: string, head: string): DocStructure['docType'] {
  if (/统计公报/.test(title)) return 'statistical-bulletin'
  if (/经济运行|季度|上半年|月份|\d+-\d+月|简报|快报|运行情况/.test(title)) return 'economic-brief'
  if (/政府工作报告/.test(title) || /各位代表/.test(head)) return 'work-report'
  return 'unknown'
}

type Line = { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = []
  let at = 0
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body) out.push({ start: at + lead, end: at + lead + body.length, text: body })
    at += raw.length + 1
  }
  return out
}

/** The place a title names: before its year (青岚县2024年…), or after a period word (2023年前三季度青岚县…). */
function placeOf_(title: string): string | undefined {
  const t = title.replace(/^关于/, '')
  const before = t.match(/^(.{2,20}?)(?:19|20)\d{2}年/)?.[1]
  if (before) return before
  const after = t
    .replace(/^(?:19|20)\d{2}年(?:度)?/, '')
    .replace(/^(?:前三季度|一季度|第[一二三四]季度|上半年|全年|\d{1,2}-\d{1,2}月|\d{1,2}月份?)/, '')
  return after.match(/^([\u4e00-\u9fff]{1,10}?(?:省|市|县|区|旗|州|镇|乡))/)?.[1]
}

export function readStructure(text: string): DocStructure {
  const lines = linesOf(text)
  const excluded: DocStructure['excluded'] = []
  const body = lines.filter((l) => {
    const notice = NOTICE.test(l.text) && l.text.length < 160
    if (notice)
      excluded.push({ start: l.start, end: l.end, reason: 'not part of the report (a notice or link)' })
    return !notice
  })
  const first = body[0]
  const titleLike = first && first.text.length <= 60 && !/[。]$/.test(first.text)
  const title = titleLike ? first.text : ''
  const docType = docTypeOf(title, text.slice(0, 400))
  const years = [...title.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]))
  const place = placeOf_(title)

  const sections: DocSection[] = []
  const ids = new Set<string>()
  const uniqueId = (base: string) => {
    let id = base
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`
    ids.add(id)
    return id
  }
  const open = (part: Part, line: Line, ordinal?: number, titleText?: string) => {
    const end = line.start + headingEnd(line.text)
    const prev = sections.at(-1)
    if (prev) prev.end = line.start
    const base = ordinal ? `${part}-${ordinal}` : part
    sections.push({
      id: uniqueId(base),
      part,
      ...(ordinal ? { ordinal } : {}),
      title: titleText ?? cleanTitle(text.slice(line.start, end)),
      head: [line.start, end],
      start: line.start,
      end: text.length,
      topics: [],
      isTask: part === 'plan' && ordinal !== undefined,
    })
  }

  const statistical = docType === 'statistical-bulletin' || docType === 'economic-brief'
  let part: Part = 'opening'
  let numbered = 0
  const targets: [number, number][] = []
  body.forEach((line, i) => {
    const t = line.text
    if (i === 0) {
      open('opening', line, undefined, title || cleanTitle(t.slice(0, headingEnd(t))))
      if (statistical && !titleLike) part = 'review'
      if (titleLike) return
    }
    if (statistical && part === 'opening') {
      part = 'review'
      if (!L1.test(t)) open('review', line)
    }
    const l1 = t.match(L1)
    const l2 = t.match(L2)
    const short = t.length <= 32 && !t.endsWith('。')
    const partHead = !statistical && (short || l1)
    if (partHead && REVIEW_HEAD.test(t)) {
      part = 'review'
      open(part, line)
    } else if (partHead && PLAN_HEAD.test(t)) {
      part = 'plan'
      open(part, line)
    } else if (l1) {
      if (part === 'opening' || part === 'problems')
        part = statistical || part === 'opening' ? 'review' : part
      numbered++
      open(part, line, cnOrdinal(l1[1] ?? ''))
    } else if (l2) {
      if (part === 'opening') part = 'review'
      if (part === 'problems') part = 'plan'
      numbered++
      open(part, line, cnOrdinal(l2[1] ?? ''))
    } else if (
      part === 'review' &&
      !statistical &&
      PROBLEM_LEAD.test(t.slice(0, 60)) &&
      /问题|不足|困难|短板/.test(t)
    ) {
      part = 'problems'
      open('problems', line, undefined, '困难和问题')
    } else if (part === 'review' && numbered > 0 && EXTRA_SECTION.test(t)) {
      open('review', line, undefined, cleanTitle(t.slice(0, Math.min(t.search(/[,!。]/) + 1 || 16, 20))))
    } else {
      const section = sections.at(-1)
      const topic = t.match(L3) ? t.slice(0, headingEnd(t)) : t.match(LEAD_TOPIC)?.[0]
      if (section && topic && part !== 'problems') {
        const prev = section.topics.at(-1)
        if (prev) prev.end = line.start
        section.topics.push({
          id: uniqueId(`topic-${section.id}-${section.topics.length + 1}`),
          title: cleanTitle(topic),
          head: [line.start, line.start + topic.length],
          start: line.start,
          end: section.end,
        })
      }
    }
    if (part === 'plan') {
      const lead = TARGET_LEAD.exec(t)
      const open = targets.at(-1)
      // A target list may run on over short lines that follow its lead (1. 地区生产总值增长6%左右 …).
      if (lead) targets.push([line.start + lead.index, line.end])
      else if (open && open[1] === body[i - 1]?.end && /增长|%|左右|同步|以内|以上/.test(t) && t.length < 80)
        open[1] = line.end
    }
  })
  const last = body.at(-1)
  const bodyEnd = last ? last.end : text.length
  const lastSection = sections.at(-1)
  if (lastSection) lastSection.end = Math.max(lastSection.start, bodyEnd)
  for (const s of sections) {
    const lastTopic = s.topics.at(-1)
    if (lastTopic) lastTopic.end = s.end
  }
  return {
    title: title || (first?.text.slice(0, 40) ?? ''),
    docType,
    ...(place ? { place } : {}),
    ...(years.length ? { year: years[0] as number } : {}),
    ...(years.length > 1 ? { years } : {}),
    sections,
    excluded,
    targets,
    bodyEnd,
  }
}

/** The section and topic at a normalised offset. */
export function placeOf(doc: DocStructure, at: number): { section: DocSection; topic?: DocTopic } {
  const section = doc.sections.find((s) => s.start <= at && at < s.end) ?? (doc.sections.at(-1) as DocSection)
  const topic = section.topics.find((t) => t.start <= at && at < t.end)
  return topic ? { section, topic } : { section }
}
