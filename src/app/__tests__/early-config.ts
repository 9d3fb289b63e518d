import { vi } from 'vitest'
import { PREFS_KEY, THEMES } from '@/lib/prefs/store'
import { EARLY_KEYS, EARLY_KEYS_MS } from '@/lib/routes/early-keys'
import { EARLY_CLICKS, EARLY_SCREEN, type EarlyConfig, PRERENDER_PARSED } from '../prerender/early'

/** The prerendered screens' part of the configuration, as the build writes it (three screens). */
export const SCREENS = {
  dir: 'screens/abc',
  paths: ['/', '/projects', '/targets'],
  call: EARLY_SCREEN,
  parsed: PRERENDER_PARSED,
}

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

/**
 * The browser loading a screen's fragment script, for the early script's tests: each script it adds
 * under screens/ hands `fragment` over and has loaded, or fails to load (null), in a task of its own.
 * Returns the scripts asked for, as they are asked. Undone by vi.restoreAllMocks().
 */
export function serveScreens(fragment: string | null): string[] {
  const asked: string[] = []
  const append = document.head.append.bind(document.head)
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    append(...nodes)
    for (const el of nodes) {
      const src = el instanceof HTMLScriptElement ? el.getAttribute('src') : null
      if (!(el instanceof HTMLScriptElement) || !src?.startsWith('screens/')) continue
      asked.push(src)
      // The page's own hand-over, as it stands when its script is asked for (a later test's is not).
      const take = (window as unknown as Record<string, (text: string) => void>)[EARLY_SCREEN]
      setTimeout(() => {
        if (fragment === null) {
          el.dispatchEvent(new Event('error'))
          return
        }
        take?.(fragment)
        el.dispatchEvent(new Event('load'))
      }, 0)
    }
  })
  return asked
}
