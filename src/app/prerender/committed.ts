import { useScreenCommitted } from '@/lib/routes/screen-committed'

/** Rendered after the screen in its Suspense boundary (../routes.tsx): see screen-committed.ts. */
export function ScreenCommitted() {
  useScreenCommitted()
  return null
}
