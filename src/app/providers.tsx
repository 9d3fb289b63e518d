import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { Router } from 'wouter'
import { setLanguage } from '@/lib/i18n'
import { useLang, useTheme } from '@/lib/prefs/hooks'
import { THEMES } from '@/lib/prefs/store'
import { SearchRelease, useHashLocation } from '@/lib/routes/hash-location'
import { useUserDataSync } from '@/lib/user-data/sync'
import { SharedParams } from './shared-params'

/** Mirrors the preferences onto the <html> element, and keeps user data in step across tabs. */
function AppEffects() {
  useUserDataSync()
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
      <SearchRelease>
        <Router hook={useHashLocation} searchHook={useHashLocation.searchHook} hrefs={useHashLocation.hrefs}>
          <AppEffects />
          <SharedParams />
          {children}
        </Router>
      </SearchRelease>
    </QueryClientProvider>
  )
}
