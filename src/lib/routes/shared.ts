// Parameters that belong to no screen. `report` says which report a view shows: every link inside the
// app carries it, so a second report never falls back to the default on a click. `lang` and `theme`
// ride only on a link made to be shared ("open this in English, in the projector theme"); on arrival
// the app turns them into the reader's preferences (src/app/shared-params.tsx).

export const CARRIED = ['report'] as const
export const SHARE_ONLY = ['lang', 'theme'] as const
export const SHARED_KEYS: readonly string[] = [...CARRIED, ...SHARE_ONLY]

export type SharedKey = (typeof CARRIED)[number] | (typeof SHARE_ONLY)[number]
export type Shared = Partial<Record<SharedKey, string>>

/** The carried parameters of a search string (`report`), as a link inside the app keeps them. */
export function carriedOf(search: string): Shared {
  const params = new URLSearchParams(search)
  const out: Shared = {}
  for (const key of CARRIED) {
    const value = params.get(key)
    if (value) out[key] = value
  }
  return out
}
