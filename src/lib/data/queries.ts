import { queryOptions } from '@tanstack/react-query'
import { loadCode } from '../code-load/load-code'
import { parseJson } from '../dataset/json'
import { loadText } from './transport'

const MANIFEST = 'manifest.json'

// Data files are static for the life of a page: fetch once, never refetch behind the user's back.
const forever = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
} as const

// The checks (zod and the integrity rules) load on demand: a prerendered visit, whose data the build
// has already checked, starts without them (src/lib/data/default-report.ts). Callers start loading
// them together with the data (`checks()` first, awaited after the fetch), so it costs no extra wait.
function checks() {
  const loading = loadCode(() => import('../dataset/validate'))
  loading.catch(() => {}) // a failed load is reported by whoever awaits it, not as unhandled
  return loading
}

/** The manifest from its text: parsed, schema-checked, or a DataError naming the field. */
export async function readManifest(text: string, validate = checks()) {
  return (await validate).parseManifest(parseJson(text, `data/${MANIFEST}`), `data/${MANIFEST}`)
}

/** A report from its text (`file` as the manifest names it): parsed, schema- and integrity-checked. */
export async function readReport(file: string, text: string, validate = checks()) {
  return (await validate).parseReport(parseJson(text, `data/${file}`), `data/${file}`)
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['data', MANIFEST],
    queryFn: async () => {
      const validate = checks()
      return readManifest(await loadText(MANIFEST), validate)
    },
    ...forever,
  })
}

/** `file` is the manifest's path of the report, e.g. chaoyang-2023/report.json. */
export function reportQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: async () => {
      const validate = checks()
      return readReport(file, await loadText(file), validate)
    },
    ...forever,
  })
}

/** The report's text, beside its JSON. */
export function reportTextQueryOptions(reportFile: string, textFile: string) {
  const path = `${reportFile.slice(0, reportFile.lastIndexOf('/') + 1)}${textFile}`
  return queryOptions({ queryKey: ['data', path], queryFn: () => loadText(path), ...forever })
}
