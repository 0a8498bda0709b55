import * as exec from '@actions/exec'
import * as io from '@actions/io'
import { PromoteError } from '../errors.js'
import type { Logger } from '../logger.js'

/** Result of one git invocation. */
export interface GitOutput {
  exitCode: number
  stdout: string
  stderr: string
}

/** Who commits: passed with `-c` on each commit, never written to the repository's config. */
export interface GitIdentity {
  name: string
  email: string
}

/** Credentials for one server, sent as an HTTP header through the environment. */
export interface GitAuth {
  /** Server base URL the header is scoped to, e.g. `https://github.com`. */
  serverUrl: string
  token: string
}

/** One `git config` setting, e.g. `http.https://github.com/.extraheader`. */
export interface GitConfigEntry {
  key: string
  value: string
}

/** How git says the server refused the credentials (HTTP 401/403), rather than the push. */
const CREDENTIALS_REFUSED =
  /Authentication failed|could not read (Username|Password)|returned error: 40[13]|Permission to .* denied|HTTP 40[13]/i

/** Oldest git with `GIT_CONFIG_COUNT` (2.31), which keeps the token out of argv and config files. */
const MINIMUM_GIT_VERSION = [2, 31, 0]

/**
 * The one way this tool runs git, like actions/checkout's GitCommandManager:
 * argument arrays, prompts off, identity per command, and credentials passed as
 * an `http.<url>.extraheader` through `GIT_CONFIG_*` variables so they appear in
 * no argument list, no log and no `.git/config`.
 */
export class GitCommandManager {
  private readonly gitPath: string
  private readonly logger: Logger
  private readonly env: Record<string, string>
  /** The work tree every command runs in. */
  readonly workdir: string

  private constructor(
    gitPath: string,
    workdir: string,
    logger: Logger,
    env: Record<string, string>
  ) {
    this.gitPath = gitPath
    this.workdir = workdir
    this.logger = logger
    this.env = env
  }

