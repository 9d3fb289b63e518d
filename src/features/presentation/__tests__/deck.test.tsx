import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentRoute, renderRoute } from '@/testing/render'

const WAIT = { timeout: 10_000 }
const slideName = () => screen.getByRole('region', { name: /.+/ }).getAttribute('aria-label')

describe('presentation deck', { timeout: 30_000 }, () => {
  it('opens at the slide the link names and steps with the keyboard, replacing the URL', async () => {
    const { user } = renderRoute('/present?slides=title,kpis,problems&slide=2')
    expect(await screen.findByRole('region', { name: '主要指标' }, WAIT)).toBeInTheDocument()
    // The headline states the takeaway, its numbers from the figures.
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '地区生产总值113.6亿元，增长5.0%；7项指标中6项2023年目标高于2022年增速',
    )
    expect(screen.getByTestId('deck-counter')).toHaveTextContent('2 / 3')
    const before = history.length
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('region', { name: '存在的问题' })).toBeInTheDocument()
    expect(currentRoute()).toBe('/present?slides=title,kpis,problems&slide=3')
    expect(history.length).toBe(before) // replace, not push
    await user.keyboard('{Home}')
    expect(currentRoute()).toBe('/present?slides=title,kpis,problems')
    await user.keyboard('3{Enter}')
    expect(currentRoute()).toContain('slide=3')
    await user.keyboard('{PageUp}')
    expect(slideName()).toBe('主要指标')
  })

  it('drops unknown slide ids and clamps the slide number, saying so', async () => {
    renderRoute('/present?slides=title,bogus&slide=7')
    expect(await screen.findByText(/链接中的参数无法识别/, {}, WAIT)).toHaveTextContent('slides=bogus')
    expect(screen.getByText(/slide=7/)).toBeInTheDocument()
    expect(screen.getByTestId('deck-counter')).toHaveTextContent('1 / 1')
  })

  it('says a language the link asks for and the app does not have, on the deck too', async () => {
    const { user } = renderRoute('/present?slides=title,kpis&lang=fr')
    const notice = await screen.findByText('链接中的参数无法识别，已忽略：lang=fr', {}, WAIT)
    expect(screen.getByTestId('deck-counter')).toHaveTextContent('1 / 2')
    await user.click(
      within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', { name: '知道了' }),
    )
    expect(screen.queryByText(/lang=fr/)).not.toBeInTheDocument()
  })

  it('the picker chooses and orders slides, and the link follows', async () => {
    const { user } = renderRoute('/present?slides=title,kpis')
    await user.click(await screen.findByRole('button', { name: '选择幻灯片' }, WAIT))
    const picker = screen.getByRole('dialog', { name: '选择和排列幻灯片' })
    await user.click(within(picker).getByRole('checkbox', { name: /存在的问题/ }))
    expect(currentRoute()).toBe('/present?slides=title,kpis,problems')
    await user.click(within(picker).getByRole('button', { name: '上移“存在的问题”' }))
    expect(currentRoute()).toBe('/present?slides=title,problems,kpis')
    await user.click(within(picker).getByRole('checkbox', { name: /封面/ }))
    expect(currentRoute()).toBe('/present?slides=problems,kpis')
    // Esc closes the picker first; the deck stays.
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(currentRoute()).toContain('/present')
  })

  it('shows auto-advance and pauses it on a key press', async () => {
    const { user } = renderRoute('/present?slides=title,kpis,problems&auto=30')
    expect(await screen.findByText(/自动播放：每 30 秒/, {}, WAIT)).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByText(/自动播放已暂停/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '继续' }))
    expect(screen.getByText(/自动播放：每 30 秒/)).toBeInTheDocument()
  })

  it('speaks English', async () => {
    const { usePrefs } = await import('@/lib/prefs/store')
    usePrefs.setState({ lang: 'en' })
    renderRoute('/present?slides=kpis,tasks&slide=2')
    expect(await screen.findByRole('region', { name: '2023 tasks' }, WAIT)).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(/^\* Note: The source text breaks off mid-sentence/)
  })
})
