import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DB_NAME } from '@/lib/store'
import { readHint } from '@/lib/user-data/hint'
import { resetUserStoreForTests, userStore } from '@/lib/user-data/open'
import { currentRoute, renderRoute } from '@/testing/render'

beforeEach(() => resetUserStoreForTests({ author: '统计局 测试' }))
afterEach(async () => {
  resetUserStoreForTests()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
})

const board = () => screen.findByRole('table', { name: /2023年各项目标/ })
const row = async (name: string) => {
  const link = await within(await board()).findByRole('link', { name })
  return link.closest('tr') as HTMLElement
}

describe('Monitoring: a first look with example data', () => {
  it('explains what to do, loads invented figures labelled as such, and removes them in one action', async () => {
    const { user } = renderRoute('/monitor')
    expect(await screen.findByRole('heading', { name: '还没有2023年的统计数据' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '试用示例数据' }))
    const retail = await row('社会消费品零售总额')
    expect(within(retail).getByText('1–6月')).toBeInTheDocument()
    expect(within(retail).getByText('正常')).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent('示例数据 · 非统计数据')
    // The red list names what is behind, worst first.
    const red = screen.getByRole('heading', { name: /滞后与预警/ }).parentElement as HTMLElement
    expect(within(red).getAllByRole('listitem')[0]).toHaveTextContent('滞后')
    await waitFor(() => expect(readHint().examples).toEqual(['chaoyang-2023']))

    await user.click(screen.getByRole('button', { name: '移除示例数据' }))
    expect(await screen.findByRole('heading', { name: '还没有2023年的统计数据' })).toBeInTheDocument()
    await waitFor(() => expect(readHint().examples).toEqual([]))
  })
})

describe('Monitoring: typing and pasting figures', () => {
  it('checks typed rows through the preview, names a rejected row, imports on confirm and undoes it', async () => {
    const { user } = renderRoute('/monitor')
    await screen.findByRole('heading', { name: '还没有2023年的统计数据' })
    await user.click(screen.getAllByRole('button', { name: '粘贴或录入' })[0] as HTMLElement)
    const grid = screen.getByRole('region', { name: '粘贴或录入' })
    await user.type(within(grid).getByRole('combobox', { name: '第 1 行 指标' }), '社零')
    await user.type(within(grid).getByRole('combobox', { name: '第 1 行 期间' }), '2023年1-3月')
    await user.type(within(grid).getByRole('textbox', { name: '第 1 行 累计增速（%）' }), '9.3')
    await user.type(within(grid).getByRole('combobox', { name: '第 2 行 指标' }), '房地产开发投资')
    await user.type(within(grid).getByRole('combobox', { name: '第 2 行 期间' }), '1-3月')
    await user.type(within(grid).getByRole('textbox', { name: '第 2 行 累计增速（%）' }), '2')
    await user.click(within(grid).getByRole('button', { name: '检查并预览' }))

    const preview = await screen.findByRole('region', { name: /导入预览/ })
    expect(within(preview).getByText('可导入 1 行')).toBeInTheDocument()
    expect(within(preview).getByText('未导入 1 行')).toBeInTheDocument()
    const rejected = within(preview)
      .getByText(/指标“房地产开发投资”不在报告的指标中/)
      .closest('li') as HTMLElement
    expect(rejected).toHaveTextContent('第 2 行')
    expect(screen.queryByRole('table', { name: /2023年各项目标/ })).toBeNull() // nothing written yet

    await user.click(within(preview).getByRole('button', { name: '确认导入 1 行' }))
    expect(await screen.findByText('已导入 1 个数字（录入表）。')).toBeInTheDocument()
    const retail = await row('社会消费品零售总额')
    expect(within(retail).getByText('9.3%')).toBeInTheDocument()
    expect(within(retail).getByText('预警')).toBeInTheDocument() // target 10%, 0.7 below: within 1 point

    await user.click(screen.getByRole('button', { name: '撤销这次导入' }))
    expect(await screen.findByText('已撤销导入“录入表”。')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: '还没有2023年的统计数据' })).toBeInTheDocument()
    const store = await userStore()
    expect((await store.imports.list({ kind: 'actuals' }))[0]).toMatchObject({
      undone: true,
      author: '统计局 测试',
    })
  })

  it('asks which figure stands when a file differs from a saved one', async () => {
    const store = await userStore()
    await store.actuals.set({
      reportId: 'chaoyang-2023',
      indicatorId: 'retail-sales',
      period: { year: 2023, month: 3 },
      growth: 3.1,
    })
    const { user } = renderRoute('/monitor')
    await row('社会消费品零售总额')
    await user.click(screen.getByRole('button', { name: '粘贴或录入' }))
    const grid = screen.getByRole('region', { name: '粘贴或录入' })
    await user.type(within(grid).getByRole('combobox', { name: '第 1 行 指标' }), '社零')
    await user.type(within(grid).getByRole('combobox', { name: '第 1 行 期间' }), '1-3月')
    await user.type(within(grid).getByRole('textbox', { name: '第 1 行 累计增速（%）' }), '3.5')
    await user.click(within(grid).getByRole('button', { name: '检查并预览' }))
    const preview = await screen.findByRole('region', { name: /导入预览/ })
    expect(within(preview).getByText('可导入 0 行')).toBeInTheDocument()
    const choice = within(preview).getByRole('group', { name: /1 个数字与已保存的不同/ })
    await user.click(within(choice).getByRole('radio', { name: /以文件为准/ }))
    expect(await within(preview).findByText('可导入 1 行')).toBeInTheDocument()
    await user.click(within(preview).getByRole('button', { name: '确认导入 1 行' }))
    const retail = await row('社会消费品零售总额')
    expect(await within(retail).findByText('3.5%')).toBeInTheDocument()
    const history = await store.actuals.history({ reportId: 'chaoyang-2023', indicatorId: 'retail-sales' })
    expect(history.map((h) => `${h.growth} ${h.state}`)).toEqual(['3.5 current', '3.1 superseded'])
  })
})

