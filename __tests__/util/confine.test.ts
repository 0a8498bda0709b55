import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfinementError, confine } from '../../src/util/confine.js'

const HINT = 'replace it with a directory, or a link that stays inside the repository'

describe('confine: repository paths resolved component by component', () => {
  let base: string
  let root: string
  let outside: string

  beforeAll(async () => {
    base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'confine-')))
    root = path.join(base, 'repo')
    outside = path.join(base, 'outside')
    await mkdir(path.join(root, 'envs/staging'), { recursive: true })
    await mkdir(path.join(root, '.git'), { recursive: true })
    await mkdir(outside, { recursive: true })
    await writeFile(path.join(root, 'envs/staging/kustomization.yaml'), '')
    await mkdir(path.join(root, 'clusters'))
    await symlink('../envs/staging', path.join(root, 'clusters/staging'))
    await symlink(outside, path.join(root, 'clusters/production'))
    await symlink('../../outside', path.join(root, 'clusters/relative'))
    await symlink('staging', path.join(root, 'clusters/chain'))
    await symlink('production', path.join(root, 'clusters/chain-out'))
    await symlink('nowhere', path.join(root, 'clusters/dangling'))
    await symlink('.', path.join(root, 'self'))
  })
  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  it.each([
    ['clusters/staging', 'envs/staging'],
    ['clusters/staging/kustomization.yaml', 'envs/staging/kustomization.yaml'],
    ['clusters/chain', 'envs/staging'],
    ['./clusters//staging/', 'envs/staging'],
    ['envs/staging/new/file.json', 'envs/staging/new/file.json'],
    ['.promotions/staging/x.json', '.promotions/staging/x.json'],
    ['self/envs', 'envs'],
    ['envs/../clusters', 'clusters'],
    ['.', '.']
  ])('%s stays inside as %s', async (p, rel) => {
    const at = await confine(root, p)
    expect(at.rel).toBe(rel)
    expect(at.abs).toBe(path.join(root, rel))
  })

  it.each([
    [
      'clusters/production/kustomization.yaml',
      `the symbolic link clusters/production points to OUTSIDE, outside the GitOps repository; ${HINT}`
    ],
    [
      'clusters/relative',
      `the symbolic link clusters/relative points to ../../outside, outside the GitOps repository; ${HINT}`
    ],
    [
      'clusters/chain-out',
      `the symbolic link clusters/chain-out points to production, outside the GitOps repository; ${HINT}`
    ],
    [
      'clusters/dangling/x',
      `the symbolic link clusters/dangling points to nowhere, which does not exist; ${HINT}`
    ],
    ['../outside', 'leaves the repository through ..'],
    ['new/../../outside', 'leaves the repository through ..'],
    ['.git/hooks', 'is inside .git; use a path in the work tree'],
    ['/etc', 'is absolute; use a path in the repository']
  ])('%s is refused', async (p, problem) => {
    const err = await confine(root, p).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConfinementError)
    expect((err as Error).message).toBe(`${p}: ${problem.replace('OUTSIDE', outside)}`)
  })
})
