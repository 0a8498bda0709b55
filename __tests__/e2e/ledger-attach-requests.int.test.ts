import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FaultProxy } from '../harness/proxy.js'
import { startRecordLab, type RecordLab } from '../harness/record-lab.js'

const REPO = 'acme/attach-requests'
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'

/** The proxy's log as `METHOD path status`, digests and upload session ids blanked. */
function requestLog(proxy: FaultProxy): string[] {
  return proxy.requests.map(r => {
    const path = r.path
      .replace(/\/blobs\/uploads\/[^?]+/, '/blobs/uploads/<id>')
      .replace(/\?.*$/, '')
      .replace(/sha256[:-][0-9a-f]{64}/g, m => (m.includes(':') ? '<digest>' : '<digest-tag>'))
    return `${r.method} ${path} ${r.status}`
  })
}

/**
 * Recording a promotion next to its digest on Debian's registry (no referrers API, so the
 * referrers tag schema): counted through the built action, then read back by `status`.
 */
describe('the registry record of a promotion, request by request', () => {
  let lab: RecordLab
  let proxy: FaultProxy

  beforeAll(async () => {
    lab = await startRecordLab(REPO, DEV_TAG, OLD_TAG)
    ;({ proxy } = lab)
  })
  afterAll(() => lab?.close())

  const action = (inputs: Record<string, string>) => lab.action(inputs)

  it('promotes in eleven requests: one to plan, four to tag, six to record the event with no empty config', async () => {
    proxy.reset()
    const result = await action({
      command: 'promote',
      'from-environment': 'dev',
      'to-environment': 'staging'
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const log = requestLog(proxy)
    const readBack = log.lastIndexOf(`HEAD /v2/acme/app/manifests/${STAGING_TAG} 200`)
    expect(log.slice(0, readBack + 1)).toEqual([
      // The plan reads the source manifest once; tagging copies those bytes.
      `GET /v2/acme/app/manifests/${DEV_TAG} 200`,
      // The claim's check, the check right before the write, the write and its read-back.
      `HEAD /v2/acme/app/manifests/${STAGING_TAG} 404`,
      `HEAD /v2/acme/app/manifests/${STAGING_TAG} 404`,
      `PUT /v2/acme/app/manifests/${STAGING_TAG} 201`,
      `HEAD /v2/acme/app/manifests/${STAGING_TAG} 200`
    ])
    expect(log.slice(readBack + 1)).toEqual([
      // The event blob (the artifact's config and layer), the artifact manifest, and the
      // referrers index read, write and read-back (this registry has no referrers API).
      'POST /v2/acme/app/blobs/uploads/ 202',
      'PUT /v2/acme/app/blobs/uploads/<id> 201',
      'PUT /v2/acme/app/manifests/<digest> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 404',
      'PUT /v2/acme/app/manifests/<digest-tag> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 200'
    ])

    const fromRegistry = await action({
      command: 'status',
      environment: 'staging',
      ledger: 'registry'
    })
    expect(fromRegistry.exitCode).toBe(0)
    expect(fromRegistry.stdout).toContain(`moved by:    promotion ${result.outputs['event-id']}`)
    expect(fromRegistry.stdout).not.toContain('no ledger record')
  })
})
