import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MANIFEST_ACCEPT, getManifest, pushImage } from './images.js'
import type { PushedImage } from './images.js'
import { freePort, waitFor } from './ports.js'
import { startProxy } from './proxy.js'
import type { FaultProxy } from './proxy.js'
import { startRegistry } from './registry.js'
import type { TestRegistry } from './registry.js'

describe('fault proxy in front of a registry', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let image: PushedImage
  const manifestUrl = (): string => `${proxy.url}/v2/app/manifests/v1`
  const getRaw = (): Promise<Response> =>
    fetch(manifestUrl(), { headers: { accept: MANIFEST_ACCEPT } })

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startProxy(registry.url)
    image = await pushImage({ url: proxy.url }, 'app', 'v1', { layers: 2 })
  })
  afterEach(() => {
    proxy.clearFaults()
    proxy.reset()
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })

  it('forwards every request and rewrites upload Locations to itself', async () => {
    // A push made through the proxy: the blob PUTs only reach it if Location was rewritten.
    proxy.reset()
    await pushImage({ url: proxy.url }, 'app', 'v2', { layers: 2 })
    expect(proxy.count()).toBe(7)
    expect(proxy.count({ method: 'POST', status: 202 })).toBe(3)
    expect(proxy.count({ method: 'PUT', pathIncludes: '/blobs/uploads/', status: 201 })).toBe(3)
    expect(proxy.count(r => r.path === '/v2/app/manifests/v2' && r.status === 201)).toBe(1)
    const viaRegistry = await registry.syncAccessLog()
    expect(viaRegistry.filter(e => e.path.includes('/blobs/uploads/')).length).toBeGreaterThan(0)
  })

  it('answers 429 with Retry-After exactly `times` times, then passes through', async () => {
    const rule = proxy.addFault({
      kind: 'status',
      status: 429,
      retryAfter: 3,
      times: 2,
      match: { method: 'GET', pathIncludes: '/manifests/' }
    })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const res = await getRaw()
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBe('3')
        expect(await res.json()).toMatchObject({ errors: [{ code: 'TOOMANYREQUESTS' }] })
      } else {
        expect(Buffer.from(await res.arrayBuffer()).equals(image.bytes)).toBe(true)
      }
    }
    expect(statuses).toEqual([429, 429, 200])
    expect(rule).toMatchObject({ applied: 2, remaining: 0 })
    expect(proxy.count({ fault: 'status', status: 429 })).toBe(2)
  })

  it('answers 503 with a JSON error body and leaves other requests alone', async () => {
    proxy.addFault({ kind: 'status', status: 503, times: 1, match: { method: 'HEAD' } })
    expect((await getRaw()).status).toBe(200)
    const head = await fetch(manifestUrl(), {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT }
    })
    expect(head.status).toBe(503)
    const res = await fetch(`${proxy.url}/v2/app/tags/list`)
    expect(res.status).toBe(200)
    proxy.addFault({ kind: 'status', status: 503, times: 1 })
    const failed = await getRaw()
    expect(failed.status).toBe(503)
    expect(failed.headers.get('retry-after')).toBeNull()
    expect(await failed.json()).toMatchObject({ errors: [{ code: 'UNAVAILABLE' }] })
  })

  it('resets the connection mid-body, once', async () => {
    proxy.addFault({ kind: 'reset-mid-body', times: 1, match: { pathIncludes: '/manifests/' } })
    const res = await getRaw()
    expect(res.status).toBe(200)
    await expect(res.arrayBuffer()).rejects.toThrow()
    expect(proxy.requests[0]).toMatchObject({ status: 200, fault: 'reset-mid-body' })
    const again = await getManifest({ url: proxy.url }, 'app', 'v1')
    expect(again.digest).toBe(image.digest)
  })

  it('resets before any header when the body is empty', async () => {
    proxy.addFault({ kind: 'reset-mid-body', times: 1, match: { method: 'HEAD' } })
    await expect(fetch(manifestUrl(), { method: 'HEAD' })).rejects.toThrow()
    expect(proxy.requests[0]).toMatchObject({ status: 0, fault: 'reset-mid-body' })
  })

  it('drips a slow body without changing it', async () => {
    proxy.addFault({ kind: 'slow-body', delayMs: 5, chunkBytes: 128, times: 1 })
    const got = await getManifest({ url: proxy.url }, 'app', 'v1')
    expect(got.bytes.equals(image.bytes)).toBe(true)
    expect(proxy.count({ fault: 'slow-body' })).toBe(1)
  })

  it('applies latency and still logs every request', async () => {
    const slow = await startProxy(registry.url, { latencyMs: 20 })
    try {
      const got = await getManifest({ url: slow.url }, 'app', 'v1')
      expect(got.digest).toBe(image.digest)
      expect(slow.requests).toEqual([
        expect.objectContaining({ method: 'GET', path: '/v2/app/manifests/v1', status: 200 })
      ])
      expect(slow.latencyMs).toBe(20)
    } finally {
      await slow.stop()
    }
  })

  it('answers 502 when the target is down', async () => {
    const dead = await startProxy(`http://127.0.0.1:${await freePort()}`)
    try {
      expect((await fetch(`${dead.url}/v2/`)).status).toBe(502)
      expect(dead.count({ status: 502 })).toBe(1)
    } finally {
      await dead.stop()
    }
  })
})

describe('waitFor', () => {
  it('names what it waited for and the last error', async () => {
    const failing = (): boolean => {
      throw new Error('connection refused')
    }
    await expect(waitFor(failing, { what: 'the moon', timeoutMs: 50 })).rejects.toThrow(
      'timed out after 50 ms waiting for the moon; last error: connection refused'
    )
  })

  it('returns the first truthy value', async () => {
    let calls = 0
    expect(await waitFor(() => ++calls >= 3 && calls, { what: 'three calls' })).toBe(3)
  })
})
