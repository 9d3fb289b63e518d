import i18next, { type Resource } from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { common } from './common'

export type Bundle = { zh: Record<string, unknown>; en: Record<string, unknown> }

// One i18next instance; every feature registers its own namespace (see src/app/i18n.ts).
const resources: Resource = { zh: { common: common.zh }, en: { common: common.en } }

void i18next.use(initReactI18next).init({
  resources,
  lng: 'zh',
  fallbackLng: 'zh',
  supportedLngs: ['zh', 'en'],
  defaultNS: 'common',
  ns: ['common'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
})

export function registerBundle(ns: string, bundle: Bundle) {
  i18next.addResourceBundle('zh', ns, bundle.zh, true, true)
  i18next.addResourceBundle('en', ns, bundle.en, true, true)
}

export function setLanguage(lang: 'zh' | 'en') {
  if (i18next.language !== lang) void i18next.changeLanguage(lang)
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
}

export { i18next, useTranslation }
