import { describe, expect, it } from 'vitest'
import {
  CosignAnnotation,
  OCI_CONFIG_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  signatureAnnotations,
  signatureImage,
  signatureTag,
  simpleSigningPayload,
  type RekorBundle
} from '../../src/signing/cosign-layout.js'
import { cosignFixture, type CosignCase } from './cosign-fixtures.js'

const cases: CosignCase[] = [
  'dir-img-cosign-valid',
  'dir-img-cosign-key-rekor-valid',
  'dir-img-cosign-fulcio-rekor-valid'
]

// What we write, compared byte for byte with what cosign wrote (vendored real signatures), and
// field by field with cosign's signature spec (specs/SIGNATURE_SPEC.md).
describe('cosign legacy layout', () => {
  it.each(cases)('writes the payload cosign signed, byte for byte (%s)', name => {
    const fixture = cosignFixture(name)
    expect(simpleSigningPayload(fixture.digest, fixture.dockerReference).toString('utf8')).toBe(
      fixture.payload.toString('utf8')
    )
  })

  it.each(cases)('writes the annotations cosign wrote, byte for byte (%s)', name => {
    const { annotations } = cosignFixture(name)
    const bundle = annotations[CosignAnnotation.bundle]
    const certificate = annotations[CosignAnnotation.certificate]
    const written = signatureAnnotations({
      signature: Buffer.from(annotations[CosignAnnotation.signature], 'base64'),
      ...(certificate
        ? { certificatePem: certificate, chainPem: annotations[CosignAnnotation.chain] }
        : {}),
      ...(bundle ? { rekorBundle: JSON.parse(bundle) as RekorBundle } : {})
    })
    expect(written).toEqual(annotations)
  })

  it('names the tag as the spec does', () => {
    expect(
      signatureTag('sha256:97fc222cee7991b5b061d4d4afdb5f3428fcb0c9054e1690313786befa1e4e36')
    ).toBe('sha256-97fc222cee7991b5b061d4d4afdb5f3428fcb0c9054e1690313786befa1e4e36.sig')
  })

  it('lays the manifest out as cosign does: OCI manifest, image config, one annotated layer per signature', () => {
    const a = cosignFixture('dir-img-cosign-valid')
    const b = cosignFixture('dir-img-cosign-fulcio-rekor-valid')
    const { config, manifest } = signatureImage([a, b])
    const m = JSON.parse(manifest.toString('utf8')) as Record<string, unknown>
    expect(Object.keys(m)).toEqual(['schemaVersion', 'mediaType', 'config', 'layers'])
    expect(m.schemaVersion).toBe(2)
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(m.config).toEqual({
      mediaType: OCI_CONFIG_MEDIA_TYPE,
      size: config.length,
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/)
    })
    const layers = m.layers as Array<Record<string, unknown>>
    expect(layers.map(l => Object.keys(l))).toEqual([
      ['mediaType', 'size', 'digest', 'annotations'],
      ['mediaType', 'size', 'digest', 'annotations']
    ])
    expect(layers.map(l => l.mediaType)).toEqual([
      SIMPLE_SIGNING_MEDIA_TYPE,
      SIMPLE_SIGNING_MEDIA_TYPE
    ])
    expect(layers[0].size).toBe(a.payload.length)
    expect(Object.keys(layers[1].annotations as object)).toEqual([
      'dev.cosignproject.cosign/signature',
      'dev.sigstore.cosign/bundle',
      'dev.sigstore.cosign/certificate',
      'dev.sigstore.cosign/chain'
    ])
    expect(JSON.parse(config.toString('utf8'))).toEqual({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }, { created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
      config: {}
    })
  })

  it('escapes HTML characters in JSON as Go does', () => {
    expect(simpleSigningPayload('sha256:x', 'a<b>&c').toString('utf8')).toContain(
      '"docker-reference":"a\\u003cb\\u003e\\u0026c"'
    )
  })
})
