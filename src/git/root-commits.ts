import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GitCommandManager, GitIdentity } from './git-command-manager.js'

/** What git would refuse or rewrite in an identity written into a commit object by hand. */
const UNSAFE_IDENTITY = /[<>\n\r\0]/

/**
 * Writes one commit with no parent and an empty tree per message, all in two git processes
 * whatever their number (the empty tree, then every commit object through
 * `git hash-object -t commit -w --stdin-paths`, which checks each object's format); returns
 * their ids in the order of `messages`. An identity git would have to clean up is written
 * with `git commit-tree`, one process per commit, as before.
 */
export async function createRootCommits(
  git: GitCommandManager,
  messages: readonly string[],
  identity: GitIdentity,
  now: Date = new Date()
): Promise<string[]> {
  if (messages.length === 0) return []
  if (UNSAFE_IDENTITY.test(identity.name) || UNSAFE_IDENTITY.test(identity.email)) {
    const ids: string[] = []
    for (const m of messages) ids.push(await git.createRootCommit(m, identity))
    return ids
  }
  const tree = (await git.exec(['mktree'], { input: '' })).stdout.trim()
  const who = `${identity.name.trim()} <${identity.email.trim()}> ${Math.floor(now.getTime() / 1000)} +0000`
  const dir = await mkdtemp(path.join(os.tmpdir(), 'digest-promote-claims-'))
  try {
    const files = messages.map((_, i) => path.join(dir, `${i}.commit`))
    await Promise.all(
      messages.map((m, i) =>
        writeFile(files[i], `tree ${tree}\nauthor ${who}\ncommitter ${who}\n\n${m}`)
      )
    )
    const out = await git.exec(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], {
      input: `${files.join('\n')}\n`
    })
    const ids = out.stdout.split('\n').filter(Boolean)
    if (ids.length !== messages.length) {
      throw new Error(`git hash-object wrote ${ids.length} of ${messages.length} commits`)
    }
    return ids
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
