// A review in progress on #/ingest (issue 13): the text and the reviewer's decisions, kept as one
// latest-wins document so a reload, a crash or a closed tab does not lose the work. The draft dataset
// itself is not stored: the pipeline makes it again from the text, exactly (it is deterministic).
import type { DocsApi } from './docs'
import { StoreInputError } from './errors'

/** The one review in progress (a browser reviews one report at a time). */
const KEY = 'ingest'

export type ReviewDraft = {
  text: string
  /** The review screen's state (its decisions and the report's name), as the screen wrote it. */
  review: unknown
  savedAt: string
}

function readDraft(value: unknown, savedAt: string): ReviewDraft {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { text?: unknown; review?: unknown }
  if (typeof v.text !== 'string' || !v.text)
    throw new StoreInputError('review draft', ['text: expected the report text'])
  return { text: v.text, review: v.review ?? null, savedAt }
}

export function draftsApi(docs: DocsApi) {
  return {
    /** The review in progress, or null when there is none (never started, saved, or discarded). */
    async get(): Promise<ReviewDraft | null> {
      const doc = await docs.get('draft', KEY)
      return doc ? readDraft(doc.value, doc.updatedAt) : null
    },
    async put(input: { text: string; review: unknown }, by?: string): Promise<ReviewDraft> {
      const draft = readDraft(input, '')
      const doc = await docs.put('draft', KEY, { text: draft.text, review: draft.review }, by)
      return { ...draft, savedAt: doc.updatedAt }
    },
    /** Drops the review in progress (a tombstone, as every delete); false if there was none. */
    discard: (by?: string) => docs.remove('draft', KEY, by),
  }
}

export type DraftsApi = ReturnType<typeof draftsApi>
