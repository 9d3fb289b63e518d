/**
 * Runs `task` once the page has loaded and the browser has a quiet moment (at most `wait` ms after
 * load): work that must not compete with the first visit.
 */
export function whenIdle(task: () => void, wait = 5000) {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => task(), { timeout: wait })
      : setTimeout(task, 1000)
  if (document.readyState === 'complete') idle()
  else addEventListener('load', idle, { once: true })
}
