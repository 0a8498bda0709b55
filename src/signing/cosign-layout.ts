/**
 * cosign's legacy signature layout, as its signature spec and code write it: a tag
 * `sha256-<hex>.sig` in the image's repository holding an OCI image manifest whose layers are
 * "simple signing" payloads naming the signed digest, each layer annotated with its base64
 * signature and, for keyless signatures, the Fulcio certificate, its chain and the Rekor bundle.
 *
 * Everything here is pure: bytes in, bytes out, shaped exactly as cosign's Go code serialises
 * them (struct field order, Go's HTML escaping), so what we write is what cosign writes.
 *
 * See sigstore/cosign `specs/SIGNATURE_SPEC.md`, `pkg/oci/static/signature.go` (annotation
 * keys), `pkg/oci/empty/empty.go` and `pkg/oci/mutate/signatures.go` (the manifest), and
 * sigstore/sigstore `pkg/signature/payload/payload.go` (the payload).
 *
 * @module
 */

import { createHash } from 'node:crypto'
import { MediaType, type Descriptor } from '../registry/media-types.js'

/** Media type of a simple signing payload layer. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'

/** The config media type cosign's OCI signature manifests use. */
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json'

/** `critical.type` of a cosign image signature payload. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature'

/** Layer annotation keys (cosign `pkg/oci/static/signature.go`). */
export const CosignAnnotation = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
} as const

/** The Rekor bundle annotation (cosign `pkg/cosign/bundle/rekor.go` `RekorBundle`). */
export interface RekorBundle {
  /** Rekor's signature over the canonical JSON of {@link RekorBundle.Payload} (base64). */
  SignedEntryTimestamp: string
  /** The log entry the timestamp covers. */
  Payload: {
    /** The entry body, base64 of its canonical JSON. */
    body: string
    /** Unix seconds the log integrated the entry. */
    integratedTime: number
    /** Index of the entry in the log. */
    logIndex: number
    /** Hex SHA-256 of the log's public key (DER). */
    logID: string
  }
}

/** One signature of the layout: a payload and the annotations its layer carries. */
export interface CosignSignatureLayer {
  /** The simple signing payload bytes, exactly as signed. */
  payload: Buffer
  /** Layer annotations: at least {@link CosignAnnotation.signature}. */
  annotations: Record<string, string>
}

/** The tag cosign stores a digest's signatures under: `sha256-<hex>.sig`. */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`
}

/**
 * The simple signing payload cosign signs for `digest` of the image in `dockerReference` (the
 * repository, without tag or digest), in the field order cosign emits: sigstore's
 * `payload.SimpleContainerImage` with no optional claims.
 */
export function simpleSigningPayload(digest: string, dockerReference: string): Buffer {
  return goJson({
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': digest },
      type: COSIGN_SIGNATURE_TYPE
    },
    optional: null
  })
}

/** The annotations of one signature layer, keys and values as cosign writes them. */
export function signatureAnnotations(parts: {
  signature: Buffer
  certificatePem?: string
  chainPem?: string
  rekorBundle?: RekorBundle
}): Record<string, string> {
  const out: Record<string, string> = {}
  // cosign sets the chain annotation whenever it sets the certificate, even when empty.
  if (parts.certificatePem !== undefined) {
    out[CosignAnnotation.certificate] = parts.certificatePem
    out[CosignAnnotation.chain] = parts.chainPem ?? ''
  }
  if (parts.rekorBundle) {
    const { SignedEntryTimestamp, Payload } = parts.rekorBundle
    const { body, integratedTime, logIndex, logID } = Payload
    out[CosignAnnotation.bundle] = goJson({
      SignedEntryTimestamp,
      Payload: { body, integratedTime, logIndex, logID }
    }).toString('utf8')
  }
  out[CosignAnnotation.signature] = parts.signature.toString('base64')
  return out
}

/** A layer of a signature image: a payload, or (kept from an existing manifest) its descriptor. */
export type SignatureImageLayer =
  CosignSignatureLayer | { digest: string; size: number; annotations: Record<string, string> }

/**
 * The signature image of `layers`: its config blob and manifest bytes, as go-containerregistry
 * builds cosign's `empty.Signatures()` with one appended layer per signature.
 */
export function signatureImage(layers: SignatureImageLayer[]): {
  config: Buffer
  manifest: Buffer
} {
  const zero = '0001-01-01T00:00:00Z'
  const described = layers.map(l =>
    'payload' in l
      ? { digest: sha256(l.payload), size: l.payload.length, annotations: l.annotations }
      : l
  )
  const config = goJson({
    architecture: '',
    created: zero,
    history: described.map(() => ({ created: zero })),
    os: '',
    // The payload layers are uncompressed, so a layer's diff ID is its digest.
    rootfs: { type: 'layers', diff_ids: described.map(l => l.digest) },
    config: {}
  })
  const manifest = goJson({
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: sha256(config) },
    layers: described.map(l => ({
      mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
      size: l.size,
      digest: l.digest,
      annotations: sortedKeys(l.annotations)
    }))
  })
  return { config, manifest }
}

/** The layer descriptors of a signature manifest that hold simple signing payloads. */
export function signatureLayers(manifest: Buffer): Descriptor[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(manifest.toString('utf8'))
  } catch {
    return []
  }
  const layers = (parsed as { layers?: unknown } | null)?.layers
  if (!Array.isArray(layers)) return []
  return layers.filter(
    (l): l is Descriptor =>
      typeof l === 'object' &&
      l !== null &&
      (l as Descriptor).mediaType === SIMPLE_SIGNING_MEDIA_TYPE &&
      typeof (l as Descriptor).digest === 'string' &&
      typeof (l as Descriptor).size === 'number'
  )
}

/** `sha256:<hex>` of `bytes`. */
function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/**
 * JSON as Go's `encoding/json` writes it: compact, in the given key order, with `<`, `>`, `&`
 * and the line and paragraph separators escaped.
 */
function goJson(value: unknown): Buffer {
  const text = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return Buffer.from(text, 'utf8')
}

/** Go marshals maps with sorted keys. */
function sortedKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}
