import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitCommandManager } from '../../src/git/git-command-manager.js'
import { createRootCommits } from '../../src/git/root-commits.js'
import { runGitOk } from '../harness/git-server.js'
import { recordingLogger } from '../harness/test-logger.js'

/** Claim commits are written together; each must be what `git commit-tree` would have made. */
describe('createRootCommits', () => {
  let tmp: string
  let git: GitCommandManager

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'root-commits-'))
    await runGitOk(['init', '--quiet', tmp])
    git = await GitCommandManager.create(tmp, { logger: recordingLogger(), env: {} })
  })
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true })
  })

  /** `git cat-file -p`, so the test reads what git itself parsed. */
  async function show(id: string): Promise<string> {
    return (await git.exec(['cat-file', '-p', id])).stdout
  }

  it('writes one parentless empty-tree commit per message, in order', async () => {
    const messages = ['claim a\n\nDigest: sha256:1\n', 'claim b\n\nDigest: sha256:2\n', 'claim c\n']
    const at = new Date('2026-03-01T10:00:00Z')
    const ids = await createRootCommits(
      git,
      messages,
      { name: 'Promoter', email: 'p@x.invalid' },
      at
    )
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(3)
    const emptyTree = (await git.exec(['mktree'], { input: '' })).stdout.trim()
    for (const [i, id] of ids.entries()) {
      expect(await show(id)).toBe(
        `tree ${emptyTree}\n` +
          `author Promoter <p@x.invalid> ${at.getTime() / 1000} +0000\n` +
          `committer Promoter <p@x.invalid> ${at.getTime() / 1000} +0000\n\n${messages[i]}`
      )
      await git.exec(['fsck', '--strict', '--no-dangling', id])
    }
  })

  it('leaves an identity git must clean up to git commit-tree', async () => {
    const [id] = await createRootCommits(git, ['claim d\n'], { name: 'A <b>', email: 'c@d' })
    expect(await show(id)).toMatch(/^author A b <c@d> \d+ [+-]\d{4}$/m)
  })
})
