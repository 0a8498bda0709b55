import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { desiredStatePath, readDesiredState } from '../../src/promote/alias.js'

const IMAGE = 'registry.example/acme/app-manifests'
const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`

describe('the desired state of an alias environment', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'alias-state-'))
    await mkdir(path.join(root, '.promotions/production'), { recursive: true })
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const write = (text: string) =>
    writeFile(path.join(root, desiredStatePath('production', IMAGE)), text)

  it('lives beside the ledger as <image>.current.json and is absent before the first move', async () => {
    expect(desiredStatePath('production', IMAGE)).toBe(
      '.promotions/production/acme-app-manifests.current.json'
    )
    expect(await readDesiredState(root, 'production', IMAGE)).toBeUndefined()
  })

  it('reads the digest, the previous digest and the event', async () => {
    const state = {
      environment: 'production',
      image: IMAGE,
      alias: { repository: IMAGE, tag: 'production' },
      digest: D2,
      previous: D1,
      event: 'e1'
    }
    await write(JSON.stringify(state))
    expect(await readDesiredState(root, 'production', IMAGE)).toEqual(state)
  })

  it('refuses a file that is not JSON, or not a desired state, with its path and no echo', async () => {
    await write('{"digest": "sha256:evil\n')
    await expect(readDesiredState(root, 'production', IMAGE)).rejects.toThrow(
      '.promotions/production/acme-app-manifests.current.json: not valid JSON; restore it from the Git history'
    )
    await write(
      JSON.stringify({ environment: 'staging', image: IMAGE, digest: D2, previous: D1, event: 'e' })
    )
    await expect(readDesiredState(root, 'production', IMAGE)).rejects.toThrow(
      'not a desired state of production'
    )
    await write(
      JSON.stringify({
        environment: 'production',
        image: IMAGE,
        digest: 'latest',
        previous: null,
        event: 'e'
      })
    )
    await expect(readDesiredState(root, 'production', IMAGE)).rejects.toThrow(
      'not a desired state of production'
    )
  })
})
