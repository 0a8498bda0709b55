/**
 * A real registry per test suite: Debian's `docker-registry` (CNCF distribution 2.8) on a free
 * loopback port, with its own config and storage in a temporary directory.
 *
 * The Debian default config is never used: it listens on :5000 on every interface and its
 * htpasswd path is a directory, so every request would get 401 (registry-lab.md pitfall 11).
 */
import bcrypt from 'bcryptjs'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { LOOPBACK, WaitAbortedError, freePort, waitFor } from './ports.js'
import { startTokenServer } from './token-server.js'
import type { TokenServer, TokenServerOptions } from './token-server.js'
import { requireTool } from './tools.js'

/** How clients must authenticate: not at all, htpasswd Basic, or bearer tokens. */
export type AuthMode = 'none' | 'basic' | 'token'

/** Options of {@link startRegistry}. */
export interface StartRegistryOptions {
  /** Auth mode. Default `none`. */
  auth?: AuthMode
  /** Users and passwords for `basic` and `token`. Default one user `alice` with a random password. */
  users?: Record<string, string>
  /** Allow `DELETE` of manifests and blobs (otherwise 405). Default true. */
  deleteEnabled?: boolean
  /** Token server settings for `token` mode (grants, anonymous pull, token lifetime). */
  token?: Omit<TokenServerOptions, 'dir' | 'users'>
}

/** One line of the registry's access log (Apache combined format on its stdout). */
export interface AccessLogEntry {
  /** HTTP method. */
  method: string
  /** Request path with query string. */
  path: string
  /** Response status. */
  status: number
  /** The raw log line. */
  line: string
}

/** A running registry. Structurally a `RegistryTarget` of `images.ts`. */
export interface TestRegistry {
  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  host: string
  /** `http://127.0.0.1:PORT`. */
  url: string
  /** Auth mode it was started with. */
  auth: AuthMode
  /** The first user, `alice` by default. Set in every mode so tests need no branches. */
  username: string
  /** Password of {@link TestRegistry.username}. */
  password: string
  /** All users and passwords. */
  users: Record<string, string>
  /** Temporary directory holding config, storage and logs; removed by `stop()`. */
  dir: string
  /** Token server, in `token` mode only. */
  tokenServer?: TokenServer
  /**
   * Access log lines received so far. The registry writes a line as it answers, so the last
   * request may be missing for a moment; use {@link TestRegistry.syncAccessLog} before counting.
   */
  accessLog(): AccessLogEntry[]
  /**
   * Sends a marker request, waits until its log line arrives and returns the access log: every
   * request answered before the call is then in it. Marker requests are left out.
   */
  syncAccessLog(): Promise<AccessLogEntry[]>
  /** Forgets the access log lines received so far. */
  clearAccessLog(): void
  /** `127.0.0.1:PORT/<repo>:<tag>`, or `…/<repo>@<digest>` when `reference` is a digest. */
  ref(repo: string, reference: string): string
  /** SIGTERM by PID, wait for exit, stop the token server, remove the directory. Idempotent. */
  stop(): Promise<void>
}

const ACCESS_LINE = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3}) /
const SYNC_MARKER = 'harness-sync='

/**
 * Starts a registry and waits until `GET /v2/` answers 200 (or 401 with auth).
 *
 * @throws Error with the last lines of the registry's stderr when it does not come up.
 */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const bin = requireTool('docker-registry', 'apt-get install -y docker-registry')
  const auth = options.auth ?? 'none'
  const users = options.users ?? { alice: randomBytes(12).toString('hex') }
  const [username, password] = Object.entries(users)[0] ?? ['', '']
  const dir = await mkdtemp(join(tmpdir(), 'digest-promote-registry-'))
  let tokenServer: TokenServer | undefined
  try {
    let authBlock = ''
    if (auth === 'token') {
      await mkdir(join(dir, 'pki'))
      tokenServer = await startTokenServer({ ...options.token, dir: join(dir, 'pki'), users })
      authBlock = tokenAuthConfig(tokenServer)
    } else if (auth === 'basic') {
      authBlock = await basicAuthConfig(dir, users)
    }
    const { child, port, log } = await spawnReady(
      bin,
      dir,
      auth,
      options.deleteEnabled ?? true,
      authBlock
    )
    const url = `http://${LOOPBACK}:${port}`
    let syncs = 0
    let stopped: Promise<void> | undefined
    return {
      host: `${LOOPBACK}:${port}`,
      url,
      auth,
      username,
      password,
      users,
      dir,
      tokenServer,
      accessLog: () => [...log.entries],
      syncAccessLog: async () => {
        const marker = `${SYNC_MARKER}${++syncs}`
        await (await fetch(`${url}/v2/?${marker}`)).arrayBuffer()
        await waitFor(() => log.markers.has(marker), { what: `access log line ${marker}` })
        return [...log.entries]
      },
      clearAccessLog: () => {
        log.entries.length = 0
      },
      ref: (repo, reference) =>
        `${LOOPBACK}:${port}/${repo}${reference.includes(':') ? '@' : ':'}${reference}`,
      stop: () => {
        stopped ??= (async () => {
          await terminate(child)
          await tokenServer?.stop()
          await rm(dir, { recursive: true, force: true })
        })()
        return stopped
      }
    }
  } catch (err) {
    await tokenServer?.stop()
    await rm(dir, { recursive: true, force: true })
    throw err
  }
}

