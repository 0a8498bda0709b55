import { InputError } from '../errors.js'
import { getBoolean, getEnum, resolveInside, type InputSource } from '../inputs.js'
import { isKmsReference } from '../signing/kms.js'
import type { SigningOptions } from '../signing/signature-gate.js'
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, GITHUB_ACTIONS_ISSUER } from '../signing/types.js'
import type { InputSpec, RunContext } from './types.js'
import { echo } from '../util/text.js'

// The gate itself is domain code in signing/signature-gate.ts, loaded only by the commands that
// sign or check: parsing these inputs must not load it.
export type { SigningOptions } from '../signing/signature-gate.js'

/** Inputs of commands that sign digests or check their signatures. */
export const SIGNING_INPUTS: InputSpec[] = [
  {
    name: 'signing',
    description:
      'Signing backend: cosign, sigstore (built in) or none; default cosign when its binary runs, else sigstore.'
  },
  { name: 'sign', description: 'Sign the digest (keylessly, or with cosign-key).', kind: 'flag' },
  {
    name: 'require-signature',
    description:
      'Refuse digests without a valid signature; unset means true for protected environments.'
  },
  {
    name: 'cosign-key',
    description: 'Private key: a cosign.key path, env://VAR, PEM text, or a KMS URI (cosign only).'
  },
  {
    name: 'cosign-password',
    description: 'Password of cosign-key (defaults to COSIGN_PASSWORD).',
    secret: true
  },
  {
    name: 'public-key',
    description: 'Public key whose signatures are trusted: a path, env://VAR, PEM text or KMS URI.'
  },
  { name: 'certificate-identity', description: 'Exact keyless signer identity to trust.' },
  {
    name: 'certificate-identity-regexp',
    description:
      'Go RE2 regular expression searched for in the keyless signer identity, as cosign does (anchor it with ^...$).'
  },
  {
    name: 'certificate-oidc-issuer',
    description: `Exact OIDC issuer of the keyless signer (default ${GITHUB_ACTIONS_ISSUER}).`
  },
  {
    name: 'certificate-oidc-issuer-regexp',
    description:
      'Go RE2 regular expression searched for in the OIDC issuer, in place of certificate-oidc-issuer.'
  },
  {
    name: 'fulcio-url',
    description: `Fulcio for keyless signing (default ${DEFAULT_FULCIO_URL}).`
  },
  { name: 'rekor-url', description: `Rekor transparency log (default ${DEFAULT_REKOR_URL}).` },
  {
    name: 'trusted-root',
    description: 'Path of a trusted_root.json for a private Sigstore; default the public-good root.'
  },
  {
    name: 'tlog-upload',
    description: 'Log signatures in Rekor (default true); false needs cosign-key.',
    kind: 'flag'
  }
]

/** Reads {@link SIGNING_INPUTS}, masking the password, and refuses contradictions. */
export function parseSigningOptions(src: InputSource, ctx: RunContext): SigningOptions {
  const chosen = getEnum(src, 'signing', ['cosign', 'sigstore', 'none', 'auto'] as const, 'auto')
  const sign = getBoolean(src, 'sign', false)
  const require = src.get('require-signature')
  const requireSignature =
    require === undefined ? undefined : getBoolean(src, 'require-signature', false)
  const password = src.get('cosign-password') ?? ctx.env.COSIGN_PASSWORD
  if (password) ctx.logger.setSecret(password)
  const key = keyInput(src, 'cosign-key', ctx)
  const publicKey = keyInput(src, 'public-key', ctx)
  const certificateIdentity = src.get('certificate-identity')
  const certificateIdentityRegexp = src.get('certificate-identity-regexp')
  const tlogUpload = getBoolean(src, 'tlog-upload', true)
  const trustedRoot = src.get('trusted-root')

  if (chosen === 'none' && sign) throw new InputError('sign', "true, but 'signing' is none")
  if (chosen === 'none' && requireSignature) {
    throw new InputError('require-signature', "true, but 'signing' is none")
  }
  if (publicKey && (certificateIdentity || certificateIdentityRegexp)) {
    throw new InputError(
      'public-key',
      'set together with certificate-identity(-regexp)',
      'trust either a key or a keyless identity, not both'
    )
  }
  if (certificateIdentity && certificateIdentityRegexp) {
    throw new InputError(
      'certificate-identity-regexp',
      'set together with certificate-identity',
      'use one'
    )
  }
  const issuerRegexp = src.get('certificate-oidc-issuer-regexp')
  if (issuerRegexp && src.get('certificate-oidc-issuer') !== undefined) {
    throw new InputError(
      'certificate-oidc-issuer-regexp',
      'set together with certificate-oidc-issuer',
      'use one'
    )
  }
  // The two patterns are compiled when the run starts (checkPatternInputs), keeping RE2 off start.
  for (const [input, value] of [
    ['cosign-key', key],
    ['public-key', publicKey]
  ] as const) {
    if (chosen === 'sigstore' && value && isKmsReference(value)) {
      throw new InputError(input, 'KMS keys need the cosign backend', "set 'signing' to cosign")
    }
  }
  if (sign && !key && !tlogUpload) {
    throw new InputError(
      'tlog-upload',
      'false needs cosign-key',
      'keyless signatures are only verifiable through the transparency log'
    )
  }
  return {
    backend: chosen,
    sign,
    ...(requireSignature === undefined ? {} : { requireSignature }),
    ...(key ? { key } : {}),
    ...(password ? { password } : {}),
    ...(publicKey ? { publicKey } : {}),
    ...(certificateIdentity ? { certificateIdentity } : {}),
    ...(certificateIdentityRegexp ? { certificateIdentityRegexp } : {}),
    certificateOidcIssuer: urlInput(src, 'certificate-oidc-issuer', GITHUB_ACTIONS_ISSUER),
    ...(issuerRegexp ? { certificateOidcIssuerRegexp: issuerRegexp } : {}),
    fulcioUrl: urlInput(src, 'fulcio-url', DEFAULT_FULCIO_URL),
    rekorUrl: urlInput(src, 'rekor-url', DEFAULT_REKOR_URL),
    ...(trustedRoot
      ? { trustedRoot: resolveInside(ctx.workspace, trustedRoot, 'trusted-root') }
      : {}),
    tlogUpload,
    ...(ctx.env.COSIGN_BIN ? { cosignBin: ctx.env.COSIGN_BIN } : {}),
    env: ctx.env
  }
}

/** A key reference input: PEM text, `env://` and KMS kept as they are, paths resolved. */
function keyInput(src: InputSource, name: string, ctx: RunContext): string | undefined {
  const value = src.get(name)
  if (value === undefined) return undefined
  if (value.includes('-----BEGIN ')) {
    if (/PRIVATE KEY-----/.test(value)) {
      ctx.logger.setSecret(value)
      // Runners mask line by line: mask each line of the key body too.
      for (const line of value.split(/\r?\n/))
        if (line.length >= 8 && !line.startsWith('-----')) ctx.logger.setSecret(line)
    }
    return value
  }
  if (value.startsWith('env://') || isKmsReference(value)) return value
  return resolveInside(ctx.workspace, value, name)
}

function urlInput(src: InputSource, name: string, fallback: string): string {
  const value = src.get(name)
  if (value === undefined) return fallback
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(name, `${echo(value)} is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(name, `${echo(value)} is not an http(s) URL`)
  }
  return value.replace(/\/+$/, '')
}
