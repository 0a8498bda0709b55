import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { eventId, type PromotionEvent } from '../../src/ledger/event.js'
import {
  EVENT_ARTIFACT_TYPE,
  attachEvent,
  attachEvents,
  readDigestEvents,
  uploadEventBlobs
} from '../../src/ledger/registry-ledger.js'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { listReferrers } from '../../src/registry/referrers.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { holdRequest, startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { recordingLogger } from '../harness/test-logger.js'

const logger = recordingLogger()

function newClient(): RegistryClient {
  return new RegistryClient({
    keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
    logger
  })
}

function promotion(ref: ImageReference, digest: string, environment: string): PromotionEvent {
  const at = new Date('2026-03-01T10:00:00Z')
  return {
    schemaVersion: 1,
    id: eventId(at, environment, ref.repository, digest),
    kind: 'promotion',
    environment,
    alias: { tag: `v1-${environment}`, floating: null },
    image: ref.repository,
    digest,
    previousDigest: null,
    fromEnvironment: 'dev',
    sourceTag: 'dev-v1',
    targetTag: `v1-${environment}`,
    sourceRevision: null,
    pipeline: {
      repository: null,
      workflow: null,
      runId: null,
      runAttempt: null,
      url: null,
      eventName: null
    },
    actor: null,
    timestamp: at.toISOString(),
    releaseLabel: null,
    gates: [],
    pullRequest: null,
    revertOf: null
  }
}

/** The proxy's log as `METHOD path status`, upload session ids and query values blanked. */
function requestLog(proxy: FaultProxy): string[] {
  return proxy.requests.map(r => {
    const path = r.path
      .replace(/\/blobs\/uploads\/[^?]+/, '/blobs/uploads/<id>')
      .replace(/\?.*$/, '')
      .replace(/sha256[:-][0-9a-f]{64}/g, m => (m.includes(':') ? '<digest>' : '<digest-tag>'))
    return `${r.method} ${path} ${r.status}`
  })
}

describe('ledger events attached to a digest on a registry without the referrers API', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  const images: PushedImage[] = []

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startProxy(registry.url)
    for (const seed of ['one', 'two', 'three', 'four']) {
      images.push(await pushImage(registry, 'acme/app', `dev-${seed}`, { seed }))
    }
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })
  beforeEach(() => {
    proxy.clearFaults()
    proxy.reset()
  })

  const ref = (reference: string) => parseReference(`${proxy.host}/acme/app:${reference}`)

  /** Retags `image` to staging with `client` (as a promotion does first) and returns its event. */
  async function promoted(client: RegistryClient, image: PushedImage): Promise<PromotionEvent> {
    await retag(client, ref(image.tag!), ref(`staging-${image.tag!}`))
    return promotion(ref(image.tag!), image.digest, 'staging')
  }

  it('costs six requests per image on a registry without the referrers API: blob upload, manifest, index read, write, read-back', async () => {
    const client = newClient()
    const events = [await promoted(client, images[0]), await promoted(client, images[1])]
    const sixRequests = [
      'POST /v2/acme/app/blobs/uploads/ 202',
      'PUT /v2/acme/app/blobs/uploads/<id> 201',
      'PUT /v2/acme/app/manifests/<digest> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 404',
      'PUT /v2/acme/app/manifests/<digest-tag> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 200'
    ]
    proxy.reset()
    await attachEvents(client, [ref('x')], events.slice(0, 1), logger)
    // The event blob is the artifact's config and its layer: no empty config to upload.
    expect(requestLog(proxy)).toEqual(sixRequests)
    proxy.reset()
    await attachEvents(client, [ref('x')], events.slice(1), logger)
    // The registry did not index the first record's subject, so the index is read while the
    // second record is uploaded, not after its manifest.
    const second = requestLog(proxy)
    expect([...second].sort()).toEqual([...sixRequests].sort())
    expect(second.indexOf('GET /v2/acme/app/manifests/<digest-tag> 404')).toBeLessThan(
      second.indexOf('PUT /v2/acme/app/manifests/<digest> 201')
    )
    // The referrers reader and the ledger reader of another run both find each event.
    for (const [i, event] of events.entries()) {
      const found = await readDigestEvents(newClient(), ref('x'), images[i].digest)
      expect(found.map(e => e.id)).toEqual([event.id])
      const listed = await listReferrers(newClient(), ref('x'), images[i].digest)
      expect(listed.map(d => d.artifactType)).toEqual([EVENT_ARTIFACT_TYPE])
    }
  })

  it('uploads the record blobs ahead of the attach, which then writes only the manifest and the index', async () => {
    const client = newClient()
    const event = await promoted(client, images[3])
    proxy.reset()
    await uploadEventBlobs(client, [ref('x')], [event], 4)
    expect(requestLog(proxy)).toEqual([
      'POST /v2/acme/app/blobs/uploads/ 202',
      'PUT /v2/acme/app/blobs/uploads/<id> 201'
    ])
    // Nothing refers to the blob yet: no record is listed before the attach.
    expect(await readDigestEvents(newClient(), ref('x'), images[3].digest)).toEqual([])
    proxy.reset()
    await attachEvents(client, [ref('x')], [event], logger)
    expect(requestLog(proxy)).toEqual([
      'PUT /v2/acme/app/manifests/<digest> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 404',
      'PUT /v2/acme/app/manifests/<digest-tag> 201',
      'GET /v2/acme/app/manifests/<digest-tag> 200'
    ])
    const found = await readDigestEvents(newClient(), ref('x'), images[3].digest)
    expect(found).toEqual([event])
  })

  it('keeps both events when two runs update the same referrers index at once', async () => {
    const image = images[2]
    const [clientA, clientB] = [newClient(), newClient()]
    const eventA = await promoted(clientA, image)
    const eventB = { ...promotion(ref(image.tag!), image.digest, 'production') }
    const indexPut = { method: 'PUT', pathIncludes: `/manifests/${image.digest.replace(':', '-')}` }
    const indexGet = { method: 'GET', pathIncludes: indexPut.pathIncludes }
    // A has read the (missing) index and is about to write it.
    const holdA = holdRequest(proxy, indexPut)
    const a = attachEvent(clientA, ref('x'), eventA)
    await holdA.reached
    // B reads the same index and is about to write it too.
    const holdB = holdRequest(proxy, indexPut)
    const b = attachEvent(clientB, ref('x'), eventB)
    await holdB.reached
    // A writes, then its read-back waits until B has overwritten A's index with B's alone.
    const readBackA = holdRequest(proxy, indexGet)
    holdA.release()
    await Promise.race([
      readBackA.reached,
      a.then(() => {
        throw new Error('A finished without reading the index back')
      })
    ])
    holdB.release()
    await b
    readBackA.release()
    await a
    const ids = (await readDigestEvents(newClient(), ref('x'), image.digest)).map(e => e.id)
    expect(ids.sort()).toEqual([eventA.id, eventB.id].sort())
  })
})
