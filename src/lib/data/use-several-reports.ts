import { useLayoutEffect, useState } from 'react'
import { useReportChoice } from './use-report'

/**
 * Whether more than one report is known (the manifest's and this browser's): only then do the cards
 * load their years. False during hydration, so the first render matches the prerendered HTML; turned
 * on right after it only when there are several, so a screen with one report (the prerendered build's
 * case) is not rendered a second time, synchronously, as it is taken over (a long task on a slow PC).
 */
export function useSeveralReports(): boolean {
  const choice = useReportChoice()
  const several = Boolean(choice && choice.entries.length + choice.saved.length > 1)
  const [hydrated, setHydrated] = useState(false)
  useLayoutEffect(() => {
    if (several) setHydrated(true)
  }, [several])
  return hydrated && several
}
