import type { QueryClient } from '@tanstack/react-query'
import { parseJson } from '../dataset/json'
import type { Manifest, Report } from '../dataset/schema'
import { defaultReportEntry } from './default-entry'
import { manifestQueryOptions, readManifest, readReport, reportQueryOptions } from './queries'

// The manifest and its default report: what the Overview needs at '/'. Read by the build-time
// prerender (from public/data on disk) and by the app's start (src/app/boot.tsx, fetched), so both
// go through the same parsing and checks and agree on a fingerprint of the files.

/** The two files' text, as loaded. */
export type DefaultTexts = { manifest: string; file: string; report: string }

export type DefaultReport = {
  manifest: Manifest
  report: Report
  /** The report's path as the manifest names it, e.g. chaoyang-2023/report.json. */
  file: string
}

/**
 * Loads the manifest, then the report it names as the default. Nothing is checked yet beyond
 * finding that name: a manifest too broken to name one throws its DataError here.
 */
export async function loadDefaultTexts(
  load: (dataPath: string) => string | Promise<string>,
): Promise<DefaultTexts> {
  const manifest = await load('manifest.json')
  let file = defaultReportEntry(manifest)?.file
  if (typeof file !== 'string') file = (await readManifest(manifest)).reports[0]?.file // throws the real error
  if (typeof file !== 'string') throw new Error('data/manifest.json lists no report')
  return { manifest, file, report: await load(file) }
}

/** Both files through the full checks (schema and integrity); throws a DataError naming the field. */
export async function checkDefaultReport(texts: DefaultTexts): Promise<DefaultReport> {
  return {
    manifest: await readManifest(texts.manifest),
    report: await readReport(texts.file, texts.report),
    file: texts.file,
  }
}

/**
 * Both files parsed but not checked: only for text whose fingerprint shows it is exactly what the
 * build checked (the prerender's). The checks would pass, and their output equals their input,
 * because every object in the schema is strict and nothing is transformed (a test holds the real
 * dataset to that). Skipping them saves tens of milliseconds of an old PC's start-up.
 */
export function trustedDefaultReport(texts: DefaultTexts): DefaultReport {
  return {
    manifest: parseJson(texts.manifest, 'data/manifest.json') as Manifest,
    report: parseJson(texts.report, `data/${texts.file}`) as Report,
    file: texts.file,
  }
}

/** Puts both into the query cache, exactly where useReport() looks for them. */
export function seedDefaultReport(client: QueryClient, data: DefaultReport) {
  client.setQueryData(manifestQueryOptions().queryKey, data.manifest)
  client.setQueryData(reportQueryOptions(data.file).queryKey, data.report)
}

/**
 * FNV-1a (32-bit) over the files' text: a change detector, not a security check (crypto.subtle is
 * missing on plain-http intranet hosts, and nothing here defends against an attacker).
 */
export function fingerprint(texts: DefaultTexts): string {
  let h = 0x811c9dc5
  for (const text of [texts.manifest, texts.file, texts.report]) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193)
    }
    h ^= 0x0a // a separator, so ("ab","c") and ("a","bc") differ
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
