import { type DependencyList, type RefObject, useLayoutEffect, useRef, useState } from 'react'

/** Whether `el` or one of its children draws outside its box (a long English value in a narrow cell). */
export function cramped(el: HTMLElement): boolean {
  const spills = (e: Element) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1
  return spills(el) || [...el.children].some(spills)
}

/**
 * A slide whose content does not fit at its usual size (an English label three lines long, a number
 * wider than its column) sets its dense parts one step smaller, measured once laid out. The steps
 * stop at the type scale's `small` (24 px at 1920×1080), so the back row still reads it. Measured
 * again when `deps` change (a language switch); it only ever steps down within one layout, so it
 * cannot oscillate.
 */
export function useCramped<T extends HTMLElement>(deps: DependencyList): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null)
  const [dense, setDense] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when what is shown changes
  useLayoutEffect(() => setDense(false), deps)
  useLayoutEffect(() => {
    if (!dense && ref.current && cramped(ref.current)) setDense(true)
  })
  return [ref, dense]
}
