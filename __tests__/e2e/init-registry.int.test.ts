import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { pushImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'

const TAGS = [
  'latest',
  'dev-v1.4.0-3f2a1bc-1718000000',
  'dev-v1.4.1-9d8e7f6-1718000500',
  'main-1234567-1718009999'
]

describe('init --check-registry against a real registry', () => {
  let registry: TestRegistry
  let repo: string

  beforeAll(async () => {
    registry = await startRegistry()
    for (const tag of TAGS) await pushImage(registry, 'acme/app', tag, { seed: 'one' })
  })
  afterAll(async () => {
    await registry.stop()
  })
  beforeEach(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'dp-init-reg-'))
  })
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  const init = (image: string, ...extra: string[]) =>
    runCli(
      ['init', '--image', image, '--environments', 'dev,staging,production', '--flux', ...extra],
      { cwd: repo }
    )

  it("prints what the generated ImagePolicy picks from the live tags, and each tag's verdict", async () => {
    const result = await init(`${registry.host}/acme/app`, '--check-registry', '--dry-run')
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const lines = result.stdout.split('\n')
    const head = lines.findIndex(l => l.startsWith('registry check:'))
    expect(lines[head]).toBe(
      'registry check: ImagePolicy app-dev (dev) would pick dev-v1.4.1-9d8e7f6-1718000500 today (2 of 4 live tags pass its filter)'
    )
    const verdicts = lines.slice(head + 1).filter(l => l.startsWith('  '))
    expect(verdicts).toHaveLength(4)
    expect(verdicts.find(l => l.includes(' latest'))).toMatch(/^ {2}\S+ +latest: /)
    expect(verdicts.filter(l => l.includes('dev-v1.4.1-9d8e7f6-1718000500'))).toHaveLength(1)
    expect(await readdir(repo)).toEqual([])
  })

  it('says in one line that an unreachable registry was not checked, and still succeeds', async () => {
    const result = await init('127.0.0.1:1/acme/app', '--check-registry')
    expect(result.exitCode).toBe(0)
    const notes = result.stdout.split('\n').filter(l => l.startsWith('registry check:'))
    expect(notes).toEqual([
      expect.stringMatching(
        /^registry check: could not list the tags of 127\.0\.0\.1:1\/acme\/app: .*; the policies were not tried against live tags/
      )
    ])
    expect(await readdir(repo)).toContain('promotion.yaml')
  })

  it('does not reach for the registry without --check-registry', async () => {
    const result = await init(`${registry.host}/acme/app`, '--dry-run')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toMatch(/registry check/)
  })
})
