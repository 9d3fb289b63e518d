/**
 * The range a figure of the dataset may take: beyond it a value is a typo or an attack, never a county's
 * statistic (10¹² 亿元 is far above any economy; a rate below 10⁻⁶ is not written in a report). The
 * schema holds every value to it, and the formatter stays legible inside it.
 */
export const MAX_MAGNITUDE = 1e12
export const MIN_MAGNITUDE = 1e-6

/** True for 0 and for finite values within [MIN_MAGNITUDE, MAX_MAGNITUDE] either side of 0. */
export function withinLimits(value: number): boolean {
  if (!Number.isFinite(value)) return false
  const size = Math.abs(value)
  return size === 0 || (size >= MIN_MAGNITUDE && size <= MAX_MAGNITUDE)
}