async function basicAuthConfig(dir: string, users: Record<string, string>): Promise<string> {
  // Cost 4: the registry checks bcrypt on every request with no cache (pitfall 14).
  const lines = Object.entries(users).map(([u, p]) => `${u}:${bcrypt.hashSync(p, 4)}\n`)
  await writeFile(join(dir, 'htpasswd'), lines.join(''))
  return `auth: {htpasswd: {realm: digest-promote-test, path: ${q(join(dir, 'htpasswd'))}}}`
}

function tokenAuthConfig(ts: TokenServer): string {
  return (
    `auth: {token: {realm: ${q(ts.realm)}, service: ${q(ts.service)}, ` +
    `issuer: ${q(ts.issuer)}, rootcertbundle: ${q(ts.certPath)}}}`
  )
}

interface AccessLog {
  entries: AccessLogEntry[]
  markers: Set<string>
}

/**
 * Spawns the registry until one comes up. A port from `freePort()` can be taken before the
 * registry binds it, so "address already in use" is retried on a new port.
 */
async function spawnReady(
  bin: string,
  dir: string,
  auth: AuthMode,
  deleteEnabled: boolean,
  authBlock: string
): Promise<{ child: ChildProcess; port: number; log: AccessLog }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const configPath = join(dir, 'config.yml')
    await writeFile(configPath, configYaml(dir, port, deleteEnabled, authBlock))
    const stderrPath = join(dir, `registry-stderr-${attempt}.log`)
    const stderrFd = openSync(stderrPath, 'w')
    const child = spawn(bin, ['serve', configPath], {
      stdio: ['ignore', 'pipe', stderrFd],
      env: registryEnv()
    })
    closeSync(stderrFd)
    const log: AccessLog = { entries: [], markers: new Set() }
    collectAccessLog(child, log)
    let exit: string | undefined
    child.once('exit', (code, signal) => {
      exit = `exited with ${signal ?? `code ${code}`}`
    })
    child.once('error', err => {
      exit = `failed to start: ${err.message}`
    })
    try {
      await waitFor(
        async () => {
          if (exit !== undefined) throw new WaitAbortedError(exit)
          // The marker keeps readiness probes out of the access log that tests count.
          const res = await fetch(`http://${LOOPBACK}:${port}/v2/?${SYNC_MARKER}probe`)
          await res.arrayBuffer()
          return res.status === (auth === 'none' ? 200 : 401)
        },
        { what: `docker-registry on ${LOOPBACK}:${port}`, timeoutMs: 15_000 }
      )
      return { child, port, log }
    } catch (err) {
      await terminate(child)
      const tail = lastLines(stderrPath, 20)
      if (attempt < 3 && tail.includes('address already in use')) continue
      const reason = err instanceof Error ? err.message : String(err)
      throw new Error(`docker-registry did not start (${reason}); stderr ends with:\n${tail}`, {
        cause: err
      })
    }
  }
}

function configYaml(dir: string, port: number, deleteEnabled: boolean, authBlock: string): string {
  return [
    'version: 0.1',
    'log: {level: info, formatter: text, accesslog: {disabled: false}}',
    'storage:',
    `  filesystem: {rootdirectory: ${q(join(dir, 'data'))}}`,
    `  delete: {enabled: ${deleteEnabled}}`,
    '  maintenance: {uploadpurging: {enabled: false}}',
    `http: {addr: ${q(`${LOOPBACK}:${port}`)}, secret: ${q(randomBytes(16).toString('hex'))}}`,
    authBlock,
    ''
  ].join('\n')
}

/** JSON strings are valid YAML double-quoted scalars, so paths need no further escaping. */
function q(value: string): string {
  return JSON.stringify(value)
}

/** `REGISTRY_*` variables override the config file, so a developer's shell must not leak in. */
function registryEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_'))
  )
}

function collectAccessLog(child: ChildProcess, log: AccessLog): void {
  let pending = ''
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop()!
    for (const line of lines) {
      const match = ACCESS_LINE.exec(line)
      if (match === null) continue
      const path = match[2]
      const marker = path.indexOf(SYNC_MARKER)
      if (marker >= 0) log.markers.add(path.slice(marker))
      else log.entries.push({ method: match[1], path, status: Number(match[3]), line })
    }
  })
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  process.kill(child.pid, 'SIGTERM')
  const done = await Promise.race([exited.then(() => true), sleep(5_000, false, { ref: false })])
  if (!done) {
    process.kill(child.pid, 'SIGKILL')
    await exited
  }
}

function lastLines(path: string, count: number): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-count).join('\n')
  } catch {
    return '(no stderr log)'
  }
}
