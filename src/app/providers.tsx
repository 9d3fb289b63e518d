import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { Router } from 'wouter'
import { setLanguage } from '@/lib/i18n'
import { useLang, useTheme } from '@/lib/prefs/hooks'
import { THEMES } from '@/lib/prefs/store'
import { useHashLocation } from '@/lib/routes/hash-location'
import { SharedParams } from './shared-params'

/** Mirrors the language and theme preferences onto the message catalogs and the <html> element. */
function PrefsEffects() {
  const lang = useLang()
  const theme = useTheme()
  setLanguage(lang) // synchronous, so the first render after a switch is already translated
  useEffect(() => {
    const root = document.documentElement
    for (const t of THEMES) root.classList.toggle(t, t === theme)
  }, [theme])
  return null
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={useHashLocation} searchHook={useHashLocation.searchHook} hrefs={useHashLocation.hrefs}>
        <PrefsEffects />
        <SharedParams />
        {children}
      </Router>
    </QueryClientProvider>
  )
}
