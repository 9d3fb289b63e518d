import { type StatusT, statusMessages } from '@/components/status/i18n'
import type { DerivedLike } from '@/lib/dataset/facts'
import type { Fact } from '@/lib/dataset/schema'
import { formatQuantity } from '@/lib/format/quantity'
import type { Lang } from '@/lib/i18n'
import { messages, type T } from '../../i18n'
import { type PptxT, pptxMessages } from '../i18n'
import type { PptxFigure } from './types'

/** The three catalogs a slide's words come from, in one language, outside React. */
export type Words = { lang: Lang; t: T; p: PptxT; s: StatusT }

export function wordsFor(lang: Lang): Words {
  return {
    lang,
    t: (key, values) => messages.translate(lang, key, values),
    p: (key, values) => pptxMessages.translate(lang, key, values),
    s: (key, values) => statusMessages.translate(lang, key, values),
  }
}

/** A stated figure exactly as FactFigure writes it (qualifier, rate decimals). */
export function factText(fact: Fact, lang: Lang, rate = false): string {
  return formatQuantity(fact.value, fact.unit, lang, { qualifier: fact.qualifier, ...(rate ? { rate } : {}) })
}

/** A derived figure exactly as DerivedFigure writes it (its own decimals). */
export function derivedText(item: DerivedLike, lang: Lang, signed = false): string {
  return formatQuantity(item.value, item.unit, lang, {
    decimals: item.decimals,
    ...(signed ? { signed } : {}),
  })
}

/** The speaker note of a stated figure: its name, value and the report's own words. */
export function factNote(w: Words, label: string, fact: Fact, rate = false): string {
  return w.p('quote', { label, value: factText(fact, w.lang, rate), quote: fact.quote })
}

/** The speaker note of a derived figure: its name, value and formula. */
export function derivedNote(w: Words, label: string, item: DerivedLike, signed = false): string {
  return w.p('derived', {
    label,
    value: derivedText(item, w.lang, signed),
    formula: item.formula?.[w.lang] ?? '',
  })
}

export const figure = (label: string, value: string, note?: string): PptxFigure =>
  note ? { label, value, note } : { label, value }
