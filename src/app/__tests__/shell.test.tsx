import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PREFS_KEY, usePrefs } from '@/lib/prefs/store'
import { renderRoute } from '@/testing/render'

describe('app shell', () => {
  it('shows a friendly not-found page with a way back for an unknown route', async () => {
    const { user } = renderRoute('/no-such-page')
    expect(await screen.findByRole('heading', { name: '找不到此页面' })).toBeInTheDocument()
    expect(screen.getByText(/no-such-page/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '返回总览' }))
    expect(window.location.hash).toBe('#/')
  })

  it('switches every shell label to English and back, and remembers the choice', async () => {
    const { user } = renderRoute('/no-such-page')
    const nav = screen.getByRole('navigation', { name: '主导航' })
    expect(within(nav).getByRole('link', { name: '项目' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /语言/ }))
    const navEn = screen.getByRole('navigation', { name: 'Main navigation' })
    expect(within(navEn).getByRole('link', { name: 'Projects' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}').state).toEqual({ lang: 'en', theme: 'light' })
  })

  it('marks the current page in the navigation', async () => {
    renderRoute('/no-such-page')
    const nav = screen.getByRole('navigation', { name: '主导航' })
    expect(within(nav).queryAllByRole('link', { current: 'page' })).toHaveLength(0)
  })

  it('applies the chosen theme to the page', async () => {
    const { user } = renderRoute('/no-such-page')
    await user.selectOptions(screen.getByRole('combobox', { name: '主题' }), '深色')
    expect(document.documentElement).toHaveClass('dark')
    await user.selectOptions(screen.getByRole('combobox', { name: '主题' }), '投影')
    expect(document.documentElement).toHaveClass('projector')
    expect(document.documentElement).not.toHaveClass('dark')
  })
})

describe('saved preferences', () => {
  it('falls back to defaults, with a notice, when the saved value has the wrong shape', async () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ state: { lang: 'fr', theme: 42 }, version: 1 }))
    await usePrefs.persist.rehydrate()
    renderRoute('/no-such-page')
    expect(await screen.findByText('已保存的偏好设置无法读取,已恢复默认设置。')).toBeInTheDocument()
    expect(usePrefs.getState().lang).toBe('zh')
    expect(usePrefs.getState().theme).toBe('light')
  })

  it('falls back to defaults when the saved value is not JSON at all', async () => {
    localStorage.setItem(PREFS_KEY, '{not json')
    await usePrefs.persist.rehydrate()
    renderRoute('/no-such-page')
    expect(await screen.findByRole('status')).toHaveTextContent('恢复默认设置')
    expect(usePrefs.getState().lang).toBe('zh')
  })

  it('keeps what still validates from an older version', async () => {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ state: { lang: 'en', theme: 'sepia' }, version: 0 }))
    await usePrefs.persist.rehydrate()
    expect(usePrefs.getState().lang).toBe('en')
    expect(usePrefs.getState().theme).toBe('light')
  })
})

describe('report selection', () => {
  it('says so when ?report= names a report the manifest does not list, and shows the default', async () => {
    renderRoute('/?report=shenyang-1999')
    expect(await screen.findByText('找不到报告“shenyang-1999”,已显示默认报告。')).toBeInTheDocument()
    expect(await screen.findByText('113.6亿元')).toBeInTheDocument()
  })
})
