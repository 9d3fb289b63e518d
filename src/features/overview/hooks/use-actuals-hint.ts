import { useLayoutEffect, useState } from 'react'
import { hasActuals, onHintChange } from '@/lib/user-data/hint'

/**
 * Whether the report has monitoring figures, by the first-paint hint (src/lib/user-data/hint.ts): a
 * synchronous localStorage read, so nothing of the store loads for a user with no figures. It keeps
 * <html data-actuals> in step (the early script sets it before a prerendered first paint; here before
 * any other paint), which makes CSS reserve each card's status row: the figures arrive without a shift.
 * False during hydration, so the first render matches the prerendered HTML exactly.
 */
export function useActualsHint(reportId: string): boolean {
  const [on, setOn] = useState(false)
  useLayoutEffect(() => {
    const check = () => {
      const next = hasActuals(reportId)
      document.documentElement.toggleAttribute('data-actuals', next)
      setOn(next)
    }
    check()
    // Figures imported (or the last ones removed) in this tab or another rewrite the hint.
    return onHintChange(check)
  }, [reportId])
  return on
}
