import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { realReport } from '@/testing/data'
import { currentRoute, renderRoute } from '@/testing/render'

const N = realReport().projects.length
const ENERGY = realReport().projects.filter((p) => p.sector === 'energy').length

// Role queries over the whole page are slow in jsdom; wait for the count, then take the one table.
async function table() {
  await screen.findByTestId('result-count', {}, { timeout: 10_000 })
  const el = document.querySelector('table')
  if (!el) throw new Error('no table')
  return el as HTMLElement
}
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1)
const count = () => screen.getByTestId('result-count').textContent

// The whole app renders in jsdom (lazy route, real data, charts): slower than a unit test.
describe('Projects explorer', { timeout: 20_000 }, () => {
  it('lists every named project in an accessible table with sortable headers', async () => {
    renderRoute('/projects')
    const t = await table()
    expect(screen.getByRole('table', { name: /项目列表/ })).toBe(t)
    expect(bodyRows(t)).toHaveLength(N)
    expect(count()).toBe(`显示 ${N} / ${N} 个项目`)
    expect(within(t).getByRole('columnheader', { name: /投资额/ })).toHaveAttribute('aria-sort', 'none')
  })

  it('filters by a sector and a stage: rows, count, chart bars and URL move together', async () => {
    const { user } = renderRoute('/projects')
    await table()
    const filters = screen.getByRole('form', { name: '筛选' })
    await user.click(
      within(within(filters).getByRole('group', { name: '领域' })).getByRole('checkbox', { name: /能源/ }),
    )
    await user.click(
      within(within(filters).getByRole('group', { name: '阶段' })).getByRole('checkbox', {
        name: /投产达效/,
      }),
    )
    await waitFor(() => expect(count()).toBe(`显示 2 / ${N} 个项目`))
    expect(currentRoute()).toBe('/projects?sector=energy&stage=producing')
    const names = bodyRows(await table()).map((r) => within(r).getByRole('rowheader').textContent)
    expect(names).toEqual(['晶澳300兆瓦光伏', '中电全域综合智慧能源'])
    // Each name links to its project's page, keeping the list's filters (a hash route, as the app reads).
    expect(
      within(await table())
        .getByRole('link', { name: '晶澳300兆瓦光伏' })
        .getAttribute('href'),
    ).toMatch(/^#\/projects\/[\w-]+\?sector=energy&stage=producing$/)
    // The stage chart ignores the stage filter (cross-filtering) and marks the chosen bar, in the
    // drawing and in its keyboard list (the charts follow the table in a deferred render).
    const stageChart = screen.getByRole('figure', { name: '各阶段项目数(点名项目)' })
    await waitFor(() =>
      expect(
        [...stageChart.querySelectorAll('[data-selected="true"]')].map((el) => el.getAttribute('data-group')),
      ).toEqual(['投产达效']),
    )
    expect(within(stageChart).getByRole('button', { name: '投产达效：2个' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // The sector chart ignores the sector filter: energy carries the stated-investment sum of producing energy projects.
    expect(screen.getByRole('button', { name: '移除筛选：领域 = 能源' })).toBeInTheDocument()
    // Honest totals follow the list: neither project states an investment.
    expect(screen.getByText('当前列表中没有列明投资额的项目。')).toBeInTheDocument()
  })

  it('clicking a chart bar filters by it and writes the URL', async () => {
    const { user, container } = renderRoute('/projects')
    await table()
    const bar = await waitFor(() => {
      const el = container.querySelector('[data-group="能源"]')
      if (!el) throw new Error('no bar yet')
      return el
    })
    await user.click(bar)
    await waitFor(() => expect(currentRoute()).toBe('/projects?sector=energy'))
    expect(count()).toBe(`显示 ${ENERGY} / ${N} 个项目`)
    // The pipeline stage buttons filter by the report's stages.
    await user.click(screen.getByRole('button', { name: '按“试生产”筛选' }))
    await waitFor(() => expect(currentRoute()).toBe('/projects?sector=energy&stage=trial'))
    expect(await screen.findByText('没有符合条件的项目：领域 = 能源 且 阶段 = 试生产')).toBeInTheDocument()
    expect(screen.getByText('去掉“领域 = 能源”可显示 2 个项目。')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '去掉“领域 = 能源”' }))
    await waitFor(() => expect(currentRoute()).toBe('/projects?stage=trial'))
    expect(count()).toBe(`显示 2 / ${N} 个项目`)
  })

  it('selects a chart category from the keyboard, as a bar click would', async () => {
    const { user } = renderRoute('/projects')
    await table()
    const sectorChart = screen.getByRole('figure', { name: '各领域投资额' })
    // The chart takes its table's place once drawn (src/components/charts/lazy-chart.tsx).
    const choices = await within(sectorChart).findByRole('group', { name: '按领域筛选' })
    const energy = within(choices).getByRole('button', { name: /^能源：/ })
    expect(energy).toHaveAttribute('aria-pressed', 'false')
    energy.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentRoute()).toBe('/projects?sector=energy'))
    expect(count()).toBe(`显示 ${ENERGY} / ${N} 个项目`)
    await waitFor(() =>
      expect(within(sectorChart).getByRole('button', { name: /^能源：/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    )
  })

  it('clears every filter with one action and removes single chips', async () => {
    const { user } = renderRoute('/projects?sector=energy,mining&q=储能')
    await table()
    expect(count()).toBe(`显示 2 / ${N} 个项目`)
    await user.click(screen.getByRole('button', { name: '移除筛选：领域 = 矿业' }))
    await waitFor(() => expect(currentRoute()).toBe('/projects?sector=energy&q=储能'))
    await user.click(screen.getAllByRole('button', { name: '清除全部筛选' })[0] as HTMLElement)
    await waitFor(() => expect(currentRoute()).toBe('/projects'))
    expect(count()).toBe(`显示 ${N} / ${N} 个项目`)
  })

  it('sorts by a header and moves between rows with the arrow keys; Enter opens the project', async () => {
    const { user } = renderRoute('/projects?sector=energy')
    const t = await table()
    await user.click(within(t).getByRole('button', { name: /投资额/ }))
    await waitFor(() =>
      expect(within(t).getByRole('columnheader', { name: /投资额/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    )
    const rows = bodyRows(t)
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('能建数科压缩空气储能')
    ;(rows[0] as HTMLElement).focus()
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(document.activeElement).toBe(bodyRows(t)[1]))
    await user.keyboard('{Enter}')
    await waitFor(() =>
      expect(currentRoute()).toBe(
        '/projects/zhongdian-energy-storage-station?sector=energy&sort=investment&dir=desc',
      ),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: '中电集中式储能电站' }, { timeout: 5000 }),
    ).toBeInTheDocument()
  })

  it('shows a notice for a bad ?stage= and falls back to all stages', async () => {
    renderRoute('/projects?stage=zzz')
    await table()
    expect(screen.getByText('链接中的参数无法识别，已忽略：stage=zzz')).toBeInTheDocument()
    expect(count()).toBe(`显示 ${N} / ${N} 个项目`)
  })

  it('shows the report’s pipeline counts and the honest investment comparison', async () => {
    renderRoute('/projects')
    await table()
    const pipeline = screen.getByRole('region', { name: '项目进度(报告统计数)' })
    for (const n of ['75个', '38个', '180个', '44个', '14个', '53个'])
      expect(within(pipeline).getAllByText(n).length).toBeGreaterThan(0)
    expect(within(pipeline).getByText('42个')).toBeInTheDocument() // 44 − 2 named
    const totals = screen.getByRole('region', { name: '报告总数与点名项目' })
    expect(within(totals).getByText('295.7亿元')).toBeInTheDocument()
    expect(within(totals).getByText('60.9亿元')).toBeInTheDocument()
    // Two different kinds of total: no share of one in the other, and the note says why.
    expect(within(totals).queryByText('20.6%')).not.toBeInTheDocument()
    expect(within(totals).getByText(/两者不是同一类总数/)).toBeInTheDocument()
    // 69 reads as a remainder computed here, with its caveat in sight.
    expect(within(totals).getByText(/180减去三类合计的余数/)).toBeInTheDocument()
    expect(within(totals).getByText(/仅当三类互不重叠/)).toBeInTheDocument()
  })

  it('exports the list as CSV named by what was filtered, the name first and the id last', async () => {
    const saved: { name: string; blob: Blob }[] = []
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({
        name: this.download,
        blob: (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0],
      })
    })
    const { user } = renderRoute('/projects?sector=energy&stage=producing')
    await table()
    await user.click(screen.getByRole('button', { name: '导出 CSV' }))
    click.mockRestore()
    expect(saved[0]?.name).toBe('项目列表-朝阳县2023年政府工作报告 - 领域 = 能源、阶段 = 投产达效.csv')
    const text = await saved[0]?.blob.text()
    const [head] = (text ?? '').replace(/^\uFEFF/, '').split('\r\n')
    expect(head?.startsWith('项目名称,')).toBe(true)
    expect(head?.endsWith(',编号')).toBe(true)
  })

  it('takes amounts in English in CNY million, the convention of the chart’s CNY 5.75 bn', async () => {
    const { user } = renderRoute('/projects?min=10')
    await table()
    await user.click(screen.getByRole('button', { name: /语言/ }))
    const filters = await screen.findByRole('form', { name: 'Filters' })
    expect(within(filters).getByText('Investment (CNY million)')).toBeInTheDocument()
    const min = within(filters).getByLabelText('Min')
    expect(min).toHaveValue(1000) // 10亿元 = CNY 1,000 M
    await user.clear(min)
    await user.type(min, '2000{Enter}')
    await waitFor(() => expect(currentRoute()).toBe('/projects?min=20'))
    // The chip says it as the chart does.
    expect(screen.getByRole('button', { name: 'Remove filter: Investment ≥ CNY 2 bn' })).toBeInTheDocument()
  })

  it('puts the result count beside the filters and the table before the charts', async () => {
    renderRoute('/projects')
    await table()
    const aside = screen.getByTestId('result-count').closest('aside') as HTMLElement
    expect(within(aside).getByRole('form', { name: '筛选' })).toBeInTheDocument()
    const list = screen.getByRole('region', { name: /项目列表/ })
    const chart = screen.getByRole('figure', { name: '各领域投资额' })
    expect(list.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shows a count on every sector and stage choice and turns off those that would show nothing', async () => {
    const { user } = renderRoute('/projects?stage=topped-out')
    await table()
    const filters = screen.getByRole('form', { name: '筛选' })
    const sectors = within(filters).getByRole('group', { name: '领域' })
    // Under 阶段 = 主体完工: 能源 1 (瑞博电力), 城市建设 2, 新材料 none.
    await waitFor(() =>
      expect(within(sectors).getByRole('checkbox', { name: /能源/ })).toHaveTextContent('能源1'),
    )
    expect(within(sectors).getByRole('checkbox', { name: /城市建设/ })).toHaveTextContent('城市建设2')
    // 新材料 is off: found and announced as unavailable, with why, and a click on it changes nothing.
    const materials = within(sectors).getByRole('checkbox', { name: /新材料/ })
    expect(materials).toHaveAttribute('aria-disabled', 'true')
    expect(materials).toHaveAccessibleDescription('在当前筛选下没有这类项目')
    expect(within(sectors).getByRole('checkbox', { name: /能源/ })).not.toHaveAttribute('aria-disabled')
    expect(within(sectors).getByRole('checkbox', { name: /能源/ })).not.toHaveAccessibleDescription()
    await user.click(materials)
    expect(currentRoute()).toBe('/projects?stage=topped-out')
    expect(materials).not.toBeChecked()
    // The report names no project at 签约: that stage is off whatever the filters.
    const stages = within(filters).getByRole('group', { name: '阶段' })
    expect(within(stages).getByRole('checkbox', { name: /^签约/ })).toHaveAttribute('aria-disabled', 'true')
    // A group chip chooses all of 在建; the URL keeps the stages, so old links still work.
    const building = within(stages).getByRole('button', { name: /在建/ })
    expect(building).toHaveAttribute('aria-pressed', 'mixed')
    await user.click(building)
    await waitFor(() => expect(currentRoute()).toBe('/projects?stage=topped-out,started,in-progress'))
    expect(building).toHaveAttribute('aria-pressed', 'true')
    expect(count()).toBe(`显示 10 / ${N} 个项目`)
  })

  it('says “amount not stated” for a sector whose projects state none, and gives the caveat', async () => {
    renderRoute('/projects?sector=materials')
    await table()
    const chart = screen.getByRole('figure', { name: '各领域投资额' })
    // Drawn as the label of a bar of no length, and offered to the keyboard in the same words.
    // The chart's table, standing in until the drawing replaces it, says it too: wait for the drawing.
    expect(await within(chart).findByRole('button', { name: '新材料：未列明金额' })).toBeInTheDocument()
    expect(within(chart).getAllByText('未列明金额').length).toBeGreaterThan(0)
    expect(within(chart).getByRole('button', { name: '能源：57.5亿元' })).toBeInTheDocument()
    expect(within(chart).getByText(/48 个项目中只有 6 个列明投资额/)).toBeInTheDocument()
  })

  it('words the caveat for what is left out: “none of them” when no project states an amount, nothing when all do', async () => {
    const { unmount } = renderRoute('/projects?stage=producing')
    await table()
    const producing = screen.getByRole('figure', { name: '各领域投资额' })
    // 投产达效: 5 projects, none with an amount: not "5 个项目中只有 0 个".
    await waitFor(() =>
      expect(
        within(producing).getByText('这 5 个项目都没有列明投资额，图中没有可比的金额。'),
      ).toBeInTheDocument(),
    )
    expect(within(producing).queryByText(/只有 0 个/)).toBeNull()
    unmount()
    renderRoute('/projects?stage=introduced')
    await table()
    // 引进: all 6 state an amount, so the sums leave nothing out and say no "only 6 of 6".
    const introduced = screen.getByRole('figure', { name: '各领域投资额' })
    await waitFor(() =>
      expect(within(introduced).getByRole('button', { name: '能源：57.5亿元' })).toBeInTheDocument(),
    )
    expect(introduced.querySelector('[data-chart-caveat]')).toBeNull()
  })

  it('counts in the pipeline panel the same rows the table lists at each stage', async () => {
    renderRoute('/projects?sector=energy')
    const t = await table()
    const topped = bodyRows(t).filter((r) => within(r).queryByText('主体完工'))
    expect(topped).toHaveLength(1) // 瑞博电力
    const pipeline = screen.getByRole('region', { name: '项目进度(报告统计数)' })
    await waitFor(() =>
      expect(pipeline.querySelector('[data-stage="topped-out"] [data-in-list]')).toHaveTextContent(
        '列表中 1 个',
      ),
    )
  })
})

describe('Project detail', () => {
  it('shows names, stage words, investment and the quote with a link to the source', async () => {
    renderRoute('/projects/nengjian-compressed-air-storage?sector=energy')
    expect(await screen.findByRole('heading', { level: 1, name: '能建数科压缩空气储能' })).toBeInTheDocument()
    expect(screen.getByText('Energy China Digital Tech compressed-air energy storage')).toBeInTheDocument()
    expect(screen.getByText('成功引进投资24亿元的能建数科压缩空气储能')).toBeInTheDocument()
    expect(screen.getByText('24亿元')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '在原文中查看 →' })).toHaveAttribute(
      'href',
      '#/source?hl=nengjian-compressed-air-storage',
    )
    expect(screen.getByRole('link', { name: '← 返回项目列表' })).toHaveAttribute(
      'href',
      '#/projects?sector=energy',
    )
    expect(screen.getByRole('link', { name: '中电集中式储能电站' })).toBeInTheDocument()
  })

  it('marks an inferred sector, and only the sector, when the report states the stage', async () => {
    renderRoute('/projects/hengtong-smart-security')
    await screen.findByRole('heading', { level: 1, name: '恒通智能安防' })
    const value = (term: string) =>
      screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement
    expect(value('领域')).toHaveTextContent('制造业 推断')
    const timeline = screen.getByRole('list', { name: '项目进度' })
    const current = timeline.querySelector('[aria-current="step"]')
    expect(current).toHaveTextContent(/^试生产$/)
  })

  it('shows the stage on a timeline, says when the investment is not stated, and relates only what relates', async () => {
    renderRoute('/projects/ruibo-power')
    await screen.findByRole('heading', { level: 1, name: '瑞博电力' })
    const timeline = screen.getByRole('list', { name: '项目进度' })
    expect(timeline.querySelector('[aria-current="step"]')).toHaveTextContent('主体完工')
    expect(within(timeline).getByText('在建')).toBeInTheDocument()
    const value = (term: string) =>
      screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement
    expect(value('投资额')).toHaveTextContent('报告未列明')
    const related = screen.getByRole('region', { name: '与该项目相关的数字' })
    // Not the industry section's 1,552兆瓦 or 66 key projects: the report ties no figure to 瑞博电力.
    expect(within(related).getByText('报告没有给出与该项目直接相关的数字。')).toBeInTheDocument()
    expect(within(related).queryByText('1,552兆瓦')).toBeNull()
    expect(within(related).getByRole('link', { name: /“工业”领域的全部数字/ })).toHaveAttribute(
      'href',
      '#/areas/industry',
    )
  })

  it('lists the figures the report ties to a project, with why', async () => {
    renderRoute('/projects/huaxiang-new-materials')
    const related = await screen.findByRole('region', { name: '与该项目相关的数字' })
    expect(within(related).getByText('53个')).toBeInTheDocument()
    expect(within(related).getByText('6个')).toBeInTheDocument()
    expect(within(related).getByText('15家')).toBeInTheDocument()
    expect(within(related).getAllByText('这一数字的原文点了该项目的名')).toHaveLength(2)
  })

  it('says so for an unknown id and links back to the list', async () => {
    renderRoute('/projects/nope')
    expect(await screen.findByText('找不到编号为“nope”的项目。')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '← 返回项目列表' })).toHaveAttribute('href', '#/projects')
  })
})
