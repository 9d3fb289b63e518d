import type { SHARE_ONLY } from './shared'

type ShareOnly = Record<(typeof SHARE_ONLY)[number], string>

/**
 * The address to give someone for the view on screen: this page's URL (hash route with its view
 * state and `?report=`) plus how to open it, the reader's language and theme (`lang`, `theme`: the
 * share-only parameters of ./shared.ts, which the app turns into preferences on arrival). Pure, so
 * it is the same under http(s) and file://.
 */
export function shareUrl(href: string, prefs: ShareOnly): string {
  const at = href.indexOf('#')
  const page = at < 0 ? href : href.slice(0, at)
  const hash = at < 0 ? '/' : href.slice(at + 1) || '/'
  const q = hash.indexOf('?')
  const path = q < 0 ? hash : hash.slice(0, q)
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1))
  // Last, after the view's own parameters, whatever the address said before.
  for (const key of ['lang', 'theme'] as const) {
    params.delete(key)
    params.append(key, prefs[key])
  }
  return `${page}#${path}?${params.toString()}`
}
