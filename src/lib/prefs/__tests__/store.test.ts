import { describe, expect, it, vi } from 'vitest'
import { PREFS_KEY, usePrefs } from '../store'

// What a saved-preferences value turns into on load: the values used, and whether the user is told.
async function load(raw: string) {
  localStorage.setItem(PREFS_KEY, raw)
  await usePrefs.persist.rehydrate()
  const { lang, theme, recovered } = usePrefs.getState()
  return { lang, theme, recovered }
}

describe('saved preferences on load', () => {
  it.each([
    ['not JSON', '{"state": {', { lang: 'zh', theme: 'light', recovered: true }],
    ['an array', '[1,2,3]', { lang: 'zh', theme: 'light', recovered: true }],
    ['a bare string', '"en"', { lang: 'zh', theme: 'light', recovered: true }],
    [
      'wrong types',
      JSON.stringify({ state: { lang: 1, theme: 2 }, version: 1 }),
      { lang: 'zh', theme: 'light', recovered: true },
    ],
    [
      'version 0, unknown values',
      JSON.stringify({ state: { lang: 'fr', theme: 'x' }, version: 0 }),
      { lang: 'zh', theme: 'light', recovered: true },
    ],
    [
      'version 0, usable values',
      JSON.stringify({ state: { lang: 'en', theme: 'dark' }, version: 0 }),
      { lang: 'en', theme: 'dark', recovered: false },
    ],
    [
      'a future version, half usable',
      JSON.stringify({ state: { lang: 'en', theme: 'sepia' }, version: 9 }),
      { lang: 'en', theme: 'light', recovered: true },
    ],
    [
      'the current version',
      JSON.stringify({ state: { lang: 'en', theme: 'projector' }, version: 1 }),
      { lang: 'en', theme: 'projector', recovered: false },
    ],
    ['null', 'null', { lang: 'zh', theme: 'light', recovered: false }],
  ])('%s', async (_name, raw, expected) => {
    expect(await load(raw)).toEqual(expected)
  })

  it('a later good load clears the notice', async () => {
    expect((await load('{oops')).recovered).toBe(true)
    expect((await load(JSON.stringify({ state: { lang: 'zh', theme: 'dark' }, version: 1 }))).recovered).toBe(
      false,
    )
  })
})

describe('a change that cannot be saved', () => {
  it('is said once, and the change still applies to this visit', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    usePrefs.getState().setLang('en')
    await Promise.resolve()
    expect(usePrefs.getState()).toMatchObject({ lang: 'en', unsaved: true })
    usePrefs.getState().dismissUnsaved()
    usePrefs.getState().setTheme('dark')
    await Promise.resolve()
    expect(usePrefs.getState()).toMatchObject({ theme: 'dark', unsaved: false })
    expect(setItem).toHaveBeenCalled()
  })
})
