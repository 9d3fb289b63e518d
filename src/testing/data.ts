import { vi } from 'vitest'
import type { Report } from '@/lib/dataset/schema'
import { type DataSet, dataText, reportJson, reportTextOf } from './fixtures'

export { DEFAULT_REPORT, SECOND_REPORT } from './fixtures'

/** A file of public/ as text (the same bytes the app fetches). */
export function publicFile(path: string): string {
  return dataText(path.replace(/^data\//, ''))
}

/** The default report, parsed (a fresh copy). */
export function realReport(): Report {
  return reportJson()
}

/** The default report's text. */
export function reportText(): string {
  return reportTextOf()
}

/** Per-file override: new text, null for a 404, or a function of the real text. */
export type DataOverrides = Record<string, string | null | ((text: string) => string)>

/** Serves a data set through a stubbed fetch, with files broken or replaced as a test needs. */
export function serveData(overrides: DataOverrides = {}, set: DataSet = 'public') {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = new URL(url, 'http://localhost/').pathname.replace(/^\//, '')
    const override = overrides[path]
    if (override === null) return new Response('not found', { status: 404 })
    let text: string
    try {
      text = dataText(path.replace(/^data\//, ''), set)
    } catch {
      if (typeof override === 'string') return new Response(override, { status: 200 })
      return new Response('not found', { status: 404 })
    }
    if (typeof override === 'string') text = override
    else if (typeof override === 'function') text = override(text)
    return new Response(text, { status: 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
