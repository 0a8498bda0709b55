/**
 * Bad input gets one short line through the built CLI: a hostile 10,000-character value is
 * echoed cut to about 100 characters, and set-image refuses a repository a registry would refuse.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../harness/action-runner.js'
import { kustomization } from '../harness/gitops-fixture.js'

const DIGEST = `sha256:${'c'.repeat(64)}`

describe('bad input through the built CLI', () => {
  let dir: string
  const original = kustomization('ghcr.io/acme/app', { tag: 'v0', digest: DIGEST })

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dp-echo-'))
    await writeFile(path.join(dir, 'kustomization.yaml'), original)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('echoes at most about 100 characters of a 10,000-character reference', async () => {
    const hostile = `ghcr.io/acme/${'a'.repeat(10_000)}:v1`
    const result = await runCli(['retag', hostile, '--tag', 'v2'], { cwd: dir })
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error: input 'image': invalid reference "ghcr\.io\/acme\/a{87}…" \(10016 characters\): repository name must not be more than 255 characters/
    )
    expect(lines[0].length).toBeLessThan(250)
  })

  it('set-image refuses an uppercase repository in one line and writes nothing', async () => {
    const result = await runCli(['set-image', '.', 'ghcr.io/acme/APP:v1'], { cwd: dir })
    expect(result).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr:
        "error: invalid image argument 'ghcr.io/acme/APP:v1': image name 'ghcr.io/acme/APP': repository name must be lowercase\n"
    })
    expect(await readFile(path.join(dir, 'kustomization.yaml'), 'utf8')).toBe(original)
  })
})
