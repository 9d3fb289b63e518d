import { defineCatalog } from '@/lib/i18n'
import { LANGS, type Lang } from '@/lib/i18n/languages'
import type { EntryFailedWords } from './early'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

// The words of the early script's banner (./early.ts), written into index.html at build time: never
// part of the app's JavaScript.
const messages = defineCatalog<typeof catalog>('prerender', { zh, en })

export function entryFailedWords(): Record<Lang, EntryFailedWords> {
  const t = (lang: Lang) => (key: keyof typeof catalog) => messages.translate(lang, key)
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      {
        shown: t(lang)('shown'),
        hidden: t(lang)('hidden'),
        reload: t(lang)('reload'),
        overview: t(lang)('overview'),
      },
    ]),
  ) as Record<Lang, EntryFailedWords>
}
