import type { Report } from '@/lib/dataset/schema'
import { fileName } from '@/lib/export/download'
import type { Lang } from '@/lib/i18n'
import type { Slide } from '../../model/slides'
import {
  areaSlide,
  kpisSlide,
  problemsSlide,
  projectsSlide,
  targetsSlide,
  tasksSlide,
  titleSlide,
} from './map-report-slides'
import { ledgerSlide, monitorSlide } from './map-user-slides'
import type { PptxDeck, PptxSlide } from './types'
import { type Words, wordsFor } from './words'

export type { PptxChart, PptxDeck, PptxFigure, PptxSlide, PptxTable } from './types'

function mapSlide(slide: Slide, report: Report, w: Words): PptxSlide {
  switch (slide.kind) {
    case 'title':
      return titleSlide(slide, w)
    case 'kpis':
      return kpisSlide(slide, report, w)
    case 'targets':
      return targetsSlide(slide, report, w)
    case 'monitor':
      return monitorSlide(slide, w)
    case 'projects':
      return projectsSlide(slide, w)
    case 'ledger':
      return ledgerSlide(slide, w)
    case 'area':
      return areaSlide(slide, w)
    case 'problems':
      return problemsSlide(slide, w)
    case 'tasks':
      return tasksSlide(slide, report, w)
  }
}

/** A date as a file and a footer write it: 2026-12-01 (local time: the day the user sees). */
export function dayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The deck the user is presenting (`slides`: the chosen slides in the chosen order, as the deck
 * resolved them from the URL) as PowerPoint content in `lang`. File name: the report's title and
 * what it is (朝阳县2023年政府工作报告-演示.pptx).
 */
export function pptxDeck(report: Report, slides: readonly Slide[], lang: Lang, now: Date): PptxDeck {
  const w = wordsFor(lang)
  const title = report.title[lang]
  return {
    lang,
    name: fileName(`${title}-${w.p('fileSuffix')}`, 'pptx'),
    title,
    source: title,
    made: dayOf(now),
    slides: slides.map((s) => mapSlide(s, report, w)),
  }
}
