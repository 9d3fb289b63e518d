import { CodeLoadError, failedUrl, isCodeLoadError } from './errors'

/** How long a chunk may take before the screen says so (a stalled request never ends by itself). */
export const CODE_TIMEOUT_MS = 30_000

/**
 * Runs a dynamic import; any failure (404, an HTML answer, no network) or no answer within `ms`
 * becomes a CodeLoadError, which the screen boundaries (src/components/screen-boundary.tsx) turn into a
 * message and a way out.
 */
export function loadCode<T>(load: () => Promise<T>, ms = CODE_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CodeLoadError('timeout', undefined)), ms)
    load().then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(isCodeLoadError(error) ? error : new CodeLoadError('failed', failedUrl(error), error))
      },
    )
  })
}
