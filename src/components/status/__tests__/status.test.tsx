import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { translateCommon } from '@/lib/i18n'
import { usePrefs } from '@/lib/prefs/store'
import { growthStatus, progressStatus } from '@/lib/status/rules'
import { DEFAULT_THRESHOLDS } from '@/lib/status/thresholds'
import { type StatusT, statusMessages } from '../i18n'
import { periodText } from '../period-text'
import { StatusLegend } from '../status-legend'
import { StatusLight } from '../status-light'
import { whyText } from '../why-text'

const zh: StatusT = (key, v) => statusMessages.translate('zh', key, v)
const en: StatusT = (key, v) => statusMessages.translate('en', key, v)

describe('a status light', () => {
  it('says its word next to a shape of its own, never colour alone', () => {
    render(
      <>
        <StatusLight status={{ light: 'green' }} />
        <StatusLight status={{ light: 'yellow' }} />
        <StatusLight status={{ light: 'red' }} />
        <StatusLight status={{ light: null, reason: 'no-actual' }} />
      </>,
    )
    for (const [word, light] of [
      ['正常', 'green'],
      ['预警', 'yellow'],
      ['滞后', 'red'],
      ['暂无数据', 'none'],
    ] as const)
      expect(screen.getByText(word).closest('[data-light]')?.querySelector('svg')?.dataset.lightIcon).toBe(
        light,
      )
  })

  it('speaks English when the reader does', () => {
    usePrefs.setState({ lang: 'en' })
    render(<StatusLight status={{ light: 'red' }} iconOnly />)
    expect(screen.getByText('Behind')).toHaveClass('sr-only')
  })
})

describe('the legend', () => {
  it('states both rules with the user’s thresholds filled in', () => {
    render(<StatusLegend thresholds={{ growthTolerance: 1.5, progressTolerance: 8 }} />)
    const legend = screen.getByText('三色规则').parentElement as HTMLElement
    expect(within(legend).getByText('低于目标不超过 1.5 个百分点')).toBeInTheDocument()
    expect(within(legend).getByText('低于目标超过 1.5 个百分点')).toBeInTheDocument()
    expect(within(legend).getByText('落后时序进度不超过 8 个百分点')).toBeInTheDocument()
    expect(within(legend).getAllByText('预警')).toHaveLength(2)
  })
})

describe('words of the status', () => {
  it('uses full-width punctuation in Chinese', () => {
    expect(zh('rule.progress-vs-time.formula')).toContain('；')
    expect(zh('rule.growth-vs-target.formula')).toContain('（百分点）')
  })

  it('names cumulative periods as the statistics bureau does', () => {
    const t = zh
    expect(periodText(t, { year: 2023, month: 6 })).toBe('2023年1–6月')
    expect(periodText(t, { year: 2023, month: 1 }, true)).toBe('1月')
    expect(periodText(en, { year: 2023, month: 3 })).toBe('Jan–Mar 2023')
  })

  it('explains a light with the numbers its rule used', () => {
    const t = zh
    expect(whyText(t, growthStatus(6.2, 7, DEFAULT_THRESHOLDS), 'zh')).toBe(
      '累计增速 6.2%，目标 7.0%，差距 -0.8个百分点；低于目标 1.0个百分点 以内为预警',
    )
    const progress = progressStatus({ cumulative: 1200, target: 2700, month: 6 })
    expect(whyText(t, progress, 'zh', '户主体')).toBe(
      '完成进度 44.4%（1,200户 ÷ 2,700户），时序进度 50.0%，差距 -5.56个百分点；落后 10.0个百分点 以内为预警',
    )
    expect(whyText(t, growthStatus(undefined, 7), 'zh')).toBe('暂无数据')
    expect(translateCommon('zh', 'loading')).toBeTruthy()
  })
})
