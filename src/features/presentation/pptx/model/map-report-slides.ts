import { sectorLabel, stageLabel } from '@/lib/dataset/labels'
import type { PipelineStage, Report } from '@/lib/dataset/schema'
import type { Slide } from '../../model/slides'
import type { PptxSlide } from './types'
import { derivedNote, derivedText, factNote, factText, figure, type Words } from './words'

// The report's own slides (cover, indicators, targets, projects, areas, problems, tasks) as
// PowerPoint content: the same figures, formatted the same way, as the deck shows them.

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>

const base = (slide: Slide, title: string): PptxSlide => ({
  id: slide.id,
  kind: slide.kind,
  title,
  figures: [],
  bullets: [],
  notes: [],
})

export function titleSlide(slide: Of<'title'>, w: Words): PptxSlide {
  const r = slide.report
  return {
    ...base(slide, r.title[w.lang]),
    subtitle: `${r.province[w.lang]} · ${r.county[w.lang]}`,
    bullets: [{ text: w.t('title.subtitle', { review: r.year - 1, year: r.year }) }],
  }
}

export function kpisSlide(slide: Of<'kpis'>, report: Report, w: Words): PptxSlide {
  const { lang, t, p } = w
  const year = report.year
  const out = base(slide, t('slides.kpis'))
  for (const ind of slide.rows) {
    const label = ind.label[lang]
    const main = ind.actual ?? ind.growth
    const lines = [
      ind.actual
        ? p('growthLine', { value: factText(ind.growth, lang, true) }) +
          (ind.basis !== 'nominal' ? `（${t(`kpi.basis.${ind.basis}`)}）` : '')
        : p('noLevel'),
      p('targetLine', { year, value: factText(ind.target, lang, true) }),
      ...(ind.gap ? [p('gapLine', { value: derivedText(ind.gap, lang, true) })] : []),
    ]
    out.figures.push(figure(label, factText(main, lang, !ind.actual), lines.join('\n')))
    if (ind.actual) out.notes.push(factNote(w, label, ind.actual))
    out.notes.push(factNote(w, `${label} ${t('kpi.growth')}`, ind.growth, true))
    out.notes.push(factNote(w, `${label} ${t('kpi.target', { year })}`, ind.target, true))
    if (ind.gap)
      out.notes.push(derivedNote(w, `${label} ${t('kpi.gap', { review: year - 1 })}`, ind.gap, true))
  }
  out.footnote = t('kpi.gapNote', { year, review: year - 1 })
  return out
}

export function targetsSlide(slide: Of<'targets'>, report: Report, w: Words): PptxSlide {
  const { lang, t, p } = w
  const year = report.year
  const review = year - 1
  const growth = t('targets.growth', { review })
  const target = t('targets.target', { year })
  return {
    ...base(slide, t('slides.targets', { year })),
    subtitle: t('targets.chart', { review, year }),
    chart: {
      title: t('targets.chart', { review, year }),
      labels: slide.rows.map((r) => r.label[lang]),
      series: [
        { name: growth, values: slide.rows.map((r) => r.growth.value) },
        { name: target, values: slide.rows.map((r) => r.target.value) },
      ],
      format: '0.0"%"',
    },
    table: [
      [p('indicator'), growth, target],
      ...slide.rows.map((r) => [
        r.label[lang],
        factText(r.growth, lang, true),
        factText(r.target, lang, true),
      ]),
    ],
    notes: slide.rows.flatMap((r) => [
      factNote(w, `${r.label[lang]} ${growth}`, r.growth, true),
      factNote(w, `${r.label[lang]} ${target}`, r.target, true),
    ]),
  }
}

export function projectsSlide(slide: Of<'projects'>, w: Words): PptxSlide {
  const { lang, t } = w
  const out = base(slide, t('slides.projects'))
  const stage = (s: PipelineStage) => {
    const label = stageLabel(s.stage, lang)
    out.figures.push(figure(label, factText(s.count, lang)))
    out.notes.push(factNote(w, label, s.count))
  }
  const view = slide.pipeline
  view.funnel.forEach(stage)
  if (view.started) stage(view.started)
  view.parts.forEach(stage)
  if (view.rest) {
    out.figures.push(figure(t('projects.rest'), derivedText(view.rest, lang), w.p('derivedMark')))
    out.notes.push(derivedNote(w, t('projects.rest'), view.rest))
  }
  out.subtitle = t('projects.pipeline')
  out.chart = {
    title: t('projects.chart', { count: slide.named }),
    labels: slide.bySector.map((r) => sectorLabel(r.sector, lang)),
    series: [{ name: t('projects.count'), values: slide.bySector.map((r) => r.count) }],
    format: lang === 'zh' ? '0"个"' : '0',
  }
  return out
}

export function areaSlide(slide: Of<'area'>, w: Words): PptxSlide {
  const { lang, p } = w
  const out = { ...base(slide, slide.area.label[lang]), subtitle: slide.area.summary[lang] }
  for (const f of slide.figures) {
    if (f.kind === 'fact') {
      const label = f.item.fact.label[lang]
      out.figures.push(figure(label, factText(f.item.fact, lang, f.item.rate)))
      out.notes.push(factNote(w, label, f.item.fact, f.item.rate))
    } else {
      const label = f.item.label[lang]
      out.figures.push(figure(label, derivedText(f.item, lang), p('derivedMark')))
      out.notes.push(derivedNote(w, label, f.item))
    }
  }
  if (slide.more > 0) out.footnote = p('more', { count: slide.more })
  return out
}

export function problemsSlide(slide: Of<'problems'>, w: Words): PptxSlide {
  const { lang, t, p } = w
  return {
    ...base(slide, t('slides.problems')),
    bullets: slide.problems.map((x) => ({ text: `${x.ordinal}. ${x.text[lang]}` })),
    notes: slide.problems.map((x) => p('textQuote', { label: `${x.ordinal}`, quote: x.quote })),
  }
}

export function tasksSlide(slide: Of<'tasks'>, report: Report, w: Words): PptxSlide {
  const { lang, t, p } = w
  const out = base(slide, t('slides.tasks', { year: report.year }))
  for (const task of slide.tasks) {
    out.bullets.push({ text: `（${task.ordinal}）${task.title[lang]}` })
    for (const item of task.items) out.bullets.push({ text: item.title[lang], level: 1 })
    out.notes.push(p('textQuote', { label: `（${task.ordinal}）${task.title[lang]}`, quote: task.quote }))
  }
  if (slide.truncation) {
    out.footnote = p('truncated', { note: slide.truncation.note[lang] })
    out.notes.push(`${t('tasks.lastWords')}：“${slide.truncation.lastWords}……”`)
  }
  return out
}
