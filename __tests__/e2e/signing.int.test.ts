import { createHash, createPublicKey } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signingKeys, trustInputs } from '../harness/signing.js'

const REPO = 'acme/gitops'
const DEV_TAG = 'dev-v2.0.0-abc1234-1700000000'

describe('the signature gate through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let built: PushedImage
  let image: string
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG, { seed: 'unsigned' })
    const old = await pushImage(registry, 'acme/app', 'production-v1.0.0-fff0000-1690000000', {
      seed: 'old'
    })
    await git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: 'staging-v1.0.0-fff0000-1690000000', digest: old.digest },
        production: { tag: 'production-v1.0.0-fff0000-1690000000', digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function action(inputs: Record<string, string>): Promise<ActionResult> {
    return runAction({
      inputs: { image, 'gitops-repository': REPO, 'gitops-token': git.token!, ...inputs },
      env: labEnv({ registry, git, github })
    })
  }

  it('refuses an unsigned digest for production and writes nothing anywhere', async () => {
    expect(
      (await action({ command: 'promote', 'from-environment': 'dev', 'to-environment': 'staging' }))
        .errors
    ).toEqual([])
    registry.clearAccessLog()
    const gitRequests = git.requests.length
    const result = await action({
      command: 'promote',
      'from-environment': 'staging',
      'to-environment': 'production',
      ...trustInputs(keys.publicPem)
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      expect.stringMatching(new RegExp(`^gate 'signature' failed: .*${built.digest}`))
    ])
    expect(
      (await registry.syncAccessLog()).filter(e => !['GET', 'HEAD'].includes(e.method))
    ).toEqual([])
    expect(git.requests.slice(gitRequests).filter(r => r.path.includes('receive-pack'))).toEqual([])
    expect(github.requests).toEqual([])
  })

  it('signs at capture with a key, and production then accepts the digest', async () => {
    const captured = await action({
      command: 'capture',
      image: `${image}:${DEV_TAG}`,
      digest: built.digest,
      sign: 'true',
      signing: 'sigstore',
      'cosign-key': keys.privatePem,
      'tlog-upload': 'false'
    })
    expect(captured.errors).toEqual([])
    const logged = captured.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
    const keyLines = keys.privatePem
      .split('\n')
      .filter(l => l.length >= 8 && !l.startsWith('-----'))
    for (const line of keyLines) {
      expect(logged.join('\n')).not.toContain(line)
      expect(captured.stdout).toContain(`::add-mask::${line}`)
    }
    const result = await action({
      command: 'promote',
      'from-environment': 'staging',
      'to-environment': 'production',
      ...trustInputs(keys.publicPem)
    })
    expect(result.errors).toEqual([])
    expect(result.outputs['pull-request-number']).toMatch(/^\d+$/)
    const pr = github.pulls.at(-1)!
    expect(pr.body).toMatch(/\| signature \| passed \| sigstore/)
  })

  it('refuses a signature made by another key', async () => {
    const other = signingKeys()
    const result = await action({
      command: 'plan',
      'from-environment': 'staging',
      'to-environment': 'production',
      ...trustInputs(other.publicPem)
    })
    expect(result.exitCode).toBe(1)
    const [ours, theirs] = [keys.publicPem, other.publicPem].map(
      pem =>
        `sha256:${createHash('sha256')
          .update(createPublicKey(pem).export({ format: 'der', type: 'spki' }))
          .digest('hex')}`
    )
    // Signed, but by another key: said plainly, with both keys, and the fix is about keys.
    expect(result.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^gate 'signature' failed: ${built.digest} has no signature from key ${theirs}; ` +
            `found: bundle sha256:[0-9a-f]{12}… is signed by another key, ${ours}, not ${theirs}; ` +
            `fix: sign with key ${theirs}, or trust the key that did sign \\(public-key\\)$`
        )
      )
    ])
  })

  it('requires a signed promotion attestation from staging when asked', async () => {
    const next = await pushImage(registry, 'acme/app', 'dev-v2.1.0-abc1234-1700000100', {
      seed: 'next'
    })
    await git.commitDirect(
      REPO,
      'main',
      {
        'clusters/dev/kustomization.yaml': kustomization(image, {
          tag: 'dev-v2.1.0-abc1234-1700000100',
          digest: next.digest
        })
      },
      'deploy to dev'
    )
    const signingKey = {
      signing: 'sigstore',
      'cosign-key': keys.privatePem,
      'tlog-upload': 'false'
    }
    await action({
      command: 'capture',
      image: `${image}@${next.digest}`,
      sign: 'true',
      ...signingKey
    })
    const staged = await action({
      command: 'promote',
      'from-environment': 'dev',
      'to-environment': 'staging',
      sign: 'true',
      ...signingKey
    })
    expect(staged.errors).toEqual([])
    expect(staged.stdout).toMatch(/attested|attestation/i)
    const toProduction = {
      command: 'plan',
      'from-environment': 'staging',
      'to-environment': 'production',
      'require-attestation': 'true'
    }
    const ok = await action({ ...toProduction, ...trustInputs(keys.publicPem) })
    expect(ok.errors).toEqual([])
    expect(ok.stdout).toMatch(/attestation: passed/)
    const other = signingKeys()
    const refused = await action({ ...toProduction, ...trustInputs(other.publicPem) })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors[0]).toMatch(/^gate '(signature|attestation)' failed: /)
  })
})
