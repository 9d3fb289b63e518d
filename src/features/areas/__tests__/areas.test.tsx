import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_REPORT, realReport } from '@/testing/data'
import { currentRoute, renderRoute } from '@/testing/render'

const report = realReport()

// The first visit loads the lazy screen and its data: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 }) // Recharts' first import is slow on a busy 2-core machine

describe('Areas list', () => {
  it('shows every area in the report order with its figure and project counts', async () => {
    renderRoute('/areas')
    await screen.findByRole('heading', { level: 1, name: '领域' })
    const links = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/areas/'))
    expect(links.map((a) => a.getAttribute('href'))).toEqual(report.areas.map((a) => `#/areas/${a.id}`))
    const industry = screen.getByRole('link', { name: /^工业/ })
    expect(industry).toHaveTextContent('5 项数据')
    expect(industry).toHaveTextContent('8 个项目')
    expect(screen.getByRole('link', { name: /^民生保障/ })).toHaveTextContent('9 项数据')
    // An area described in words only says so instead of "0 项数据 0 个项目".
    expect(screen.getByRole('link', { name: /^重点改革/ })).toHaveTextContent('只有文字叙述')
  })

  it('opens an area page from the list', async () => {
    const { user } = renderRoute('/areas')
    await user.click(await screen.findByRole('link', { name: /^工业/ }))
    expect(currentRoute()).toBe('/areas/industry')
    expect(await screen.findByRole('heading', { level: 1, name: '工业' })).toBeInTheDocument()
  })

  it('takes an old /sectors link to the same area, keeping its report', async () => {
    renderRoute(`/sectors/industry?report=${DEFAULT_REPORT.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: '工业' })).toBeInTheDocument()
    expect(currentRoute()).toBe(`/areas/industry?report=${DEFAULT_REPORT.id}`)
  })
})

describe('Area page', () => {
  it('shows the industry figures with their source: 1552兆瓦 of clean-energy capacity', async () => {
    const { user } = renderRoute('/areas/industry')
    const value = await screen.findByText('1,552兆瓦')
    expect(value).toHaveAttribute('data-value', '1552') // the house formatter groups digits: 1,552兆瓦
    const card = value.closest('li') as HTMLElement
    expect(within(card).getByText('清洁能源总装机容量')).toBeInTheDocument()
    expect(within(card).getByText('全省各县第一')).toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: '清洁能源总装机容量的出处' }))
    const dialog = within(card).getByRole('dialog')
    expect(dialog).toHaveTextContent('清洁能源总装机容量达1552兆瓦,位居全省各县第一')
    expect(within(dialog).getByRole('link', { name: /在原文中查看/ })).toHaveAttribute(
      'href',
      '#/source?hl=clean-energy-capacity',
    )
    expect(screen.getByRole('link', { name: '中奉分散式风电' })).toHaveAttribute(
      'href',
      '#/projects/zhongfeng-distributed-wind',
    )
    expect(screen.queryByRole('heading', { name: '对比' })).toBeNull() // one lone figure per measure
  })

  it('shows qualifiers as the report writes them', async () => {
    renderRoute('/areas/livelihood')
    expect(await screen.findByText('80%以上')).toBeInTheDocument()
    expect(screen.getByText('3.6%以内')).toBeInTheDocument()
    expect(screen.getByText('380余户')).toBeInTheDocument()
  })

  it('charts urban against rural minimum-living standards, with the gap marked derived', async () => {
    const { user } = renderRoute('/areas/livelihood')
    const chart = await screen.findByRole('figure', { name: '金额对比(元)' })
    expect(chart).toHaveAccessibleDescription('城市低保标准 8,100元、农村低保标准 6,240元。')
    // the derived gap sits right under its chart, marked as derived, with its formula
    const gap = within(chart.parentElement as HTMLElement)
      .getByText('1,860元')
      .closest('li') as HTMLElement
    expect(within(gap).getByText('推算')).toBeInTheDocument()
    await user.click(within(gap).getByRole('button', { name: /的计算方法/ }))
    expect(within(gap).getByRole('dialog')).toHaveTextContent('城市低保标准：8,100元')
    await user.click(within(chart).getByRole('button', { name: '表格' }))
    const table = within(chart).getByRole('table')
    expect(within(table).getByRole('rowheader', { name: '城市低保标准' })).toBeInTheDocument()
    expect(table).toHaveTextContent('8,100元')
  })

  it('charts only like for like: rural and village roads, not farmland against greenhouses', async () => {
    renderRoute('/areas/agriculture')
    expect(await screen.findByText('3.5万亩')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '对比' })).toBeNull()
    expect(screen.queryByText('35,000亩')).toBeNull()
  })

  it('labels each bar as its card reads', async () => {
    renderRoute('/areas/rural-environment')
    const chart = await screen.findByRole('figure', { name: '长度对比(公里)' })
    expect(chart).toHaveAccessibleDescription('新改建农村公路 187.7公里、新建“一事一议”村内道路 160公里。')
    await within(chart).findAllByText('187.7公里')
  })

  it('gives an area described in words only no empty cards', async () => {
    renderRoute('/areas/reform')
    expect(await screen.findByRole('heading', { level: 1, name: '重点改革' })).toBeInTheDocument()
    expect(screen.getByText(/只有文字叙述，没有数字或点名项目/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '数字' })).toBeNull()
    expect(screen.queryByRole('region', { name: '项目' })).toBeNull()
    expect(screen.getByRole('link', { name: /阅读本领域的完整段落/ })).toHaveAttribute(
      'href',
      '#/source?hl=topic-reform',
    )
    // Nothing to quote, so the card shows the report's paragraph itself, not only a link.
    const words = screen.getByRole('region', { name: '原文摘录' })
    expect(
      await within(words).findByText(/^重点改革稳步实施。财政预算和评审制度改革扎实开展/),
    ).toBeInTheDocument()
    expect(within(words).getByText(/“标准地”改革全面启动。$/)).toBeInTheDocument()
  })

  it('lists the area’s passages with links to the Source screen', async () => {
    renderRoute('/areas/industry')
    const quotes = await screen.findByRole('region', { name: '原文摘录' })
    expect(within(quotes).getByText('清洁能源总装机容量达1552兆瓦,位居全省各县第一')).toBeInTheDocument()
    expect(within(quotes).getByRole('link', { name: /阅读本领域的完整段落/ })).toHaveAttribute(
      'href',
      '#/source?hl=topic-industry',
    )
  })

  it('shows a friendly notice with a way back for an unknown area', async () => {
    const { user } = renderRoute('/areas/no-such-area')
    expect(await screen.findByText('找不到领域“no-such-area”。')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '返回领域列表' }))
    expect(currentRoute()).toBe('/areas')
  })

  it('switches labels and units to English', async () => {
    const { user } = renderRoute('/areas/industry')
    await screen.findByText('1,552兆瓦')
    await user.click(screen.getByRole('button', { name: /语言/ }))
    expect(screen.getByRole('heading', { level: 1, name: 'Industry' })).toBeInTheDocument()
    expect(screen.getByText('1,552 MW')).toBeInTheDocument()
    expect(screen.getByText('Total installed clean-energy capacity')).toBeInTheDocument()
  })
})
