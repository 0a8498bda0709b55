import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startLab, stopLab, type Lab } from '../harness/lab.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { skopeoDigest } from '../harness/skopeo.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const OLD_STAGING_TAG = 'staging-v1.2.2-fff0000-1690000000'

/**
 * A run that fails after writing says what is already written and how to resume;
 * resuming finishes. The git server sits behind the fault proxy, which refuses the
 * credentials (401) on the push only, as an expired or read-only token would.
 */
describe('a run that fails part-way says what is done and how to resume', () => {
  let lab: Lab
  let gitProxy: FaultProxy
  let registryProxy: FaultProxy
  let image: string
  let built: PushedImage
  let old: PushedImage

  beforeAll(async () => {
    lab = await startLab()
    gitProxy = await startProxy(lab.git.url)
    registryProxy = await startProxy(lab.registry.url)
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG)
    old = await pushImage(lab.registry, 'acme/app', OLD_STAGING_TAG, { seed: 'old' })
  })
  afterAll(async () => {
    await Promise.all([gitProxy.stop(), registryProxy.stop()])
    await stopLab(lab)
  })

  async function createRepo(name: string, img = image, digest = built.digest): Promise<void> {
    await lab.git.createRepo(
      name,
      gitopsRepo(img, {
        dev: { tag: DEV_TAG, digest },
        staging: { tag: OLD_STAGING_TAG, digest: old.digest }
      })
    )
  }

  const env = (): Record<string, string> => ({
    GITHUB_SERVER_URL: gitProxy.url,
    GITHUB_API_URL: lab.github.url
  })

  /** The push's first request (`info/refs?service=git-receive-pack`) answers 401. */
  /**
   * Refuses every push after the first `after` ones: a new tag's claim is pushed before the tag
   * is written, so `after: 1` lets it through; a tag the registry already has needs no claim.
   */
  function refusePushes(after: number): void {
    gitProxy.addFault({
      kind: 'status',
      status: 401,
      match: { method: 'GET', pathIncludes: 'service=git-receive-pack' },
      times: 100,
      after
    })
  }

  it('names the pushed tag and the CLI command that resumes after a git 401, and that command finishes', async () => {
    const repo = 'acme/resume-cli'
    await createRepo(repo)
    const token = lab.git.token ?? ''
    const args = [
      'promote',
      '--from-environment',
      'dev',
      '--to-environment',
      'staging',
      '--image',
      image,
      '--gitops-repository',
      repo,
      `--gitops-token=${token}`
    ]
    refusePushes(1)
    let failed
    try {
      failed = await runCli(args, { env: env() })
    } finally {
      gitProxy.clearFaults()
    }
    expect(failed.exitCode).toBe(1)
    expect(failed.stderr).not.toContain(token)
    const line = failed.stderr.split('\n').find(l => l.startsWith('error: ')) ?? ''
    expect(line).toMatch(
      /^error: push to main was refused: the GitOps repository's server did not accept the credentials \(.+\); use a token that may push to it \(contents: write\); /
    )
    const resume = `digest-promote promote --from-environment dev --to-environment staging --image ${image} --gitops-repository ${repo} --gitops-token=***`
    expect(line).toContain(
      `; done so far: registry tag ${image}:${STAGING_TAG} names ${built.digest}; to write the promotion to Git (the tag is kept), after fixing that, run: ${resume}`
    )
    // The push was refused once, not retried with the same credentials.
    expect(gitProxy.count({ method: 'GET', status: 401 })).toBe(1)
    expect(await skopeoDigest(`${image}:${STAGING_TAG}`)).toBe(built.digest)
    expect(await lab.git.log(repo, 'main')).toHaveLength(1)

    const again = resume
      .replace('--gitops-token=***', `--gitops-token=${token}`)
      .split(' ')
      .slice(1)
    const resumed = await runCli(again, { env: env() })
    expect(resumed.stderr).not.toContain('error:')
    expect(resumed.exitCode).toBe(0)
    expect(resumed.stderr).toContain(`already tagged ${image}:${STAGING_TAG}`)
    expect(await lab.git.readFile(repo, 'main', 'clusters/staging/kustomization.yaml')).toContain(
      `newTag: "${STAGING_TAG}"\n    digest: ${built.digest}\n`
    )
  })

  it('tells the action to re-run the job after a git 401, and the re-run finishes', async () => {
    const repo = 'acme/resume-action'
    await createRepo(repo)
    const inputs = {
      command: 'promote',
      'from-environment': 'dev',
      'to-environment': 'staging',
      image,
      'gitops-repository': repo,
      'gitops-token': lab.git.token
    }
    // The CLI case above already tagged this digest: the first push is the promotion's.
    refusePushes(0)
    let failed
    try {
      failed = await runAction({ inputs, env: env() })
    } finally {
      gitProxy.clearFaults()
    }
    expect(failed.exitCode).toBe(1)
    expect(failed.errors).toHaveLength(1)
    expect(failed.errors[0]).toContain(
      `; done so far: registry tag ${image}:${STAGING_TAG} names ${built.digest}; re-run the job, after fixing that, to write the promotion to Git (the tag is kept)`
    )
    const resumed = await runAction({ inputs, env: env() })
    expect(resumed.errors).toEqual([])
    expect(resumed.outputs.changed).toBe('true')
    expect(await lab.git.log(repo, 'main')).toHaveLength(2)
  })

  it('does not retry a registry that refuses the credentials (403) on the tag write', async () => {
    const repo = 'acme/resume-registry'
    // A repository of its own, where the target tag does not exist yet.
    const own = await pushImage(lab.registry, 'acme/refused', DEV_TAG, { seed: 'refused' })
    const proxied = `${registryProxy.host}/acme/refused`
    await createRepo(repo, proxied, own.digest)
    registryProxy.addFault({
      kind: 'status',
      status: 403,
      match: { method: 'PUT', pathIncludes: '/manifests/' },
      times: 100
    })
    registryProxy.reset()
    let failed
    try {
      failed = await runAction({
        inputs: {
          command: 'promote',
          'from-environment': 'dev',
          'to-environment': 'staging',
          image: proxied,
          'gitops-repository': repo,
          'gitops-token': lab.git.token
        },
        env: env()
      })
    } finally {
      registryProxy.clearFaults()
    }
    expect(failed.exitCode).toBe(1)
    expect(failed.errors).toHaveLength(1)
    expect(failed.errors[0]).toContain('403')
    expect(registryProxy.count({ method: 'PUT', status: 403 })).toBe(1)
    expect(await lab.git.log(repo, 'main')).toHaveLength(1)
  })
})
