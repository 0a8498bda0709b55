import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'
import { skopeoDigest } from '../harness/skopeo.js'

const REPO = 'acme/gitops'
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const PROD_OLD_TAG = 'production-v1.2.2-fff0000-1690000000'

describe('promote end to end through the built action', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let built: PushedImage
  let old: PushedImage
  let image: string
  const keys = signingKeys()

  beforeAll(async () => {
    // One token for Git and the API, as a GitHub token is for both.
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG, {
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ]
    })
    old = await pushImage(registry, 'acme/app', PROD_OLD_TAG, { seed: 'old' })
    await signImage(`${image}@${built.digest}`, keys.privatePem)
    await git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: 'staging-v1.2.2-fff0000-1690000000', digest: old.digest },
        production: { tag: PROD_OLD_TAG, digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  function promote(
    from: string,
    to: string,
    extra: Record<string, string> = {}
  ): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'promote',
        'from-environment': from,
        'to-environment': to,
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token,
        ...extra
      },
      env: { ...labEnv({ registry, git, github }), GITHUB_TOKEN: github.token }
    })
  }

  it('promotes dev to staging by a commit on main, with the tag, the files and a ledger event', async () => {
    const result = await promote('dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({
      changed: 'true',
      digest: built.digest,
      'target-tag': 'staging-v1.2.3-abc1234-1700000000',
      'pull-request-number': ''
    })
    const [head] = await git.log(REPO, 'main')
    expect(head.sha).toBe(result.outputs['commit-sha'])
    expect(head.subject).toBe(
      `promote(staging): ${image} staging-v1.2.3-abc1234-1700000000 (${built.digest.slice(0, 19)})`
    )
    const kustomization = await git.readFile(REPO, 'main', 'clusters/staging/kustomization.yaml')
    expect(kustomization).toContain(
      '  # the application image; digest-promote owns newTag and digest\n'
    )
    expect(kustomization).toContain(
      `    newTag: "staging-v1.2.3-abc1234-1700000000"\n    digest: ${built.digest}\n`
    )
    const eventFile = `.promotions/staging/${result.outputs['event-id']}.json`
    const event = JSON.parse((await git.readFile(REPO, 'main', eventFile))!)
    expect(event).toMatchObject({
      kind: 'promotion',
      environment: 'staging',
      image,
      digest: built.digest,
      fromEnvironment: 'dev',
      sourceTag: DEV_TAG,
      actor: 'octocat',
      pullRequest: null
    })
    expect(await skopeoDigest(`${image}:staging-v1.2.3-abc1234-1700000000`)).toBe(built.digest)
    expect(result.summary).toContain('Promoted to staging')
  })

  it('changes nothing when the same promotion runs again', async () => {
    const before = await git.log(REPO, 'main')
    const result = await promote('dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    expect(await git.log(REPO, 'main')).toEqual(before)
  })

  it('plans production without writing to the registry, Git or GitHub', async () => {
    registry.clearAccessLog()
    const gitRequests = git.requests.length
    const githubRequests = github.requests.length
    const result = await promote('staging', 'production', {
      'dry-run': 'true',
      ...trustInputs(keys.publicPem)
    })
    expect(result.errors).toEqual([])
    expect(result.stdout).toContain('nothing was written')
    expect(result.stdout).toContain(`+    digest: ${built.digest}`)
    expect(
      (await registry.syncAccessLog()).filter(e => !['GET', 'HEAD'].includes(e.method))
    ).toEqual([])
    expect(git.requests.slice(gitRequests).filter(r => r.path.includes('receive-pack'))).toEqual([])
    expect(github.requests.slice(githubRequests)).toEqual([])
  })

  it('opens a pull request for production with the checklist, and records its number in the event', async () => {
    const result = await promote('staging', 'production', trustInputs(keys.publicPem))
    expect(result.errors).toEqual([])
    expect(github.failures).toEqual([])
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'previous-digest': old.digest,
      'target-tag': 'production-v1.2.3-abc1234-1700000000'
    })
    const pr = github.pulls.find(p => p.number === Number(result.outputs['pull-request-number']))!
    expect(pr).toMatchObject({
      state: 'open',
      head: { ref: 'promote/production/acme-app' },
      base: { ref: 'main' },
      labels: ['promotion'],
      requestedReviewers: ['platform-lead']
    })
    expect(pr.title).toBe(`Promote ${image} to production (${built.digest.slice(0, 19)})`)
    expect(pr.body).toContain('### Review checklist')
    expect(pr.body).toContain(`--target ${old.digest}`)
    const branch = 'promote/production/acme-app'
    expect(await git.readFile(REPO, 'main', 'clusters/production/kustomization.yaml')).toContain(
      old.digest
    )
    const deploymentYaml = await git.readFile(REPO, branch, 'clusters/production/deployment.yaml')
    expect(deploymentYaml).toContain(
      `image: ${image}:production-v1.2.3-abc1234-1700000000@${built.digest} # {"$imagepolicy": "flux-system:app"}`
    )
    const event = JSON.parse(
      (await git.readFile(
        REPO,
        branch,
        `.promotions/production/${result.outputs['event-id']}.json`
      ))!
    )
    expect(event.pullRequest).toEqual({
      number: pr.number,
      url: expect.stringContaining(`/pull/${pr.number}`)
    })
    expect(await skopeoDigest(`${image}:production-v1.2.3-abc1234-1700000000`)).toBe(built.digest)
  })

  it('updates the same pull request on a re-run without pushing again', async () => {
    const pulls = github.pulls.length
    const [tip] = await git.log(REPO, 'promote/production/acme-app')
    const result = await promote('staging', 'production', trustInputs(keys.publicPem))
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    expect(github.pulls.length).toBe(pulls)
    expect((await git.log(REPO, 'promote/production/acme-app'))[0].sha).toBe(tip.sha)
  })

  it('refuses an environment path outside the repository, writing nothing', async () => {
    const result = await runAction({
      inputs: {
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        'to-path': '../outside',
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token
      },
      env: labEnv({ registry, git, github })
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "input 'to-path': '../outside' leaves the GitOps repository; use a path relative to its root, e.g. clusters/staging"
    ])
  })
})
