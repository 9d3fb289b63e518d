/// <reference types="vite/client" />

/** A message catalog compiled at build time by scripts/vite-plugin-catalog.ts. */
declare module '*?catalog' {
  const messages: Record<string, unknown>
  export default messages
}