  /** Finds git, checks its version, and prepares the environment for `workdir`. */
  static async create(
    workdir: string,
    opts: {
      logger: Logger
      env: NodeJS.ProcessEnv
      auth?: GitAuth
      /** Settings for every command, passed like the auth header (never written to a file). */
      config?: GitConfigEntry[]
    }
  ): Promise<GitCommandManager> {
    const gitPath = await io.which('git', false)
    if (!gitPath) throw new PromoteError('git is not installed; install git 2.31 or later')
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(opts.env))
      if (v !== undefined && !k.startsWith('GIT_CONFIG_')) env[k] = v
    Object.assign(env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'Never', LC_ALL: 'C' })
    const config = [...(opts.config ?? [])]
    if (opts.auth) {
      const basic = Buffer.from(`x-access-token:${opts.auth.token}`).toString('base64')
      opts.logger.setSecret(opts.auth.token)
      opts.logger.setSecret(basic)
      const url = opts.auth.serverUrl.replace(/\/+$/, '')
      config.push({ key: `http.${url}/.extraheader`, value: `AUTHORIZATION: basic ${basic}` })
    }
    if (config.length > 0) env.GIT_CONFIG_COUNT = String(config.length)
    config.forEach(({ key, value }, i) => {
      env[`GIT_CONFIG_KEY_${i}`] = key
      env[`GIT_CONFIG_VALUE_${i}`] = value
    })
    const git = new GitCommandManager(gitPath, workdir, opts.logger, env)
    const version = (await git.exec(['version'], { cwd: '/' })).stdout
    const parts = /(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number) ?? []
    if (compareVersions(parts, MINIMUM_GIT_VERSION) < 0) {
      throw new PromoteError(
        `git ${parts.join('.')} is too old; install git ${MINIMUM_GIT_VERSION.join('.')} or later`
      )
    }
    return git
  }

  /** Runs git; throws unless `allowFail`, with git's `fatal:` line as the message. */
  async exec(
    args: string[],
    opts: { allowFail?: boolean; cwd?: string; input?: string } = {}
  ): Promise<GitOutput> {
    this.logger.debug(`git ${args.join(' ')}`)
    const out = await exec.getExecOutput(this.gitPath, args, {
      cwd: opts.cwd ?? this.workdir,
      env: this.env,
      silent: true,
      ignoreReturnCode: true,
      ...(opts.input !== undefined ? { input: Buffer.from(opts.input) } : {})
    })
    if (out.exitCode !== 0 && !opts.allowFail) {
      throw new PromoteError(
        `git ${args[0] ?? ''} failed (exit ${out.exitCode}): ${diagnosticLine(out.stderr)}`
      )
    }
    return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr }
  }

  /** Shallow-clones `url` at `branch` (the remote's default when absent) into the work tree. */
  async clone(url: string, branch?: string, depth = 1): Promise<void> {
    const args = ['clone', '--no-tags', '--single-branch', `--depth=${depth}`]
    if (branch) args.push('--branch', branch)
    await this.exec([...args, url, this.workdir], { cwd: '/' })
  }

  /** The current branch name, or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const out = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true })
    return out.exitCode === 0 ? out.stdout.trim() : undefined
  }

  /** `git rev-parse <rev>`, or undefined when it does not resolve. */
  async tryRevParse(rev: string): Promise<string | undefined> {
    const out = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      allowFail: true
    })
    return out.exitCode === 0 ? out.stdout.trim() : undefined
  }

  /** Fetches `branch` from origin into `refs/remotes/origin/<branch>`; false when it does not exist. */
  async tryFetch(branch: string, depth = 1): Promise<boolean> {
    const out = await this.exec(
      [
        'fetch',
        '--no-tags',
        `--depth=${depth}`,
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`
      ],
      { allowFail: true }
    )
    if (out.exitCode === 0) return true
    if (/couldn't find remote ref|not our ref/i.test(out.stderr)) return false
    throw new PromoteError(`git fetch ${branch} failed: ${diagnosticLine(out.stderr)}`)
  }

  /** Points the work tree at `ref` on a local branch `branch`, discarding local changes. */
  async checkoutFresh(branch: string, ref: string): Promise<void> {
    await this.exec(['checkout', '--force', '-B', branch, ref])
    await this.exec(['clean', '-ffdq'])
  }

  /**
   * Stages `paths` and commits (or amends HEAD); returns false when there was nothing to
   * commit. The identity goes on the command line, never into the repository's config.
   */
  async tryCommit(
    paths: string[],
    message: string,
    identity: GitIdentity,
    opts: { amend?: boolean } = {}
  ): Promise<boolean> {
    await this.exec(['add', '--all', '--', ...paths])
    const staged = await this.exec(['diff', '--cached', '--quiet'], { allowFail: true })
    if (staged.exitCode === 0 && !opts.amend) return false
    const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`]
    const amend = opts.amend ? ['--amend'] : []
    await this.exec([...who, 'commit', '--quiet', '--no-verify', ...amend, '-F', '-'], {
      input: message
    })
    return true
  }

  /**
   * Pushes HEAD to `branch`; not ok when the server refused (non-fast-forward, hook,
   * protection), and `denied` when it refused the credentials, which no retry cures.
   */
  async tryPush(
    branch: string,
    opts: { forceWithLease?: string } = {}
  ): Promise<{ ok: boolean; reason: string; denied?: boolean }> {
    const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`]
    if (opts.forceWithLease !== undefined)
      args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${opts.forceWithLease}`)
    const out = await this.exec(args, { allowFail: true })
    if (out.exitCode === 0) return { ok: true, reason: '' }
    return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) }
  }

  /**
   * The commits `refs` point at on origin, by exact ref name (absent refs are missing from
   * the map). With protocol v2 only the named refs are sent, so this stays cheap.
   */
  async lsRemote(refs: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    if (refs.length === 0) return found
    const out = await this.exec(['ls-remote', '--refs', 'origin', ...refs])
    for (const line of out.stdout.split('\n')) {
      const [sha, ref] = line.split('\t')
      if (sha && ref && refs.includes(ref)) found.set(ref, sha)
    }
    return found
  }

  /** Fetches the objects of `refs` from origin without creating any local ref. */
  async fetchObjects(refs: string[]): Promise<void> {
    if (refs.length === 0) return
    await this.exec(['fetch', '--no-tags', '--no-write-fetch-head', 'origin', ...refs])
  }

  /** The message of `commit`, or undefined when the object is not a commit we have. */
  async tryCommitMessage(commit: string): Promise<string | undefined> {
    const out = await this.exec(['cat-file', 'commit', commit], { allowFail: true })
    if (out.exitCode !== 0) return undefined
    const blank = out.stdout.indexOf('\n\n')
    return blank < 0 ? '' : out.stdout.slice(blank + 2)
  }

  /** Writes a commit with no parent and an empty tree; returns its id. */
  async createRootCommit(message: string, identity: GitIdentity): Promise<string> {
    const tree = (await this.exec(['mktree'], { input: '' })).stdout.trim()
    const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`]
    return (
      await this.exec([...who, 'commit-tree', tree, '-F', '-'], { input: message })
    ).stdout.trim()
  }

  /**
   * Creates each ref on origin at its commit, all or none (`--atomic`), and only where the
   * ref does not exist yet: `--force-with-lease=<ref>:` expects it absent, and the server's
   * ref transaction refuses an update whose old value is "none" once the ref exists, so two
   * pushes racing for one ref cannot both win.
   */
  async tryCreateRefs(
    updates: Array<{ commit: string; ref: string }>
  ): Promise<{ ok: boolean; reason: string; denied?: boolean }> {
    const leases = updates.map(u => `--force-with-lease=${u.ref}:`)
    const specs = updates.map(u => `${u.commit}:${u.ref}`)
    const out = await this.exec(
      ['push', '--porcelain', '--atomic', ...leases, 'origin', ...specs],
      {
        allowFail: true
      }
    )
    if (out.exitCode === 0) return { ok: true, reason: '' }
    return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) }
  }

  /** The commit of HEAD. */
  async head(): Promise<string> {
    return (await this.exec(['rev-parse', 'HEAD'])).stdout.trim()
  }

  /** The tree of a commit, to compare contents without comparing commits. */
  async tree(rev: string): Promise<string> {
    return (await this.exec(['rev-parse', `${rev}^{tree}`])).stdout.trim()
  }

  /** Reverts `commit` without committing, for rollback by revert. */
  async revertNoCommit(commit: string): Promise<void> {
    await this.exec(['revert', '--no-commit', commit])
  }
}

/**
 * The line of git's stderr that says what went wrong: its first `fatal:` or `error:`
 * line ("error: RPC failed; HTTP 500 …" says more than the "fatal: expected flush …"
 * after it), else its last line.
 */
export function diagnosticLine(stderr: string): string {
  const lines = stderr.split('\n').map(l => l.trim())
  return lines.find(l => /^(fatal|error):/.test(l)) ?? lines.filter(l => l !== '').pop() ?? ''
}

/** Porcelain lines are tab-separated; the reason goes into a one-line message. */
function pushFailure(out: GitOutput): string {
  return (
    (out.stdout + out.stderr)
      .split('\n')
      .find(l => /rejected|remote rejected|error:|fatal:/.test(l))
      ?.replace(/\s+/g, ' ')
      .trim() ?? `exit ${out.exitCode}`
  )
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < b.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
