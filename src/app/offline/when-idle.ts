/**
 * Runs `task` well after the page has loaded, when the browser has a quiet moment: work that must not
 * compete with the first visit. The service worker's install downloads the whole app (~1 MB), which
 * measured ~300 ms more Total Blocking Time on the Overview when it started at the first idle moment
 * after load; `after` ms later it starts once the page has settled.
 */
export function whenIdle(task: () => void, after = 8000) {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => task(), { timeout: 5000 })
      : setTimeout(task, 0)
  const later = () => setTimeout(idle, after)
  if (document.readyState === 'complete') later()
  else addEventListener('load', later, { once: true })
}
