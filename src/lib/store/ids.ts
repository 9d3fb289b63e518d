// String ids, never auto-increment: records made in two browsers (or by two staff, once a server
// replicates them) must never collide. The time prefix makes ids of one client sort in creation order,
// which breaks ties between records written in the same millisecond.

let lastTime = 0
let seq = 0

function randomPart(): string {
  const bytes = new Uint8Array(6)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')
}

/** `${prefix}-` + time (base 36) + a per-millisecond counter + 12 random characters. */
export function newId(prefix: string, now: number = Date.now()): string {
  if (now > lastTime) {
    lastTime = now
    seq = 0
  } else {
    seq += 1 // same millisecond, or the clock stepped back: keep this client's order
  }
  const time = lastTime.toString(36).padStart(9, '0')
  return `${prefix}-${time}${seq.toString(36).padStart(4, '0')}${randomPart()}`
}

/** Newer first: by time stamp, then by id (this client's creation order). */
export function newerFirst<T extends { updatedAt: string; id: string }>(a: T, b: T): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** Drops keys whose value is undefined, so a record reads back exactly as it went into a JSON backup. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v
  return out as T
}
