import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGitOk, type GitServer } from '../harness/git-server.js'
import { deploymentWithMarker, kustomization } from '../harness/gitops-fixture.js'
import type { PushedImage } from '../harness/images.js'
import { PIN_REPO, startPinLab, type PinLab } from '../harness/pin-lab.js'
import { eventProblem } from '../../src/ledger/validate.js'
// `unpin` hands a rolled-back environment back to Flux image automation without moving its
// digest: the pins a rollback wrote become live markers again, in the commit of a ledger event.
const REPO = PIN_REPO
const FILE = 'clusters/staging/deployment.yaml'
const B_TAG = 'staging-v1.1.0-bbb2222-1700000002'

describe('unpin restores the markers a rollback pinned, through the governed path', () => {
  let lab: PinLab
  let git: GitServer
  let image: string
  let a: PushedImage
  let b: PushedImage

  beforeAll(async () => {
    lab = await startPinLab(
      'unp',
      (img, staging) => ({
        [FILE]: deploymentWithMarker(img, staging),
        'clusters/staging/kustomization.yaml': `resources:\n  - deployment.yaml\n`
      }),
      900
    )
    ;({ git, image, a, b } = lab)
  })
  afterAll(() => lab?.close())

  const action = (inputs: Record<string, string>) => lab.action(inputs)
  const promoteToStaging = () =>
    action({ command: 'promote', 'from-environment': 'dev', 'to-environment': 'staging' })
  const checkout = (name: string) => lab.checkout(name, [FILE])
  const automation = (dir: string, ref: string) => lab.automation(dir, ref)
  const git2 = (...args: string[]) =>
    runGitOk(['--git-dir', path.join(git.root, `${REPO}.git`), ...args])

  let rollbackEvent = ''

  it('a rollback pins the marker, and an automation run with the newer image changes nothing', async () => {
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
    rollbackEvent = rollback.outputs['event-id']
    const dir = await checkout('pinned')
    const before = await readFile(path.join(dir, FILE), 'utf8')
    expect(before).toContain(
      `@${a.digest} # {"$imagepolicy-pinned": "flux-system:app", "event": "${rollbackEvent}"}`
    )
    const result = await automation(dir, `${image}:${B_TAG}@${b.digest}`)
    expect(result).toMatchObject({ exitCode: 0, stdout: 'no marker changed\n' })
    expect(await readFile(path.join(dir, FILE), 'utf8')).toBe(before)
  })

  it('unpin restores the marker in the commit of an unpinned event, keeping the digest', async () => {
    const pinned = (await git.readFile(REPO, 'main', FILE))!
    const unpin = await action({ command: 'unpin', environment: 'staging' })
    expect(unpin.errors).toEqual([])
    expect(unpin.outputs).toMatchObject({ digest: a.digest, changed: 'true' })
    const id = unpin.outputs['event-id']
    const files = await git2('show', '--name-only', '--format=%s', 'main')
    expect(files.trim().split('\n')).toEqual([
      `unpin(staging): ${image} staging-v1.0.0-aaa1111-1700000001 (${a.digest.slice(0, 19)})`,
      '',
      `.promotions/staging/${id}.json`,
      FILE
    ])
    // Its own file, even when it lands in the same second as the rollback of the same digest.
    expect(id).toMatch(/-unpinned$/)
    expect(id).not.toBe(rollbackEvent)
    const event = JSON.parse((await git.readFile(REPO, 'main', `.promotions/staging/${id}.json`))!)
    expect(eventProblem(event)).toBeUndefined()
    expect(event).toMatchObject({
      kind: 'unpinned',
      environment: 'staging',
      digest: a.digest,
      previousDigest: a.digest
    })
    // Only the comment changed: the pin is Flux's documented marker again.
    const restored = (await git.readFile(REPO, 'main', FILE))!
    expect(restored).toBe(
      pinned.replace(
        `{"$imagepolicy-pinned": "flux-system:app", "event": "${rollbackEvent}"}`,
        '{"$imagepolicy": "flux-system:app"}'
      )
    )
    const status = await action({ command: 'status', environment: 'staging' })
    expect(status.stdout).not.toContain('PINNED')
    expect(status.outputs).toMatchObject({ digest: a.digest, drift: 'false' })
  })

  it('the next automation run updates the field again', async () => {
    const dir = await checkout('unpinned')
    const result = await automation(dir, `${image}:${B_TAG}@${b.digest}`)
    expect(result.exitCode).toBe(0)
    expect(await readFile(path.join(dir, FILE), 'utf8')).toContain(
      `image: ${image}:${B_TAG}@${b.digest} # {"$imagepolicy": "flux-system:app"}`
    )
  })

  it('a second unpin has nothing to restore and says so, writing nothing', async () => {
    const head = await git2('rev-parse', 'main')
    const again = await action({ command: 'unpin', environment: 'staging' })
    expect(again.errors).toEqual([])
    expect(again.outputs.changed).toBe('false')
    expect(again.stdout).toContain(
      `note: staging has no marker pinned by a rollback for ${image}; nothing to unpin`
    )
    expect(await git2('rev-parse', 'main')).toBe(head)
  })

  it('a rollback after the unpin still goes back to the digest before the rollback', async () => {
    const rollback = await action({ command: 'rollback', environment: 'staging' })
    expect(rollback.errors).toEqual([])
    expect(rollback.outputs).toMatchObject({ digest: b.digest, 'previous-digest': a.digest })
  })
})
