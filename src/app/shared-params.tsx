import { useEffect } from 'react'
import { useLocation, useSearch } from 'wouter'
import { isLang, isTheme, usePrefs } from '@/lib/prefs/store'
import { currentSearch, useSearchHeld } from '@/lib/routes/hash-location'
import { type Rejected, shownValue } from '@/lib/routes/params'

/**
 * A shared link may say how to open (`?lang=en&theme=projector`, see src/lib/routes/shared.ts). On
 * arrival those become the reader's preferences (their one owner) and leave the URL, so the address
 * bar shows the view, and a later language switch is not undone by a stale parameter. A value the
 * app does not have (`?lang=fr`, `?theme=blue`, two different `?lang=`) changes nothing and is said, as a
 * screen says a filter it could not read.
 */
export function SharedParams() {
  // A hydrated screen's link is read at once, not after its view has been applied: the preferences
  // come first, and the view is then applied once, without these keys.
  const shown = useSearch()
  const search = useSearchHeld() ? currentSearch() : shown
  const [path, navigate] = useLocation()
  const setLang = usePrefs((s) => s.setLang)
  const setTheme = usePrefs((s) => s.setTheme)
  const ignore = usePrefs((s) => s.ignoreLinkParams)
  useEffect(() => {
    const params = new URLSearchParams(search)
    if (!params.has('lang') && !params.has('theme')) return
    const ignored: Rejected[] = []
    const read = <T extends string>(key: string, ok: (v: string) => v is T, apply: (v: T) => void) => {
      const values = [...new Set(params.getAll(key))] // the same value twice is still one choice
      if (!values.length) return
      const [value] = values
      if (values.length === 1 && value !== undefined && ok(value)) apply(value)
      else for (const v of values) ignored.push({ key, value: shownValue(v) })
    }
    read('lang', isLang, setLang)
    read('theme', isTheme, setTheme)
    // Each link that says how to open replaces what an earlier one left unsaid (none: no notice).
    // The notice comes in above the screen once the app runs, moving it down: only for such a link.
    ignore(ignored)
    params.delete('lang')
    params.delete('theme')
    const rest = params.toString()
    navigate(rest ? `${path}?${rest}` : path, { replace: true })
  }, [search, path, navigate, setLang, setTheme, ignore])
  return null
}
