import { readFileSync } from 'node:fs'
import { defaultReportEntry } from '../src/lib/data/default-entry.ts'
import { fileName } from '../src/lib/export/download.ts'

// The single-file build is a file people pass around on USB sticks and in chat: named after the
// report it carries (朝阳县2023年政府工作报告-仪表盘.html), from the manifest's default report, never
// typed in. Used by the build (scripts/vite-plugin-single-csp.ts renames index.html) and the e2e setup.

export const SINGLE_SUFFIX = '仪表盘'

/** The file name for a manifest's text; index.html when it names no default report with a title. */
export function singleFileName(manifestText: string): string {
  const entry = defaultReportEntry(manifestText)
  if (!entry) return 'index.html'
  const { reports } = JSON.parse(manifestText) as { reports: { id: string; title?: { zh?: unknown } }[] }
  const title = reports.find((r) => r.id === entry.id)?.title?.zh
  return typeof title === 'string' && title.trim()
    ? fileName(`${title}-${SINGLE_SUFFIX}`, 'html')
    : 'index.html'
}

/** The name for this repository's manifest (public/data/manifest.json). */
export function singleFileNameOf(root: string): string {
  return singleFileName(readFileSync(`${root}/public/data/manifest.json`, 'utf8'))
}
