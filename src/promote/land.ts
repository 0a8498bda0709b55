import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import type { GitIdentity } from '../git/git-command-manager.js'
import type { Logger } from '../logger.js'
import { confine } from '../util/confine.js'
import type { OpenRepository } from './repository.js'

/** Files to write, relative to the repository root. */
export type FileSet = Array<{ path: string; content: string }>

/** What landing a change did. */
export interface Landed {
  /** False when the base branch (commit mode) or the promotion branch (pull-request mode) already had it. */
  changed: boolean
  /** The commit that carries the change, or the base commit when nothing was needed. */
  commitSha: string
}

const MAX_PUSH_ATTEMPTS = 3

/**
 * Writes files at their confined paths and returns those paths as Git knows them: a file under
 * a symlink that stays inside the repository is written, and committed, where the link leads.
 * The plan phase checked the same paths ({@link confineFiles}); this checks again at the write.
 */
async function writeFiles(root: string, files: FileSet): Promise<string[]> {
  const written: string[] = []
  for (const f of files) {
    const at = await confine(root, f.path)
    await mkdir(path.dirname(at.abs), { recursive: true })
    await writeFile(at.abs, f.content)
    written.push(at.rel)
  }
  return written
}

/**
 * Refuses, before anything is written anywhere, a file set with a path that leaves the
 * repository through a symlink (or `..`, or `.git`): see {@link confine}.
 */
export async function confineFiles(root: string, files: FileSet): Promise<void> {
  for (const f of files) await confine(root, f.path)
}

/**
 * Commit mode: commit on the base branch and push. A rejected push (someone
 * else pushed first) fetches the new base and recomputes the change on top of
 * it, since edits are a function of the files; after three refusals it stops.
 */
export async function landOnBase(
  repo: OpenRepository,
  identity: GitIdentity,
  logger: Logger,
  build: () => Promise<{ files: FileSet; message: string }>
): Promise<Landed> {
  let lastReason = ''
  for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
    const { files, message } = await build()
    const paths = await writeFiles(repo.root, files)
    if (!(await repo.git.tryCommit(paths, message, identity))) {
      return { changed: false, commitSha: await repo.git.head() }
    }
    const pushed = await repo.git.tryPush(repo.baseBranch)
    if (pushed.ok) return { changed: true, commitSha: await repo.git.head() }
    if (pushed.denied) throw credentialsRefused(repo.baseBranch, pushed.reason)
    lastReason = pushed.reason
    // No fetch and no "try 4" after the last attempt: the error below says it all.
    if (attempt === MAX_PUSH_ATTEMPTS) break
    logger.warning(
      `push to ${repo.baseBranch} refused (${pushed.reason}); rebasing the promotion, try ${attempt + 1}`
    )
    if (!(await repo.git.tryFetch(repo.baseBranch)))
      throw new PromoteError(`branch ${repo.baseBranch} disappeared from the remote`)
    await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`)
  }
  throw new PromoteError(
    `push to ${repo.baseBranch} was refused ${MAX_PUSH_ATTEMPTS} times (last: ${lastReason})`
  )
}

/**
 * Pull-request mode: the promotion branch is the base plus one commit. When the
 * remote branch already holds the same tree on the same base, nothing is pushed;
 * otherwise the branch is replaced with a lease on what was there.
 */
export async function landOnBranch(
  repo: OpenRepository,
  branch: string,
  identity: GitIdentity,
  files: FileSet,
  message: string
): Promise<Landed & { remoteSha?: string }> {
  const remoteSha = (await repo.git.tryFetch(branch, 2))
    ? await repo.git.tryRevParse(`refs/remotes/origin/${branch}`)
    : undefined
  await repo.git.checkoutFresh(branch, repo.baseSha)
  const paths = await writeFiles(repo.root, files)
  if (!(await repo.git.tryCommit(paths, message, identity))) {
    return { changed: false, commitSha: repo.baseSha, remoteSha }
  }
  if (remoteSha) {
    const sameTree = (await repo.git.tree(remoteSha)) === (await repo.git.tree('HEAD'))
    const sameBase = (await repo.git.tryRevParse(`${remoteSha}^`)) === repo.baseSha
    if (sameTree && sameBase) return { changed: false, commitSha: remoteSha, remoteSha }
  }
  await pushBranch(repo, branch, remoteSha)
  return { changed: true, commitSha: await repo.git.head(), remoteSha }
}

/** Replaces the branch's commit after the event learned its pull request number. */
export async function amendBranch(
  repo: OpenRepository,
  branch: string,
  identity: GitIdentity,
  files: FileSet,
  message: string,
  leaseSha: string
): Promise<string> {
  const paths = await writeFiles(repo.root, files)
  await repo.git.tryCommit(paths, message, identity, { amend: true })
  await pushBranch(repo, branch, leaseSha)
  return repo.git.head()
}

async function pushBranch(
  repo: OpenRepository,
  branch: string,
  lease: string | undefined
): Promise<void> {
  const pushed = await repo.git.tryPush(branch, { forceWithLease: lease ?? '' })
  if (pushed.denied) throw credentialsRefused(branch, pushed.reason)
  if (!pushed.ok) {
    throw new PromoteError(
      `push of ${branch} was refused (${pushed.reason}); another run may be promoting the same images: re-run to update the pull request`
    )
  }
}

/** A push the server refused for its credentials: no retry cures it, the token must change. */
function credentialsRefused(branch: string, reason: string): PromoteError {
  return new PromoteError(
    `push to ${branch} was refused: the GitOps repository's server did not accept the credentials (${reason}); use a token that may push to it (contents: write)`
  )
}
