import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import { GitCommandManager, type GitConfigEntry } from '../git/git-command-manager.js'
import type { Logger } from '../logger.js'

/** Where the GitOps repository comes from. */
export interface RepositorySource {
  /** `owner/name` to clone from the GitHub server; absent to use a checkout in the workspace. */
  repository?: string
  /** The checkout to use when not cloning (absolute). */
  path: string
  /** Token for clone and push; the checkout's own credentials are used when absent. */
  token?: string
  /** Branch to promote on; the repository's default branch when absent. */
  branch?: string
  /** GitHub server, e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string
}

/** An open GitOps repository: a work tree on the base branch. */
export interface OpenRepository {
  root: string
  git: GitCommandManager
  /** The branch promotions land on or target with pull requests. */
  baseBranch: string
  /** Commit of the base branch when opened. */
  baseSha: string
  /** Removes the temporary clone. */
  close(): Promise<void>
}

/** What to clone, and with which settings. */
interface Origin {
  url: string
  branch?: string
  /** Settings carried from the user's checkout (how to reach and authenticate to its remote). */
  config: GitConfigEntry[]
  /** Directory of gitops-path inside its repository ('' at the top). */
  prefix: string
  /** What to name in a clone failure, and how to fix it. */
  what: string
  fix: string
}

/**
 * Clones the base branch as the remote has it into a temporary directory:
 * `owner/name` from the GitHub server, or the remote (`origin`) of the checkout at
 * `gitops-path`. The user's checkout is only read, never written: its branch,
 * index, refs, config and files stay byte-identical whatever happens to the run
 * (a `kill -9` leaves at most a temporary directory behind).
 */
export async function openRepository(
  src: RepositorySource,
  opts: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<OpenRepository> {
  const auth = src.token ? { serverUrl: src.serverUrl, token: src.token } : undefined
  const origin: Origin = src.repository
    ? {
        url: `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}.git`,
        branch: src.branch,
        config: [],
        prefix: '',
        what: src.repository,
        fix: 'check gitops-repository and that gitops-token may read it (contents: read)'
      }
    : await inspectCheckout(src, opts)
  const tmp = await mkdtemp(path.join(opts.env.RUNNER_TEMP ?? os.tmpdir(), 'digest-promote-'))
  const top = path.join(tmp, 'repo')
  const close = () => rm(tmp, { recursive: true, force: true })
  try {
    const gitOpts = { logger: opts.logger, env: opts.env, auth, config: origin.config }
    let git = await GitCommandManager.create(top, gitOpts)
    await git.clone(origin.url, origin.branch, 1).catch((err: Error) => {
      throw new PromoteError(`cloning ${origin.what}: ${err.message}; ${origin.fix}`)
    })
    const root = path.join(top, origin.prefix)
    if (origin.prefix !== '') git = await GitCommandManager.create(root, gitOpts)
    const baseBranch = origin.branch ?? (await git.currentBranch()) ?? 'main'
    const baseSha = await git.head()
    if (!src.repository) await noteLocalWork(src.path, baseBranch, baseSha, opts)
    return { root, git, baseBranch, baseSha, close }
  } catch (err) {
    await close()
    throw err
  }
}

/**
 * Reads (only) the user's checkout: its branch, its `origin`, and the settings that
 * reach that remote (actions/checkout leaves its token as a local `extraheader`).
 */
async function inspectCheckout(
  src: RepositorySource,
  opts: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<Origin> {
  const kind = await pathKind(src.path)
  if (kind !== 'directory') {
    throw new PromoteError(
      `input 'gitops-path': ${src.path} ${kind === 'missing' ? 'does not exist' : 'is not a directory'}; check out the GitOps repository there, or set gitops-repository`,
      2
    )
  }
  const git = await readOnlyGit(src.path, opts)
  const prefix = await git.exec(['rev-parse', '--show-prefix'], { allowFail: true })
  if (prefix.exitCode !== 0 || !(await git.tryRevParse('HEAD'))) {
    throw new PromoteError(
      `input 'gitops-path': ${src.path} is not a git checkout; check out the GitOps repository or set gitops-repository`,
      2
    )
  }
  const branch = src.branch ?? (await git.currentBranch())
  if (!branch) {
    throw new PromoteError(
      `input 'gitops-branch': ${src.path} is on a detached HEAD; set gitops-branch`,
      2
    )
  }
  const remote = await git.exec(['config', '--get', 'remote.origin.url'], { allowFail: true })
  let url = remote.stdout.trim()
  if (remote.exitCode !== 0 || url === '') {
    throw new PromoteError(
      `input 'gitops-path': ${src.path} has no remote 'origin' to promote to; add it (git remote add origin URL) or set gitops-repository`,
      2
    )
  }
  // A local remote path is relative to the checkout's top, not to where the clone runs.
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !/^[^/]+:/.test(url)) {
    const top = (await git.exec(['rev-parse', '--show-toplevel'])).stdout.trim()
    url = path.resolve(top, url)
  }
  return {
    url,
    branch,
    config: await remoteSettings(git, src.token !== undefined, opts.logger),
    prefix: prefix.stdout.trim(),
    what: `branch ${branch} of ${src.path}'s origin`,
    fix: 'push the branch first, set gitops-branch, or give gitops-token a token that may read it (contents: read)'
  }
}

/** Whether the checkout path is a directory: git would otherwise fail with its spawn's `cwd` error. */
async function pathKind(dir: string): Promise<'directory' | 'other' | 'missing'> {
  try {
    return (await stat(dir)).isDirectory() ? 'directory' : 'other'
  } catch {
    return 'missing'
  }
}

/** Git for reading the user's checkout: optional locks off, so not even `status` rewrites the index. */
function readOnlyGit(
  dir: string,
  opts: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<GitCommandManager> {
  return GitCommandManager.create(dir, {
    logger: opts.logger,
    env: { ...opts.env, GIT_OPTIONAL_LOCKS: '0' }
  })
}

/**
 * The checkout's own `http.*`, `credential.*` and `url.*` settings (includes followed,
 * as actions/checkout v6 keeps its header in an included file). With a token, the
 * checkout's credentials give way to it: two Authorization headers would be refused.
 */
async function remoteSettings(
  git: GitCommandManager,
  hasToken: boolean,
  logger: Logger
): Promise<GitConfigEntry[]> {
  const out = await git.exec(
    ['config', '--local', '--includes', '--null', '--get-regexp', '^(http|credential|url)\\.'],
    { allowFail: true }
  )
  const entries: GitConfigEntry[] = []
  for (const record of out.stdout.split('\0')) {
    const nl = record.indexOf('\n')
    if (nl <= 0) continue
    const key = record.slice(0, nl)
    const value = record.slice(nl + 1)
    const secret = /extraheader$/i.test(key)
    if (hasToken && (secret || key.startsWith('credential.'))) continue
    if (secret) {
      logger.setSecret(value)
      logger.setSecret(value.split(/\s+/).pop() ?? '')
    }
    entries.push({ key, value })
  }
  return entries
}

/** Says, once, that the checkout's own commits and changes are not part of the promotion. */
async function noteLocalWork(
  dir: string,
  branch: string,
  baseSha: string,
  opts: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<void> {
  const git = await readOnlyGit(dir, opts)
  const head = await git.tryRevParse('HEAD')
  const status = await git.exec(['status', '--porcelain'], { allowFail: true })
  if (head === baseSha && status.stdout.trim() === '') return
  opts.logger.info(
    `${dir} has commits or changes that origin/${branch} does not; the promotion starts from origin/${branch} (${baseSha.slice(0, 12)}) and leaves the checkout as it is`
  )
}
