import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '..'

// Writing <html lang> restyles the whole page, even when the value is the same (measured in
// Chromium on #/projects: ~8 ms a write at full CPU speed). The app calls this on every render of
// its effects, the first one hydrating the prerendered screen: it must only write a change.
describe('setLanguage', () => {
  afterEach(() => setLanguage('zh'))

  it('says the language on <html>, and writes nothing when it is already said', async () => {
    setLanguage('en')
    expect(document.documentElement.lang).toBe('en')
    const writes: MutationRecord[] = []
    const observer = new MutationObserver((records) => writes.push(...records))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
    setLanguage('en')
    setLanguage('en')
    await Promise.resolve()
    expect(writes).toHaveLength(0)
    setLanguage('zh')
    await Promise.resolve()
    observer.disconnect()
    expect(writes).toHaveLength(1)
    expect(document.documentElement.lang).toBe('zh-CN')
  })
})
