// Settings kept with the data (they travel in backups and, later, to the county's other staff):
// the 三色 thresholds, remembered column mappings, and the ledger's sector words.
import { SECTORS, type Sector } from '../dataset/taxonomy'
import { checkThresholds, DEFAULT_THRESHOLDS, resolveThresholds, type Thresholds } from '../status/thresholds'
import type { DocsApi } from './docs'
import { StoreInputError } from './errors'

/** A column mapping: the importer's field → the header it is read from. */
export type ColumnMapping = Record<string, string>
/** The ledger's own 行业 words → the dashboard's sectors (null: looked at, belongs to none). */
export type SectorWords = Record<string, Sector | null>

/**
 * The shape of a header row: the same columns in the same order give the same signature, whatever the
 * spacing, full-width characters or line breaks in the cells (merged two-row headers arrive as text).
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase()).join('|')
}

const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string')

export function settingsApi(docs: DocsApi) {
  return {
    /** The user's thresholds, or the defaults (also when a stored value no longer validates). */
    async thresholds(): Promise<Thresholds> {
      const doc = await docs.get('setting', 'status-thresholds')
      return doc ? resolveThresholds(doc.value) : { ...DEFAULT_THRESHOLDS }
    },
    async setThresholds(value: Thresholds, by?: string): Promise<void> {
      const problems = checkThresholds(value)
      if (problems.length > 0)
        throw new StoreInputError(
          'thresholds',
          problems.map((p) => `${p.field}: ${p.reason}`),
        )
      await docs.put(
        'setting',
        'status-thresholds',
        { growthTolerance: value.growthTolerance, progressTolerance: value.progressTolerance },
        by,
      )
    },
    async resetThresholds(by?: string): Promise<void> {
      await docs.remove('setting', 'status-thresholds', by)
    },

    /** The mapping remembered for files whose header row has this signature (see headerSignature). */
    async columnMapping(signature: string): Promise<ColumnMapping | null> {
      const doc = await docs.get('setting', `mapping:${signature}`)
      return doc && isStringMap(doc.value) ? { ...doc.value } : null
    },
    async rememberColumnMapping(signature: string, mapping: ColumnMapping, by?: string): Promise<void> {
      if (!isStringMap(mapping))
        throw new StoreInputError('column mapping', ['every field must map to a header (text)'])
      await docs.put('setting', `mapping:${signature}`, { ...mapping }, by)
    },

    async sectorWords(): Promise<SectorWords> {
      const doc = await docs.get('setting', 'sector-words')
      const value = (doc?.value ?? {}) as Record<string, unknown>
      const out: SectorWords = Object.create(null) // words are the user's: `__proto__` too
      for (const [word, sector] of Object.entries(value)) {
        if (sector === null || SECTORS.includes(sector as Sector)) out[word] = sector as Sector | null
      }
      return out
    },
    async setSectorWords(words: SectorWords, by?: string): Promise<void> {
      const bad = Object.entries(words).filter(([, s]) => s !== null && !SECTORS.includes(s))
      if (bad.length > 0)
        throw new StoreInputError(
          'sector words',
          bad.map(([w, s]) => `${w}: unknown sector ${String(s)}`),
        )
      await docs.put('setting', 'sector-words', { ...words }, by)
    },
  }
}

export type SettingsApi = ReturnType<typeof settingsApi>
