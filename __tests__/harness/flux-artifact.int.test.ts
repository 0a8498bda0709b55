/**
 * The Flux artifact fixture against the real registry, read back by skopeo (an independent OCI
 * client) and GNU tar. The expected format is fluxcd/pkg at commit
 * c635f881c403a2427f95710efb8a5f67194f78e3: `oci/globals.go` (media types), `oci/constants.go`
 * and `oci/meta.go` (annotations), `oci/push.go` (manifest and config), `tar/tar.go` (layer).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FLUX_ANNOTATIONS, FLUX_MEDIA_TYPES, pushFluxArtifact } from './flux-artifact.js'
import { registryFetch, sha256Digest } from './images.js'
import { startRegistry, type TestRegistry } from './registry.js'
import { requireTool } from './tools.js'

const run = promisify(execFile)

async function skopeoRaw(reference: string): Promise<Buffer> {
  const bin = requireTool('skopeo', 'apt-get install -y skopeo')
  const { stdout } = await run(bin, ['inspect', '--raw', '--tls-verify=false', reference], {
    encoding: 'buffer'
  })
  return stdout
}

describe('pushFluxArtifact', () => {
  let registry: TestRegistry

  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('pushes a Flux-format artifact that skopeo reads back with its media types and annotations', async () => {
    const files = {
      'apps/app/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
      'kustomization.yaml': 'resources: [apps/app/deployment.yaml]\n'
    }
    const revision = `main@sha1:${'a'.repeat(40)}`
    const pushed = await pushFluxArtifact(registry, 'acme/app-manifests', 'production', files, {
      [FLUX_ANNOTATIONS.revision]: revision
    })

    const raw = await skopeoRaw(`docker://${registry.ref('acme/app-manifests', 'production')}`)
    expect(sha256Digest(raw)).toBe(pushed.digest)
    const manifest = JSON.parse(raw.toString('utf8')) as {
      mediaType: string
      config: { mediaType: string; digest: string }
      layers: Array<{ mediaType: string; digest: string }>
      annotations: Record<string, string>
    }
    expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json')
    expect(manifest.layers.map(l => l.mediaType)).toEqual([
      'application/vnd.cncf.flux.content.v1.tar+gzip'
    ])
    expect(FLUX_MEDIA_TYPES.content).toBe(manifest.layers[0]?.mediaType)
    expect(manifest.annotations).toEqual({
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.source': 'https://github.com/acme/app-manifests'
    })

    // The layer is a real gzipped tar, laid out as fluxcd/pkg's tar.Tar writes it.
    const blob = await registryFetch(
      registry,
      'acme/app-manifests',
      `/v2/acme/app-manifests/blobs/${manifest.layers[0]?.digest ?? ''}`
    )
    expect(blob.status).toBe(200)
    const gz = Buffer.from(await blob.arrayBuffer())
    const tar = requireTool('tar', 'apt-get install -y tar')
    const listing = await new Promise<string>((resolve, reject) => {
      const child = execFile(tar, ['-tvzf', '-'], (err, stdout) => {
        if (err) reject(new Error(`tar -tvzf: ${err.message}`))
        else resolve(stdout)
      })
      child.stdin?.end(gz)
    })
    const names = listing
      .trim()
      .split('\n')
      .map(l => l.split(/\s+/).pop())
    expect(names).toEqual([
      '.',
      'apps',
      'apps/app',
      'apps/app/deployment.yaml',
      'kustomization.yaml'
    ])
    expect(listing).toMatch(/^-rw-r--r-- 0\/0 +\d+ .* apps\/app\/deployment\.yaml$/m)

    // The config's diff_ids name the uncompressed tar, as go-containerregistry v0.21.5 writes.
    const config = await registryFetch(
      registry,
      'acme/app-manifests',
      `/v2/acme/app-manifests/blobs/${manifest.config.digest}`
    )
    const configJson = (await config.json()) as {
      created: string
      rootfs: { diff_ids: string[] }
    }
    expect(configJson.created).toBe('2026-01-01T00:00:00Z')
    expect(configJson.rootfs.diff_ids).toEqual([sha256Digest(gunzipSync(gz))])
  })
})
