import { useLayoutEffect, useState } from 'react'
import { useReportChoice } from './use-report'

/**
 * Whether more than one report is known (the manifest's and this browser's): only then do the cards
 * load their years. False during hydration, so the first render matches the prerendered HTML.
 */
export function useSeveralReports(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useLayoutEffect(() => setHydrated(true), [])
  const choice = useReportChoice()
  return hydrated && Boolean(choice && choice.entries.length + choice.saved.length > 1)
}