describe('Monitoring: one target', () => {
  it('shows the rule that gave its light and every figure with its source; an edit can be undone', async () => {
    const store = await userStore()
    await store.actuals.importRows(
      { reportId: 'chaoyang-2023', file: '1-6月主要指标.xlsx', sheet: '月报', by: '统计局 王' },
      [
        {
          reportId: 'chaoyang-2023',
          indicatorId: 'gdp',
          period: { year: 2023, month: 6 },
          growth: 6.2,
          sheet: '月报',
          row: 5,
        },
      ],
    )
    const { user } = renderRoute('/monitor/gdp')
    expect(await screen.findByRole('heading', { level: 1, name: '地区生产总值' })).toBeInTheDocument()
    expect(await screen.findByText(/累计增速 6.2%，目标 8.0%，差距 -1.8个百分点/)).toBeInTheDocument()
    const values = screen.getByRole('table', { name: '全部数据及来源' })
    expect(within(values).getByText('1-6月主要指标.xlsx')).toBeInTheDocument()
    expect(within(values).getByText('第 5 行')).toBeInTheDocument()
    expect(within(values).getByText('统计局 王')).toBeInTheDocument()
    expect(within(values).getByText('滞后')).toBeInTheDocument()

    await user.click(within(values).getByRole('button', { name: '更正' }))
    const form = screen.getByRole('form', { name: /更正这一期/ })
    const growth = within(form).getByRole('textbox', { name: '累计增速（%）' })
    await user.clear(growth)
    await user.type(growth, '7.5')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(await within(values).findByText('7.5%')).toBeInTheDocument()
    expect(within(values).getByText('预警')).toBeInTheDocument()

    await user.click(within(values).getByRole('button', { name: '修改记录' }))
    expect(await screen.findByText('当前')).toBeInTheDocument()
    expect(screen.getByText('已被更新')).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: '撤销' }))
    expect(await within(values).findByText('6.2%')).toBeInTheDocument()
    expect(currentRoute()).toBe('/monitor/gdp')
  })
})
