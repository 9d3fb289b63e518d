import { PREFS_KEY, THEMES } from '@/lib/prefs/store'
import { EARLY_KEYS, EARLY_KEYS_MS } from '@/lib/routes/early-keys'
import { EARLY_CLICKS, type EarlyConfig } from '../prerender/early'

/** The early script's configuration as the build writes it, for a test page with the app's script and its data. */
export const EARLY_CONFIG: EarlyConfig = {
  key: PREFS_KEY,
  lang: 'zh',
  langs: ['zh', 'en'],
  tags: { zh: 'zh-CN', en: 'en' },
  themes: THEMES,
  load: [
    {
      name: 'link',
      attrs: { rel: 'preload', href: '/data/manifest.json', as: 'fetch', crossorigin: 'anonymous' },
    },
    { name: 'script', attrs: { type: 'module', crossorigin: '', src: '/assets/index-test.js' } },
  ],
  clicks: EARLY_CLICKS,
  keys: { name: EARLY_KEYS, ms: EARLY_KEYS_MS },
  failed: {
    zh: { shown: '构建时的数据', hidden: '无法打开此页面', reload: '重新加载', overview: '查看总览' },
    en: {
      shown: 'data as built',
      hidden: 'cannot be opened',
      reload: 'Reload',
      overview: 'Show the Overview',
    },
  },
}
