import { describe, expect, it } from 'vitest'
import {
  capabilitiesOf,
  cosignSignArgs,
  cosignVerifyArgs,
  parseVerifyOutput,
  type CosignSignRequest,
  type CosignVerifyRequest
} from '../../src/signing/cosign-args.js'

const IMAGE = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64)
const V3 = capabilitiesOf('v3.0.2')
const V26 = capabilitiesOf('v2.6.1')
const V24 = capabilitiesOf('v2.4.3')
const V22 = capabilitiesOf('2.2.4')
const ISSUER = 'https://token.actions.githubusercontent.com'

describe('capabilitiesOf', () => {
  it.each([
    ['v3.0.2', true, true],
    ['v2.6.0', true, true],
    ['v2.5.3', false, true],
    ['v2.4.0', false, true],
    ['v2.2.4', false, false],
    ['devel', true, true]
  ])('%s: new bundle format %s, verify --trusted-root %s', (version, bundle, verifyRoot) => {
    const caps = capabilitiesOf(version)
    expect(caps.newBundleFormat).toBe(bundle)
    expect(caps.verifyTrustedRoot).toBe(verifyRoot)
  })
})

describe('cosignSignArgs', () => {
  const base: CosignSignRequest = { image: IMAGE, tlogUpload: true }
  it.each<[string, CosignSignRequest, typeof V3, string[]]>([
    [
      'keyless, public good, cosign 3',
      base,
      V3,
      ['sign', '--yes', '--new-bundle-format=true', IMAGE]
    ],
    ['keyless, cosign 2.2 (no bundle flag)', base, V22, ['sign', '--yes', IMAGE]],
    [
      'key file',
      { ...base, key: 'cosign.key' },
      V3,
      ['sign', '--yes', '--key', 'cosign.key', '--new-bundle-format=true', IMAGE]
    ],
    [
      'env:// key',
      { ...base, key: 'env://COSIGN_PRIVATE_KEY' },
      V3,
      ['sign', '--yes', '--key', 'env://COSIGN_PRIVATE_KEY', '--new-bundle-format=true', IMAGE]
    ],
    ...(
      [
        'awskms://arn:aws:kms:us-east-1:123:key/abc',
        'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k',
        'hashivault://transit-key',
        'azurekms://vault.vault.azure.net/key'
      ] as const
    ).map(
      key =>
        [
          `KMS ${key.split(':')[0]}`,
          { ...base, key },
          V3,
          ['sign', '--yes', '--key', key, '--new-bundle-format=true', IMAGE]
        ] as [string, CosignSignRequest, typeof V3, string[]]
    ),
    [
      'key without the transparency log, cosign 3',
      { ...base, key: 'cosign.key', tlogUpload: false },
      V3,
      [
        'sign',
        '--yes',
        '--key',
        'cosign.key',
        '--new-bundle-format=true',
        '--use-signing-config=false',
        '--tlog-upload=false',
        IMAGE
      ]
    ],
    [
      'key without the transparency log, cosign 2.4',
      { ...base, key: 'cosign.key', tlogUpload: false },
      V24,
      ['sign', '--yes', '--key', 'cosign.key', '--tlog-upload=false', IMAGE]
    ],
    [
      'keyless on a private instance',
      {
        ...base,
        fulcioUrl: 'https://fulcio.internal',
        rekorUrl: 'https://rekor.internal',
        trustedRoot: '/tmp/root.json'
      },
      V26,
      [
        'sign',
        '--yes',
        '--new-bundle-format=true',
        '--use-signing-config=false',
        '--fulcio-url',
        'https://fulcio.internal',
        '--rekor-url',
        'https://rekor.internal',
        '--trusted-root',
        '/tmp/root.json',
        IMAGE
      ]
    ],
    [
      'public-good URLs given explicitly are left to cosign',
      { ...base, fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' },
      V3,
      ['sign', '--yes', '--new-bundle-format=true', IMAGE]
    ],
    [
      'a key ignores the Fulcio URL',
      { ...base, key: 'k.key', fulcioUrl: 'https://fulcio.internal' },
      V3,
      ['sign', '--yes', '--key', 'k.key', '--new-bundle-format=true', IMAGE]
    ],
    [
      'plain-HTTP registry',
      { ...base, key: 'k.key', insecureRegistry: true },
      V3,
      [
        'sign',
        '--yes',
        '--key',
        'k.key',
        '--new-bundle-format=true',
        '--allow-insecure-registry',
        '--allow-http-registry',
        IMAGE
      ]
    ]
  ])('%s', (_name, req, caps, args) => {
    expect(cosignSignArgs(req, caps)).toEqual(args)
  })
})

describe('cosignVerifyArgs', () => {
  const base = { image: IMAGE, tlogUpload: true }
  it.each<[string, CosignVerifyRequest, typeof V3, string[]]>([
    [
      'key',
      { ...base, policy: { key: 'cosign.pub' } },
      V3,
      ['verify', '--output', 'json', '--key', 'cosign.pub', '--new-bundle-format=true', IMAGE]
    ],
    [
      'KMS key, no transparency log',
      { ...base, tlogUpload: false, policy: { key: 'awskms://alias/release' } },
      V22,
      [
        'verify',
        '--output',
        'json',
        '--key',
        'awskms://alias/release',
        '--insecure-ignore-tlog=true',
        IMAGE
      ]
    ],
    [
      'exact identity',
      {
        ...base,
        policy: {
          certificateIdentity: 'https://github.com/a/b/.github/w.yml@refs/heads/main',
          certificateOidcIssuer: ISSUER
        }
      },
      V3,
      [
        'verify',
        '--output',
        'json',
        '--certificate-identity',
        'https://github.com/a/b/.github/w.yml@refs/heads/main',
        '--certificate-oidc-issuer',
        ISSUER,
        '--new-bundle-format=true',
        IMAGE
      ]
    ],
    [
      'identity regexp as given (cosign searches, as the sigstore backend does)',
      {
        ...base,
        policy: {
          certificateIdentityRegexp: '^https://github\\.com/acme/',
          certificateOidcIssuer: ISSUER
        }
      },
      V26,
      [
        'verify',
        '--output',
        'json',
        '--certificate-identity-regexp',
        '^https://github\\.com/acme/',
        '--certificate-oidc-issuer',
        ISSUER,
        '--new-bundle-format=true',
        IMAGE
      ]
    ],
    [
      'issuer regexp in place of the exact issuer',
      {
        ...base,
        policy: {
          certificateIdentity: 'me@example.com',
          certificateOidcIssuer: ISSUER,
          certificateOidcIssuerRegexp: '^https://(accounts\\.google|github)\\.com$'
        }
      },
      V26,
      [
        'verify',
        '--output',
        'json',
        '--certificate-identity',
        'me@example.com',
        '--certificate-oidc-issuer-regexp',
        '^https://(accounts\\.google|github)\\.com$',
        '--new-bundle-format=true',
        IMAGE
      ]
    ],
    [
      'private instance',
      {
        ...base,
        rekorUrl: 'https://rekor.internal',
        trustedRoot: '/tmp/root.json',
        insecureRegistry: true,
        policy: {
          certificateIdentity: 'me@example.com',
          certificateOidcIssuer: 'https://dex.internal'
        }
      },
      V24,
      [
        'verify',
        '--output',
        'json',
        '--certificate-identity',
        'me@example.com',
        '--certificate-oidc-issuer',
        'https://dex.internal',
        '--rekor-url',
        'https://rekor.internal',
        '--trusted-root',
        '/tmp/root.json',
        '--allow-insecure-registry',
        '--allow-http-registry',
        IMAGE
      ]
    ]
  ])('%s', (_name, req, caps, args) => {
    expect(cosignVerifyArgs(req, caps)).toEqual(args)
  })
})

describe('parseVerifyOutput', () => {
  const digest = 'sha256:' + 'b'.repeat(64)
  it('reads digests, identities and log indexes', () => {
    const out = JSON.stringify([
      {
        critical: {
          identity: { 'docker-reference': 'ghcr.io/acme/app' },
          image: { 'docker-manifest-digest': digest },
          type: 'https://sigstore.dev/cosign/sign/v1'
        },
        optional: { Subject: 'me@example.com', Bundle: { Payload: { logIndex: 42 } } }
      },
      { critical: { image: { 'docker-manifest-digest': digest } }, optional: null }
    ])
    expect(parseVerifyOutput(`\n${out}\n`)).toEqual([
      { digest, identity: 'me@example.com', rekorLogIndex: '42' },
      { digest }
    ])
  })
  it.each([
    ['', /no JSON result/],
    ['[{', /invalid JSON/]
  ])('refuses %j', (stdout, message) => {
    expect(() => parseVerifyOutput(stdout)).toThrow(message)
  })
})
