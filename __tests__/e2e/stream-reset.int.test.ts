/**
 * A cross-registry retag streams each blob from the source's GET into the target's upload PUT.
 * A connection reset in the middle of that GET must be retried from a fresh upload session, and
 * a reset on every try must end the run with one line, never an uncaught socket error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/action-runner.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'

const SOURCE_TAG = 'staging-v3.0.0-abc1234-1700000003'
const OTHER_TAG = 'staging-v3.0.1-abc1234-1700000005'

describe('a reset mid-way through a streamed blob copy, through the built action', () => {
  let source: TestRegistry
  let target: TestRegistry
  let proxy: FaultProxy
  let image: PushedImage

  beforeAll(async () => {
    ;[source, target] = await Promise.all([startRegistry(), startRegistry()])
    proxy = await startProxy(source.url)
    image = await pushImage(source, 'acme/app', SOURCE_TAG, { layerSize: 256 * 1024 })
  })
  afterEach(() => {
    proxy.clearFaults()
    proxy.reset()
  })
  afterAll(async () => {
    await Promise.all([proxy?.stop(), source?.stop(), target?.stop()])
  })

  function retagAcross(tag: string, from = SOURCE_TAG) {
    return runAction({
      inputs: {
        command: 'retag',
        image: `${proxy.host}/acme/app:${from}`,
        'target-image': `${target.host}/acme/app`,
        tag
      }
    })
  }

  it('restarts the blob copy after one reset and lands the same digest', async () => {
    const fault = proxy.addFault({
      kind: 'reset-mid-body',
      match: { method: 'GET', pathIncludes: '/blobs/sha256:' },
      times: 1
    })
    const result = await retagAcross('production-v3.0.0-abc1234-1700000003')
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(fault.applied).toBe(1)
    expect(await skopeoDigest(`${target.host}/acme/app:production-v3.0.0-abc1234-1700000003`)).toBe(
      image.digest
    )
  })

  it('ends with one ::error:: line and resume advice when every try is reset', async () => {
    // Blobs of their own, so none is in the target registry yet.
    await pushImage(source, 'acme/app', OTHER_TAG, { layerSize: 256 * 1024, seed: 'other' })
    const fault = proxy.addFault({
      kind: 'reset-mid-body',
      match: { method: 'GET', pathIncludes: '/blobs/sha256:' },
      times: 1000
    })
    const result = await retagAcross('production-v3.0.1-abc1234-1700000005', OTHER_TAG)
    expect(result.exitCode).not.toBe(0)
    expect(fault.applied).toBeGreaterThan(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      /^pushing tag .*production-v3\.0\.1-abc1234-1700000005: GET .*\/blobs\/sha256:[0-9a-f]{64}: no answer .*\(after 5 tries\).*re-run/
    )
    expect(result.stdout + result.stderr).not.toMatch(/SocketError|\bat .*\.js:\d+/)
    const tags = await fetch(`${target.url}/v2/acme/app/tags/list`).then(r => r.json())
    expect(tags).not.toMatchObject({
      tags: expect.arrayContaining(['production-v3.0.1-abc1234-1700000005'])
    })
  })
})
