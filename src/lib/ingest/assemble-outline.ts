import type { Area, Problem, Report, Section } from '../dataset/schema'
import type { NormalisedText } from './normalise'
import type { ProblemFind, TaskFind, Truncation } from './outline'
import { quoteOf } from './quotes'
import type { DocStructure } from './structure'

// The report's frame: sections and topics with their heading quotes, the areas facts and projects
// are filed under, problems, plan tasks and the truncation note. Titles are the report's own words;
// their English is a copy of the Chinese until a reviewer writes it (listed in review.draftLabels).

type Drafted = (path: string, zh: string) => { zh: string; en: string }

// A Map, not an object literal: a heading is the report's text, and a heading that reads
// "toString" must not find Object.prototype's.
const KNOWN_EN = new Map([['困难和问题', 'Difficulties and problems']])

export function assembleSections(doc: DocStructure, norm: NormalisedText, draft: Drafted): Section[] {
  return doc.sections.map((s, i) => {
    const known = KNOWN_EN.get(s.title)
    return {
      id: s.id,
      part: s.part,
      ...(s.ordinal ? { ordinal: s.ordinal } : {}),
      title: known ? { zh: s.title, en: known } : draft(`sections[${i}].title`, s.title || s.part),
      heading: quoteOf(norm, s.head[0], s.head[1]).quote,
      topics: s.topics.map((t, j) => ({
        id: t.id,
        title: draft(`sections[${i}].topics[${j}].title`, t.title || '—'),
        heading: quoteOf(norm, t.head[0], t.head[1]).quote,
      })),
    }
  })
}

/** Areas on demand: one per topic (or per section without topics) that files a metric or project. */
export function areaRegistry(doc: DocStructure, draft: Drafted) {
  const areas = new Map<string, Area>()
  const areaOf = ({ sectionId, topicId }: { sectionId: string; topicId?: string | undefined }): string => {
    const id = `area-${topicId ?? sectionId}`
    if (!areas.has(id)) {
      const section = doc.sections.find((s) => s.id === sectionId)
      const topic = section?.topics.find((t) => t.id === topicId)
      const title = topic?.title || section?.title || sectionId
      const n = areas.size
      areas.set(id, {
        id,
        label: draft(`areas[${n}].label`, title),
        sectionId,
        topicIds: topic ? [topic.id] : [],
        summary: draft(`areas[${n}].summary`, title),
      })
    }
    return id
  }
  return { areaOf, areas: () => [...areas.values()] }
}

export function assembleProblems(
  problems: readonly ProblemFind[],
  norm: NormalisedText,
  draft: Drafted,
): Problem[] {
  return problems.map((p, i) => ({
    id: `problem-${i + 1}`,
    ordinal: p.ordinal,
    text: draft(`problems[${i}].text`, p.text),
    quote: quoteOf(norm, p.span[0], p.span[1]).quote,
  }))
}

export function assemblePlan(
  tasks: readonly TaskFind[],
  truncation: Truncation,
  norm: NormalisedText,
  draft: Drafted,
): Omit<Report['plan'], 'targets'> {
  return {
    tasks: tasks.map((t, i) => ({
      id: `task-${i + 1}`,
      ordinal: t.ordinal,
      title: draft(`plan.tasks[${i}].title`, t.title || `任务${t.ordinal}`),
      quote: quoteOf(norm, t.head[0], t.head[1]).quote,
      items: t.items.map((it, j) => ({
        id: `task-${i + 1}-item-${j + 1}`,
        title: draft(`plan.tasks[${i}].items[${j}].title`, it.title || '—'),
        quote: quoteOf(norm, it.head[0], it.head[1]).quote,
      })),
      complete: t.complete,
    })),
    truncation: {
      note: truncation.truncated
        ? {
            zh: '原文在此处句子未完处中断，其后内容不在本文本中。',
            en: 'The text breaks off mid-sentence here; what follows is not in this copy.',
          }
        : {
            zh: '文本以完整句子结束，未发现截断。',
            en: 'The text ends with a complete sentence: no truncation found.',
          },
      lastWords: quoteOf(norm, truncation.lastWords[0], truncation.lastWords[1]).quote,
    },
  }
}
