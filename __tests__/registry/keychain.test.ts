import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  Keychain,
  normalizeRegistryKey,
  type KeychainOptions
} from '../../src/registry/keychain.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import { basicAuth, expectNoSecrets } from './secrets.js'

describe('normalizeRegistryKey', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['https://index.docker.io/v1', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['https://registry-1.docker.io/v2/', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['http://ghcr.io', 'ghcr.io'],
    ['ghcr.io/', 'ghcr.io'],
    ['https://ghcr.io//', 'ghcr.io'],
    ['  ghcr.io  ', 'ghcr.io'],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app'],
    ['https://ghcr.io/acme/app/', 'ghcr.io/acme/app'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
    ['localhost:5000', 'localhost:5000']
  ])('%j → %s', (key, want) => {
    expect(normalizeRegistryKey(key)).toBe(want)
  })
})

describe('Keychain', () => {
  const dirs: string[] = []
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
  })

  /** A DOCKER_CONFIG directory holding `config` as config.json (a string is written as is). */
  async function dockerConfig(config: unknown): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'digest-promote-keychain-'))
    dirs.push(dir)
    const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2)
    await writeFile(join(dir, 'config.json'), text)
    return dir
  }

  function keychain(
    dir: string | undefined,
    opts: Partial<KeychainOptions> = {}
  ): { keychain: Keychain; logger: RecordingLogger } {
    const logger = recordingLogger()
    const env = { HOME: '/nonexistent', ...(dir ? { DOCKER_CONFIG: dir } : {}), ...opts.env }
    return { keychain: new Keychain({ logger, ...opts, env }), logger }
  }

  it('decodes an auths entry with base64 auth, masking the password and the auth', async () => {
    const auth = basicAuth('alice', 'pa:ss-1')
    const dir = await dockerConfig({ auths: { 'https://ghcr.io': { auth } } })
    const { keychain: kc, logger } = keychain(dir)
    expect(await kc.resolve('ghcr.io', 'acme/app')).toEqual({
      credential: { username: 'alice', password: 'pa:ss-1' },
      source: 'docker config auths["ghcr.io"]'
    })
    expect(logger.secrets).toEqual(expect.arrayContaining([auth, 'pa:ss-1']))
    expect(logger.lines).toEqual([])
  })

  it('reads username and password fields', async () => {
    const dir = await dockerConfig({
      auths: { 'quay.io': { username: 'bob', password: 'bob-pw-7' } }
    })
    const { keychain: kc, logger } = keychain(dir)
    expect((await kc.resolve('quay.io', 'acme/app'))?.credential).toEqual({
      username: 'bob',
      password: 'bob-pw-7'
    })
    expect(logger.secrets).toEqual(
      expect.arrayContaining(['bob-pw-7', basicAuth('bob', 'bob-pw-7')])
    )
  })

  it('prefers an identitytoken over auth', async () => {
    const dir = await dockerConfig({
      auths: {
        'registry.example.com': { auth: basicAuth('u', 'p'), identitytoken: 'refresh-tok-9' }
      }
    })
    const { keychain: kc, logger } = keychain(dir)
    expect((await kc.resolve('registry.example.com'))?.credential).toEqual({
      identityToken: 'refresh-tok-9'
    })
    expect(logger.secrets).toContain('refresh-tok-9')
  })

  it('maps the Docker Hub key to docker.io', async () => {
    const dir = await dockerConfig({
      auths: { 'https://index.docker.io/v1/': { auth: basicAuth('hub', 'hub-pw') } }
    })
    const { keychain: kc } = keychain(dir)
    expect((await kc.resolve('docker.io', 'library/nginx'))?.credential).toEqual({
      username: 'hub',
      password: 'hub-pw'
    })
    expect(await kc.resolve('ghcr.io', 'acme/app')).toBeUndefined()
  })

  it('chooses a repository key over the registry key, for that repository only', async () => {
    const dir = await dockerConfig({
      auths: {
        'ghcr.io': { auth: basicAuth('org', 'org-pw') },
        'ghcr.io/acme/app': { auth: basicAuth('app', 'app-pw') }
      }
    })
    const { keychain: kc } = keychain(dir)
    const user = async (repo?: string) => {
      const found = await kc.resolve('ghcr.io', repo)
      return found && 'username' in found.credential ? found.credential.username : undefined
    }
    expect(await user('acme/app')).toBe('app')
    expect(await user('acme/app/sub')).toBe('app')
    expect(await user('acme/other')).toBe('org')
    // A name that merely starts with the key is another repository.
    expect(await user('acme/app-two')).toBe('org')
    expect(await user(undefined)).toBe('org')
    expect((await kc.resolve('ghcr.io', 'acme/app'))?.source).toBe(
      'docker config auths["ghcr.io/acme/app"]'
    )
  })

  it('lets explicit inputs win over config.json and the GitHub token', async () => {
    const dir = await dockerConfig({ auths: { 'ghcr.io': { auth: basicAuth('org', 'org-pw') } } })
    const explicit = { username: 'ci', password: 'ci-pw-3' }
    const { keychain: kc, logger } = keychain(dir, { explicit, githubToken: 'ghs_abc' })
    expect(await kc.resolve('ghcr.io', 'acme/app')).toEqual({
      credential: explicit,
      source: 'registry-username input'
    })
    // Masked at construction, before any request could log them.
    expect(logger.secrets).toEqual(
      expect.arrayContaining(['ci-pw-3', basicAuth('ci', 'ci-pw-3'), 'ghs_abc'])
    )
  })

  it('limits explicit inputs to explicitRegistries when given', async () => {
    const explicit = { username: 'ci', password: 'ci-pw-3' }
    const { keychain: kc } = keychain(undefined, { explicit, explicitRegistries: ['quay.io'] })
    expect((await kc.resolve('quay.io'))?.credential).toEqual(explicit)
    expect(await kc.resolve('ghcr.io')).toBeUndefined()
  })

  it('falls back to the GitHub token for ghcr.io only, as GITHUB_ACTOR', async () => {
    const { keychain: kc, logger } = keychain(undefined, {
      githubToken: 'ghs_token1',
      env: { GITHUB_ACTOR: 'octocat' }
    })
    expect(await kc.resolve('ghcr.io', 'acme/app')).toEqual({
      credential: { username: 'octocat', password: 'ghs_token1' },
      source: 'github-token'
    })
    expect(await kc.resolve('docker.io', 'library/nginx')).toBeUndefined()
    expect(logger.secrets).toContain('ghs_token1')

    const { keychain: noActor } = keychain(undefined, { githubToken: 'ghs_token1' })
    expect((await noActor.resolve('ghcr.io'))?.credential).toEqual({
      username: 'x-access-token',
      password: 'ghs_token1'
    })
  })

  it('prefers config.json over the GitHub token for ghcr.io', async () => {
    const dir = await dockerConfig({ auths: { 'ghcr.io': { auth: basicAuth('org', 'org-pw') } } })
    const { keychain: kc } = keychain(dir, { githubToken: 'ghs_token1' })
    expect((await kc.resolve('ghcr.io'))?.source).toBe('docker config auths["ghcr.io"]')
  })

  it('warns about a malformed config.json and goes on without it', async () => {
    const dir = await dockerConfig('{"auths": {"ghcr.io": {"auth": "c2VjcmV0OnB3"}')
    const { keychain: kc, logger } = keychain(dir, { githubToken: 'ghs_token1' })
    expect((await kc.resolve('ghcr.io'))?.source).toBe('github-token')
    expect(await kc.resolve('quay.io')).toBeUndefined()
    expect(logger.lines).toEqual([
      `warning: ${join(dir, 'config.json')} is not valid JSON; ignoring it`
    ])
    expect(logger.lines.join('\n')).not.toContain('c2VjcmV0OnB3')
  })

  it('is anonymous without a config.json, silently', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-promote-keychain-'))
    dirs.push(dir)
    const { keychain: kc, logger } = keychain(dir)
    expect(await kc.resolve('ghcr.io')).toBeUndefined()
    expect(logger.lines).toEqual([])
  })

  it('reads $HOME/.docker/config.json when DOCKER_CONFIG is unset', async () => {
    const home = await mkdtemp(join(tmpdir(), 'digest-promote-home-'))
    dirs.push(home)
    await mkdir(join(home, '.docker'))
    await writeFile(
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'quay.io': { auth: basicAuth('q', 'q-pw') } } })
    )
    const { keychain: kc } = keychain(undefined, { env: { HOME: home } })
    expect((await kc.resolve('quay.io'))?.credential).toEqual({ username: 'q', password: 'q-pw' })
  })

  describe('credential helpers', () => {
    /** A runHelper seam answering per helper and server URL, recording each call. */
    function helpers(answers: Record<string, (serverUrl: string) => string>) {
      const calls: string[] = []
      const runHelper = (helper: string, serverUrl: string): Promise<string> => {
        calls.push(`${helper} ${serverUrl}`)
        // Inside then(), so an answer that throws becomes a rejection like a failed process.
        return Promise.resolve().then(() => {
          const answer = answers[helper]
          if (!answer) throw new Error(`docker-credential-${helper}: not found`)
          return answer(serverUrl)
        })
      }
      return { calls, runHelper }
    }

    it('asks credHelpers for its registry and credsStore for the rest', async () => {
      const dir = await dockerConfig({
        credHelpers: { 'https://ghcr.io': 'gh' },
        credsStore: 'desktop',
        // Docker writes empty placeholders in auths when a store holds the secret.
        auths: { 'quay.io': {} }
      })
      const { calls, runHelper } = helpers({
        gh: url => JSON.stringify({ ServerURL: url, Username: 'gh-user', Secret: 'gh-secret-1' }),
        desktop: url =>
          JSON.stringify({ ServerURL: url, Username: 'store-user', Secret: `store-${url}` })
      })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('ghcr.io', 'acme/app')).toEqual({
        credential: { username: 'gh-user', password: 'gh-secret-1' },
        source: 'docker-credential-gh'
      })
      expect(await kc.resolve('quay.io', 'acme/app')).toEqual({
        credential: { username: 'store-user', password: 'store-quay.io' },
        source: 'docker-credential-desktop'
      })
      expect((await kc.resolve('docker.io', 'library/nginx'))?.credential).toEqual({
        username: 'store-user',
        password: 'store-https://index.docker.io/v1/'
      })
      // Docker Hub is asked for under its legacy key, as `docker login` stored it.
      expect(calls).toEqual([
        'gh ghcr.io',
        'desktop quay.io',
        'desktop https://index.docker.io/v1/'
      ])
      expect(logger.secrets).toEqual(
        expect.arrayContaining([
          'gh-secret-1',
          'store-quay.io',
          'store-https://index.docker.io/v1/'
        ])
      )
      expect(logger.lines).toEqual([])
    })

    it('uses an auths entry with a credential before credsStore', async () => {
      const dir = await dockerConfig({
        credsStore: 'desktop',
        auths: { 'quay.io': { auth: basicAuth('q', 'q-pw') } }
      })
      const { calls, runHelper } = helpers({})
      const { keychain: kc } = keychain(dir, { runHelper })
      expect((await kc.resolve('quay.io'))?.source).toBe('docker config auths["quay.io"]')
      expect(calls).toEqual([])
    })

    it('turns the <token> username into an identity token', async () => {
      const dir = await dockerConfig({ credHelpers: { 'registry.example.com': 'acr' } })
      const { runHelper } = helpers({
        acr: () => JSON.stringify({ Username: '<token>', Secret: 'refresh-secret-5' })
      })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('registry.example.com', 'acme/app')).toEqual({
        credential: { identityToken: 'refresh-secret-5' },
        source: 'docker-credential-acr'
      })
      expect(logger.secrets).toContain('refresh-secret-5')
    })

    it('warns and stays anonymous when the helper fails', async () => {
      const dir = await dockerConfig({ credHelpers: { 'ghcr.io': 'gh' } })
      const { runHelper } = helpers({
        gh: () => {
          throw new Error('credentials not found in native keychain')
        }
      })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('ghcr.io', 'acme/app')).toBeUndefined()
      expect(logger.lines).toEqual([
        'warning: docker-credential-gh gave no credential for ghcr.io: credentials not found in native keychain'
      ])
      // Like go-containerregistry's multi-keychain, the next source is still tried for ghcr.io.
      const { keychain: withToken } = keychain(dir, { runHelper, githubToken: 'ghs_token1' })
      expect((await withToken.resolve('ghcr.io'))?.source).toBe('github-token')
    })

    it('warns without quoting a helper output that is not JSON', async () => {
      const dir = await dockerConfig({ credsStore: 'odd' })
      const { runHelper } = helpers({ odd: () => 'raw-secret-value-4' })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('quay.io')).toBeUndefined()
      expect(logger.lines).toEqual([
        'warning: docker-credential-odd gave no credential for quay.io: its output is not JSON'
      ])
      expectNoSecrets(logger, ['raw-secret-value-4'])
    })

    it('is anonymous when the helper answers without a secret', async () => {
      const dir = await dockerConfig({ credsStore: 'desktop' })
      const { runHelper } = helpers({ desktop: () => JSON.stringify({ Username: 'u' }) })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('quay.io')).toBeUndefined()
      expect(logger.lines).toEqual([])
    })

    it('refuses a helper name that is not a plain name, without running anything', async () => {
      const dir = await dockerConfig({ credHelpers: { 'ghcr.io': '../../bin/sh' } })
      const { calls, runHelper } = helpers({})
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      expect(await kc.resolve('ghcr.io')).toBeUndefined()
      expect(calls).toEqual([])
      expect(logger.lines).toEqual([
        "warning: docker config names an invalid credential helper '../../bin/sh'; ignoring it"
      ])
    })

    it('never logs a secret a helper returned', async () => {
      const dir = await dockerConfig({ credHelpers: { 'ghcr.io': 'gh' }, credsStore: 'bad' })
      const { runHelper } = helpers({
        gh: () => JSON.stringify({ Username: 'gh-user', Secret: 'gh-secret-2' }),
        bad: () => {
          throw new Error('exit code 1')
        }
      })
      const { keychain: kc, logger } = keychain(dir, { runHelper })
      await kc.resolve('ghcr.io')
      await kc.resolve('quay.io')
      expect(logger.lines).toHaveLength(1)
      expectNoSecrets(logger, ['gh-secret-2', basicAuth('gh-user', 'gh-secret-2')])
    })
  })
})
