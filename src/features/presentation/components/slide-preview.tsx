import { type CSSProperties, useEffect, useRef, useState } from 'react'
import { FrameUnitContext } from '@/components/charts/sizes'
import type { Report } from '@/lib/dataset/schema'
import type { Slide } from '../model/slides'
import { SlideView } from './slide-view'

/** A 16:9 frame is 177.8 frame units wide (u = 1% of its height). */
const UNITS_WIDE = 100 / 0.5625

/**
 * A slide drawn small, exactly as the audience sees it: the slide's type scale follows the box's
 * width (a container unit), and its charts follow the same unit through FrameUnitContext.
 */
export function SlidePreview({ slide, report, source }: { slide: Slide; report: Report; source: string }) {
  const box = useRef<HTMLDivElement>(null)
  const [u, setU] = useState<number | null>(null)
  useEffect(() => {
    const el = box.current
    if (!el || typeof ResizeObserver !== 'function') return
    const ro = new ResizeObserver(() => setU(el.clientWidth / UNITS_WIDE))
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return (
    <div
      ref={box}
      inert
      className="relative aspect-video w-full overflow-hidden border border-line bg-page [container-type:inline-size]"
      style={{ '--u': `calc(100cqw / ${UNITS_WIDE.toFixed(3)})` } as CSSProperties}
      data-preview={slide.id}
    >
      <div className="box-border h-full overflow-hidden px-[calc(var(--u)*5)] pt-[calc(var(--u)*3.5)] pb-[calc(var(--u)*3)]">
        <FrameUnitContext.Provider value={u}>
          <SlideView slide={slide} report={report} source={source} />
        </FrameUnitContext.Provider>
      </div>
    </div>
  )
}
