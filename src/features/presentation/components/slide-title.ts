import type { Lang } from '@/lib/prefs/store'
import type { T } from '../i18n'
import type { Slide } from '../model/slides'

/** The name of a slide as the picker and the counter's label show it (`year`: the report's plan year). */
export function slideTitle(slide: Slide, t: T, lang: Lang, year: number): string {
  if (slide.kind === 'area') return slide.area.label[lang]
  if (slide.kind === 'ledger') return t('slides.ledger', { asOf: slide.asOf })
  return t(`slides.${slide.kind}`, { year })
}
