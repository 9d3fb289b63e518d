import type { RootOptions } from 'react-dom/client'

/**
 * For both ways the app starts (render and hydrate). An error a boundary caught has been shown to
 * the reader with a way out, and ErrorBoundary has logged it as a warning: React's default would add
 * a console error for an expected, handled failure (a chunk missing after a redeploy).
 */
export const ROOT_OPTIONS = { onCaughtError: () => {} } satisfies RootOptions
