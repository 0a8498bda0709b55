/**
 * Real cosign signatures vendored from containers/image (see
 * `__tests__/fixtures/cosign/README.md`), and a way to push them into a registry in cosign's
 * legacy `.sig` layout.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { seededPublicGoodRoot } from '../../src/signing/public-good-root.js'
import {
  signatureImage,
  signatureTag,
  type CosignSignatureLayer
} from '../../src/signing/cosign-layout.js'
import { MediaType } from '../../src/registry/media-types.js'
import { putManifest, uploadBlob, type RegistryTarget } from '../harness/images.js'

/** The vendored fixtures. */
export const COSIGN_FIXTURES = fileURLToPath(new URL('../fixtures/cosign/', import.meta.url))

/** The vendored signature cases: a directory of containers/image's `signature/fixtures/`. */
export type CosignCase =
  'dir-img-cosign-valid' | 'dir-img-cosign-key-rekor-valid' | 'dir-img-cosign-fulcio-rekor-valid'

/** A cosign signature as containers/image stored it: payload and layer annotations. */
export interface CosignFixture extends CosignSignatureLayer {
  /** The digest the payload signs (`critical.image.docker-manifest-digest`). */
  digest: string
  /** The repository the payload names (`critical.identity.docker-reference`). */
  dockerReference: string
}

/**
 * Reads `signature-1` of a case: containers/image's "sigstore-json" file, a `\0sigstore-json\n`
 * line then `{mimeType, payload (base64), annotations}`, which are cosign's layer bytes.
 */
export function cosignFixture(name: CosignCase): CosignFixture {
  const raw = readFileSync(join(COSIGN_FIXTURES, name, 'signature-1'))
  const prefix = Buffer.from('\0sigstore-json\n')
  if (!raw.subarray(0, prefix.length).equals(prefix)) throw new Error(`${name}: not sigstore-json`)
  const json = JSON.parse(raw.subarray(prefix.length).toString('utf8')) as {
    payload: string
    annotations: Record<string, string>
  }
  const payload = Buffer.from(json.payload, 'base64')
  const claim = JSON.parse(payload.toString('utf8')) as {
    critical: {
      identity: { 'docker-reference': string }
      image: { 'docker-manifest-digest': string }
    }
  }
  return {
    payload,
    annotations: json.annotations,
    digest: claim.critical.image['docker-manifest-digest'],
    dockerReference: claim.critical.identity['docker-reference']
  }
}

/** A vendored public key's PEM: `cosign.pub` or `cosign2.pub`. */
export function cosignPublicKey(name: 'cosign.pub' | 'cosign2.pub'): string {
  return readFileSync(join(COSIGN_FIXTURES, name), 'utf8')
}

/**
 * Writes the public-good trusted root that `@sigstore/tuf` ships to `path`: the root the keyless
 * fixture (public-good Fulcio and Rekor, January 2023) verifies against, offline.
 */
export function writePublicGoodRoot(path: string): void {
  writeFileSync(path, JSON.stringify(TrustedRoot.toJSON(seededPublicGoodRoot())))
}

/** Pushes `layers` as the `.sig` manifest of `digest` in `repo`, as cosign lays it out. */
export async function pushCosignSignatures(
  registry: RegistryTarget,
  repo: string,
  digest: string,
  layers: CosignSignatureLayer[]
): Promise<string> {
  const { config, manifest } = signatureImage(layers)
  await uploadBlob(registry, repo, config)
  for (const layer of layers) await uploadBlob(registry, repo, layer.payload)
  return putManifest(registry, repo, signatureTag(digest), manifest, MediaType.ociManifest)
}
