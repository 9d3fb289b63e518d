import { useEffect } from 'react'
import { useLocation, useSearch } from 'wouter'
import { isLang, THEMES, type Theme, usePrefs } from '@/lib/prefs/store'

/**
 * A shared link may say how to open (`?lang=en&theme=projector`, see src/lib/routes/shared.ts). On
 * arrival those become the reader's preferences (their one owner) and leave the URL, so the address
 * bar shows the view, and a later language switch is not undone by a stale parameter.
 */
export function SharedParams() {
  const search = useSearch()
  const [path, navigate] = useLocation()
  const setLang = usePrefs((s) => s.setLang)
  const setTheme = usePrefs((s) => s.setTheme)
  useEffect(() => {
    const params = new URLSearchParams(search)
    if (!params.has('lang') && !params.has('theme')) return
    const lang = params.get('lang')
    const theme = params.get('theme')
    if (isLang(lang)) setLang(lang)
    if (THEMES.includes(theme as Theme)) setTheme(theme as Theme)
    params.delete('lang')
    params.delete('theme')
    const rest = params.toString()
    navigate(rest ? `${path}?${rest}` : path, { replace: true })
  }, [search, path, navigate, setLang, setTheme])
  return null
}
