import { InputError } from '../errors.js'
import { getList, resolveInside, type InputSource } from '../inputs.js'
import type { ImageReference } from '../registry/reference.js'
import type { ProvenanceOptions } from '../signing/provenance-gate.js'
import { PROVENANCE_INPUTS, parseProvenanceOptions } from './provenance-inputs.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import { SIGNING_INPUTS, parseSigningOptions, type SigningOptions } from './signing-inputs.js'
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
    return (await import('./verify-run.js')).runVerify(opts, ctx)
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
