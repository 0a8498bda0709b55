import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseBasic, runBackend } from './git-server-cgi.js'
import { runGit, runGitOk, writeTree } from './git-server-exec.js'
import { PushHolds, type HeldPush } from './git-server-hold.js'

export { gitTestEnv, runGit, runGitOk, type GitResult } from './git-server-exec.js'
export type { HeldPush } from './git-server-hold.js'

/** One HTTP request the git server answered, for assertions on auth and traffic. */
export interface GitRequest {
  method: string
  /** URL path without the query string, e.g. `/gitops.git/info/refs`. */
  path: string
  query: string
  /** HTTP status sent; 0 while the response is still being produced. */
  status: number
  /** Basic-auth username, or `''` when none was sent. */
  user: string
}

/** One commit as returned by {@link GitServer.log}. */
export interface GitCommit {
  sha: string
  subject: string
  body: string
  /** `Name <email>` of the author. */
  author: string
  /** `Name <email>` of the committer. */
  committer: string
}

/** A running loopback git smart-HTTP server backed by real `git http-backend`. */
export interface GitServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string
  /** Password required by Basic auth, or undefined when auth is off. */
  token: string | undefined
  /** Directory holding the bare repositories (`<root>/<name>.git`). */
  root: string
  /** Clone URL without credentials. */
  repoUrl(name: string): string
  /** Clone URL with credentials embedded; for test setup only, never for code under test. */
  authedUrl(name: string): string
  /** Creates a bare repo whose branch (default `main`) holds one commit with `files`. */
  createRepo(name: string, files: Record<string, string>, opts?: { branch?: string }): Promise<void>
  /** Content of `path` at `ref`, or undefined when the ref or path does not exist. */
  readFile(name: string, ref: string, path: string): Promise<string | undefined>
  /** Commits reachable from `ref`, newest first; throws when `ref` does not exist. */
  log(name: string, ref: string): Promise<GitCommit[]>
  /** Branch names (without `refs/heads/`), sorted. */
  branches(name: string): Promise<string[]>
  /** Every request received, in arrival order. */
  requests: GitRequest[]
  /** Makes the next `count` pushes to `name` fail in a pre-receive hook with `message`. */
  rejectNextPushes(name: string, count: number, message?: string): Promise<void>
  /** Holds the next push to `name` before git sees it, until the test releases or drops it. */
  holdNextPush(name: string): HeldPush
  /**
   * Adds a commit to `branch` (created from the default branch if missing) behind the HTTP
   * server's back, as a concurrent writer would. A `null` value deletes that file. Returns the sha.
   */
  commitDirect(
    name: string,
    branch: string,
    files: Record<string, string | null>,
    message: string
  ): Promise<string>
  /** Stops the server, kills running backends and deletes all repositories. */
  stop(): Promise<void>
}

// Lets commitDirect push through the reject hook without consuming the test's rejections.
const BYPASS_ENV = 'DIGEST_PROMOTE_HARNESS_BYPASS_HOOKS'
const REJECT_STATE = 'harness-reject-pushes.json'

