import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEDIA_TYPES, deleteManifest, getManifest, pushImage, sha256Digest } from './images.js'
import type { RegistryTarget } from './images.js'
import { startRegistry } from './registry.js'
import type { AuthMode, TestRegistry } from './registry.js'
import { registryFetch } from './registry-fetch.js'
import { requireTool } from './tools.js'

// Async on purpose: the token server runs in this process, so a synchronous skopeo would
// deadlock waiting for a token.
const run = promisify(execFile)
const twoPlatforms = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' }
]

async function skopeoRaw(registry: TestRegistry, repo: string, tag: string): Promise<Buffer> {
  const skopeo = requireTool('skopeo', 'apt-get install -y skopeo')
  const creds =
    registry.auth === 'none' ? [] : ['--creds', `${registry.username}:${registry.password}`]
  const image = `docker://${registry.ref(repo, tag)}`
  const args = ['inspect', '--raw', '--tls-verify=false', ...creds, image]
  return (await run(skopeo, args, { encoding: 'buffer' })).stdout
}

function withToken(registry: TestRegistry, token: string): RegistryTarget {
  return { url: registry.url, headers: () => ({ authorization: `Bearer ${token}` }) }
}

describe.each<AuthMode>(['none', 'basic', 'token'])('registry with auth %s', auth => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('stores an OCI image byte for byte, pretty-printed JSON included', async () => {
    const pushed = await pushImage(registry, 'app', 'oci', { pretty: true, layers: 2 })
    expect(pushed.bytes.toString()).toMatch(/^\{\n {3}"schemaVersion": 2,/)
    const got = await getManifest(registry, 'app', 'oci')
    expect(got.status).toBe(200)
    expect(got.mediaType).toBe(MEDIA_TYPES.ociManifest)
    expect(got.bytes.equals(pushed.bytes)).toBe(true)
    expect(sha256Digest(got.bytes)).toBe(pushed.digest)
    expect(got.headers.get('docker-content-digest')).toBe(pushed.digest)
  })

  it('stores a 2-platform OCI index whose children were pushed by digest', async () => {
    const pushed = await pushImage(registry, 'app', 'multi', { platforms: twoPlatforms })
    expect(pushed.mediaType).toBe(MEDIA_TYPES.ociIndex)
    expect(pushed.children).toHaveLength(2)
    const got = await getManifest(registry, 'app', 'multi')
    expect(got.digest).toBe(pushed.digest)
    for (const child of pushed.children!) {
      const fetched = await getManifest(registry, 'app', child.digest)
      expect(fetched.status).toBe(200)
      expect(fetched.digest).toBe(child.digest)
    }
    const index = JSON.parse(got.bytes.toString()) as { manifests: Array<{ platform: unknown }> }
    expect(index.manifests.map(m => m.platform)).toEqual(twoPlatforms)
  })

  it('stores a Docker v2s2 image', async () => {
    const pushed = await pushImage(registry, 'app', 'docker', { format: 'docker' })
    const got = await getManifest(registry, 'app', 'docker')
    expect(got.mediaType).toBe(MEDIA_TYPES.dockerManifest)
    expect(got.digest).toBe(pushed.digest)
    const head = await getManifest(registry, 'app', 'docker', { method: 'HEAD' })
    expect(head.digest).toBe(pushed.digest)
  })

  it('serves skopeo the exact bytes pushed', async () => {
    const pushed = await pushImage(registry, 'skopeo', 'v1', { platforms: twoPlatforms })
    expect(sha256Digest(await skopeoRaw(registry, 'skopeo', 'v1'))).toBe(pushed.digest)
  })
})

describe('registry basics', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('derives digests from the seed', async () => {
    const a = await pushImage(registry, 'seeds', 'a', { seed: 'one' })
    const b = await pushImage(registry, 'seeds', 'b', { seed: 'one' })
    const c = await pushImage(registry, 'seeds', 'c', { seed: 'two' })
    expect(b.digest).toBe(a.digest)
    expect(c.digest).not.toBe(a.digest)
  })

  it('records the access log, without its own probes', async () => {
    registry.clearAccessLog()
    const pushed = await pushImage(registry, 'logged', 'v1')
    await getManifest(registry, 'logged', pushed.digest)
    const log = await registry.syncAccessLog()
    expect(log.map(e => `${e.method} ${e.status}`)).toEqual([
      'POST 202',
      'PUT 201',
      'POST 202',
      'PUT 201',
      'PUT 201',
      'GET 200'
    ])
    expect(log[4].path).toBe('/v2/logged/manifests/v1')
  })

  it('deletes a manifest by digest', async () => {
    const pushed = await pushImage(registry, 'gone', 'v1')
    expect((await deleteManifest(registry, 'gone', pushed.digest)).status).toBe(202)
    expect((await getManifest(registry, 'gone', 'v1')).status).toBe(404)
  })

  it('stops the process and removes its directory', async () => {
    const other = await startRegistry()
    await other.stop()
    expect(existsSync(other.dir)).toBe(false)
    await expect(fetch(`${other.url}/v2/`)).rejects.toThrow()
  })

  it('fails, not skips, when a tool is missing', () => {
    expect(() => requireTool('no-such-tool-xyz', 'apt-get install -y xyz')).toThrow(
      'no-such-tool-xyz not found on PATH; install it with: apt-get install -y xyz'
    )
  })
})

