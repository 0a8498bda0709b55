/**
 * The provenance gate through the built action: SLSA provenance of the real shape (the statement
 * GitHub writes, signed keylessly as the building workflow through an offline Fulcio with its
 * GitHub claims) attached to digests in the real registry, or stored in GitHub's attestations
 * API. Only a digest our CI built from our repository, on an allowed ref, with our workflow,
 * passes; every other case is refused with one line naming the gate, and nothing is written.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { createStatementSigner } from '../../src/signing/backends.js'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo, promotionYaml } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { recordingLogger } from '../harness/test-logger.js'
import { attachProvenance, provenanceStatement, type Build } from '../signing/provenance-fixture.js'
import {
  githubActionsClaims,
  startSigstoreMock,
  unsignedJwt,
  type GitHubWorkflowRun,
  type SigstoreMock
} from '../signing/sigstore-mock.js'

const WORKFLOW = '.github/workflows/build.yml'
const SHA = 'c0ffee00'.repeat(5)
/** The build our CI makes: acme/app's build workflow on main. */
const OURS: GitHubWorkflowRun = { repository: 'acme/app', workflow: WORKFLOW, sha: SHA }
const POLICY = {
  'require-provenance': 'true',
  'provenance-repository': 'acme/app',
  'provenance-ref': 'refs/heads/main|refs/tags/v.*',
  'provenance-workflow': WORKFLOW
}

