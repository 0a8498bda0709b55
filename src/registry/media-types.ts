/**
 * Manifest media types the client accepts and re-sends unchanged
 * (OCI image-spec media-types.md; Docker image manifest v2 schema 2).
 */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json'
} as const

/**
 * Every manifest type at once: registries answer 404 for an OCI manifest when the
 * OCI type is missing from `Accept`, and try a schema 1 conversion for Docker ones.
 */
export const MANIFEST_ACCEPT = [
  MediaType.ociManifest,
  MediaType.ociIndex,
  MediaType.dockerManifest,
  MediaType.dockerList
].join(', ')

/** True for the two index types (OCI index and Docker manifest list). */
export function isIndex(mediaType: string): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList
}

/** An OCI content descriptor (image-spec descriptor.md): the parts we use. */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

/** The parts of a manifest or index that name other content. */
export interface ManifestContent {
  mediaType?: string
  config?: Descriptor
  layers?: Descriptor[]
  manifests?: Descriptor[]
  subject?: Descriptor
  artifactType?: string
}
