/**
 * Loopback ports and polling for integration tests.
 *
 * Only 127.0.0.1 is ever used: tests must not listen on other interfaces or reach anything off
 * the machine.
 */
import { createServer } from 'node:net'
import type { Server } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/** The only address test servers bind to and clients connect to. */
export const LOOPBACK = '127.0.0.1'

/**
 * Returns a TCP port on 127.0.0.1 that was free a moment ago.
 *
 * The kernel picks the port (listen on port 0); the socket is closed before returning, so another
 * process may take it in between. Callers that spawn servers should retry on "address already in
 * use" rather than assume the port is still theirs.
 */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => resolve())
  })
  const address = server.address()
  await new Promise<void>(resolve => server.close(() => resolve()))
  if (address === null || typeof address === 'string') {
    throw new Error('freePort: the server reported no TCP address')
  }
  return address.port
}

/**
 * Starts `server` listening on 127.0.0.1 on a port the kernel picks, and returns the port. Unlike
 * {@link freePort} there is no window in which another process can take it, so use this for
 * servers running in the test process.
 */
export async function listenLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string') {
    throw new Error('listenLoopback: the server reported no TCP address')
  }
  return address.port
}

/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** What is being waited for, named in the timeout error ("registry on 127.0.0.1:5000"). */
  what: string
  /** Give up after this many milliseconds. Default 10 000: generous for a loaded CI machine. */
  timeoutMs?: number
  /** Pause between attempts in milliseconds. Default 25. */
  intervalMs?: number
}

/**
 * Calls `fn` until it returns a value other than `undefined`, `null` or `false`, and returns that
 * value.
 *
 * An exception thrown by `fn` counts as "not yet" (a refused connection while a server starts), but
 * it is kept and quoted in the timeout error, since it usually says why the wait failed. An
 * exception that should stop the wait at once (the process died) must be signalled by throwing a
 * {@link WaitAbortedError}.
 *
 * @throws Error naming `what` and the last failure when `timeoutMs` passes.
 */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: WaitForOptions
): Promise<T> {
  const { what, timeoutMs = 10_000, intervalMs = 25 } = options
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await fn()
      if (value !== undefined && value !== null && value !== false) return value
    } catch (err) {
      if (err instanceof WaitAbortedError) throw err
      lastError = err
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `; last error: ${lastError.message}` : ''
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`)
    }
    await sleep(intervalMs)
  }
}

/** Thrown from a {@link waitFor} callback to stop waiting at once instead of retrying. */
export class WaitAbortedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WaitAbortedError'
  }
}
