import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { isLang, type Lang } from '../i18n/languages'
import type { Rejected } from '../routes/params'

export { isLang, LANGS, type Lang } from '../i18n/languages'
export const THEMES = ['light', 'dark', 'projector'] as const
export type Theme = (typeof THEMES)[number]
type Saved = { lang: Lang; theme: Theme }

// Plain checks, not a schema library: the store loads with the first paint's JavaScript.
export const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme)
/** The two saved fields, if both are valid (other keys are dropped). */
function readSaved(value: unknown): Saved | null {
  if (typeof value !== 'object' || value === null) return null
  const { lang, theme } = value as Record<string, unknown>
  return isLang(lang) && isTheme(theme) ? { lang, theme } : null
}

type PrefsState = Saved & {
  /** Set when saved preferences could not be read and defaults were used instead. */
  recovered: boolean
  /** Set (once a visit) when a change could not be saved: storage full or blocked by the browser. */
  unsaved: boolean
  /**
   * A shared link's `?lang=` or `?theme=` this app cannot take (`?lang=fr`): not applied, and said
   * (the Shell shows them until dismissed). Never saved.
   */
  ignoredLink: Rejected[]
  setLang: (lang: Lang) => void
  setTheme: (theme: Theme) => void
  dismissRecovered: () => void
  dismissUnsaved: () => void
  ignoreLinkParams: (params: Rejected[]) => void
  dismissIgnoredLink: () => void
}

export const PREFS_KEY = 'work-report-dashboard:prefs'
export const PREFS_VERSION = 1
export const DEFAULT_PREFS: Saved = { lang: 'zh', theme: 'light' }

// Set while hydrating when the saved value could not be used as it was; merge() turns it into the
// `recovered` notice. A module flag, not usePrefs.setState: the first hydration runs inside create(),
// before `usePrefs` exists (calling it there threw, the error was swallowed and no notice appeared).
let unreadable = false

// A save that fails is said once, plainly (the Shell shows `unsaved`); the change still applies to
// this visit. Deferred, as the store is mid-update when persist saves; `told` keeps it to once, even
// after the notice is dismissed.
let told = false
function cannotSave() {
  if (told) return
  told = true
  queueMicrotask(() => usePrefs.setState({ unsaved: true }))
}

/** What a browser that blocks storage gives: nothing saved, nothing read, and the user told. */
const blocked = { getItem: () => null, setItem: cannotSave, removeItem: () => {} }

// A corrupted value (not JSON, or not a persisted-state object) must not throw during hydration:
// read it as nothing, and say so. Storage blocked by the browser (reading `localStorage` throws a
// SecurityError) reads as nothing saved, and a change says it cannot be saved. Where there is no
// localStorage at all (the build-time prerender in Node) createJSONStorage gives no storage, and
// preferences are simply not persisted.
const safeStorage = createJSONStorage<Saved>(() => {
  let localStorage: Storage | undefined
  try {
    localStorage = globalThis.localStorage
  } catch {
    return blocked
  }
  if (!localStorage) throw new Error('no localStorage')
  return {
    getItem: (name) => {
      unreadable = false
      const raw = localStorage.getItem(name)
      if (raw === null) return null
      try {
        const value: unknown = JSON.parse(raw)
        if (value === null) return null
        if (typeof value !== 'object' || Array.isArray(value) || !('state' in value)) throw new Error('shape')
        return raw
      } catch {
        unreadable = true
        try {
          localStorage.removeItem(name) // said once; the next visit starts clean
        } catch {
          // storage blocked: nothing to clean
        }
        return null
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value)
      } catch {
        cannotSave() // storage full, or blocked for this site
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name)
      } catch {
        // blocked: nothing to remove
      }
    },
  }
})

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      recovered: false,
      unsaved: false,
      ignoredLink: [],
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      dismissRecovered: () => set({ recovered: false }),
      dismissUnsaved: () => set({ unsaved: false }),
      ignoreLinkParams: (params) =>
        set((s) => (params.length || s.ignoredLink.length ? { ignoredLink: params } : s)),
      dismissIgnoredLink: () => set({ ignoredLink: [] }),
    }),
    {
      name: PREFS_KEY,
      version: PREFS_VERSION,
      storage: safeStorage,
      partialize: (s) => ({ lang: s.lang, theme: s.theme }),
      // Older or unknown versions: keep what still validates, default the rest.
      migrate: (persisted) => {
        const old = (typeof persisted === 'object' && persisted ? persisted : {}) as Record<string, unknown>
        if (!isLang(old.lang) || !isTheme(old.theme)) unreadable = true
        return {
          lang: isLang(old.lang) ? old.lang : DEFAULT_PREFS.lang,
          theme: isTheme(old.theme) ? old.theme : DEFAULT_PREFS.theme,
        }
      },
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null)
          return unreadable ? { ...current, recovered: true } : current
        const saved = readSaved(persisted)
        if (saved) return { ...current, ...saved, recovered: unreadable }
        return { ...current, recovered: true }
      },
    },
  ),
)
