import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import { GitCommandManager } from '../git/git-command-manager.js'
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
  /** Removes a temporary clone; a no-op for a workspace checkout. */
  close(): Promise<void>
}

/**
 * Clones `owner/name` shallowly into a temporary directory with the token, or
 * uses the workspace checkout; either way the work tree starts at the base
 * branch as the remote has it.
 */
export async function openRepository(
  src: RepositorySource,
  opts: { logger: Logger; env: NodeJS.ProcessEnv }
): Promise<OpenRepository> {
  const auth = src.token ? { serverUrl: src.serverUrl, token: src.token } : undefined
  if (src.repository) {
    const tmp = await mkdtemp(path.join(opts.env.RUNNER_TEMP ?? os.tmpdir(), 'digest-promote-'))
    const root = path.join(tmp, 'repo')
    const close = () => rm(tmp, { recursive: true, force: true })
    try {
      const git = await GitCommandManager.create(root, { logger: opts.logger, env: opts.env, auth })
      const url = `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}.git`
      await git.clone(url, src.branch, 1).catch((err: Error) => {
        throw new PromoteError(
          `cloning ${src.repository}: ${err.message}; check gitops-repository and that gitops-token may read it (contents: read)`
        )
      })
      const baseBranch = src.branch ?? (await git.currentBranch()) ?? 'main'
      return { root, git, baseBranch, baseSha: await git.head(), close }
    } catch (err) {
      await close()
      throw err
    }
  }
  const git = await GitCommandManager.create(src.path, { logger: opts.logger, env: opts.env, auth })
  if (!(await git.tryRevParse('HEAD'))) {
    throw new PromoteError(
      `input 'gitops-path': ${src.path} is not a git checkout; check out the GitOps repository or set gitops-repository`,
      2
    )
  }
  const status = await git.exec(['status', '--porcelain'])
  if (status.stdout.trim() !== '') {
    throw new PromoteError(
      `input 'gitops-path': ${src.path} has uncommitted changes; promote from a clean checkout`,
      2
    )
  }
  const baseBranch = src.branch ?? (await git.currentBranch())
  if (!baseBranch) {
    throw new PromoteError(
      `input 'gitops-branch': ${src.path} is on a detached HEAD; set gitops-branch`,
      2
    )
  }
  if (await git.tryFetch(baseBranch))
    await git.checkoutFresh(baseBranch, `refs/remotes/origin/${baseBranch}`)
  return {
    root: src.path,
    git,
    baseBranch,
    baseSha: await git.head(),
    close: () => Promise.resolve()
  }
}
