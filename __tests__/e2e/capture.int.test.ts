import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'

describe('capture and retag through the built action and CLI (basic auth registry)', () => {
  let registry: TestRegistry
  let built: PushedImage
  let creds: { username: string; password: string }

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    creds = { username: registry.username, password: registry.password }
    built = await pushImage(registry, 'acme/app', 'sha-abc1234', {
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ]
    })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('captures the build-push-action digest and pushes the dev tag', async () => {
    const result = await runAction({
      inputs: {
        command: 'capture',
        image: registry.ref('acme/app', 'sha-abc1234'),
        digest: built.digest,
        environment: 'dev',
        version: '1.2.3',
        'registry-username': creds.username,
        'registry-password': creds.password
      },
      env: { GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56' }
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      digest: built.digest,
      'image-ref': `${registry.host}/acme/app@${built.digest}`,
      changed: 'true'
    })
    expect(result.outputs.tags).toMatch(/^dev-v1\.2\.3-abc1234-\d{10}$/)
    expect(await skopeoDigest(registry.ref('acme/app', result.outputs.tags), creds)).toBe(
      built.digest
    )
    expect(result.summary).toContain(built.digest)
    // The runner learns masks from ::add-mask:: lines; no other line may carry the password.
    const logged = result.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    expect(logged.join('\n')).not.toContain(creds.password)
    expect(result.stdout).toContain(`::add-mask::${creds.password}`)
  })

  it('refuses a digest that the tag does not point at, writing nothing', async () => {
    const other = await pushImage(registry, 'acme/app', 'sha-other', { seed: 'other' })
    const before = (await registry.syncAccessLog()).length
    const result = await runAction({
      inputs: {
        command: 'capture',
        image: registry.ref('acme/app', 'sha-abc1234'),
        digest: other.digest,
        environment: 'dev',
        version: '1.2.3',
        'registry-username': creds.username,
        'registry-password': creds.password
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      expect.stringContaining(
        `tag sha-abc1234 now points at ${built.digest}, not the built digest ${other.digest}; nothing was written`
      )
    ])
    const log = (await registry.syncAccessLog()).slice(before)
    expect(log.filter(e => e.method === 'PUT' || e.method === 'POST')).toEqual([])
  })

  it('names the input for a bad reference, without a stack trace', async () => {
    const result = await runAction({ inputs: { command: 'capture', image: 'ghcr.io/Acme/App:1' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `input 'image': invalid reference "ghcr.io/Acme/App:1": repository name must be lowercase`
    ])
  })

  it('refuses latest as a capture source without a digest', async () => {
    const result = await runAction({
      inputs: { command: 'capture', image: registry.ref('acme/app', 'latest') }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/^gate 'tag-policy' failed: 'latest' is a floating tag/)
  })

  /** The password where ps cannot see it. */
  const passwordEnv = () => ({ env: { DIGEST_PROMOTE_REGISTRY_PASSWORD: creds.password } })

  it('retags dev to staging from the CLI with --to-environment and prints JSON', async () => {
    const devTag = `dev-v1.2.3-abc1234-1700000000`
    await runCli(
      [
        'retag',
        registry.ref('acme/app', `sha-abc1234`),
        '--tag',
        devTag,
        '--registry-username',
        creds.username
      ],
      passwordEnv()
    )
    const result = await runCli(
      [
        'retag',
        registry.ref('acme/app', devTag),
        '--to-environment',
        'staging',
        '--json',
        '--registry-username',
        creds.username
      ],
      passwordEnv()
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      source: `${registry.host}/acme/app@${built.digest}`,
      target: `${registry.host}/acme/app:staging-v1.2.3-abc1234-1700000000`,
      digest: built.digest,
      changed: true
    })
    expect(
      await skopeoDigest(registry.ref('acme/app', 'staging-v1.2.3-abc1234-1700000000'), creds)
    ).toBe(built.digest)
  })

  it('exits 1 with the reason when the target tag is taken', async () => {
    const result = await runCli(
      [
        'retag',
        registry.ref('acme/app', 'sha-other'),
        '--tag',
        'staging-v1.2.3-abc1234-1700000000',
        '--registry-username',
        creds.username
      ],
      passwordEnv()
    )
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /^error: tag .* already points at sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64}; environment tags are immutable/
    )
  })

  it('ref prints JSON and exits 2 for an invalid reference', async () => {
    const ok = await runCli(['ref', 'nginx:1.27', '--json'])
    expect(JSON.parse(ok.stdout)).toEqual({
      valid: true,
      domain: 'docker.io',
      path: 'library/nginx',
      tag: '1.27',
      digest: null,
      familiar: 'nginx:1.27',
      normalized: 'docker.io/library/nginx:1.27'
    })
    const bad = await runCli(['ref', 'foo/Bar'])
    expect(bad).toMatchObject({ exitCode: 2, stdout: '' })
    expect(bad.stderr).toBe(
      'error: invalid reference "foo/Bar": repository name must be lowercase\n'
    )
    const badJson = await runCli(['ref', 'foo/Bar', '--json'])
    expect(badJson.exitCode).toBe(2)
    expect(JSON.parse(badJson.stdout)).toEqual({
      valid: false,
      error: 'invalid reference "foo/Bar": repository name must be lowercase'
    })
  })
})
