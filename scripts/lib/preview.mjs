// Serves dist/ with `vite preview` for the length of a benchmark or a test run. Spawned through
// node_modules/.bin/vite (not npx) so the PID we stop is the server itself.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export async function waitFor(url, ms) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`)
}

/**
 * Starts the server; resolves to { url, stop }. `outDir`: another build folder than dist/ (a copy a
 * test changes, to see what the real server does with missing or replaced files).
 */
export async function startPreview(port, { outDir } = {}) {
  const url = `http://127.0.0.1:${port}/`
  // Something else answering on the port would be measured or tested instead of this build: refuse.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`port ${port} is already in use: stop that server or choose another port`)
  const server = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    [
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: ROOT, stdio: 'ignore' },
  )
  const exited = new Promise((_, reject) =>
    server.once('exit', (code) => reject(new Error(`vite preview exited (${code}); is port ${port} taken?`))),
  )
  exited.catch(() => {}) // only matters while we wait for it to come up
  // A server that never answered is ended here, or it would hold the port for whoever comes next.
  await Promise.race([waitFor(url, 20_000), exited]).catch((error) => {
    server.kill()
    throw error
  })
  // Ended by an exit code or by a signal (then exitCode stays null).
  const ended = () => server.exitCode !== null || server.signalCode !== null
  return {
    url,
    /** Resolves with the exit code when the server ends, for whatever reason. */
    exited: new Promise((done) => {
      if (ended()) done(server.exitCode ?? server.signalCode)
      else server.once('exit', (code, signal) => done(code ?? signal))
    }),
    stop: () =>
      new Promise((done) => {
        if (ended()) return done()
        server.once('exit', () => done())
        server.kill()
      }),
  }
}