/** Starts a git smart-HTTP server on a free 127.0.0.1 port. */
export async function startGitServer(
  opts: { token?: string; username?: string } = {}
): Promise<GitServer> {
  const base = await mkdtemp(join(tmpdir(), 'git-server-'))
  // Scratch work trees live outside GIT_PROJECT_ROOT so they are never served as repos.
  const root = join(base, 'repos')
  const scratch = join(base, 'scratch')
  await mkdir(root)
  await mkdir(scratch)
  const { token, username } = opts
  const requests: GitRequest[] = []
  const children = new Set<ChildProcess>()
  const holds = new PushHolds()

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const creds = parseBasic(req.headers.authorization)
    const entry: GitRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      status: 0,
      user: creds?.user ?? ''
    }
    requests.push(entry)
    const authorized =
      token === undefined ||
      (creds !== undefined &&
        creds.password === token &&
        (username === undefined || creds.user === username))
    if (!authorized) {
      entry.status = 401
      req.resume()
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' })
      res.end('Authentication required\n')
      return
    }
    void holds.pass(req, res, url.pathname).then(pass => {
      if (pass) runBackend(req, res, url, entry, root, children)
      else entry.status = 503
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Port 0 lets the kernel pick a free port, so there is no probe-then-bind race.
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`

  const bareDir = (name: string): string => join(root, `${normalizeName(name)}.git`)
  const existingBare = (name: string): string => {
    const dir = bareDir(name)
    if (!existsSync(dir)) throw new Error(`git-server: no repository named ${name}`)
    return dir
  }
  const identity = ['-c', 'user.name=Harness', '-c', 'user.email=harness@example.invalid']

  return {
    url,
    token,
    root,
    repoUrl: name => `${url}/${normalizeName(name)}.git`,
    authedUrl(name) {
      if (token === undefined) return `${url}/${normalizeName(name)}.git`
      const user = encodeURIComponent(username ?? 'x-access-token')
      return `http://${user}:${encodeURIComponent(token)}@127.0.0.1:${port}/${normalizeName(name)}.git`
    },
    requests,
    async createRepo(name, files, createOpts = {}) {
      const branch = createOpts.branch ?? 'main'
      const bare = bareDir(name)
      if (existsSync(bare)) throw new Error(`git-server: repository ${name} already exists`)
      await runGitOk(['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare])
      await runGitOk(['--git-dir', bare, 'config', 'http.receivepack', 'true'])
      const work = await mkdtemp(join(scratch, 'create-'))
      try {
        await runGitOk(['init', '--quiet', `--initial-branch=${branch}`, work])
        await writeTree(work, files)
        await runGitOk(['add', '--all'], { cwd: work })
        await runGitOk(
          [...identity, 'commit', '--quiet', '--allow-empty', '-m', 'Initial commit'],
          {
            cwd: work
          }
        )
        await runGitOk(['push', '--quiet', bare, `HEAD:refs/heads/${branch}`], { cwd: work })
      } finally {
        await rm(work, { recursive: true, force: true })
      }
    },
    async readFile(name, ref, path) {
      const result = await runGit([
        '--git-dir',
        existingBare(name),
        'cat-file',
        'blob',
        `${ref}:${path}`
      ])
      return result.code === 0 ? result.stdout : undefined
    },
    async log(name, ref) {
      const format = '--format=%H%x00%s%x00%b%x00%an <%ae>%x00%cn <%ce>%x1e'
      const out = await runGitOk(['--git-dir', existingBare(name), 'log', format, ref, '--'])
      return out
        .split('\x1e')
        .map(record => record.replace(/^\n/, ''))
        .filter(record => record !== '')
        .map(record => {
          const [sha = '', subject = '', body = '', author = '', committer = ''] =
            record.split('\0')
          return { sha, subject, body: body.replace(/\n+$/, ''), author, committer }
        })
    },
    async branches(name) {
      const out = await runGitOk([
        '--git-dir',
        existingBare(name),
        'for-each-ref',
        '--format=%(refname)',
        'refs/heads/'
      ])
      return out
        .split('\n')
        .filter(line => line !== '')
        .map(line => line.slice('refs/heads/'.length))
        .sort()
    },
    async rejectNextPushes(name, count, message = 'push rejected by test harness') {
      const bare = existingBare(name)
      const stateFile = join(bare, REJECT_STATE)
      await writeFile(stateFile, JSON.stringify({ remaining: count, message }))
      const hook = join(bare, 'hooks', 'pre-receive')
      await mkdir(dirname(hook), { recursive: true })
      await writeFile(hook, rejectHookScript(stateFile))
      await chmod(hook, 0o755)
    },
    holdNextPush: name => holds.add(normalizeName(name)),
    async commitDirect(name, branch, files, message) {
      const bare = existingBare(name)
      const work = await mkdtemp(join(scratch, 'commit-'))
      try {
        await runGitOk(['clone', '--quiet', bare, work])
        const remote = await runGit(
          ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${branch}`],
          {
            cwd: work
          }
        )
        await runGitOk(
          remote.code === 0
            ? ['checkout', '--quiet', '-B', branch, `origin/${branch}`]
            : ['checkout', '--quiet', '-b', branch],
          { cwd: work }
        )
        await writeTree(work, files)
        await runGitOk(['add', '--all'], { cwd: work })
        await runGitOk([...identity, 'commit', '--quiet', '--allow-empty', '-m', message], {
          cwd: work
        })
        await runGitOk(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], {
          cwd: work,
          env: { [BYPASS_ENV]: '1' }
        })
        return (await runGitOk(['rev-parse', 'HEAD'], { cwd: work })).trim()
      } finally {
        await rm(work, { recursive: true, force: true })
      }
    },
    async stop() {
      for (const child of children) child.kill('SIGKILL')
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
      await rm(base, { recursive: true, force: true })
    }
  }
}

/** Accepts `org/repo` style names; rejects anything that could escape the project root. */
function normalizeName(name: string): string {
  const bare = name.replace(/\.git$/, '')
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/.test(bare)) {
    throw new Error(`git-server: invalid repository name ${JSON.stringify(name)}`)
  }
  return bare
}

/**
 * A pre-receive hook in Node (absolute interpreter path, so PATH does not matter) that rejects
 * while the counter in `stateFile` is positive. Dynamic import keeps it valid as CJS or ESM.
 */
function rejectHookScript(stateFile: string): string {
  return `#!${process.execPath}
import('node:fs').then(fs => {
  try { fs.readFileSync(0) } catch {}
  if (process.env.${BYPASS_ENV} === '1') process.exit(0)
  const file = ${JSON.stringify(stateFile)}
  const state = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (state.remaining <= 0) process.exit(0)
  state.remaining -= 1
  fs.writeFileSync(file, JSON.stringify(state))
  process.stderr.write(state.message + '\\n')
  process.exit(1)
})
`
}
