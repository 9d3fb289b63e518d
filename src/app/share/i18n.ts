import { defineCatalog } from '@/lib/i18n'
import en from './locales/en.json?catalog'
import type catalog from './locales/zh.json'
import zh from './locales/zh.json?catalog'

export const shareMessages = defineCatalog<typeof catalog>('share', { zh, en })
