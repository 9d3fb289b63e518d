import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PREFS_KEY, usePrefs } from '@/lib/prefs/store'
import { DEFAULT_REPORT, SECOND_REPORT } from '@/testing/data'
import { currentRoute, renderRoute } from '@/testing/render'

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

  it('marks the current page in the navigation, and a page within a screen as that screen', async () => {
    const { unmount } = renderRoute('/targets')
    const nav = () => screen.getByRole('navigation', { name: '主导航' })
    expect(
      within(nav())
        .getAllByRole('link', { current: 'page' })
        .map((a) => a.textContent),
    ).toEqual(['目标'])
    unmount()
    renderRoute('/projects/hengtong-smart-security')
    expect(
      within(nav())
        .getAllByRole('link', { current: 'page' })
        .map((a) => a.textContent),
    ).toEqual(['项目'])
    expect(within(nav()).getByRole('link', { name: '总览' })).not.toHaveAttribute('aria-current')
  })

  it('marks nothing current on a page no screen owns', async () => {
    renderRoute('/no-such-page')
    await screen.findByRole('heading', { name: '找不到此页面' })
    expect(
      within(screen.getByRole('navigation', { name: '主导航' })).queryAllByRole('link', { current: 'page' }),
    ).toEqual([])
  })

  it('opens a shared link in its language and theme, then lets the preferences own them', async () => {
    renderRoute('/no-such-page?lang=en&theme=projector')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(usePrefs.getState()).toMatchObject({ lang: 'en', theme: 'projector' })
    expect(currentRoute()).toBe('/no-such-page')
  })

  it("says which of a shared link's language and theme it could not take, and keeps the rest", async () => {
    const { user } = renderRoute('/no-such-page?lang=fr&theme=projector&theme=dark')
    expect(await screen.findByRole('heading', { name: '找不到此页面' })).toBeInTheDocument()
    const notice = screen.getByText('链接中的参数无法识别，已忽略：lang=fr, theme=projector, theme=dark')
    // Nothing half-applied: the language stays, and two themes are no choice at all.
    expect(usePrefs.getState()).toMatchObject({ lang: 'zh', theme: 'light' })
    expect(currentRoute()).toBe('/no-such-page')
    const status = notice.closest('[role="status"]') as HTMLElement
    await user.click(within(status).getByRole('button', { name: '知道了' }))
    expect(screen.queryByText(/链接中的参数无法识别/)).not.toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{"state":{}}').state).not.toHaveProperty(
      'ignoredLink',
    )
  })

  it('takes the same language given twice as one choice, and says nothing', async () => {
    renderRoute('/no-such-page?lang=en&lang=en')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.queryByText(/Ignored link parameters/)).not.toBeInTheDocument()
  })

  it('applies a good language from a link and says only the bad theme', async () => {
    renderRoute('/no-such-page?lang=en&theme=blue')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByText('Ignored link parameters that could not be read: theme=blue')).toBeInTheDocument()
    expect(usePrefs.getState()).toMatchObject({ lang: 'en', theme: 'light' })
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
    expect(await screen.findByText('已保存的偏好设置无法读取，已恢复默认设置。')).toBeInTheDocument()
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
    expect(await screen.findByText('找不到报告“shenyang-1999”，已显示默认报告。')).toBeInTheDocument()
    expect(await screen.findByText('113.6亿元')).toBeInTheDocument()
  })
})

describe('a second report', () => {
  const other = SECOND_REPORT.id
  it('keeps ?report= on every nav link and every link inside a screen', async () => {
    const { user } = renderRoute(`/projects?report=${other}`, { set: 'two-reports' })
    expect(await screen.findByRole('link', { name: '清河风电储能项目' })).toHaveAttribute(
      'href',
      `#/projects/qinghe-wind-storage?report=${other}`,
    )
    const nav = screen.getByRole('navigation', { name: '主导航' })
    for (const link of within(nav).getAllByRole('link'))
      expect(link.getAttribute('href'), link.textContent ?? '').toMatch(new RegExp(`[?&]report=${other}$`))
    await user.click(within(nav).getByRole('link', { name: '目标' }))
    expect(currentRoute()).toBe(`/targets?report=${other}`)
    expect(await screen.findByText('88.4亿元')).toBeInTheDocument()
  })

  it('switches reports from the header, staying on the screen and dropping what belongs to the other', async () => {
    const { user } = renderRoute('/projects/hengtong-smart-security', { set: 'two-reports' })
    await screen.findByRole('heading', { level: 1, name: '恒通智能安防' })
    await user.selectOptions(screen.getByRole('combobox', { name: '选择报告' }), SECOND_REPORT.title.zh)
    expect(currentRoute()).toBe(`/projects?report=${other}`)
    expect(await screen.findByRole('link', { name: '北岭矿泉水厂' })).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: '选择报告' }), DEFAULT_REPORT.title.zh)
    expect(currentRoute()).toBe('/projects')
  })
})
