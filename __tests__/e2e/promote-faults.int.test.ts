import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { gitopsRepo, kustomization, type Pin } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import { signImage, signingKeys, trustInputs } from '../harness/signing.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const OLD_STAGING_TAG = 'staging-v1.2.2-fff0000-1690000000'
const OLD_PROD_TAG = 'production-v1.2.2-fff0000-1690000000'

/** Every write a run could have made, collected from the three servers. */
interface Writes {
  registry: string[]
  git: string[]
  github: string[]
}

describe('promote refuses faults with one line, writing nothing', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let built: PushedImage
  let old: PushedImage
  const keys = signingKeys()

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    image = `${registry.host}/acme/app`
    built = await pushImage(registry, 'acme/app', DEV_TAG)
    old = await pushImage(registry, 'acme/app', OLD_PROD_TAG, { seed: 'old' })
    await signImage(`${image}@${built.digest}`, keys.privatePem)
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
  })

  const devPin = (): Pin => ({ tag: DEV_TAG, digest: built.digest })
  const stagingPin = (): Pin => ({ tag: OLD_STAGING_TAG, digest: old.digest })

  function promote(
    repo: string,
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
        'gitops-repository': repo,
        'gitops-token': git.token,
        ...extra
      },
      env: labEnv({ registry, git, github })
    })
  }

  /** Starts watching the servers; the returned function lists the writes since. */
  function watchWrites(): () => Promise<Writes> {
    registry.clearAccessLog()
    const gitStart = git.requests.length
    const githubStart = github.requests.length
    return async () => ({
      registry: (await registry.syncAccessLog())
        .filter(e => !['GET', 'HEAD'].includes(e.method))
        .map(e => `${e.method} ${e.path}`),
      git: git.requests
        .slice(gitStart)
        .filter(r => r.path.endsWith('/git-receive-pack') || r.query.includes('git-receive-pack'))
        .map(r => `${r.method} ${r.path}`),
      github: github.requests
        .slice(githubStart)
        .filter(r => r.method !== 'GET')
        .map(r => `${r.method} ${r.path}`)
    })
  }
  const nothing: Writes = { registry: [], git: [], github: [] }

  /** Ids of the ledger events of `env` at `ref`. */
  async function ledgerIds(repo: string, ref: string, env: string): Promise<string[]> {
    const out = await runGitOk([
      '--git-dir',
      path.join(git.root, `${repo}.git`),
      'ls-tree',
      '--name-only',
      `${ref}:.promotions/${env}`
    ])
    return out
      .split('\n')
      .filter(f => f.endsWith('.json'))
      .map(f => f.slice(0, -'.json'.length))
  }

  it('refuses a from environment whose source tag resolves to another digest', async () => {
    const repo = 'acme/faults-source'
    const srcImage = `${registry.host}/acme/source`
    const src = await pushImage(registry, 'acme/source', DEV_TAG, { seed: 'tested' })
    await git.createRepo(
      repo,
      gitopsRepo(srcImage, {
        dev: { tag: DEV_TAG, digest: src.digest },
        staging: { tag: OLD_STAGING_TAG, digest: old.digest }
      })
    )
    // Someone moves the dev tag to other bytes after dev was deployed and tested.
    const moved = await pushImage(registry, 'acme/source', DEV_TAG, { seed: 'untested' })
    const writes = watchWrites()
    const result = await runAction({
      inputs: {
        command: 'promote',
        'from-environment': 'dev',
        'to-environment': 'staging',
        image: srcImage,
        'gitops-repository': repo,
        'gitops-token': git.token
      },
      env: labEnv({ registry, git, github })
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `gate 'source' failed: dev pins ${src.digest}, but ${srcImage}:${DEV_TAG} resolves to ${moved.digest}; fix: promote what dev runs: fix the tag in the registry or the digest in dev's files`
    ])
    expect(await writes()).toEqual(nothing)
    expect(await git.log(repo, 'main')).toHaveLength(1)
  })

  it('refuses a to environment with no images entry and no marker for the image', async () => {
    const repo = 'acme/faults-unpinned'
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin() }))
    const writes = watchWrites()
    const result = await promote(repo, 'dev', 'staging')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `clusters/staging has no kustomization images entry, $imagepolicy marker or values target for ${image}; add one so the promotion has somewhere to write`
    ])
    expect(await writes()).toEqual(nothing)
  })

  it('refuses a marker file in the to environment that is not valid YAML, naming it', async () => {
    const repo = 'acme/faults-yaml'
    // The marker line parses; the line after it is indented into the sequence item's scalar.
    const broken = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ${image}:${OLD_STAGING_TAG}@${old.digest} # {"$imagepolicy": "flux-system:app"}
        resources: {
`
    await git.createRepo(repo, {
      ...gitopsRepo(image, { dev: devPin(), staging: stagingPin() }),
      'clusters/staging/worker.yaml': broken,
      // An unparsable file without a marker is not ours to read (Flux screens files the same way).
      'clusters/staging/chart/template.yaml': 'image: {{ .Values.image }}\n  : :\n'
    })
    const writes = watchWrites()
    const result = await promote(repo, 'dev', 'staging')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'clusters/staging/worker.yaml:11:1: invalid YAML: All mapping items must start at the same column; the file carries an $imagepolicy marker, so it cannot be skipped: fix the YAML'
    ])
    expect(await writes()).toEqual(nothing)
    expect(await git.readFile(repo, 'main', 'clusters/staging/worker.yaml')).toBe(broken)
  })

  it("promotes the image's own marker and leaves markers of other policies as they are", async () => {
    const repo = 'acme/faults-policies'
    const sidecar = `${registry.host}/acme/sidecar`
    const before = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: ${image}:${OLD_STAGING_TAG}@${old.digest} # {"$imagepolicy": "flux-system:app"}
        - name: sidecar
          image: ${sidecar}:1.0.0 # {"$imagepolicy": "flux-system:sidecar"}
        - name: metrics
          image: ghcr.io/acme/metrics
          env:
            - name: METRICS_VERSION
              value: "0.3.1" # {"$imagepolicy": "monitoring:no-such-policy:tag"}
`
    await git.createRepo(repo, {
      ...gitopsRepo(image, { dev: devPin() }),
      'clusters/staging/deployment.yaml': before
    })
    const result = await promote(repo, 'dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({
      changed: 'true',
      digest: built.digest,
      'previous-digest': old.digest,
      'target-tag': STAGING_TAG
    })
    expect(await git.readFile(repo, 'main', 'clusters/staging/deployment.yaml')).toBe(
      before.replace(
        `${image}:${OLD_STAGING_TAG}@${old.digest}`,
        `${image}:${STAGING_TAG}@${built.digest}`
      )
    )
    expect(await git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml')).toBe(
      kustomization(image, undefined)
    )
  })

  it('refuses a tag template with an unknown placeholder', async () => {
    const repo = 'acme/faults-template'
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    const writes = watchWrites()
    const result = await promote(repo, 'dev', 'staging', { 'tag-template': '{env}-{foo}' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "input 'tag-template': unknown placeholder {foo} in '{env}-{foo}'; use {env}, {version}, {sha}, {ts} or {now}"
    ])
    expect(await writes()).toEqual(nothing)
  })

  it('lands on main on the third push after the server refused two', async () => {
    const repo = 'acme/faults-retry'
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await git.rejectNextPushes(repo, 2, 'main is busy')
    const before = await git.log(repo, 'main')
    const result = await promote(repo, 'dev', 'staging')
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(result.stdout.match(/::warning::push to main refused/g)).toHaveLength(2)
    const after = await git.log(repo, 'main')
    expect(after).toHaveLength(before.length + 1)
    expect(after[1]).toEqual(before[0])
    expect(after[0].sha).toBe(result.outputs['commit-sha'])
    expect(
      await git.readFile(repo, 'main', `.promotions/staging/${result.outputs['event-id']}.json`)
    ).toContain(`"digest": "${built.digest}"`)
  })

  it('stops after three refused pushes with main unchanged, and a re-run lands', async () => {
    const repo = 'acme/faults-refused'
    await git.createRepo(repo, gitopsRepo(image, { dev: devPin(), staging: stagingPin() }))
    await git.rejectNextPushes(repo, 3, 'main is busy')
    const before = await git.log(repo, 'main')
    const result = await promote(repo, 'dev', 'staging')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      'push to main was refused 3 times (last: ! HEAD:refs/heads/main [remote rejected] (pre-receive hook declined)); ' +
        `done so far: registry tag ${image}:${STAGING_TAG} names ${built.digest}; ` +
        're-run the job, after fixing that, to write the promotion to Git (the tag is kept)'
    ])
    expect(result.stdout.match(/::warning::push to main refused.*/g)).toEqual([
      expect.stringContaining('try 2'),
      expect.stringContaining('try 3')
    ])
    expect(await git.log(repo, 'main')).toEqual(before)
    expect(await git.branches(repo)).toEqual(['main'])
    // The hook has no refusals left: the same promotion now lands.
    const again = await promote(repo, 'dev', 'staging')
    expect(again.errors).toEqual([])
    expect(again.outputs.changed).toBe('true')
    expect(await git.log(repo, 'main')).toHaveLength(before.length + 1)
  })

  it('advises pull-requests: write when the token may not open the pull request, and resumes', async () => {
    const repo = 'acme/faults-pr'
    const branch = 'promote/production/acme-app'
    await git.createRepo(
      repo,
      gitopsRepo(image, {
        dev: devPin(),
        staging: stagingPin(),
        production: { tag: OLD_PROD_TAG, digest: old.digest }
      })
    )
    expect((await promote(repo, 'dev', 'staging')).errors).toEqual([])
    github.setPermissionDenied('pulls/create')
    let denied: ActionResult
    try {
      denied = await promote(repo, 'staging', 'production', trustInputs(keys.publicPem))
    } finally {
      github.clearPermissionDenied('pulls/create')
    }
    expect(denied.exitCode).toBe(1)
    // The branch is pushed (idempotent); only the pull request is missing.
    expect(await git.branches(repo)).toEqual(['main', branch])
    const [pushed] = await git.log(repo, branch)
    // The line names the permission, says the tag and the branch exist, and what a re-run does.
    expect(denied.errors).toEqual([
      `creating the pull request ${branch} -> main: 403 Resource not accessible by integration - https://docs.github.com/rest; the token may not write pull requests: give the workflow 'permissions: pull-requests: write' and 'contents: write' (and allow GitHub Actions to create pull requests in the repository settings), or pass a token that may; ` +
        `done so far: registry tag ${image}:production-v1.2.3-abc1234-1700000000 names ${built.digest}, branch ${branch} is pushed (${pushed.sha.slice(0, 12)}); ` +
        're-run the job, after fixing that, to open the pull request for that branch (the branch is reused, not rebuilt)'
    ])
    const firstEvents = await ledgerIds(repo, branch, 'production')
    expect(firstEvents).toHaveLength(1)
    expect(github.pulls.filter(p => p.repo === 'faults-pr')).toEqual([])

    const resumed = await promote(repo, 'staging', 'production', trustInputs(keys.publicPem))
    expect(resumed.errors).toEqual([])
    expect(github.failures).toEqual([])
    expect(resumed.outputs).toMatchObject({ changed: 'true', digest: built.digest })
    const prs = github.pulls.filter(p => p.repo === 'faults-pr')
    expect(prs).toHaveLength(1)
    expect(prs[0]).toMatchObject({
      number: Number(resumed.outputs['pull-request-number']),
      state: 'open',
      head: { ref: branch },
      base: { ref: 'main' }
    })
    // The re-run kept the first run's event and only added the pull request number to it.
    expect(resumed.outputs['event-id']).toBe(firstEvents[0])
    expect(await ledgerIds(repo, branch, 'production')).toEqual(firstEvents)
    const branchLog = await git.log(repo, branch)
    expect(branchLog[1]).toEqual((await git.log(repo, 'main'))[0])
    expect(branchLog[0].sha).not.toBe(pushed.sha)
    expect(await git.readFile(repo, branch, 'clusters/production/kustomization.yaml')).toContain(
      `digest: ${built.digest}`
    )
    const event = JSON.parse(
      (await git.readFile(
        repo,
        branch,
        `.promotions/production/${resumed.outputs['event-id']}.json`
      ))!
    )
    expect(event.pullRequest).toEqual({
      number: prs[0].number,
      url: expect.stringContaining(`/pull/${prs[0].number}`)
    })
  })
})
