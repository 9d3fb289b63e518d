import { useEffect, useRef, useState } from 'react'
import { useSearchHeld } from '@/lib/routes/hash-location'
import {
  channelName,
  type DeckState,
  decode,
  hello,
  type SyncMessage,
  sameState,
  shouldApply,
  stateMessage,
} from '../model/sync'

// Carries the deck's state between the audience window and the presenter window. BroadcastChannel
// where the browser has it (every current one, also under file:// in Chromium); otherwise the two
// windows post to each other directly: the audience keeps the window it opened, the presenter has
// its opener.

type Link = { send: (m: SyncMessage) => void; close: () => void }

/** Windows this page opened (the presenter view), for the postMessage fallback. */
const opened = new Set<Window>()
export function rememberPeer(w: Window | null) {
  if (w) opened.add(w)
}

function openLink(name: string, receive: (m: SyncMessage) => void): Link {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name)
    channel.onmessage = (e) => {
      const m = decode(e.data)
      if (m) receive(m)
    }
    return { send: (m) => channel.postMessage(m), close: () => channel.close() }
  }
  const onMessage = (e: MessageEvent) => {
    const data = e.data as { channel?: unknown; message?: unknown } | null
    if (!data || data.channel !== name) return
    const m = decode(data.message)
    if (m) receive(m)
  }
  addEventListener('message', onMessage)
  return {
    send: (message) => {
      const peers = [...opened].filter((w) => !w.closed)
      const opener = window.opener as Window | null
      if (opener && !opener.closed) peers.push(opener)
      // '*': file:// pages have an opaque origin that no target origin names; the message carries
      // only slide numbers, and the receiver checks its channel and shape.
      for (const w of peers) w.postMessage({ channel: name, message }, '*')
    },
    close: () => removeEventListener('message', onMessage),
  }
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/**
 * Sends this window's deck state whenever it changes here, and applies the other window's changes
 * through `apply`. `connected` turns true once the other window has been heard from.
 */
export function useDeckSync(reportId: string, state: DeckState, apply: (s: DeckState) => void) {
  const self = useRef('')
  if (!self.current) self.current = newId()
  const link = useRef<Link | null>(null)
  const lastAt = useRef(0)
  const current = useRef(state)
  current.current = state
  const applied = useRef<DeckState | null>(null)
  const applyRef = useRef(apply)
  applyRef.current = apply
  const [connected, setConnected] = useState(false)

  const sendState = () => {
    const at = Math.max(Date.now(), lastAt.current + 1)
    lastAt.current = at
    link.current?.send(stateMessage(self.current, at, current.current))
  }

  // A hydrated deck joins the other window once it shows its link's slides (the query applied): until
  // then its state is the build's first slide, which the other window would follow.
  const held = useSearchHeld()
  // biome-ignore lint/correctness/useExhaustiveDependencies: sendState reads refs only
  useEffect(() => {
    if (held) return
    const l = openLink(channelName(reportId), (m) => {
      if (m.from === self.current) return
      setConnected(true)
      if (m.kind === 'hello') return sendState()
      if (!shouldApply(m, self.current, lastAt.current, current.current)) return
      lastAt.current = m.at
      applied.current = m.state
      applyRef.current(m.state)
    })
    link.current = l
    l.send(hello(self.current))
    return () => {
      l.close()
      link.current = null
    }
  }, [reportId, held])

  const key = `${state.index}|${state.blank}|${state.ids.join(',')}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the state
  useEffect(() => {
    if (held) return
    // A change that came from the other window is not sent back (no echo, no tug of war).
    if (applied.current && sameState(applied.current, current.current)) return
    applied.current = null
    sendState()
  }, [key, held])

  return { connected }
}
