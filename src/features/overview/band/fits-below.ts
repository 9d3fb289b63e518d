/**
 * Whether `el`, laid out at its parent's width, fits between the content above it and the bottom of
 * the window (with #main's bottom padding), so that showing it never makes the page scroll. Measured
 * out of flow (fixed, invisible), so measuring changes neither the page's height nor its scroll bar.
 */
export function fitsBelow(el: HTMLElement): boolean {
  const parent = el.parentElement
  const above = el.previousElementSibling
  if (!parent || !above) return false
  const gap = Number.parseFloat(getComputedStyle(parent).rowGap) || 0
  const main = document.getElementById('main')
  const pad = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0
  const top = above.getBoundingClientRect().bottom + window.scrollY + gap
  // Laid out for a moment at its width, out of flow, then put back as it was (within one task: no paint).
  const saved = el.style.cssText
  const hidden = el.hidden
  el.hidden = false
  el.style.cssText = `position:fixed;top:0;left:0;visibility:hidden;width:${parent.clientWidth}px`
  const height = el.offsetHeight
  el.style.cssText = saved
  el.hidden = hidden
  return height > 0 && top + height + pad <= window.innerHeight
}
