import { startTransition, useEffect, useRef, useState } from 'react'

/**
 * A value that follows `value` one commit behind, in a transition of its own: what `useDeferredValue`
 * does for an urgent update, but also for an update that is itself a transition. For those React
 * hands the deferred value over at once ("already deferred"), so a filtered Projects link, whose
 * query is applied as a transition once the screen has hydrated, committed the table, the facet
 * counts, the charts and the totals in one task (30–40 ms observed in Lighthouse's run, ~140 ms
 * simulated: most of that link's blocking time). With this the table commits first and the parts
 * that read the trailing value follow in a second, interruptible render.
 *
 * While the two differ the screen shows the table of the new filters over the counts of the old,
 * for one render. The owner renders once more per change (per link of a chain: Projects trails its
 * charts behind its counts, so three renders): the parts that read a trailing value are memoised on
 * it and skip the renders before theirs, the rest (the table's rows are memoised, its shell is not)
 * renders each time, a moderate cost against the split task.
 *
 * The catch-up always aims at the latest value asked for (`target`), never at what happened to be
 * committed: a change and its undo before the catch-up lands must end where they started.
 */
export function useTrailingValue<T>(value: T): T {
  const [trailing, setTrailing] = useState(value)
  const target = useRef(value)
  useEffect(() => {
    if (Object.is(target.current, value)) return
    target.current = value
    startTransition(() => setTrailing(() => value))
  }, [value])
  return trailing
}
