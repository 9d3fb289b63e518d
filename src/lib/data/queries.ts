import { queryOptions } from '@tanstack/react-query'
import { parseJson, parseManifest, parseReport } from '../dataset/validate'
import { loadText } from './transport'

const MANIFEST = 'manifest.json'

// Data files are static for the life of a page: fetch once, never refetch behind the user's back.
const forever = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
} as const

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['data', MANIFEST],
    queryFn: async () =>
      parseManifest(parseJson(await loadText(MANIFEST), `data/${MANIFEST}`), `data/${MANIFEST}`),
    ...forever,
  })
}

/** `file` is the manifest's path of the report, e.g. chaoyang-2023/report.json. */
export function reportQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: async () => parseReport(parseJson(await loadText(file), `data/${file}`), `data/${file}`),
    ...forever,
  })
}

/** The report's text, beside its JSON. */
export function reportTextQueryOptions(reportFile: string, textFile: string) {
  const path = `${reportFile.slice(0, reportFile.lastIndexOf('/') + 1)}${textFile}`
  return queryOptions({ queryKey: ['data', path], queryFn: () => loadText(path), ...forever })
}
