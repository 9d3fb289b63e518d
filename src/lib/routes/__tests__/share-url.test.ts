import { describe, expect, it } from 'vitest'
import { shareUrl } from '../share-url'

describe('shareUrl', () => {
  const prefs = { lang: 'en', theme: 'projector' }
  it('adds language and theme to the view state and the report, keeping them', () => {
    expect(shareUrl('http://h/#/projects?report=demo-2024&sectors=industry', prefs)).toBe(
      'http://h/#/projects?report=demo-2024&sectors=industry&lang=en&theme=projector',
    )
  })
  it('replaces a language and theme the address already had', () => {
    expect(shareUrl('http://h/#/?lang=zh&theme=dark&x=1', prefs)).toBe(
      'http://h/#/?x=1&lang=en&theme=projector',
    )
  })
  it('gives the Overview a route when the address has no hash, also from a file', () => {
    expect(shareUrl('http://h/', prefs)).toBe('http://h/#/?lang=en&theme=projector')
    expect(shareUrl('file:///D:/u/%E6%9C%9D.html#', { lang: 'zh', theme: 'light' })).toBe(
      'file:///D:/u/%E6%9C%9D.html#/?lang=zh&theme=light',
    )
  })
  it('keeps encoded view state (Chinese search text) readable by URLSearchParams', () => {
    const out = shareUrl('http://h/#/projects?q=%E5%85%89%E4%BC%8F', prefs)
    expect(new URLSearchParams(out.split('?')[1]).get('q')).toBe('光伏')
  })
})
