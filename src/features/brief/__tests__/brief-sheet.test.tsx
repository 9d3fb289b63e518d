import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { monitorBoard } from '@/lib/monitoring/board'
import { exampleActuals } from '@/lib/monitoring/example-data'
import type { ActualValue } from '@/lib/store'
import { realReport } from '@/testing/data'
import { renderWithProviders } from '@/testing/render'
import { BriefSheet } from '../components/brief-sheet'

const report = realReport()
const values: ActualValue[] = exampleActuals(report).map((r, i) => ({
  ...r,
  changeId: `c${i}`,
  source: { kind: 'example', at: '2023-07-01T00:00:00.000Z' },
}))

describe('the one-page brief', () => {
  it('lists the seven indicators with level, growth, target and gap, the source and no status without figures', () => {
    renderWithProviders(<BriefSheet report={report} board={null} />, { path: '/brief' })
    const table = screen.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(8)
    const gdp = within(table).getByRole('rowheader', { name: '地区生产总值' }).closest('tr')
    expect(gdp).toHaveTextContent(/113\.6亿元.*5\.0%.*8\.0%.*\+3\.0个百分点/)
    expect(within(table).queryByRole('columnheader', { name: '状态' })).toBeNull()
    expect(screen.getByText(/尚未录入2023年统计数据/)).toBeInTheDocument()
    expect(screen.getByText('来源：朝阳县2023年政府工作报告（数字均摘自报告原文）')).toBeInTheDocument()
    // Figures on paper carry no info buttons (nothing to click).
    expect(screen.queryAllByRole('button')).toHaveLength(0)
  })

  it('with figures, gives each indicator its light (word, not colour alone) and lists those behind', () => {
    const board = monitorBoard({ report, values, layer: 'example' })
    renderWithProviders(<BriefSheet report={report} board={board} />, { path: '/brief' })
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: '状态' })).toBeInTheDocument()
    const output = within(table).getByRole('rowheader', { name: '规上工业总产值' }).closest('tr')
    expect(output).toHaveTextContent('滞后')
    const red = screen.getByRole('heading', { name: `滞后与预警（${board.behind.length}）` })
    const list = red.parentElement?.querySelector('ol')
    expect(list?.children).toHaveLength(board.behind.length)
    expect(screen.getByText(/示例数据（虚构，非统计数据）/)).toBeInTheDocument()
  })
})
