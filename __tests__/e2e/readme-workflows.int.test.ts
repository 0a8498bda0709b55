/**
 * README.md's workflows (build, promotion, rollback, and workflow 5's alias apply), run as
 * written through the built action against the real registry, git server and GitHub API: the
 * build workflow signs keylessly as a GitHub Actions workflow would (a certificate of the real
 * shape from an offline Fulcio), and the promotion and rollback workflows must pass their
 * signature gates with exactly the README's inputs. Only the place of things changes: ghcr.io
 * becomes the lab registry, and the Sigstore endpoints (fulcio-url, rekor-url, trusted-root)
 * point at the offline instance.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { X509Certificate } from '@sigstore/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { listReferrers, readReferrerLayer } from '../../src/registry/referrers.js'
import { SIGSTORE_BUNDLE_MEDIA_TYPE } from '../../src/signing/types.js'
import { actionMetadata } from '../harness/action-folder.js'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deployment, gitopsRepo, kustomization } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import {
  README,
  actionSteps,
  readmeWorkflows,
  stepAction,
  stepCommand,
  type ReadmeWorkflow,
  type Step
} from '../harness/readme.js'
import type { TestRegistry } from '../harness/registry.js'
import { pushFluxArtifact } from '../harness/flux-artifact.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger } from '../harness/test-logger.js'
import {
  GITHUB_ISSUER,
  githubActionsClaims,
  startSigstoreMock,
  unsignedJwt,
  type SigstoreMock
} from '../signing/sigstore-mock.js'

const REPO = 'acme/gitops'
const SHA_A = 'a1a1a1a1'.repeat(5)
const SHA_B = 'b2b2b2b2'.repeat(5)

/** The README workflow whose action step runs `command`, with that step. */
function workflowOf(command: string): { readme: ReadmeWorkflow; step: Step } {
  for (const readme of readmeWorkflows()) {
    const step = actionSteps(readme.workflow).find(s => stepCommand(s) === command)
    if (step) return { readme, step }
  }
  throw new Error(`README.md shows no workflow running command '${command}'`)
}

/** README.md's promotion.yaml with a floating alias (workflow 5), its images on `registry`. */
function aliasPromotionYaml(registry: string): string {
  const block =
    /^```yaml\n(# yaml-language-server[^\n]*\nenvironments:\n[^`]*?alias:[^`]*?)^```$/m.exec(
      README
    )?.[1]
  if (!block) throw new Error('README.md shows no promotion.yaml with an alias environment')
  return block.replaceAll('ghcr.io/', `${registry}/`)
}

/** The `workflow_dispatch` input defaults of a workflow. */
function dispatchDefaults(readme: ReadmeWorkflow): Record<string, string> {
  const on = readme.workflow.on as {
    workflow_dispatch?: { inputs?: Record<string, { default?: string | number | boolean }> }
  }
  return Object.fromEntries(
    Object.entries(on.workflow_dispatch?.inputs ?? {}).map(([k, v]) => [k, String(v.default ?? '')])
  )
}

/**
 * The step's `with:` as the runner would pass it: every `${{ expr }}` evaluated from `context`
 * (an expression the test does not know fails the test, naming it).
 */
function evaluate(step: Step, context: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([key, raw]) => [
      key,
      String(raw).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
        const value = context[expr]
        if (value === undefined) throw new Error(`README.md: no value for \${{ ${expr} }}`)
        return value
      })
    ])
  )
}

