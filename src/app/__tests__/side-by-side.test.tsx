import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { resetUserStoreForTests } from '@/lib/user-data/open'
import { currentRoute, renderRoute } from '@/testing/render'
import { saveYearsFixtures } from '@/testing/years'

// Reports side by side (issue 13) in jsdom: the invented 朝阳县 2022 and 2024 reports and two other
// counties' 2023 reports (tests/fixtures/years, read through the ingest pipeline), saved in the store
// beside the built-in 2023 report.

afterEach(() => {
  resetUserStoreForTests()
  indexedDB.deleteDatabase('work-report-dashboard')
  localStorage.clear()
})

const card = (name: string) => screen.getByRole('article', { name })

describe('years of one county', () => {
  it('shows each indicator’s growth by year in its Overview card', { timeout: 60_000 }, async () => {
    await saveYearsFixtures(['chaoyang-2022', 'chaoyang-2024'])
    renderRoute('/')
    const line = await within(await screen.findByRole('article', { name: '地区生产总值' })).findByRole(
      'img',
      { name: /历年增速/ },
      { timeout: 20_000 },
    )
    expect(line).toHaveAccessibleName('地区生产总值历年增速：2021年 6.8%，2022年 5.0%，2023年 5.6%')
    expect(
      within(card('农村居民人均可支配收入')).getByRole('img', { name: /历年增速/ }),
    ).toHaveAccessibleName(/2021年 10.2%，2022年 5.8%，2023年 8.2%/)
  })

  it('sets last year’s target against this year’s result on Targets, with each number’s report', {
    timeout: 60_000,
  }, async () => {
    await saveYearsFixtures(['chaoyang-2022', 'chaoyang-2024'])
    const { user } = renderRoute('/targets')
    const section = await screen.findByRole('region', { name: '历年目标与完成' }, { timeout: 20_000 })
    const gdp2023 = section.querySelector('[data-check="2023:gdp"]') as HTMLElement
    expect(gdp2023).toHaveTextContent('8.0%')
    expect(gdp2023).toHaveTextContent('5.6%')
    expect(gdp2023).toHaveTextContent('-2.4个百分点')
    expect(gdp2023).toHaveTextContent('未完成')
    expect(gdp2023).toHaveTextContent('据《朝阳县2024年政府工作报告（虚构测试文本）》')
    // "未完成" holds "完成": the verdict is read from its own element, whole.
    expect(gdp2023.querySelector('[data-met]')).toHaveAttribute('data-met', 'false')
    const met = (id: string) => section.querySelector(`[data-check="${id}"] [data-met]`)
    expect(met('2023:fixed-asset-investment')).toHaveAttribute('data-met', 'true')
    expect(met('2023:fixed-asset-investment')).not.toHaveTextContent('未完成')
    expect(met('2022:industrial-output')).toHaveAttribute('data-met', 'true')
    expect(met('2022:industrial-output')).not.toHaveTextContent('未完成')
    // The result's quote, one click away, opens in its own report's text.
    await user.click(within(gdp2023).getByRole('button', { name: '地区生产总值2023年完成的出处' }))
    const dialog = await screen.findByRole('dialog', { name: '地区生产总值2023年完成的出处' })
    expect(dialog).toHaveTextContent('全年完成地区生产总值120.8亿元，增长5.6%')
    expect(within(dialog).getByRole('link', { name: /在原文中查看/ })).toHaveAttribute(
      'href',
      expect.stringContaining('report=chaoyang-2024'),
    )
  })
})

describe('counties of one year', () => {
  it('opens 各县对比 from the report switcher and lays the counties side by side', {
    timeout: 60_000,
  }, async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('article', { name: '地区生产总值' })
    expect(screen.queryByRole('combobox', { name: '选择报告' })).toBeNull()
    // Saved while the page is open: the switcher appears without a navigation.
    await saveYearsFixtures(['songchuan-2023', 'yunxi-2023'])
    await screen.findByRole('combobox', { name: '选择报告' }, { timeout: 20_000 })
    const switcher = screen.getByRole('group', { name: '选择报告' })
    await user.click(await within(switcher).findByRole('link', { name: '各县对比' }, { timeout: 20_000 }))
    expect(currentRoute()).toBe('/compare')
    const table = await screen.findByRole(
      'table',
      { name: '2022年主要指标与2023年目标' },
      { timeout: 20_000 },
    )
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers.slice(1).map((h) => h?.slice(0, 3))).toEqual(['朝阳县', '松川县', '云溪县'])
    const row = (key: string) => table.querySelector(`[data-row="${key}"]`) as HTMLElement
    expect(row('gdp')).toHaveTextContent('113.6亿元')
    expect(row('gdp')).toHaveTextContent('156.2亿元')
    expect(row('gdp')).toHaveTextContent('88.4亿元')
    expect(row('industrial-output').querySelector('[data-cell="songchuan-2023"]')).toHaveTextContent('未报告')
    expect(row('fixed-asset-investment').querySelector('[data-cell="yunxi-2023"]')).toHaveTextContent('-2.5%')
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: '主导航' })).toHaveTextContent('各县对比'),
    )
  })
})
