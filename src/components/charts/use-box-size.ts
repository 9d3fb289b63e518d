import { type RefObject, useLayoutEffect, useRef, useState } from 'react'

export type BoxSize = { width: number; height: number }

/**
 * The size of the element `ref` is put on, px, kept current as it changes (a window resized, a side
 * panel opened). Measured once before the first paint, so a chart draws at its real width in its first
 * frame; 0×0 until then (and where nothing can measure).
 */
export function useBoxSize<E extends HTMLElement>(): [RefObject<E | null>, BoxSize] {
  const ref = useRef<E | null>(null)
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = (width: number, height: number) => {
      const next = { width: Math.floor(width), height: Math.floor(height) }
      setSize((was) => (was.width === next.width && was.height === next.height ? was : next))
    }
    const box = el.getBoundingClientRect()
    update(box.width, box.height)
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect
      if (rect) update(rect.width, rect.height)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, size]
}
