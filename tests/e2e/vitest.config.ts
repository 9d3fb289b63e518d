import { defineConfig } from 'vitest/config'

// Journeys in real Chromium against the production build (dist/ served by `vite preview`, and the
// single-file build opened from file://). `npm run test:e2e` builds both first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false, // one browser at a time on a 2-core machine
    retry: process.env.CI ? 1 : 0,
    // A filter's counts follow as a deferred render: on a shared machine running the unit tests
    // beside the journeys that took over a second (seen once: the count still at 48 / 48 after 1 s).
    expect: { poll: { timeout: 5_000 } },
  },
})
