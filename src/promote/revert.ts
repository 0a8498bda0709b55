import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { GateError, PromoteError } from '../errors.js'
import { LEDGER_DIR, eventPath, type PromotionEvent } from '../ledger/event.js'
import type { FileEdit } from './edits.js'
import type { OpenRepository } from './repository.js'

/**
 * The commit on the base branch that added an event's ledger file (the promotion
 * commit, or its squash merge); undefined when none did.
 */
export async function findEventCommit(
  repo: OpenRepository,
  event: PromotionEvent
): Promise<string | undefined> {
  // A shallow clone has no history to search; fetch it (once) before asking.
  if ((await repo.git.exec(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
    await repo.git.exec(['fetch', '--no-tags', '--unshallow', 'origin', repo.baseBranch])
  }
  const args = ['log', '--format=%H', '-n', '1', '--diff-filter=A', 'HEAD', '--', eventPath(event)]
  return (await repo.git.exec(args)).stdout.trim() || undefined
}

/** The commit that added an event's ledger file, or a gate failure saying revert cannot work. */
export async function commitOfEvent(repo: OpenRepository, event: PromotionEvent): Promise<string> {
  const sha = await findEventCommit(repo, event)
  if (!sha) {
    throw new GateError(
      'source',
      `no commit on ${repo.baseBranch} added ${eventPath(event)}`,
      'use strategy promote, which rewrites the files instead of reverting'
    )
  }
  return sha
}

/**
 * The files as `git revert` of `commit` would leave them, ledger excluded (the
 * ledger is append-only: a revert never deletes the event it undoes). The work
 * tree is restored afterwards; nothing is committed here.
 */
export async function revertEdits(repo: OpenRepository, commit: string): Promise<FileEdit[]> {
  const parents =
    (await repo.git.exec(['rev-list', '--parents', '-n', '1', commit])).stdout.trim().split(' ')
      .length - 1
  const args = ['revert', '--no-commit', ...(parents > 1 ? ['-m', '1'] : []), commit]
  const reverted = await repo.git.exec(args, { allowFail: true })
  try {
    if (reverted.exitCode !== 0) {
      throw new PromoteError(
        `reverting ${commit.slice(0, 12)} conflicts with later changes to the same files; use strategy promote, which rewrites the files to the earlier digest`
      )
    }
    const names = (
      await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=M', 'HEAD'])
    ).stdout
      .split('\n')
      .filter(f => f !== '' && !f.startsWith(`${LEDGER_DIR}/`))
    const removed = (
      await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=DA', 'HEAD'])
    ).stdout
      .split('\n')
      .filter(f => f !== '' && !f.startsWith(`${LEDGER_DIR}/`))
    if (removed.length > 0) {
      throw new PromoteError(
        `reverting ${commit.slice(0, 12)} would add or delete ${removed.join(', ')}; use strategy promote`
      )
    }
    const edits: FileEdit[] = []
    for (const f of names) {
      const after = await readFile(path.join(repo.root, f), 'utf8')
      const before = (await repo.git.exec(['show', `HEAD:${f}`])).stdout
      edits.push({ path: f, before, after })
    }
    return edits
  } finally {
    await repo.git.exec(['revert', '--abort'], { allowFail: true })
    await repo.git.exec(['reset', '--hard', '--quiet', 'HEAD'])
  }
}
