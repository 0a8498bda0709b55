import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const PROD_OLD_TAG = 'production-v1.2.2-fff0000-1690000000'
const OLD_SHA = 'f'.repeat(8) + '0'.repeat(32)
const NEW_SHA = 'abc1234'.padEnd(40, '5')
const PROMOTE_SHA = '9'.repeat(40)

/**
 * The production pull request is what reviewers read. It used to offer only the CLI rollback
 * command, no link to the source changes, and a checklist in Flux's words. It now links the
 * build repository's compare view from the commit the replaced digest was built from to the
 * one the new digest was, names the rollback workflow (and `gh workflow run`), and its
 * checklist fits Flux and Argo CD alike.
 */
describe('the promotion pull request body', () => {
  let lab: Lab
  let image: string
  let built: PushedImage
  let old: PushedImage
  let body: string
  const REPO = 'acme/pr-body'

  beforeAll(async () => {
    lab = await startLab()
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG, { seed: 'built' })
    old = await pushImage(lab.registry, 'acme/app', PROD_OLD_TAG, { seed: 'old' })
    await pushImage(lab.registry, 'acme/app', STAGING_OLD_TAG, { seed: 'old' })
    await lab.git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: STAGING_OLD_TAG, digest: old.digest },
        production: { tag: PROD_OLD_TAG, digest: old.digest }
      })
    )
    const staging = await promote('dev', 'staging', NEW_SHA)
    expect(staging.errors).toEqual([])
    // What production runs was promoted there earlier, from a build of OLD_SHA.
    const id = staging.outputs['event-id']
    const event = JSON.parse(
      (await lab.git.readFile(REPO, 'main', `.promotions/staging/${id}.json`))!
    ) as Record<string, unknown>
    await lab.git.commitDirect(
      REPO,
      'main',
      {
        '.promotions/production/earlier.json': JSON.stringify({
          ...event,
          id: 'earlier',
          environment: 'production',
          digest: old.digest,
          previousDigest: null,
          fromEnvironment: 'staging',
          sourceTag: STAGING_OLD_TAG,
          targetTag: PROD_OLD_TAG,
          sourceRevision: OLD_SHA,
          timestamp: '2024-01-01T00:00:00.000Z'
        })
      },
      'an earlier production promotion'
    )
    const production = await promote('staging', 'production', PROMOTE_SHA)
    expect(production.errors).toEqual([])
    const pr = lab.github.pulls.find(
      p => p.number === Number(production.outputs['pull-request-number'])
    )!
    body = pr.body ?? ''
  })
  afterAll(async () => {
    await stopLab(lab)
  })

  function promote(from: string, to: string, sha: string): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'promote',
        image,
        'gitops-repository': REPO,
        'gitops-token': lab.git.token ?? '',
        'from-environment': from,
        'to-environment': to,
        'require-signature': 'false'
      },
      env: { ...labEnv(lab), GITHUB_TOKEN: lab.github.token ?? '', GITHUB_SHA: sha }
    })
  }

  it('links the source changes: a compare view from the old build to the new one', () => {
    const server = labEnv(lab).GITHUB_SERVER_URL
    expect(body).toContain('### Source changes')
    expect(body).toContain(
      `[\`${OLD_SHA.slice(0, 7)}...${NEW_SHA.slice(0, 7)}\`](${server}/acme/app/compare/${OLD_SHA}...${NEW_SHA})`
    )
  })

  it('names the rollback workflow, the gh command and the CLI command', () => {
    const server = labEnv(lab).GITHUB_SERVER_URL
    expect(body).toContain(`[rollback workflow](${server}/acme/app/actions/workflows/rollback.yml)`)
    expect(body).toContain(
      `\`gh workflow run rollback.yml --repo acme/app -f environment=production -f target=${old.digest}\``
    )
    expect(body).toContain(
      `\`npx digest-promote rollback --environment production --image ${image} --target ${old.digest}\``
    )
  })

  it('has a checklist for Flux and Argo CD users alike', () => {
    const checklist = body.slice(body.indexOf('### Review checklist'))
    expect(checklist).toContain('Argo CD')
    expect(checklist).toContain('Flux')
    expect(checklist).not.toContain('Flux ImagePolicy')
    expect(checklist).toMatch(/^- \[ \] .*Synced.*Healthy/m)
  })
})
