import type { BulletGeometry } from '../model/kpi-cards'

/**
 * Actual vs target on one track, in plain CSS (no chart library on the first paint): a bar for the
 * 2022 growth and a tall tick for the 2023 target, so the two differ by shape, not only colour.
 * Decorative: the same numbers are written out beside it.
 */
export function Bullet({ geometry }: { geometry: BulletGeometry }) {
  const { from, to, target, zero } = geometry
  return (
    <div aria-hidden="true" className="relative h-4 w-full 2xl:h-6" data-bullet>
      <div className="absolute inset-x-0 top-1/2 h-2 -translate-y-1/2 rounded-sm bg-line 2xl:h-3" />
      {zero > 0 && <div className="absolute top-0 bottom-0 w-px bg-muted" style={{ left: `${zero}%` }} />}
      <div
        className="absolute top-1/2 h-2 -translate-y-1/2 rounded-sm bg-c1 2xl:h-3"
        style={{ left: `${from}%`, width: `${to - from}%` }}
        data-bullet-growth
      />
      <div
        className="absolute top-0 bottom-0 w-[3px] -translate-x-1/2 rounded-sm bg-fg"
        style={{ left: `${target}%` }}
        data-bullet-target
      />
    </div>
  )
}
