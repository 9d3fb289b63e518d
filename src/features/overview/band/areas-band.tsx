import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { FactFigure } from '@/components/fact-figure'
import { RouteLink } from '@/components/route-link'
import type { Report } from '@/lib/dataset/schema'
import { useT } from '@/lib/i18n'
import { useTheme } from '@/lib/prefs/hooks'
import { routes } from '@/lib/routes/routes'
import { bandFigures } from '../model/band-figures'
import { mostThatFit } from './fits-below'
import { bandMessages } from './i18n'

/** A screen large enough to leave the Overview a band below its cards (1536×1040 and up). */
const roomy = () => window.matchMedia?.('(min-width: 1536px) and (min-height: 1040px)').matches === true

/**
 * The Overview's bottom band on a large screen: each area's lead figure, linked to its page. Loaded
 * after the page is up (overview-page.tsx), never in the projector theme (its type is larger and the
 * slide is the deck's), and showing as many areas, in order, as fit below the cards without making the
 * page scroll (the link to all areas then says how many more there are); out of sight where fewer than
 * MIN_SHOWN fit. Measured again when the window or the content above it changes size.
 */
export function AreasBand({ report }: { report: Report }) {
  const { t, lang } = useT(bandMessages)
  const theme = useTheme()
  const figures = useMemo(() => bandFigures(report), [report])
  const ref = useRef<HTMLElement>(null)
  /** How many areas are shown: as many as fit, in order; 0 keeps the band out of sight. */
  const [shown, setShown] = useState(0)
  const off = theme === 'projector' || figures.length === 0

  useLayoutEffect(() => {
    const el = ref.current
    if (!el || off) return
    const check = () => setShown(roomy() ? mostThatFit(el) : 0)
    check()
    const observer = new ResizeObserver(check)
    for (const sibling of el.parentElement?.children ?? []) if (sibling !== el) observer.observe(sibling)
    window.addEventListener('resize', check)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', check)
    }
  }, [off])
  // Text set in a web font can change height once the font arrives.
  useEffect(() => {
    const el = ref.current
    if (el && !off) document.fonts?.ready.then(() => setShown(roomy() ? mostThatFit(el) : 0))
  }, [off])

  if (off) return null
  return (
    <section
      ref={ref}
      aria-labelledby="overview-band"
      hidden={shown === 0}
      className="card flex flex-col gap-1.5 px-4 py-2.5"
    >
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="overview-band" className="font-semibold text-base">
          {t('title')}
        </h2>
        <span className="text-muted text-xs">{t('rule')}</span>
        <RouteLink to={routes.areas()} className="link ml-auto text-sm">
          {shown > 0 && shown < figures.length ? t('more', { count: figures.length - shown }) : t('all')} →
        </RouteLink>
      </header>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {figures.map(({ areaId, area, fact }, i) => (
          <li key={areaId} className="inline-flex items-center gap-1.5" hidden={i >= shown}>
            <RouteLink to={routes.area(areaId)} className="link font-semibold">
              {area[lang]}
            </RouteLink>
            <span className="text-muted">{fact.label[lang]}</span>
            <FactFigure fact={fact} valueClassName="font-bold" />
          </li>
        ))}
      </ul>
    </section>
  )
}
