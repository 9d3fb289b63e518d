import { describe, expect, it } from 'vitest'
import { setLanguage } from '..'

// Writing <html lang> restyles the whole page, even when the value is the same (measured in
// Chromium on #/projects: ~8 ms a write at full CPU speed). The app calls this on every render of
// its effects, the first one hydrating the prerendered screen: it must only write a change.
// (src/testing/setup.ts sets Chinese back after each test.)
describe('setLanguage', () => {
  it('says the language on <html>, and writes nothing when it is already said', () => {
    setLanguage('en')
    expect(document.documentElement.lang).toBe('en')
    const writes = new MutationObserver(() => {})
    writes.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
    try {
      setLanguage('en')
      setLanguage('en')
      expect(writes.takeRecords()).toHaveLength(0)
      setLanguage('zh')
      expect(writes.takeRecords()).toHaveLength(1)
      expect(document.documentElement.lang).toBe('zh-CN')
    } finally {
      writes.disconnect()
    }
  })
})
