/**
 * What `verify` does once its inputs are parsed, loaded with `import()` only when it runs: the
 * signature, attestation and provenance gates and the bundle check.
 *
 * @module
 */

import { readFile } from 'node:fs/promises'
import type { KeyObject } from 'node:crypto'
import { GateError, InputError, errorMessage } from '../errors.js'
import type { GateResult } from '../ledger/event.js'
import { createRegistryClient } from '../registry/client-options.js'
import { attestationGate } from '../signing/attestation.js'
import type { BundlePolicy, BundleVerification } from '../signing/bundle-verify.js'
import { loadPublicKey, resolveKeyText } from '../signing/keys.js'
import { provenanceGate, type ProvenanceFacts } from '../signing/provenance-gate.js'
import { signatureCheck, type SigningOptions } from '../signing/signature-gate.js'
import { SigningError, type VerifyResult } from '../signing/types.js'
import { checkPatternInputs } from './pattern-inputs.js'
import type { CommandResult, RunContext } from './types.js'
import type { VerifyOptions } from './verify.js'

/** Runs {@link verifyCommand} with parsed options. */
export async function runVerify(opts: VerifyOptions, ctx: RunContext): Promise<CommandResult> {
  await checkPatternInputs(opts)
  return opts.mode === 'bundle' ? runBundle(opts, ctx) : runImage(opts, ctx)
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
