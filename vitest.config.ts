import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts'

export default defineConfig({
  plugins: [catalogPlugin(), react()],
  resolve: { alias: [{ find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` }] },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Page tests load lazy chunks and the real dataset; on a loaded 2-core machine that takes seconds.
    testTimeout: 30_000,
  },
})
