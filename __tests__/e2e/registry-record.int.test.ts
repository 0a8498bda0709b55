import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GitServer } from '../harness/git-server.js'
import { getManifest, type PushedImage } from '../harness/images.js'
import type { FaultProxy } from '../harness/proxy.js'
import { startRecordLab, type RecordLab } from '../harness/record-lab.js'
import type { TestRegistry } from '../harness/registry.js'

const REPO = 'acme/records'
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const EVENT_TYPE = 'application/vnd.digest-promote.event.v1+json'

/**
 * The ledger event is stored twice: in Git and next to the digest. When attaching it to the
 * digest failed, the Git record alone used to make every re-run a silent no-op, and
 * `status` never said the registry record was missing.
 */
describe('a registry record lost to a failed attach is reported and repaired', () => {
  let lab: RecordLab
  let registry: TestRegistry
  let git: GitServer
  let proxy: FaultProxy
  let built: PushedImage

  beforeAll(async () => {
    lab = await startRecordLab(REPO, DEV_TAG, OLD_TAG)
    ;({ registry, git, proxy, built } = lab)
  })
  afterAll(() => lab?.close())

  const action = (inputs: Record<string, string>) => lab.action(inputs)
  const promote = () =>
    action({ command: 'promote', 'from-environment': 'dev', 'to-environment': 'staging' })
  const status = (extra: Record<string, string> = {}) =>
    action({ command: 'status', environment: 'staging', ...extra })

  /** The event ids attached to the built digest (referrers tag schema of Debian's registry). */
  async function attachedIds(): Promise<string[]> {
    const index = await getManifest(registry, 'acme/app', built.digest.replace(':', '-'))
    if (index.status !== 200) return []
    const parsed = JSON.parse(index.bytes.toString()) as {
      manifests: Array<{ artifactType?: string; annotations?: Record<string, string> }>
    }
    return parsed.manifests
      .filter(m => m.artifactType === EVENT_TYPE)
      .map(m => m.annotations?.['dev.digest-promote.event.id'] ?? '')
  }

  let eventId = ''

  it('warns when the attach step fails, and still lands the promotion in Git', async () => {
    // Every push of an artifact manifest by digest fails (the retag pushes by tag).
    const fault = proxy.addFault({
      kind: 'status',
      status: 500,
      times: 1000,
      match: { method: 'PUT', pathIncludes: '/manifests/sha256:' }
    })
    const result = await promote()
    proxy.clearFaults()
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(fault.applied).toBeGreaterThan(0)
    eventId = result.outputs['event-id']!
    expect(eventId).not.toBe('')
    expect(result.stdout).toContain(`::warning::could not attach ledger event ${eventId}`)
    expect(await git.readFile(REPO, 'main', `.promotions/staging/${eventId}.json`)).toBeDefined()
    expect(await attachedIds()).toEqual([])
  })

  it('status says the Git event is missing from the registry, from Git and from the registry', async () => {
    const fromGit = await status()
    expect(fromGit.exitCode).toBe(0)
    expect(fromGit.outputs.drift).toBe('true')
    expect(fromGit.stdout).toContain(
      `event ${eventId} is recorded in Git but missing from the registry; re-run promote to repair it`
    )
    const fromRegistry = await status({ ledger: 'registry' })
    expect(fromRegistry.exitCode).toBe(0)
    expect(fromRegistry.stdout).toContain(
      `staging tag staging-v1.2.3-abc1234-1700000000 (${built.digest}) has no ledger record in the registry`
    )
  })

  it('a re-run changes nothing in Git but attaches the missing record; status is clean', async () => {
    const again = await promote()
    expect(again.errors).toEqual([])
    expect(again.outputs.changed).toBe('false')
    expect(again.stdout).toContain(`attached the missing registry record of event ${eventId}`)
    expect(await attachedIds()).toEqual([eventId])

    const fromGit = await status()
    expect(fromGit.outputs.drift).toBe('false')
    expect(fromGit.stdout).toContain('drift:       none')
    const fromRegistry = await status({ ledger: 'registry' })
    expect(fromRegistry.stdout).toContain(`moved by:    promotion ${eventId}`)
    expect(fromRegistry.stdout).not.toContain('no ledger record')

    // A further re-run finds the record and writes nothing to the registry.
    proxy.reset()
    const third = await promote()
    expect(third.outputs.changed).toBe('false')
    expect(third.stdout).not.toContain('attached the missing registry record')
    expect(proxy.count(r => !['GET', 'HEAD'].includes(r.method))).toBe(0)
  })
})
