import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { LedgerFigure } from '../ledger-figure'

describe('LedgerFigure', () => {
  it('names its button as the figure’s source (a ledger row is read, not computed) and opens the file and row', async () => {
    const { user } = renderWithProviders(
      <LedgerFigure
        value={8000}
        label="年度计划投资"
        source={{
          file: '示例台账（虚构）.xlsx',
          sheet: '6月',
          row: 8,
          column: '计划投资',
          asOf: '2023-06-30',
        }}
      />,
    )
    const button = await screen.findByRole('button', { name: '年度计划投资的出处' })
    expect(screen.queryByRole('button', { name: /计算方法/ })).toBeNull()
    await user.click(button)
    expect(await screen.findByText('示例台账（虚构）.xlsx · 6月 · 第 8 行 · 计划投资')).toBeVisible()
  })
})
