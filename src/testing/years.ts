// The invented reports of tests/fixtures/years (see its README), read through the real ingest
// pipeline (src/lib/ingest) as a reviewer who accepts the draft would save them: no hand-built JSON.
// Node only (fs).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Report } from '../lib/dataset/schema'
import { parseReport } from '../lib/dataset/validate'
import { ingestText } from '../lib/ingest/ingest'

export const YEARS_FIXTURES = [
  { file: 'chaoyang-2022.txt', id: 'chaoyang-2022', zh: '朝阳县', en: 'Chaoyang County' },
  { file: 'chaoyang-2024.txt', id: 'chaoyang-2024', zh: '朝阳县', en: 'Chaoyang County' },
  { file: 'songchuan-2023.txt', id: 'songchuan-2023', zh: '松川县', en: 'Songchuan County' },
  { file: 'yunxi-2023.txt', id: 'yunxi-2023', zh: '云溪县', en: 'Yunxi County' },
] as const

export type YearsFixtureId = (typeof YEARS_FIXTURES)[number]['id']

export function yearsFixtureText(id: YearsFixtureId): string {
  const f = YEARS_FIXTURES.find((x) => x.id === id)
  if (!f) throw new Error(`no fixture ${id}`)
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/years', f.file), 'utf8')
}

/** One fixture as a saved report: ingested, named, and checked by the app's own parser. */
export async function yearsFixture(id: YearsFixtureId): Promise<Report> {
  const f = YEARS_FIXTURES.find((x) => x.id === id)
  if (!f) throw new Error(`no fixture ${id}`)
  const { report } = await ingestText(yearsFixtureText(id), {
    id,
    county: { zh: f.zh, en: f.en },
    province: { zh: '辽宁省', en: 'Liaoning' },
  })
  return parseReport(report, `tests/fixtures/years/${f.file}`)
}

/** Saves fixtures in this (fake-indexeddb) browser's store, as #/ingest would, and notes them in the hint. */
export async function saveYearsFixtures(ids: readonly YearsFixtureId[]): Promise<void> {
  const { userStore } = await import('../lib/user-data/open')
  const { noteSavedReport } = await import('../lib/user-data/saved-reports')
  const store = await userStore()
  for (const id of ids) {
    await store.reports.save({ dataset: await yearsFixture(id), text: yearsFixtureText(id) })
    noteSavedReport(id)
  }
}
