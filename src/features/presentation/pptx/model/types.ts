import type { Lang } from '@/lib/i18n'
import type { SlideKind } from '../../model/slides'

// What a PowerPoint slide holds, in words and numbers already formatted for the reader's language:
// the writer (../write-pptx.ts) only places them. Pure data, so the mapping is tested without
// pptxgenjs or a DOM.

/** A figure as the deck shows it: its name and its formatted value (113.6亿元), with a line below. */
export type PptxFigure = { label: string; value: string; note?: string }

/** A bar chart PowerPoint draws itself (editable, values on the bars). */
export type PptxChart = {
  title: string
  labels: string[]
  series: { name: string; values: number[] }[]
  /** Excel number format of the values and their labels on the bars (0.0"%" · 0"个"). */
  format: string
}

/** A table of text cells (the first row is the header). */
export type PptxTable = string[][]

export type PptxSlide = {
  id: string
  kind: SlideKind
  /** The slide's name as the deck's picker and counter say it. */
  title: string
  /** A line under the title (the area's summary, the as-of date). */
  subtitle?: string
  figures: PptxFigure[]
  /** Running lines (problems, tasks, the red list); `level` 1 is indented under the line before. */
  bullets: { text: string; level?: 1 }[]
  chart?: PptxChart
  table?: PptxTable
  /** A small line at the foot (the gap's formula, the note that the text breaks off). */
  footnote?: string
  /** The speaker notes: where each figure comes from (the report's own words, or the formula). */
  notes: string[]
}

export type PptxDeck = {
  lang: Lang
  /** The file's name: 朝阳县2023年政府工作报告-演示.pptx. */
  name: string
  title: string
  /** Written on every slide's foot: the report the figures come from. */
  source: string
  /** The date the file was made, as people write it (2026-12-01). */
  made: string
  slides: PptxSlide[]
}
