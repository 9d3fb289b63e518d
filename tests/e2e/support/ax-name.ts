import type { CDPSession, Locator } from 'playwright-core'

/**
 * The name and description Chromium's own accessibility tree gives an element: what a screen
 * reader is told, CSS-generated text included (Playwright's role queries compute names themselves).
 */
export async function accessibleNameOf(el: Locator): Promise<{ name: string; description: string }> {
  const page = el.page()
  const mark = `ax-${Math.random().toString(36).slice(2)}`
  await el.evaluate((node, m) => node.setAttribute('data-ax-probe', m), mark)
  let cdp: CDPSession | undefined
  try {
    cdp = await page.context().newCDPSession(page)
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-ax-probe="${mark}"]`,
    })
    if (!nodeId) throw new Error('accessibleNameOf: the element left the page')
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
    const ax = nodes[0]
    return { name: String(ax?.name?.value ?? ''), description: String(ax?.description?.value ?? '') }
  } finally {
    await cdp?.detach()
    await el.evaluate((node) => node.removeAttribute('data-ax-probe')).catch(() => {})
  }
}