describe('basic auth', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('rejects a wrong password with 401', async () => {
    const wrong = { url: registry.url, username: registry.username, password: 'wrong' }
    const res = await registryFetch(wrong, '', '/v2/')
    expect(res.status).toBe(401)
    await expect(pushImage(wrong, 'app', 'v1')).rejects.toThrow(/expected 202, got 401/)
  })
})

describe('token auth', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({
      auth: 'token',
      users: { alice: 'alice-secret', bob: 'bob-secret' },
      token: { grants: { bob: { '*': ['pull'] } }, allowAnonymousPull: true }
    })
    await pushImage(registry, 'app', 'v1')
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const challengeOf = async (target: RegistryTarget, method = 'GET'): Promise<string> => {
    const res = await registryFetch(target, 'app', '/v2/app/manifests/v1', { method })
    expect(res.status).toBe(401)
    return res.headers.get('www-authenticate') ?? ''
  }
  const pull = [{ type: 'repository', name: 'app', actions: ['pull'] }]

  it('issues tokens for the scope asked, to the account asked', () => {
    const ts = registry.tokenServer!
    expect(ts.issuedCount).toBeGreaterThan(0)
    const first = ts.requests[0]
    expect(first).toMatchObject({ account: 'alice', user: 'alice', status: 200 })
    // The registry builds the challenge's action list from a Go map: its order varies.
    expect(first.scopes).toHaveLength(1)
    expect(first.scopes[0].split(':')[2].split(',').sort()).toEqual(['pull', 'push'])
    expect(first.granted).toHaveLength(1)
    expect(first.granted[0].actions.sort()).toEqual(['pull', 'push'])
  })

  it('accepts a minted token from the trusted key', async () => {
    const token = registry.tokenServer!.mintToken({ access: pull })
    expect((await getManifest(withToken(registry, token), 'app', 'v1')).status).toBe(200)
  })

  it('rejects a token signed by another key as invalid_token', async () => {
    const token = registry.tokenServer!.mintToken({ access: pull, key: 'foreign' })
    expect(await challengeOf(withToken(registry, token))).toContain('error="invalid_token"')
  })

  it('rejects an expired token as invalid_token', async () => {
    const token = registry.tokenServer!.mintToken({ access: pull, expiresIn: -120 })
    expect(await challengeOf(withToken(registry, token))).toContain('error="invalid_token"')
  })

  it('rejects a push with a pull-only token as insufficient_scope', async () => {
    const target = withToken(registry, registry.tokenServer!.mintToken({ access: pull }))
    expect(await challengeOf(target, 'PUT')).toContain('error="insufficient_scope"')
    await expect(pushImage(target, 'app', 'v2')).rejects.toThrow(/got 401/)
  })

  it('grants a pull-only user pull and nothing more', async () => {
    const bob = { url: registry.url, username: 'bob', password: 'bob-secret' }
    expect((await getManifest(bob, 'app', 'v1')).status).toBe(200)
    await expect(pushImage(bob, 'app', 'bob')).rejects.toThrow(/insufficient_scope|got 401/)
    const last = registry.tokenServer!.requests.at(-1)!
    expect(last.user).toBe('bob')
    expect(last.granted).toEqual([{ type: 'repository', name: 'app', actions: ['pull'] }])
  })

  it('refuses wrong credentials and gives anonymous callers pull only', async () => {
    const ts = registry.tokenServer!
    const query = `service=${ts.service}&scope=repository:app:pull,push`
    const wrong = await fetch(`${ts.realm}?${query}`, {
      headers: { authorization: `Basic ${Buffer.from('alice:nope').toString('base64')}` }
    })
    expect(wrong.status).toBe(401)
    const anonymous = await fetch(`${ts.realm}?${query}`)
    expect(anonymous.status).toBe(200)
    expect(ts.requests.at(-1)!.granted).toEqual(pull)
  })

  it('asks for the delete action to delete', async () => {
    const pushed = await pushImage(registry, 'app', 'doomed', { seed: 'doomed' })
    expect((await deleteManifest(registry, 'app', pushed.digest)).status).toBe(202)
    expect(registry.tokenServer!.requests.at(-1)!.scopes).toEqual(['repository:app:delete'])
  })
})
