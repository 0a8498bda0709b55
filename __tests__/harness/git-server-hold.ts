import type { IncomingMessage, ServerResponse } from 'node:http'

/** A push the git server keeps waiting, so a test can act (e.g. `kill -9` the client) mid-push. */
export interface HeldPush {
  /** Resolves once a push to the repository has arrived and is being held. */
  arrived: Promise<void>
  /** Lets the held push through to `git http-backend`. */
  release(): void
  /** Answers the held push with 503 (or nothing, if the client is gone); the repository is untouched. */
  drop(): void
}

interface Waiting {
  path: string
  arrived: () => void
  decided: Promise<'release' | 'drop'>
}

/** The holds a git server keeps; one hold catches the next `git-receive-pack` POST to its repository. */
export class PushHolds {
  private readonly waiting: Waiting[] = []

  /** Holds the next push to the repository served at `/<name>.git`. */
  add(name: string): HeldPush {
    let arrived = (): void => undefined
    let decide: (what: 'release' | 'drop') => void = () => undefined
    const arrival = new Promise<void>(resolve => (arrived = resolve))
    const decided = new Promise<'release' | 'drop'>(resolve => (decide = resolve))
    this.waiting.push({ path: `/${name}.git/git-receive-pack`, arrived, decided })
    return { arrived: arrival, release: () => decide('release'), drop: () => decide('drop') }
  }

  /**
   * Waits while `req` is a held push; resolves true when it may proceed, false when it was
   * dropped (and answered).
   */
  async pass(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (req.method !== 'POST') return true
    const index = this.waiting.findIndex(w => w.path === path)
    if (index < 0) return true
    const [hold] = this.waiting.splice(index, 1)
    hold.arrived()
    if ((await hold.decided) === 'release') return true
    req.resume()
    if (!res.destroyed) res.writeHead(503, { 'Content-Type': 'text/plain' }).end('push dropped\n')
    return false
  }
}