describe("README.md's workflows pass their own gates through the built action", () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let sigstore: SigstoreMock
  let workspace: string
  let image: string
  let run = 300
  // A key the README's readers might hold in repository variables; nothing is signed with it.
  const unrelatedKey = signingKeys().publicPem

  beforeAll(async () => {
    ;[{ registry, git, github }, sigstore] = await Promise.all([startLab(), startSigstoreMock()])
    image = `${registry.host}/acme/app`
    workspace = await mkdtemp(path.join(tmpdir(), 'readme-workflows-'))
    await copyFile(sigstore.trustedRootPath, path.join(workspace, 'trusted_root.json'))
  })
  afterAll(async () => {
    await Promise.all([stopLab({ registry, git, github }), sigstore?.stop()])
    if (workspace) await rm(workspace, { recursive: true, force: true })
  })

  /** Runs the README's step for `command`, with `context` for its expressions. */
  async function runStep(
    command: string,
    context: Record<string, string>,
    env: Record<string, string> = {}
  ): Promise<ActionResult> {
    const { readme, step } = workflowOf(command)
    const defaults = Object.fromEntries(
      Object.entries(dispatchDefaults(readme)).map(([k, v]) => [`inputs.${k}`, v])
    )
    const inputs = evaluate(step, {
      'github.repository': 'acme/app',
      'github.actor': 'octocat',
      'secrets.GITHUB_TOKEN': github.token,
      'secrets.GITOPS_TOKEN': git.token!,
      'vars.COSIGN_PUBLIC_KEY': unrelatedKey,
      ...defaults,
      ...context
    })
    if (inputs.image) inputs.image = inputs.image.replace(/^ghcr\.io\//, `${registry.host}/`)
    run++
    // The step's action folder: a sub-action's action.yml supplies its fixed command.
    const action = stepAction(step)!
    const result = await runAction({
      action,
      inputs: {
        ...inputs,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'trusted-root': 'trusted_root.json'
      },
      workspace,
      env: {
        ...labEnv({ registry, git, github }),
        COSIGN_BIN: '/nonexistent/cosign',
        GITHUB_RUN_ID: String(run),
        ...env
      }
    })
    const declared = Object.keys(actionMetadata(action).outputs ?? {})
    const undeclared = Object.keys(result.outputs).filter(o => !declared.includes(o))
    expect(undeclared, `outputs ${action}/action.yml does not declare`).toEqual([])
    return result
  }

  /** The build workflow: push `sha-<sha>`, then its capture step signs as the build workflow. */
  async function build(sha: string, seed: string): Promise<{ pushed: PushedImage; tag: string }> {
    const pushed = await pushImage(registry, 'acme/app', `sha-${sha}`, { seed })
    const { readme } = workflowOf('capture')
    expect(readme.file, `README.md line ${readme.line}: name the workflow file`).toBeDefined()
    const claims = githubActionsClaims({ repository: 'acme/app', workflow: readme.file!, sha })
    const result = await runStep(
      'capture',
      { 'github.sha': sha, 'steps.build.outputs.digest': pushed.digest },
      { GITHUB_SHA: sha, SIGSTORE_ID_TOKEN: unsignedJwt(claims) }
    )
    expect(result.errors).toEqual([])
    return { pushed, tag: result.outputs.tags }
  }

  async function promote(from: string, to: string): Promise<ActionResult> {
    const result = await runStep('promote', { 'inputs.from': from, 'inputs.to': to })
    expect(result.errors).toEqual([])
    return result
  }

  /** The signature gate of the ledger event a run wrote, on `ref`. */
  async function signatureGate(result: ActionResult, env: string, ref: string) {
    const event = JSON.parse(
      (await git.readFile(REPO, ref, `.promotions/${env}/${result.outputs['event-id']}.json`))!
    ) as { gates: Array<{ name: string; result: string; detail?: string }> }
    return event.gates.find(g => g.name === 'signature')
  }

  /** Merges a pull request as a reviewer would (fast-forward of main). */
  async function merge(result: ActionResult): Promise<void> {
    const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
    await runGitOk([
      '--git-dir',
      path.join(git.root, `${REPO}.git`),
      'update-ref',
      'refs/heads/main',
      `refs/heads/${pr.head.ref}`
    ])
    github.mergePull(pr.number)
  }

  it('signs at build as the workflow, with a certificate of GitHub Actions shape', async () => {
    const { pushed } = await build('c3c3c3c3'.repeat(5), 'shape')
    const logger = recordingLogger()
    const client = new RegistryClient({ keychain: new Keychain({ env: {}, logger }), logger })
    const ref = parseReference(`${image}@${pushed.digest}`)
    const referrers = await listReferrers(client, ref, pushed.digest, SIGSTORE_BUNDLE_MEDIA_TYPE)
    expect(referrers).toHaveLength(1)
    const { layer } = await readReferrerLayer(client, ref, referrers[0], SIGSTORE_BUNDLE_MEDIA_TYPE)
    const bundle = JSON.parse(layer!.toString('utf8')) as {
      verificationMaterial: { certificate: { rawBytes: string } }
    }
    const cert = X509Certificate.parse(
      Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64')
    )
    const identity = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'
    expect(cert.subjectAltName).toBe(identity)
    const ext = (n: number) => cert.extension(`1.3.6.1.4.1.57264.1.${n}`)
    for (let n = 8; n <= 22; n++) expect(ext(n), `extension 1.3.6.1.4.1.57264.1.${n}`).toBeDefined()
    expect(ext(8)?.value.toString('utf8')).toContain(GITHUB_ISSUER)
  })

  it('captures A and B, promotes each to production through pull requests, and rolls back', async () => {
    const a = await build(SHA_A, 'A')
    const seed = await pushImage(registry, 'acme/app', 'production-v0.9.0-ccc3333-1690000000', {
      seed: 'seed'
    })
    await git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: a.tag, digest: a.pushed.digest },
        staging: { tag: 'staging-v0.9.0-ccc3333-1690000000', digest: seed.digest },
        production: { tag: 'production-v0.9.0-ccc3333-1690000000', digest: seed.digest }
      })
    )
    const identity = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'
    const passed = {
      name: 'signature',
      result: 'passed',
      detail: expect.stringContaining(identity)
    }

    const staging = await promote('dev', 'staging')
    expect(await signatureGate(staging, 'staging', 'main')).toEqual(passed)
    const toProduction = await promote('staging', 'production')
    const pr = github.pulls.find(
      p => p.number === Number(toProduction.outputs['pull-request-number'])
    )!
    expect(await signatureGate(toProduction, 'production', pr.head.ref)).toEqual(passed)
    await merge(toProduction)

    const b = await build(SHA_B, 'B')
    await git.commitDirect(
      REPO,
      'main',
      {
        'clusters/dev/kustomization.yaml': kustomization(image, {
          tag: b.tag,
          digest: b.pushed.digest
        })
      },
      'deploy B to dev'
    )
    await promote('dev', 'staging')
    await merge(await promote('staging', 'production'))

    const rollback = await runStep('rollback', {})
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs).toMatchObject({
      digest: a.pushed.digest,
      'previous-digest': b.pushed.digest
    })
    const back = github.pulls.find(
      p => p.number === Number(rollback.outputs['pull-request-number'])
    )!
    expect(await signatureGate(rollback, 'production', back.head.ref)).toEqual(passed)
  })

  it("moves a floating alias with the apply workflow, after the promotion's pull request is merged", async () => {
    // Workflow 5's promotion.yaml, with a dev environment in front so staging's digest is recorded.
    const bundle = `${registry.host}/acme/app-manifests`
    const files = (replicas: number) => ({ 'deploy/app.yaml': `replicas: ${replicas}\n` })
    const a = await pushFluxArtifact(
      registry,
      'acme/app-manifests',
      'dev-v1.0.0-aaa1111-1700000001',
      files(2)
    )
    const seed = await pushFluxArtifact(registry, 'acme/app-manifests', 'production', files(1))
    const keys = signingKeys()
    await signImage(`${bundle}@${a.digest}`, keys.privatePem)
    const config = aliasPromotionYaml(registry.host).replace(
      'environments:\n',
      'environments:\n  - name: dev\n    path: clusters/dev\n'
    )
    await git.commitDirect(
      REPO,
      'main',
      {
        'promotion.yaml': config,
        'clusters/dev/kustomization.yaml': kustomization(bundle, {
          tag: 'dev-v1.0.0-aaa1111-1700000001',
          digest: a.digest
        }),
        'clusters/dev/deployment.yaml': deployment(),
        'clusters/staging/kustomization.yaml': kustomization(bundle, {
          tag: 'staging-v0.9.0-ccc3333-1690000000',
          digest: seed.digest
        })
      },
      'production is the floating production tag of the manifests bundle'
    )
    const promote = (from: string, to: string) =>
      runAction({
        inputs: {
          command: 'promote',
          'gitops-repository': REPO,
          'gitops-token': git.token!,
          'from-environment': from,
          'to-environment': to,
          ...trustInputs(keys.publicPem)
        },
        env: { ...labEnv({ registry, git, github }), GITHUB_RUN_ID: String(++run) }
      })
    expect((await promote('dev', 'staging')).errors).toEqual([])
    const toProduction = await promote('staging', 'production')
    expect(toProduction.errors).toEqual([])
    await merge(toProduction)

    // The GitOps repository's apply workflow, on the push of the merge.
    const applied = await runStep('apply', { 'secrets.GITHUB_TOKEN': git.token! })
    expect(applied.errors).toEqual([])
    expect(applied.outputs).toMatchObject({
      changed: 'true',
      digest: a.digest,
      'previous-digest': seed.digest
    })
    expect(await skopeoDigest(`${bundle}:production`)).toBe(a.digest)
    const again = await runStep('apply', { 'secrets.GITHUB_TOKEN': git.token! })
    expect(again.outputs).toMatchObject({ changed: 'false', digest: a.digest })
  })
})
