import type { Lang } from './quantity'

/** The label in the reader's language. */
export function pick(label: { zh: string; en: string }, lang: Lang): string {
  return label[lang]
}
