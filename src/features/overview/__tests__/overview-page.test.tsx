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
    const gdp = await card('Gross domestic product (GDP)')
    expect(gdp.getByText('CNY 11.36 bn')).toBeInTheDocument()
    expect(gdp.getByText('+3.0 pp')).toBeInTheDocument()
    expect(gdp.getByText('2023 target')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 1, name: 'Chaoyang County Government Work Report 2023' }),
    ).toBeInTheDocument()
    expect(screen.getByText('CNY 17,357')).toBeInTheDocument()
  })

  it('opens a number’s verbatim quote, with a link to the passage', async () => {
    const { user } = renderRoute('/')
    const gdp = await card('地区生产总值')
    await user.click(gdp.getByRole('button', { name: '地区生产总值的出处' }))
    const dialog = screen.getByRole('dialog', { name: '地区生产总值的出处' })
    expect(dialog).toHaveTextContent('预计全年完成地区生产总值113.6亿元,增长5%')
    expect(within(dialog).getByRole('link', { name: /在原文中查看/ })).toHaveAttribute(
      'href',
      '#/source?hl=gdp-2022',
    )
  })

  it('explains a derived gap with its formula and inputs', async () => {
    const { user } = renderRoute('/')
    const gdp = await card('地区生产总值')
    await user.click(gdp.getByRole('button', { name: '地区生产总值目标与上年增速之差的出处' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('8% − 5%')
    expect(within(dialog).getByText(/地区生产总值增长目标/)).toHaveTextContent('8%')
    expect(within(dialog).getByText(/地区生产总值增长:/)).toHaveTextContent('5%')
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