describe('the provenance gate through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let sigstore: SigstoreMock
  let workspace: string
  let client: RegistryClient
  let n = 0

  beforeAll(async () => {
    ;[{ registry, git, github }, sigstore] = await Promise.all([startLab(), startSigstoreMock()])
    workspace = await mkdtemp(path.join(tmpdir(), 'provenance-'))
    await copyFile(sigstore.trustedRootPath, path.join(workspace, 'trusted_root.json'))
    const logger = recordingLogger()
    client = new RegistryClient({ keychain: new Keychain({ env: {}, logger }), logger })
  })
  afterAll(async () => {
    await Promise.all([stopLab({ registry, git, github }), sigstore?.stop()])
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  /**
   * A fresh image and GitOps repository: dev runs the new digest, staging an older one. With
   * `provenance`, the statement `provenance.build` is signed as `provenance.signer` and attached.
   */
  async function setUp(
    provenance?: { build: (digest: string) => Build; signer: GitHubWorkflowRun },
    config = promotionYaml()
  ): Promise<{ repo: string; image: string; built: PushedImage }> {
    const name = `acme/app${++n}`
    const built = await pushImage(registry, name, 'dev-v1.1.0-c0ffee0-1700000000', {
      seed: `new${n}`
    })
    const old = await pushImage(registry, name, 'staging-v1.0.0-fff0000-1690000000', {
      seed: `old${n}`
    })
    const image = `${registry.host}/${name}`
    const repo = `acme/gitops${n}`
    await git.createRepo(repo, {
      ...gitopsRepo(image, {
        dev: { tag: 'dev-v1.1.0-c0ffee0-1700000000', digest: built.digest },
        staging: { tag: 'staging-v1.0.0-fff0000-1690000000', digest: old.digest }
      }),
      'promotion.yaml': config
    })
    if (provenance) {
      const subject = { mediaType: built.mediaType, digest: built.digest, size: built.bytes.length }
      await attachProvenance(
        client,
        parseReference(`${image}@${built.digest}`),
        subject,
        provenanceStatement(provenance.build(built.digest)),
        provenance.signer,
        sigstore
      )
    }
    return { repo, image, built }
  }

  function action(
    command: 'plan' | 'promote',
    target: { repo: string; image: string },
    inputs: Record<string, string>
  ): Promise<ActionResult> {
    return runAction({
      inputs: {
        command,
        image: target.image,
        'gitops-repository': target.repo,
        'gitops-token': git.token!,
        'from-environment': 'dev',
        'to-environment': 'staging',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'trusted-root': 'trusted_root.json',
        signing: 'sigstore',
        ...inputs
      },
      workspace,
      env: labEnv({ registry, git, github })
    })
  }

  /** Runs `promote` and expects one line from the gate matching `reason`, and no write anywhere. */
  async function refused(
    target: { repo: string; image: string },
    reason: RegExp,
    inputs: Record<string, string> = POLICY
  ): Promise<void> {
    registry.clearAccessLog()
    const gitRequests = git.requests.length
    const apiRequests = github.requests.length
    const result = await action('promote', target, inputs)
    expect(result.errors).toEqual([expect.stringMatching(/^gate 'provenance' failed: /)])
    expect(result.errors[0]).toMatch(reason)
    expect(result.exitCode).toBe(1)
    const writes = (await registry.syncAccessLog()).filter(e => !['GET', 'HEAD'].includes(e.method))
    expect(writes).toEqual([])
    expect(git.requests.slice(gitRequests).filter(r => r.path.includes('receive-pack'))).toEqual([])
    expect(github.requests.slice(apiRequests).filter(r => r.method !== 'GET')).toEqual([])
  }

  const built = (run: GitHubWorkflowRun) => (digest: string) => ({ ...run, digest })

  it('passes provenance of our build, and the plan and the pull request show the build', async () => {
    const target = await setUp({ build: built(OURS), signer: OURS })
    const plan = await action('plan', target, POLICY)
    expect(plan.errors).toEqual([])
    expect(plan.stdout).toMatch(
      new RegExp(
        `provenance: passed \\(built by https://github.com/actions/runner/github-hosted from acme/app refs/heads/main at ${SHA.slice(0, 12)}`
      )
    )
    expect(plan.stdout).toContain(
      `builder https://github.com/actions/runner/github-hosted, repository acme/app, ref refs/heads/main, commit ${SHA}, workflow ${WORKFLOW}`
    )
    const promoted = await action('promote', target, { ...POLICY, 'write-mode': 'pull-request' })
    expect(promoted.errors).toEqual([])
    const pr = github.pulls.at(-1)!
    expect(pr.body).toContain('### Provenance')
    expect(pr.body).toContain(
      `| https://github.com/actions/runner/github-hosted | acme/app | refs/heads/main | \`${SHA}\` | ${WORKFLOW} |`
    )
    expect(github.failures).toEqual([])
  })

  it('refuses provenance of a build from another repository', async () => {
    const fork = { ...OURS, repository: 'mallory/app' }
    const target = await setUp({ build: built(fork), signer: fork })
    await refused(target, /was built from 'mallory\/app', not acme\/app/)
  })

  it('refuses provenance of a build from a ref the policy does not allow', async () => {
    const branch = { ...OURS, ref: 'refs/heads/main-experiment' }
    const target = await setUp({ build: built(branch), signer: branch })
    await refused(
      target,
      /was built from ref 'refs\/heads\/main-experiment', which does not match \^\(\?:refs\/heads\/main\|refs\/tags\/v\.\*\)\$/
    )
  })

  it('refuses provenance of a build by another workflow', async () => {
    const other = { ...OURS, workflow: '.github/workflows/debug.yml' }
    const target = await setUp({ build: built(other), signer: other })
    await refused(
      target,
      /was built by workflow '\.github\/workflows\/debug\.yml', not \.github\/workflows\/build\.yml/
    )
  })

  it('refuses a digest without provenance when promotion.yaml requires it', async () => {
    const config = promotionYaml().replace(
      '    write: commit\n',
      '    write: commit\n    requireProvenance: true\n'
    )
    const target = await setUp(undefined, config)
    await refused(
      target,
      /staging requires SLSA provenance of sha256:[0-9a-f]{64} from acme\/app.*, but none is attached to the digest or stored in acme\/app's attestations/,
      {
        'provenance-repository': 'acme/app'
      }
    )
  })

  it('refuses provenance of another digest attached to this one', async () => {
    const target = await setUp({
      build: () => ({ ...OURS, digest: `sha256:${'e'.repeat(64)}` }),
      signer: OURS
    })
    await refused(target, /is provenance of sha256:e{64}/)
  })

  it('refuses a statement its signing certificate contradicts', async () => {
    // Signed by a fork's workflow, but claiming to be our build.
    const target = await setUp({
      build: built(OURS),
      signer: { ...OURS, repository: 'mallory/app' }
    })
    await refused(
      target,
      /its certificate's source repository is 'https:\/\/github.com\/mallory\/app', but the statement says 'https:\/\/github.com\/acme\/app'/
    )
  })

  it("finds provenance in GitHub's attestations API when it is not in the registry", async () => {
    const target = await setUp()
    const bundle = await signedBundle(
      provenanceStatement({ ...OURS, digest: target.built.digest }),
      OURS
    )
    github.addAttestation({
      owner: 'acme',
      repo: 'app',
      subjectDigest: target.built.digest,
      predicateType: 'https://slsa.dev/provenance/v1',
      bundle: JSON.parse(bundle.toString('utf8')) as Record<string, unknown>
    })
    const plan = await action('plan', target, POLICY)
    expect(plan.errors).toEqual([])
    expect(plan.stdout).toMatch(/provenance: passed \(built by .* from acme\/app refs\/heads\/main/)
    expect(github.requests.some(r => r.operationId === 'repos/list-attestations')).toBe(true)
    expect(github.failures).toEqual([])
  })

  /** A bundle of `statement` signed as `signer`, not attached anywhere. */
  async function signedBundle(statement: Buffer, signer: GitHubWorkflowRun): Promise<Buffer> {
    const logger = recordingLogger()
    const signed = await createStatementSigner(
      client,
      parseReference(`${registry.host}/unused@sha256:${'0'.repeat(64)}`),
      {
        backend: 'sigstore',
        certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        fulcioUrl: sigstore.fulcioUrl,
        rekorUrl: sigstore.rekorUrl,
        trustedRoot: sigstore.trustedRootPath,
        tlogUpload: true,
        env: { SIGSTORE_ID_TOKEN: unsignedJwt(githubActionsClaims(signer)) }
      },
      'sigstore',
      undefined,
      logger
    ).signStatement(statement)
    return signed.bundle
  }
})
