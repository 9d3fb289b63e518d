import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_REPORT } from '@/testing/data'
import { renderRoute } from '@/testing/render'

const REPORT = `data/${DEFAULT_REPORT.file}`

async function card(name: string) {
  return within(await screen.findByRole('article', { name }))
}

describe('Overview', () => {
  it('shows GDP’s level, growth, target and the derived gap', async () => {
    renderRoute('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: '朝阳县2023年政府工作报告' }),
    ).toBeInTheDocument()
    const gdp = await card('地区生产总值')
    expect(gdp.getByText('113.6亿元')).toBeInTheDocument()
    expect(gdp.getByText('5.0%')).toBeInTheDocument()
    expect(gdp.getByText('8.0%')).toBeInTheDocument()
    expect(gdp.getByText('+3.0个百分点')).toBeInTheDocument()
    expect(gdp.getByText('推算')).toBeInTheDocument()
    expect(gdp.getByText('预计')).toBeInTheDocument()
    expect(screen.getAllByRole('article')).toHaveLength(7)
  })

  it('shows the other indicators, including one with only a rate and a negative gap', async () => {
    renderRoute('/')
    expect((await card('农村居民人均可支配收入')).getByText('17,357元')).toBeInTheDocument()
    const va = await card('规上工业增加值')
    expect(va.getByText('报告仅给出增速')).toBeInTheDocument()
    expect(va.getByText('+5.0个百分点')).toBeInTheDocument()
    expect((await card('规上工业总产值')).getByText('-1.0个百分点')).toBeInTheDocument()
  })

  it('shows the headline counts from the dataset', async () => {
    renderRoute('/')
    const region = (name: string) => within(screen.getByRole('region', { name }))
    await screen.findByRole('region', { name: '招商引资' })
    expect(region('招商引资').getByText('75个')).toBeInTheDocument()
    expect(region('招商引资').getByText('38个')).toBeInTheDocument()
    expect(region('项目建设').getByText('180个')).toBeInTheDocument()
    expect(region('项目建设').getByText('295.7亿元')).toBeInTheDocument()
    expect(region('市场主体').getByText('2,650户')).toBeInTheDocument()
    expect(region('市场主体').getByText('2,700户以上')).toBeInTheDocument()
    expect(region('清洁能源').getByText('1,552兆瓦')).toBeInTheDocument()
    expect(region('省外资金').getByText('49.4亿元')).toBeInTheDocument()
  })

  it('switches to English in place', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('article', { name: '地区生产总值' })
    await user.click(screen.getByRole('button', { name: /语言/ }))
    const gdp = await card('Gross regional product (GRP)')
    expect(gdp.getByText('CNY 11.36 bn')).toBeInTheDocument()
    expect(gdp.getByText('+3.0 pp')).toBeInTheDocument()
    expect(gdp.getByText('2023 target')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 1, name: 'Chaoyang County Government Work Report 2023' }),
    ).toBeInTheDocument()
    expect(screen.getByText('CNY 17,357')).toBeInTheDocument()
  })

  it('has one quiet info mark per card, which opens its quotes and the gap’s formula together', async () => {
    const { user } = renderRoute('/')
    const gdp = await card('地区生产总值')
    expect(gdp.getAllByRole('button')).toHaveLength(1)
    await user.click(gdp.getByRole('button', { name: '地区生产总值的出处与计算方法' }))
    const dialog = await screen.findByRole('dialog', { name: '地区生产总值的出处与计算方法' })
    expect(dialog).toHaveTextContent('预计全年完成地区生产总值113.6亿元,增长5%')
    expect(dialog).toHaveTextContent('地区生产总值增长8%')
    const links = within(dialog).getAllByRole('link', { name: /在原文中查看/ })
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#/source?hl=gdp-2022',
      '#/source?hl=gdp-target-2023',
    ])
    expect(dialog).toHaveTextContent('8% − 5%')
    expect(within(dialog).getByText(/地区生产总值增长目标/)).toHaveTextContent('8%')
    expect(within(dialog).getByText(/地区生产总值增长：/)).toHaveTextContent('5%')
    // 推算 is a plain word beside the gap, not a box.
    expect(gdp.getByText('推算')).toHaveClass('derived-label')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('shows which target is the biggest stretch, on its card and in words', async () => {
    renderRoute('/')
    const revenue = await card('一般公共预算收入')
    expect(revenue.getByText('差距最大')).toBeInTheDocument()
    expect(screen.getAllByText('差距最大')).toHaveLength(1)
    expect(screen.getByTestId('biggest-stretch')).toHaveTextContent(
      '目标高出上年增速最多：一般公共预算收入（+9.6个百分点）',
    )
  })

  it('names every comparable-price series from the data, and shows the clean-energy rank', async () => {
    renderRoute('/')
    await card('地区生产总值')
    expect(screen.getByText(/地区生产总值、规上工业总产值、规上工业增加值为可比价增速/)).toBeInTheDocument()
    expect((await card('规上工业总产值')).getByText('可比价')).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: '清洁能源' })).getByText('全省各县第一'),
    ).toBeInTheDocument()
  })

  it('links to the Targets screen', async () => {
    renderRoute('/')
    expect(await screen.findByRole('link', { name: /2023年目标与任务/ })).toHaveAttribute('href', '#/targets')
  })
})

describe('Overview with a broken report file', () => {
  it('names the file and the field when the data breaks the schema', async () => {
    renderRoute('/', {
      data: {
        [REPORT]: (text) => {
          const data = JSON.parse(text)
          data.indicators[0].growth.value = 'five'
          return JSON.stringify(data)
        },
      },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('数据文件不符合数据格式')
    expect(alert).toHaveTextContent(REPORT)
    expect(alert).toHaveTextContent('indicators[0].growth.value')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  it('says so when the file is not JSON', async () => {
    renderRoute('/', { data: { [REPORT]: '{"schemaVersion": 1,' } })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('数据文件不是有效的 JSON')
    expect(alert).toHaveTextContent(REPORT)
  })

  it('says so when the file is missing (404)', async () => {
    renderRoute('/', { data: { [REPORT]: null } })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('数据文件缺失')
    expect(alert).toHaveTextContent(REPORT)
    expect(alert).toHaveTextContent('HTTP 404')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument()
  })
})
