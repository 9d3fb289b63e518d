import { defineCatalog, type TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

/** The PowerPoint export's own words (the slides' names are the deck's: ../i18n.ts). */
export const pptxMessages = defineCatalog<typeof catalog>('presentation-pptx', { zh, en })
export type PptxKey = MessageKey<typeof catalog>
export type PptxT = TFunction<PptxKey>
