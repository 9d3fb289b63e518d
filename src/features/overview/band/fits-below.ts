/** Fewer than this many areas is not worth a band: it stays out of sight. */
export const MIN_SHOWN = 4

/**
 * How many of `el`'s list items (in order) fit between the content above it and the bottom of the
 * window (with #main's bottom padding), so that showing the band never makes the page scroll: all of
 * them where they fit (Chinese at 1920×1080), the first few where they do not (English, whose labels
 * are longer), 0 where not even MIN_SHOWN do. Measured out of flow (fixed, invisible), so measuring
 * changes neither the page's height nor its scroll bar, and put back as it was within one task (no
 * paint).
 */
export function mostThatFit(el: HTMLElement): number {
  const parent = el.parentElement
  const above = el.previousElementSibling
  if (!parent || !above) return 0
  const gap = Number.parseFloat(getComputedStyle(parent).rowGap) || 0
  const main = document.getElementById('main')
  const pad = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0
  const room = window.innerHeight - (above.getBoundingClientRect().bottom + window.scrollY + gap) - pad
  const items = [...el.querySelectorAll('li')]
  const saved = { css: el.style.cssText, hidden: el.hidden, items: items.map((li) => li.hidden) }
  el.hidden = false
  el.style.cssText = `position:fixed;top:0;left:0;visibility:hidden;width:${parent.clientWidth}px`
  let n = items.length
  const least = Math.min(MIN_SHOWN, items.length) // a report with fewer areas shows them all, or none
  for (const li of items) li.hidden = false
  while (n > least && el.offsetHeight > room) {
    n--
    const last = items[n]
    if (last) last.hidden = true
  }
  const fits = n >= least && n > 0 && el.offsetHeight > 0 && el.offsetHeight <= room
  el.style.cssText = saved.css
  el.hidden = saved.hidden
  items.forEach((li, i) => {
    li.hidden = saved.items[i] ?? false
  })
  return fits ? n : 0
}
