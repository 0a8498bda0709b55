import { readFile } from 'node:fs/promises'
import type { KeyObject } from 'node:crypto'
import { GateError, InputError, errorMessage } from '../errors.js'
import { getList, resolveInside, type InputSource } from '../inputs.js'
import type { GateResult } from '../ledger/event.js'
import type { ImageReference } from '../registry/reference.js'
import { attestationGate } from '../signing/attestation.js'
import {
  provenanceGate,
  type ProvenanceFacts,
  type ProvenanceOptions
} from '../signing/provenance-gate.js'
import { PROVENANCE_INPUTS, parseProvenanceOptions } from './provenance-inputs.js'
import type { BundlePolicy, BundleVerification } from '../signing/bundle-verify.js'
import { loadPublicKey, resolveKeyText } from '../signing/keys.js'
import { SigningError, type VerifyResult } from '../signing/types.js'
import {
  REGISTRY_INPUTS,
  createRegistryClient,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import {
  SIGNING_INPUTS,
  parseSigningOptions,
  signatureCheck,
  type SigningOptions
} from './signing-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'

/** The `verify` command's name. */
export const VERIFY = 'verify'

/** Options of {@link verifyCommand}: an image digest in a registry, or a bundle file. */
export type VerifyOptions =
  | {
      mode: 'image'
      /** `repo@digest` whose attached signature must verify. */
      image: ImageReference
      /** Environments whose signed promotion attestation of the digest must verify too. */
      attestedIn: string[]
      /** With `require` set: the provenance gate's policy. */
      provenance: ProvenanceOptions
      signing: SigningOptions
      registry: RegistryOptions
    }
  | {
      mode: 'bundle'
      /** Path of the Sigstore bundle (inside the workspace). */
      bundle: string
      /** The artifact digest the bundle must be for, `sha256:<hex>`. */
      digest: string
      signing: SigningOptions
    }

const DIGEST = /^sha256:[0-9a-f]{64}$/

/**
 * Runs the production signature gate on a digest (and the attestation gate when asked), or
 * verifies a Sigstore bundle for an artifact digest offline, and says what verified.
 */
export const verifyCommand: Command<VerifyOptions> = {
  name: VERIFY,
  summary: 'Verify a digest as the signature gate does, or a Sigstore bundle offline.',
  usage: '(<image>@<digest> | --bundle <file> --digest sha256:<hex>) [signer inputs] [--json]',
  inputs: [
    { name: 'image', description: 'The image to verify, as name@sha256:<digest>.' },
    {
      name: 'bundle',
      description: 'A Sigstore bundle file to verify offline (needs digest), instead of an image.'
    },
    { name: 'digest', description: 'The artifact digest the bundle must be for (sha256:<hex>).' },
    {
      name: 'attested-in',
      description:
        'Environments whose signed promotion attestation of the digest must verify too, comma or newline separated.',
      kind: 'list'
    },
    ...PROVENANCE_INPUTS,
    ...SIGNING_INPUTS,
    ...REGISTRY_INPUTS
  ],
  positionals: ['image'],
  parse(src: InputSource, ctx: RunContext): VerifyOptions {
    const image = src.get('image')
    const bundle = src.get('bundle')
    if ((image === undefined) === (bundle === undefined)) {
      throw new InputError('image', 'set exactly one of image and bundle', `usage: ${this.usage}`)
    }
    const signing = parseSigningOptions(src, ctx)
    if (signing.sign) throw new InputError('sign', 'true, but verify never signs', 'drop it')
    const provenance = parseProvenanceOptions(src)
    if (bundle !== undefined) {
      if (provenance.require) {
        throw new InputError('require-provenance', 'only used with image', 'verify an image digest')
      }
      return parseBundleMode(src, ctx, bundle, signing)
    }
    const ref = parseImageInput(image ?? '', 'image')
    if (!ref.digest) {
      throw new InputError(
        'image',
        `'${ref.familiar}' has no digest`,
        'verify name@sha256:<digest>'
      )
    }
    if (src.get('digest') !== undefined) {
      throw new InputError('digest', 'only used with bundle', 'put the digest in image')
    }
    return {
      mode: 'image',
      image: ref,
      attestedIn: getList(src, 'attested-in'),
      provenance,
      signing,
      registry: parseRegistryOptions(src, ctx)
    }
  },
  async run(opts: VerifyOptions, ctx: RunContext): Promise<CommandResult> {
    return opts.mode === 'bundle' ? runBundle(opts, ctx) : runImage(opts, ctx)
  }
}

function parseBundleMode(
  src: InputSource,
  ctx: RunContext,
  bundle: string,
  signing: SigningOptions
): VerifyOptions {
  const digest = src.get('digest')
  if (digest === undefined) {
    throw new InputError('digest', 'required with bundle', 'set it to the artifact digest')
  }
  if (!DIGEST.test(digest)) {
    throw new InputError('digest', `'${digest}' is not sha256:<64 lowercase hex>`)
  }
  if (src.get('attested-in') !== undefined) {
    throw new InputError('attested-in', 'only used with image', 'verify an image digest')
  }
  if (!signing.publicKey && !signing.certificateIdentity && !signing.certificateIdentityRegexp) {
    throw new InputError(
      'certificate-identity',
      'not set, and neither is public-key',
      'name the signer to trust: certificate-identity (or certificate-identity-regexp), or public-key'
    )
  }
  return { mode: 'bundle', bundle: resolveInside(ctx.workspace, bundle, 'bundle'), digest, signing }
}

async function runBundle(
  opts: Extract<VerifyOptions, { mode: 'bundle' }>,
  ctx: RunContext
): Promise<CommandResult> {
  const policy = bundlePolicy(opts.signing, ctx)
  let bytes: Buffer
  try {
    bytes = await readFile(opts.bundle)
  } catch (err) {
    throw new InputError('bundle', `cannot read ${opts.bundle} (${errorMessage(err)})`)
  }
  // The sigstore stack is loaded only when a bundle is checked.
  const [{ verifyBundleForDigest }, { seededPublicGoodRoot }, { loadTrustedRootFile }] =
    await Promise.all([
      import('../signing/bundle-verify.js'),
      import('../signing/public-good-root.js'),
      import('../signing/trust.js')
    ])
  const root = opts.signing.trustedRoot
    ? await loadTrustedRootFile(opts.signing.trustedRoot)
    : seededPublicGoodRoot()
  let verified: BundleVerification
  try {
    verified = verifyBundleForDigest(bytes, opts.digest, policy, root)
  } catch (err) {
    if (!(err instanceof SigningError)) throw err
    throw new GateError(
      'signature',
      `${opts.bundle} does not verify for ${opts.digest}: ${err.message}`,
      'verify the right bundle and digest, and trust its signer (certificate-identity, certificate-oidc-issuer or public-key, and trusted-root)'
    )
  }
  const lines: Array<[string, string | undefined]> = [
    ['verified', `${opts.digest} (${verified.content})`],
    ['predicate', verified.predicateType],
    ['identity', verified.identity],
    ['issuer', verified.issuer],
    ['key', verified.keyFingerprint],
    ['rekor log index', verified.rekorLogIndex],
    ...verified.timestamps.map(t => [`signed at (${t.source})`, t.time] as [string, string])
  ]
  return result(lines, verified, opts.digest, verified)
}

async function runImage(
  opts: Extract<VerifyOptions, { mode: 'image' }>,
  ctx: RunContext
): Promise<CommandResult> {
  const client = createRegistryClient(opts.registry, ctx)
  const gates: GateResult[] = []
  let verified: VerifyResult | undefined
  await ctx.logger.group('signature gate', async () => {
    const checked = await signatureCheck(client, opts.image, opts.signing, true, ctx.logger)
    gates.push(checked.gate)
    verified = checked.verified
  })
  if (opts.attestedIn.length > 0) {
    await ctx.logger.group('attestation gate', async () => {
      gates.push(
        await attestationGate(client, opts.image, opts.attestedIn, opts.signing, ctx.logger)
      )
    })
  }
  let built: ProvenanceFacts | undefined
  if (opts.provenance.require) {
    await ctx.logger.group('provenance gate', async () => {
      const token = opts.registry.githubToken
      const checked = await provenanceGate(
        client,
        opts.image,
        opts.provenance,
        opts.signing,
        true,
        ctx.logger,
        token
          ? { github: { token, apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com' } }
          : {}
      )
      gates.push(checked.gate)
      built = checked.provenance
    })
  }
  const digest = opts.image.digest ?? ''
  const lines: Array<[string, string | undefined]> = [
    ['verified', `${opts.image.repository}@${digest} (${verified?.backend ?? 'signature'})`],
    ['identity', verified?.identity],
    ['issuer', verified?.issuer],
    ['key', verified?.keyFingerprint],
    ['rekor log index', verified?.rekorLogIndex],
    ['signed at (rekor)', verified?.integratedTime],
    ['built by', built?.builder],
    ['source repository', built?.repository],
    ['source ref', built?.ref],
    ['source commit', built?.commit],
    ['build workflow', built?.workflow],
    ...gates.map(g => [`${g.name} gate`, `${g.result}: ${g.detail ?? ''}`] as [string, string])
  ]
  return result(
    lines,
    { image: opts.image.normalized, ...verified, gates, ...(built ? { provenance: built } : {}) },
    digest,
    verified
  )
}

/** The printed lines, the outputs and the JSON of a verification that passed. */
function result(
  lines: Array<[string, string | undefined]>,
  json: unknown,
  digest: string,
  who: { identity?: string; issuer?: string; keyFingerprint?: string; rekorLogIndex?: string } = {}
): CommandResult {
  const shown = lines.filter((l): l is [string, string] => l[1] !== undefined)
  const width = Math.max(...shown.map(([k]) => k.length)) + 1
  const outputs: Record<string, string> = { digest, verified: 'true' }
  if (who.identity) outputs['signer-identity'] = who.identity
  if (who.issuer) outputs['signer-issuer'] = who.issuer
  if (who.keyFingerprint) outputs['key-fingerprint'] = who.keyFingerprint
  if (who.rekorLogIndex) outputs['rekor-log-index'] = who.rekorLogIndex
  return {
    status: 'unchanged',
    outputs,
    text: shown.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}`).join('\n'),
    json
  }
}

/** The signer a bundle must have: the public key, else the keyless identity and issuer. */
function bundlePolicy(signing: SigningOptions, ctx: RunContext): BundlePolicy {
  if (signing.publicKey) {
    let publicKey: KeyObject
    try {
      publicKey = loadPublicKey(resolveKeyText(signing.publicKey, signing.env, ctx.logger))
    } catch (err) {
      throw new InputError('public-key', errorMessage(err), 'give a PEM public key (P-256)')
    }
    return { publicKey }
  }
  return {
    ...(signing.certificateIdentity ? { certificateIdentity: signing.certificateIdentity } : {}),
    ...(signing.certificateIdentityRegexp
      ? { certificateIdentityRegexp: signing.certificateIdentityRegexp }
      : {}),
    certificateOidcIssuer: signing.certificateOidcIssuer
  }
}
