import type { Report } from '../dataset/schema'

/**
 * A view computed once per parsed report (a report is never changed after load, so the result is kept
 * on it). Each view module exports its cached accessor, so a screen that needs one view (the
 * Overview, on the first paint) imports just that module, and shares the cache with reportModel().
 */
export function perReport<T>(make: (report: Report) => T): (report: Report) => T {
  const cache = new WeakMap<Report, T>()
  return (report) => {
    let value = cache.get(report)
    if (value === undefined) {
      value = make(report)
      cache.set(report, value)
    }
    return value
  }
}
