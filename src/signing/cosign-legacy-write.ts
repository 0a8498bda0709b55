/**
 * Writes a signature in cosign's legacy `.sig` layout (see cosign-layout.ts), so tools that read
 * only that layout (cosign before v3, policy-controller, Kyverno's cosign verifier) see it.
 *
 * The signature comes from a Sigstore message-signature bundle over the simple signing payload:
 * its signature, certificate and Rekor entry (hashedrekord with its SignedEntryTimestamp) are
 * exactly what cosign's annotations hold.
 *
 * @module
 */

import { X509Certificate } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import { sha256Digest, type RegistryClient } from '../registry/client.js'
import { MediaType, type Descriptor } from '../registry/media-types.js'
import type { ImageReference } from '../registry/reference.js'
import { bareRepository } from '../registry/referrers.js'
import {
  CosignAnnotation,
  type CosignSignatureLayer,
  type RekorBundle,
  signatureAnnotations,
  signatureImage,
  signatureLayers,
  signatureTag
} from './cosign-layout.js'

/** What {@link attachCosignSignature} did. */
export interface CosignSignatureWrite {
  /** The `.sig` tag written (or found already holding the signature). */
  tag: string
  /** Digest of the `.sig` manifest now under the tag. */
  manifestDigest: string
  /** False when the tag already held this exact signature. */
  created: boolean
}

/**
 * The layer cosign would write for `payload` signed into `bundle` (a message signature): the
 * base64 signature, the Fulcio certificate (its chain left empty: the trusted root holds it),
 * and the Rekor bundle of its first log entry with an inclusion promise.
 */
export function cosignLayerFromBundle(payload: Buffer, bundle: Bundle): CosignSignatureLayer {
  if (bundle.content.$case !== 'messageSignature') {
    throw new Error('a cosign signature is a message signature, not a DSSE envelope')
  }
  const material = bundle.verificationMaterial
  const leaf =
    material.content.$case === 'x509CertificateChain'
      ? material.content.x509CertificateChain.certificates[0]?.rawBytes
      : material.content.$case === 'certificate'
        ? material.content.certificate.rawBytes
        : undefined
  const entry = material.tlogEntries.find(e => e.inclusionPromise)
  const rekorBundle: RekorBundle | undefined = entry?.inclusionPromise
    ? {
        SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString(
          'base64'
        ),
        Payload: {
          body: Buffer.from(entry.canonicalizedBody).toString('base64'),
          integratedTime: Number(entry.integratedTime),
          logIndex: Number(entry.logIndex),
          logID: Buffer.from(entry.logId?.keyId ?? Buffer.alloc(0)).toString('hex')
        }
      }
    : undefined
  return {
    payload,
    annotations: signatureAnnotations({
      signature: Buffer.from(bundle.content.messageSignature.signature),
      ...(leaf ? { certificatePem: new X509Certificate(Buffer.from(leaf)).toString() } : {}),
      ...(rekorBundle ? { rekorBundle } : {})
    })
  }
}

/**
 * Adds `layer` to the `.sig` manifest of `image`'s digest, keeping the layers already there
 * (cosign appends too); writes nothing when the same payload and signature are already in it.
 */
export async function attachCosignSignature(
  client: RegistryClient,
  image: ImageReference,
  layer: CosignSignatureLayer
): Promise<CosignSignatureWrite> {
  const digest = image.digest
  if (!digest) throw new Error(`${image.familiar} has no digest`)
  const repo = bareRepository(image)
  const tag = signatureTag(digest)
  const tagRef = repo.withTag(tag)
  const existing = (await client.head(tagRef, { push: true }))
    ? await client.get(tagRef, { push: true })
    : undefined
  const kept: Descriptor[] = existing ? signatureLayers(existing.bytes) : []
  const payloadDigest = sha256Digest(layer.payload)
  const signature = layer.annotations[CosignAnnotation.signature]
  if (
    existing &&
    kept.some(
      d => d.digest === payloadDigest && d.annotations?.[CosignAnnotation.signature] === signature
    )
  ) {
    return { tag, manifestDigest: existing.digest, created: false }
  }
  const { config, manifest } = signatureImage([
    ...kept.map(d => ({ digest: d.digest, size: d.size, annotations: d.annotations ?? {} })),
    layer
  ])
  for (const blob of [config, layer.payload]) {
    const d = sha256Digest(blob)
    if (!(await client.hasBlob(repo, d, true))) await client.uploadBlob(repo, d, blob)
  }
  const manifestDigest = sha256Digest(manifest)
  await client.put(repo, tag, {
    bytes: manifest,
    mediaType: MediaType.ociManifest,
    digest: manifestDigest
  })
  return { tag, manifestDigest, created: true }
}
