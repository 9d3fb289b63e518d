// Esc leaves the deck "back to where the user came from". The deck only ever replaces its history
// entry, so the entry before it is that place, if it is a view of this app (same document). The
// Navigation API tells us (Chromium, Edge); where it cannot (other browsers, or file:// whose origin
// is opaque), going to the Overview is the safe choice: history.back() might leave the app.

type NavEntry = { url: string | null; index: number }
type NavigationLike = { currentEntry: NavEntry | null; entries(): NavEntry[] }

export function previousIsThisApp(): boolean {
  const nav = (globalThis as { navigation?: NavigationLike }).navigation
  const current = nav?.currentEntry
  if (!nav || !current || current.index < 1) return false
  const prev = nav.entries()[current.index - 1]
  if (!prev?.url) return false
  const strip = (u: string) => u.split('#')[0]
  return strip(prev.url) === strip(location.href) && !new URL(prev.url).hash.startsWith('#/present')
}

export function leaveDeck(navigate: (to: string) => void): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  if (previousIsThisApp()) history.back()
  else navigate('/')
}
