import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { formatQuantity } from '@/lib/format/quantity'
import { reportModel } from '@/lib/report-model'
import { DEFAULT_REPORT, realReport } from '@/testing/data'
import { currentRoute, renderRoute } from '@/testing/render'

const report = realReport()

// The first visit loads the lazy screen and its data: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 }) // a lazy screen's first import is slow on a busy 2-core machine

describe('Areas list', () => {
  it('shows every area with figures as a card of its lead figures, in the report order', async () => {
    renderRoute('/areas')
    await screen.findByRole('heading', { level: 1, name: '领域' })
    const cards = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-area'))
    const withSomething = reportModel(report).areas.filter((a) => a.facts.length + a.projects.length > 0)
    expect(cards.map((c) => c.getAttribute('data-area'))).toEqual(withSomething.map((a) => a.area.id))
    for (const { area, lead } of withSomething) {
      const card = cards.find((c) => c.getAttribute('data-area') === area.id) as HTMLElement
      expect(within(card).getByRole('link', { name: area.label.zh })).toHaveAttribute(
        'href',
        `#/areas/${area.id}`,
      )
      // Every lead figure, as the house formatter writes it, with its name and its source mark.
      for (const { fact } of lead) {
        const opts = fact.qualifier ? { qualifier: fact.qualifier } : {}
        expect(within(card).getByText(formatQuantity(fact.value, fact.unit, 'zh', opts))).toBeInTheDocument()
        expect(within(card).getByText(fact.label.zh)).toBeInTheDocument()
        expect(within(card).getByRole('button', { name: `${fact.label.zh}的出处` })).toBeInTheDocument()
      }
    }
    const agriculture = cards.find((c) => c.getAttribute('data-area') === 'agriculture') as HTMLElement
    expect(within(agriculture).getByText('10.63亿斤')).toBeInTheDocument()
    expect(within(agriculture).getByText('粮食产量')).toBeInTheDocument()
    const industry = cards.find((c) => c.getAttribute('data-area') === 'industry') as HTMLElement
    expect(within(industry).getByText('1,552兆瓦')).toBeInTheDocument()
    // its 8 projects by stage, in words beside the bar
    expect(industry).toHaveTextContent('8 个项目')
    expect(industry).toHaveTextContent('前期 1 · 在建 1 · 完工投产 6')
    const economy = cards.find((c) => c.getAttribute('data-area') === 'economy') as HTMLElement
    expect(economy).toHaveTextContent('113.6亿元')
    expect(economy).toHaveTextContent('增长5.0%')
  })

  it('has no empty card: an area in words only is named once, in the row below', async () => {
    renderRoute('/areas')
    await screen.findByRole('heading', { level: 1, name: '领域' })
    const cards = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-area'))
    for (const card of cards) {
      const figures = within(card).queryAllByRole('button', { name: /的出处$/ }).length
      const projects = /\d+ 个项目/.test(card.textContent ?? '')
      expect(figures > 0 || projects, card.getAttribute('data-area') ?? '').toBe(true)
    }
    expect(cards.some((c) => c.getAttribute('data-area') === 'reform')).toBe(false)
    const row = screen.getByText('报告还写到（只有文字叙述）：').parentElement as HTMLElement
    expect(within(row).getByRole('link', { name: '重点改革' })).toHaveAttribute('href', '#/areas/reform')
  })

  it('says how the lead figures are chosen', async () => {
    const { user } = renderRoute('/areas')
    await user.click(await screen.findByText('主要数字如何选出'))
    expect(screen.getByText(/报告给出排名的数字/)).toBeVisible()
    expect(screen.getByText(/同一句中一起给出的数字算一项成果/)).toBeVisible()
  })

  it('opens an area page from the list', async () => {
    const { user } = renderRoute('/areas')
    await user.click(await screen.findByRole('link', { name: '工业' }))
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
    const dialog = await within(card).findByRole('dialog')
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

  it('heads an area page with its lead figures and their words, then the rest by what they measure', async () => {
    renderRoute('/areas/agriculture')
    const lead = await screen.findByRole('list', { name: '主要成果' })
    const items = within(lead).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('[data-value]')?.textContent)).toEqual([
      '10.63亿斤',
      '3.5万亩',
      '534处',
    ])
    expect(items[0]).toHaveTextContent('粮食播种面积129万亩,产量10.63亿斤')
    const output = screen.getByRole('region', { name: '产出与建设' })
    expect(within(output).getByText('129万亩')).toBeInTheDocument()
    expect(within(output).getByText('4,396亩')).toBeInTheDocument()
    expect(within(output).queryByText('10.63亿斤')).toBeNull() // a lead figure is not repeated below
    const firms = screen.getByRole('region', { name: '企业与市场主体' })
    expect(within(firms).getByText('10家')).toBeInTheDocument() // the derived sum sits with its inputs
    // its four projects on the way from signing to production, all built or running
    const projects = screen.getByRole('region', { name: '项目' })
    expect(within(projects).getByRole('heading', { name: '完工投产 (4)' })).toBeInTheDocument()
    expect(within(projects).getByRole('heading', { name: '前期 (0)' })).toBeInTheDocument()
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
    expect(await within(gap).findByRole('dialog')).toHaveTextContent('城市低保标准：8,100元')
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

  it('shows the problems and 2023 tasks whose sentence uses the area’s words, with the word and the way to it', async () => {
    renderRoute('/areas/agriculture')
    const plan = await screen.findByRole('region', { name: '报告中的问题和2023年任务' })
    const items = within(plan).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    const [problem] = items as [HTMLElement]
    expect(within(problem).getByText('问题')).toBeInTheDocument()
    expect(within(problem).getByText(/因提到“农业”/)).toBeInTheDocument()
    expect(problem.querySelector('q')).toHaveTextContent(
      '二是农业大而不精、稳而不强,工业产业链条短、科技含量低,服务业规模偏小、发展缓慢',
    )
    expect(within(problem).getByText('农业', { selector: 'b' })).toBeInTheDocument()
    expect(within(problem).getByRole('link', { name: /在原文中查看/ })).toHaveAttribute(
      'href',
      '#/source?hl=problem-2',
    )
  })

  it('names a task item by its task', async () => {
    renderRoute('/areas/business-environment')
    const plan = await screen.findByRole('region', { name: '报告中的问题和2023年任务' })
    expect(within(plan).getByText('2023年任务（一）')).toBeInTheDocument()
    expect(within(plan).getByText('市场主体', { selector: 'b' })).toBeInTheDocument()
  })

  it('leaves the panel out where no problem or task uses the area’s words', async () => {
    renderRoute('/areas/ecology')
    await screen.findByRole('region', { name: '原文摘录' })
    expect(screen.queryByRole('region', { name: '报告中的问题和2023年任务' })).toBeNull()
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
