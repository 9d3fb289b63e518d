import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { usePrefs } from '@/lib/prefs/store'
import { renderWithProviders } from '@/testing/render'
import { Quantity } from '../quantity'

describe('Quantity', () => {
  it('never breaks a number from its unit ("CNY 11.36 / bn" once wrapped in a narrow card)', () => {
    usePrefs.setState({ lang: 'en' })
    renderWithProviders(<Quantity value={113.6} unit="亿元" />)
    const q = screen.getByText('CNY 11.36 bn')
    expect(q).toHaveClass('whitespace-nowrap')
    usePrefs.setState({ lang: 'zh' })
  })
})
