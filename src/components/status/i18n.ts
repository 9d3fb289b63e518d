import { defineCatalog, type TFunction } from '@/lib/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

// The words of the 三色 status (src/lib/status): each light, each reason for no light, each rule with
// its thresholds, the "why" of a light, cumulative periods, and the example-data label. Shared by the
// Monitoring screen, the Overview's cards, the deck and (issue 12) the project ledger.
export const statusMessages = defineCatalog<typeof catalog>('status', { zh, en })
export type StatusKey = MessageKey<typeof catalog>
export type StatusT = TFunction<StatusKey>
