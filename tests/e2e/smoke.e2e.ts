import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the built app', () => {
  it('opens without console errors or foreign requests, and an unknown route says so', async () => {
    const { page, errors, foreign, context } = await open(browser, '/no-such-page')
    await page.getByRole('heading', { name: '找不到此页面' }).waitFor()
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await context.close()
  })
})
