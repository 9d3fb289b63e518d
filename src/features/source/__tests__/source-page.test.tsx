import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { allQuotes } from '@/lib/dataset/facts'
import { DEFAULT_REPORT, realReport, reportText } from '@/testing/data'
import { currentRoute, renderRoute } from '@/testing/render'

const article = async () => screen.findByRole('article', { name: '报告全文' })

// The first visit loads the lazy screen and its data: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 }) // a lazy screen's first import is slow on a busy 2-core machine

describe('Source screen', () => {
  it('highlights the quote of ?hl= (the 2022 GDP) and says what is highlighted', async () => {
    renderRoute('/source?hl=gdp-2022')
    await article()
    const hl = document.getElementById('source-hl')
    expect(hl?.tagName).toBe('MARK')
    expect(hl).toHaveTextContent('113.6亿元')
    expect(hl).toHaveTextContent('预计全年完成地区生产总值113.6亿元,增长5%')
    expect(hl).toHaveFocus()
    expect(screen.getByText('高亮显示：地区生产总值')).toBeInTheDocument()
  })

  it('clears the highlight with its link', async () => {
    const { user } = renderRoute('/source?hl=gdp-2022')
    await article()
    await user.click(screen.getByRole('link', { name: '清除高亮' }))
    expect(currentRoute()).toBe('/source')
    expect(document.getElementById('source-hl')).toBeNull()
  })

  it('shows a notice and the plain text for an unknown id', async () => {
    renderRoute('/source?hl=no-such-fact')
    await article()
    expect(screen.getByText('找不到“no-such-fact”，下面显示原文全文。')).toBeInTheDocument()
    expect(document.getElementById('source-hl')).toBeNull()
    expect(screen.getByText(/狠抓项目建设,发展动能加速集聚/, { selector: 'strong' })).toBeInTheDocument()
  })

  it('counts and marks search matches from ?q= and steps through them', async () => {
    const { user } = renderRoute('/source?q=光伏')
    const text = await article()
    const marks = within(text).getAllByText('光伏', { selector: 'mark' })
    expect(marks).toHaveLength(2)
    expect(screen.getByText('共 2 处 · 第 1 / 2 处')).toBeInTheDocument()
    expect(marks[0]).toHaveAttribute('data-current', 'true')
    await user.click(screen.getByRole('button', { name: /下一处/ }))
    expect(screen.getByText('共 2 处 · 第 2 / 2 处')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /下一处/ }))
    expect(screen.getByText('共 2 处 · 第 1 / 2 处')).toBeInTheDocument()
  })

  it('searches as the user types and keeps the words in the link', async () => {
    const { user } = renderRoute('/source')
    await article()
    await user.type(screen.getByRole('searchbox', { name: '在原文中搜索' }), '光伏')
    // The search runs once typing settles (a long text is searched once, not per key).
    expect(await screen.findByText('共 2 处 · 第 1 / 2 处')).toBeInTheDocument()
    expect(currentRoute()).toBe('/source?q=光伏')
  })

  it('Enter runs a search still waiting for typing to settle', async () => {
    const { user } = renderRoute('/source')
    await article()
    await user.type(screen.getByRole('searchbox', { name: '在原文中搜索' }), '光伏{Enter}')
    expect(screen.getByText('共 2 处 · 第 1 / 2 处')).toBeInTheDocument()
  })

  it('keeps the copy’s artifacts and says where it breaks off', async () => {
    renderRoute('/source')
    const text = await article()
    expect(text).toHaveTextContent('高举A新时代')
    expect(text).toHaveTextContent('“数字政府”?“城市大脑”')
    expect(text).not.toHaveTextContent('转载')
    expect(screen.getByText(/原文在第\(二\)项任务中句子未完处中断/)).toBeInTheDocument()
  })

  it('lists the sections as links and moves ?sec= with them', async () => {
    const { user } = renderRoute('/source?hl=gdp-2022')
    await article()
    const toc = screen.getByRole('navigation', { name: '目录' })
    await user.click(within(toc).getByRole('link', { name: /狠抓民生改善/ }))
    expect(currentRoute()).toBe('/source?hl=gdp-2022&sec=review-6')
    expect(within(toc).getByRole('link', { name: /狠抓民生改善/ })).toHaveAttribute(
      'aria-current',
      'location',
    )
  })

  it('reads in English, with the text itself left in Chinese', async () => {
    const { user } = renderRoute('/source?hl=clean-energy-capacity')
    await article()
    await user.click(screen.getByRole('button', { name: /语言/ }))
    expect(screen.getByRole('heading', { level: 1, name: /Report text/ })).toBeInTheDocument()
    expect(screen.getByText('Highlighted: Total installed clean-energy capacity')).toBeInTheDocument()
    expect(document.getElementById('source-hl')).toHaveTextContent('1552兆瓦')
  })

  describe('a text that does not fit its dataset', () => {
    const DATA = `data/${DEFAULT_REPORT.file.replace('report.json', 'report.txt')}`
    const sections = realReport().sections

    it('without its headings: says so, shows the whole text, and every counted match is on screen', async () => {
      const noHeadings = (text: string) => sections.reduce((t, s) => t.split(s.heading).join(''), text)
      renderRoute('/source?q=光伏', { data: { [DATA]: noHeadings } })
      const text = await article()
      expect(screen.getByText(/原文中找不到任何一个部分的标题/)).toBeInTheDocument()
      expect(text).toHaveTextContent('高举A新时代')
      const marks = within(text).getAllByText('光伏', { selector: 'mark' })
      expect(screen.getByText(`共 ${marks.length} 处 · 第 1 / ${marks.length} 处`)).toBeInTheDocument()
      expect(within(screen.getByRole('navigation', { name: '目录' })).queryAllByRole('link')).toHaveLength(0)
    })

    it('without the quotes: names the first quote not found', async () => {
      const first = allQuotes(realReport()).find(({ item }) => reportText().includes(item))
      renderRoute('/source', { data: { [DATA]: (t) => t.replaceAll(first?.item ?? '∅', '（删去）') } })
      await article()
      const notice = screen.getByText(/原文与数据不符/)
      expect(notice).toHaveTextContent(first?.path ?? '∅')
      expect(notice).toHaveTextContent(`“${(first?.item ?? '').slice(0, 10)}`)
    })
  })

  it('clips a very long unknown highlight id', async () => {
    renderRoute(`/source?hl=${'x'.repeat(100_000)}`)
    await article()
    const notices = screen.getAllByRole('status').map((n) => n.textContent ?? '')
    expect(notices.join(' ')).toMatch(/x{20}/)
    for (const notice of notices) expect(notice.length).toBeLessThan(200)
  })
})
