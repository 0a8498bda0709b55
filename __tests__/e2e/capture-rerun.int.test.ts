import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli, type ActionResult } from '../harness/action-runner.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'

const SHA = 'abc1234def5678abc1234def5678abc1234def56'
/** 2026-01-01T00:00:00Z, the harness images' `created`. */
const BUILD_TS = '1767225600'

/**
 * `capture` used to stamp the dev tag with the time of the run, so every re-run of the same
 * build pushed one more tag. The same digest, version and revision now make the same tag.
 */
describe('capture re-runs are no-ops through the built action', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let built: PushedImage
  let epoch: PushedImage
  let undated: PushedImage

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startProxy(registry.url)
    built = await pushImage(registry, 'acme/app', 'sha-abc1234', {
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ]
    })
    // Reproducible builds (SOURCE_DATE_EPOCH=0) and some tools write no useful build time.
    epoch = await pushImage(registry, 'acme/epoch', 'sha-abc1234', {
      created: '1970-01-01T00:00:00Z'
    })
    undated = await pushImage(registry, 'acme/undated', 'sha-abc1234', { created: null })
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })

  function capture(repo: string, version = '1.2.3'): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'capture',
        image: `${proxy.host}/${repo}:sha-abc1234`,
        environment: 'dev',
        version
      },
      env: { GITHUB_SHA: SHA }
    })
  }
  const writes = () => proxy.count(r => !['GET', 'HEAD'].includes(r.method))
  const devTags = async (repo: string) =>
    (
      await fetch(`${registry.url}/v2/${repo}/tags/list`).then(
        r => r.json() as Promise<{ tags: string[] }>
      )
    ).tags.filter(t => t.startsWith('dev-'))

  it('stamps the tag with the build time, and a second capture pushes nothing', async () => {
    const first = await capture('acme/app')
    expect(first.errors).toEqual([])
    expect(first.outputs).toMatchObject({
      tags: `dev-v1.2.3-abc1234-${BUILD_TS}`,
      changed: 'true',
      digest: built.digest
    })
    proxy.reset()
    const second = await capture('acme/app')
    expect(second.errors).toEqual([])
    expect(second.outputs).toMatchObject({
      tags: `dev-v1.2.3-abc1234-${BUILD_TS}`,
      changed: 'false',
      digest: built.digest
    })
    expect(second.stdout).toContain(`(already dev-v1.2.3-abc1234-${BUILD_TS})`)
    expect(writes()).toBe(0)
    expect(await devTags('acme/app')).toEqual([`dev-v1.2.3-abc1234-${BUILD_TS}`])
    expect(await skopeoDigest(registry.ref('acme/app', `dev-v1.2.3-abc1234-${BUILD_TS}`))).toBe(
      built.digest
    )
  })

  it('without a build time, reuses the dev tag an earlier capture gave the digest', async () => {
    for (const [repo, pushed] of [
      ['acme/epoch', epoch],
      ['acme/undated', undated]
    ] as const) {
      const first = await capture(repo)
      expect(first.errors).toEqual([])
      expect(first.outputs.changed).toBe('true')
      const tag = first.outputs.tags
      expect(tag).toMatch(/^dev-v1\.2\.3-abc1234-\d{10}$/)
      expect(tag).not.toBe('dev-v1.2.3-abc1234-0000000000')
      proxy.reset()
      const second = await capture(repo)
      expect(second.errors).toEqual([])
      expect(second.outputs).toMatchObject({ tags: tag, changed: 'false', digest: pushed.digest })
      expect(writes()).toBe(0)
      expect(await devTags(repo)).toEqual([tag])
    }
  })

  it('a new version of the same digest gets its own tag; the CLI reports it unchanged on re-run', async () => {
    const next = await capture('acme/app', '1.2.4')
    expect(next.outputs).toMatchObject({
      tags: `dev-v1.2.4-abc1234-${BUILD_TS}`,
      changed: 'true'
    })
    proxy.reset()
    const cli = await runCli(
      [
        'capture',
        `${proxy.host}/acme/app:sha-abc1234`,
        '--environment',
        'dev',
        '--version',
        '1.2.4',
        '--source-revision',
        SHA,
        '--json'
      ],
      {}
    )
    expect(cli.stderr).toBe('')
    expect(JSON.parse(cli.stdout)).toEqual([
      expect.objectContaining({ tag: `dev-v1.2.4-abc1234-${BUILD_TS}`, changed: false })
    ])
    expect(writes()).toBe(0)
  })
})
