import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deploymentWithMarker, kustomization, type Pin } from '../harness/gitops-fixture.js'
import type { PushedImage } from '../harness/images.js'
import { PIN_REPO, startPinLab, type PinLab } from '../harness/pin-lab.js'
// A rollback under Flux image automation: the controller would write the policy's latest image
// back over a rolled-back field (fluxcd/flux2#4676) unless the rollback pins the field's marker.
const REPO = PIN_REPO
const STAGING = ['clusters/staging/deployment.yaml', 'clusters/staging/kustomization.yaml']
const OLD_EVENT = '20200101T000000Z-staging-acme-app-0123456789ab'

/** A kustomization whose images entry carries Flux part markers, as Flux's docs write it. */
function markedKustomization(image: string, pin: Pin): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: app
    newName: ${image} # {"$imagepolicy": "flux-system:app:name"}
    newTag: ${pin.tag} # {"$imagepolicy": "flux-system:app:tag"}
    digest: ${pin.digest} # {"$imagepolicy": "flux-system:app:digest"}
`
}

describe('rollback pins Flux markers so image automation leaves the rollback in place', () => {
  let lab: PinLab
  let git: GitServer
  let image: string
  let a: PushedImage
  let b: PushedImage

  beforeAll(async () => {
    lab = await startPinLab(
      'pin',
      (img, staging) => ({
        'clusters/staging/kustomization.yaml': markedKustomization(img, staging),
        'clusters/staging/deployment.yaml': deploymentWithMarker(img, staging)
      }),
      700
    )
    ;({ git, image, a, b } = lab)
  })
  afterAll(() => lab?.close())

  const action = (inputs: Record<string, string>) => lab.action(inputs)
  const promoteToStaging = () =>
    action({ command: 'promote', 'from-environment': 'dev', 'to-environment': 'staging' })
  const checkout = (name: string) => lab.checkout(name, STAGING)
  const automation = (dir: string, ref: string) => lab.automation(dir, ref)

  const read = (dir: string) => Promise.all(STAGING.map(f => readFile(path.join(dir, f), 'utf8')))

  let rollbackEvent = ''

  it('rolls staging back to A with every marker of the image pinned to the rollback event', async () => {
    expect((await promoteToStaging()).errors).toEqual([])
    await git.commitDirect(
      REPO,
      'main',
      {
        'clusters/dev/kustomization.yaml': kustomization(image, {
          tag: 'dev-v1.1.0-bbb2222-1700000002',
          digest: b.digest
        })
      },
      'deploy B to dev'
    )
    expect((await promoteToStaging()).errors).toEqual([])
    const rollback = await action({ command: 'rollback', environment: 'staging' })
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs).toMatchObject({ digest: a.digest, 'previous-digest': b.digest })
    rollbackEvent = rollback.outputs['event-id']
    const pin = (setter: string) =>
      `# {"$imagepolicy-pinned": "${setter}", "event": "${rollbackEvent}"}`
    const tagA = 'staging-v1.0.0-aaa1111-1700000001'
    const [deployment, kustom] = await read(await checkout('rolled-back'))
    expect(deployment).toContain(`image: ${image}:${tagA}@${a.digest} ${pin('flux-system:app')}`)
    expect(kustom).toContain(`newName: ${image} ${pin('flux-system:app:name')}`)
    expect(kustom).toContain(`newTag: ${tagA} ${pin('flux-system:app:tag')}`)
    expect(kustom).toContain(`digest: ${a.digest} ${pin('flux-system:app:digest')}`)
    expect(kustom + deployment).not.toContain('"$imagepolicy"')
  })

  it('an automation run with the newer image B leaves the pinned files as they are', async () => {
    const dir = await checkout('automated')
    const before = await read(dir)
    const result = await automation(dir, `${image}:staging-v1.1.0-bbb2222-1700000002@${b.digest}`)
    expect(result).toMatchObject({ exitCode: 0, stdout: 'no marker changed\n' })
    expect(await read(dir)).toEqual(before)
    // The same run over live markers would have undone the rollback.
    for (const file of STAGING) {
      const text = await readFile(path.join(dir, file), 'utf8')
      await writeFile(
        path.join(dir, file),
        text.replace(
          /\{"\$imagepolicy-pinned": ("[^"]+"), "event": "[^"]+"\}/g,
          '{"$imagepolicy": $1}'
        )
      )
    }
    await automation(dir, `${image}:staging-v1.1.0-bbb2222-1700000002@${b.digest}`)
    expect((await read(dir)).join('')).toContain(b.digest)
  })

  it('status shows each pin with its rollback event and time', async () => {
    const event = JSON.parse(
      (await git.readFile(REPO, 'main', `.promotions/staging/${rollbackEvent}.json`))!
    )
    const result = await action({ command: 'status', environment: 'staging' })
    expect(result.errors).toEqual([])
    for (const file of STAGING) {
      expect(result.stdout).toContain(
        `PINNED:      pinned by rollback ${rollbackEvent} since ${event.timestamp} (${file}, flux-system:app)`
      )
    }
    expect(result.outputs.drift).toBe('false')
  })

  it('audit reports a pin older than pin-max-age, in text and SARIF, and not a fresh one', async () => {
    const dir = await checkout('audited')
    await writeFile(
      path.join(dir, 'clusters/staging/worker.yaml'),
      `spec:\n  image: ${image}:v0@${a.digest} # {"$imagepolicy-pinned": "flux-system:worker", "event": "${OLD_EVENT}"}\n`
    )
    const text = await runCli(['audit', '.', '--pin-max-age', '30d'], { cwd: dir })
    const dp010 = text.stdout.split('\n').filter(l => l.includes('DP010'))
    expect(dp010).toEqual([
      expect.stringMatching(
        /^ +2 +warning +DP010 +the flux-system:worker marker has been pinned by rollback 20200101T000000Z-staging-acme-app-0123456789ab since 2020-01-01T00:00:00\.000Z \(\d+\.\d days, more than 30d\)/
      )
    ])
    const sarif = await runAction({
      inputs: { command: 'audit', format: 'sarif', 'sarif-file': 'audit.sarif' },
      workspace: dir
    })
    const log = JSON.parse(await readFile(path.join(dir, 'audit.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          ruleId: string
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>
        }>
      }>
    }
    const results = log.runs[0].results.filter(r => r.ruleId === 'DP010')
    expect(results).toHaveLength(1)
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'clusters/staging/worker.yaml'
    )
    expect(sarif.stdout).toMatch(
      /::warning title=DP010 [^,]*,file=clusters\/staging\/worker\.yaml,line=2::/
    )
    const bad = await runCli(['audit', '.', '--pin-max-age', 'a week'], { cwd: dir })
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toBe(
      "error: input 'pin-max-age': 'a week' is not a duration; use whole numbers with units s, m, h, d or w, e.g. 7d or 36h\n"
    )
  })

  it('the next promotion writes B and restores the markers in the commit of its event; automation then follows the policy again', async () => {
    const promoted = await promoteToStaging()
    expect(promoted.errors).toEqual([])
    expect(promoted.outputs.digest).toBe(b.digest)
    const files = await runGitOk([
      '--git-dir',
      path.join(git.root, `${REPO}.git`),
      'show',
      '--name-only',
      '--format=',
      'main'
    ])
    expect(files.trim().split('\n').sort()).toEqual(
      [...STAGING, `.promotions/staging/${promoted.outputs['event-id']}.json`].sort()
    )
    const dir = await checkout('restored')
    const [deployment, kustom] = await read(dir)
    expect(deployment).toContain(`@${b.digest} # {"$imagepolicy": "flux-system:app"}`)
    expect(kustom).toContain(`digest: ${b.digest} # {"$imagepolicy": "flux-system:app:digest"}`)
    expect(kustom + deployment).not.toContain('pinned')
    const status = await action({ command: 'status', environment: 'staging' })
    expect(status.stdout).not.toContain('PINNED')
    const c = `sha256:${'c'.repeat(64)}`
    const automated = await automation(dir, `${image}:staging-v1.2.0-ddd4444-1700000003@${c}`)
    expect(automated.exitCode).toBe(0)
    const [after, kustomAfter] = await read(dir)
    expect(after).toContain(`${image}:staging-v1.2.0-ddd4444-1700000003@${c} # {"$imagepolicy"`)
    expect(kustomAfter).toContain(`digest: ${c} # {"$imagepolicy": "flux-system:app:digest"}`)
  })
})
