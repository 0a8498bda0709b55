/**
 * The cosign CLI backend: for KMS keys, hardware tokens and anyone who wants the reference
 * implementation. The wrapper builds argument lists (pure functions, table-tested), runs the
 * binary, turns stderr into errors and parses `verify --output json`.
 *
 * Key material never appears on a command line: files and KMS URIs are references, and a PEM
 * given as text travels in an environment variable read through cosign's `env://` scheme.
 * Passwords travel in `COSIGN_PASSWORD`, as cosign expects.
 *
 * @module
 */

import { createPublicKey } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getExecOutput } from '@actions/exec'
import semver from 'semver'
import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import type { ImageReference } from '../registry/reference.js'
import { isKmsReference, keyFingerprint, maskPem } from './keys.js'
import {
  capabilitiesOf,
  cosignSignArgs,
  cosignStatementArgs,
  cosignVerifyArgs,
  parseVerifyOutput,
  type CosignSignRequest,
  type CosignStatementRequest,
  type CosignVerification,
  type CosignVerifyRequest
} from './cosign-args.js'
import {
  describePolicy,
  type IdentityPolicy,
  isKeyPolicy,
  type SignResult,
  type Signer,
  SigningError,
  type StatementSignature,
  type StatementSigner,
  type Verifier,
  type VerifyResult
} from './types.js'

export * from './cosign-args.js'

/** Runs a program; the seam tests replace. */
export type RunFn = (
  bin: string,
  args: string[],
  env: Record<string, string>
) => Promise<{ exitCode: number; stdout: string; stderr: string }>

/** Settings of {@link Cosign}. */
export interface CosignOptions {
  /** The binary; default `cosign` on PATH. */
  binPath?: string
  /** Command lines go to debug. */
  logger: Logger
  /** Environment of every run (OIDC variables, `DOCKER_CONFIG`, proxies). Default `process.env`. */
  env?: NodeJS.ProcessEnv
  /** Replaces process execution (tests). */
  run?: RunFn
}

/** The cosign binary. */
export class Cosign {
  /** The binary that runs. */
  readonly binPath: string
  private readonly opts: CosignOptions
  private versionOnce?: Promise<string>

  constructor(opts: CosignOptions) {
    this.opts = opts
    this.binPath = opts.binPath ?? 'cosign'
  }

  /** Whether the binary runs at all; never throws. */
  async isAvailable(): Promise<boolean> {
    try {
      await this.version()
      return true
    } catch (err) {
      this.opts.logger.debug(`cosign at ${this.binPath} is not available: ${errorMessage(err)}`)
      return false
    }
  }

  /** The `gitVersion` of `cosign version --json` (e.g. `v2.6.1`), asked once. */
  version(): Promise<string> {
    this.versionOnce ??= this.exec(['version', '--json']).then(out => {
      const parsed = JSON.parse(out.stdout) as { gitVersion?: unknown }
      if (typeof parsed.gitVersion !== 'string') throw new Error('no gitVersion in its output')
      return parsed.gitVersion
    })
    return this.versionOnce
  }

  /** Whether the version satisfies a semver range; development builds (a commit) always do. */
  async versionSatisfies(range: string, version?: string): Promise<boolean> {
    const v = version ?? (await this.version())
    if (/^[0-9a-f]{7,40}$/.test(v)) return true
    const clean = semver.coerce(v)?.version
    return clean !== undefined && semver.satisfies(clean, range)
  }

  /** The public key PEM of a private key reference (file, `env://`, KMS): `cosign public-key`. */
  async publicKey(key: string, password?: string): Promise<string> {
    const { key: ref, env } = this.keyEnv(key, password)
    const out = await this.exec(['public-key', '--key', ref!], env)
    return out.stdout.trim()
  }

  /** Signs; `password` goes in `COSIGN_PASSWORD`, a PEM key text in an `env://` variable. */
  async sign(req: CosignSignRequest, password?: string): Promise<void> {
    const { key, env } = this.keyEnv(req.key, password)
    const caps = capabilitiesOf(await this.version())
    await this.exec(cosignSignArgs({ ...req, key }, caps), env)
  }

  /**
   * Signs an in-toto statement into a Sigstore bundle (`cosign attest-blob --statement`, cosign
   * >= 2.6.0) and returns the bundle bytes. The statement and bundle live in a private temporary
   * directory, removed afterwards; key and password travel as in {@link Cosign.sign}.
   */
  async signStatement(
    req: Omit<CosignStatementRequest, 'statement' | 'bundle'>,
    statement: Buffer,
    password?: string
  ): Promise<Buffer> {
    const { key, env } = this.keyEnv(req.key, password)
    const caps = capabilitiesOf(await this.version())
    const dir = await mkdtemp(
      join(this.opts.env?.RUNNER_TEMP || tmpdir(), 'digest-promote-attest-')
    )
    try {
      const paths = { statement: join(dir, 'statement.json'), bundle: join(dir, 'bundle.json') }
      await writeFile(paths.statement, statement, { mode: 0o600 })
      await this.exec(cosignStatementArgs({ ...req, ...paths, key }, caps), env)
      try {
        return await readFile(paths.bundle)
      } catch (err) {
        throw new SigningError(`cosign attest-blob wrote no bundle (${errorMessage(err)})`)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  /** The key reference to pass and the variables that carry the key text and password. */
  private keyEnv(
    key: string | undefined,
    password: string | undefined
  ): { key?: string; env: Record<string, string> } {
    const env: Record<string, string> = {}
    if (key?.includes('-----BEGIN ')) {
      maskPem(key, this.opts.logger)
      env.DIGEST_PROMOTE_COSIGN_KEY = key
      key = 'env://DIGEST_PROMOTE_COSIGN_KEY'
    }
    if (password !== undefined) {
      this.opts.logger.setSecret(password)
      env.COSIGN_PASSWORD = password
    } else if (key && !isKmsReference(key)) {
      // cosign prompts on a terminal otherwise; an empty password fails fast instead.
      env.COSIGN_PASSWORD = this.opts.env?.COSIGN_PASSWORD ?? ''
    }
    return { key, env }
  }

  /** Verifies; the signatures cosign accepted, or a {@link SigningError} with cosign's words. */
  async verify(req: CosignVerifyRequest): Promise<CosignVerification[]> {
    const env: Record<string, string> = {}
    let policy = req.policy
    if (isKeyPolicy(policy) && policy.key.includes('-----BEGIN ')) {
      env.DIGEST_PROMOTE_COSIGN_PUBLIC_KEY = policy.key
      policy = { key: 'env://DIGEST_PROMOTE_COSIGN_PUBLIC_KEY' }
    }
    const caps = capabilitiesOf(await this.version())
    const out = await this.exec(cosignVerifyArgs({ ...req, policy }, caps), env)
    return parseVerifyOutput(out.stdout)
  }

  private async exec(args: string[], extraEnv: Record<string, string> = {}) {
    this.opts.logger.debug(`running ${this.binPath} ${args.join(' ')}`)
    const env = { ...stringEnv(this.opts.env ?? process.env), ...extraEnv }
    const run = this.opts.run ?? defaultRun
    const out = await run(this.binPath, args, env)
    if (out.exitCode !== 0) {
      const lines = out.stderr.trim().split(/\r?\n/).filter(Boolean)
      const detail = lines.slice(-3).join(' | ') || `exit code ${out.exitCode}`
      throw new SigningError(`cosign ${args[0]} failed: ${detail}`)
    }
    return out
  }
}

/** Settings of {@link CosignSigner}. */
export interface CosignSignerOptions {
  /** How to sign (everything but the image). */
  request: Omit<CosignSignRequest, 'image'>
  /** Password of the key, passed as `COSIGN_PASSWORD`. */
  password?: string
  /**
   * Who the new signature will verify as. An existing signature that verifies under it means the
   * digest is left alone; after signing, the new one must verify under it. Default: for a key,
   * its public key (`cosign public-key`); keyless, none (every run signs).
   */
  policy?: IdentityPolicy
}

/** Signs with the cosign CLI: digests (`cosign sign`) and statements (`cosign attest-blob`). */
export class CosignSigner implements Signer, StatementSigner {
  private readonly cosign: Cosign
  private readonly opts: CosignSignerOptions

  constructor(cosign: Cosign, opts: CosignSignerOptions) {
    this.cosign = cosign
    this.opts = opts
  }

  /** Signs `image` unless a signature that verifies under the policy is already attached. */
  async sign(image: ImageReference): Promise<SignResult> {
    const digest = requireDigest(image)
    const { request, password } = this.opts
    const policy =
      this.opts.policy ??
      (request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined)
    const verifier = new CosignVerifier(this.cosign, request)
    if (policy) {
      const existing = await verifier.verify(image, policy)
      if (existing.verified)
        return { backend: 'cosign', digest, created: false, ...details(existing) }
    }
    await this.cosign.sign({ ...request, image: image.normalized }, password)
    if (!policy) return { backend: 'cosign', digest, created: true }
    const check = await verifier.verify(image, policy)
    if (!check.verified) {
      throw new SigningError(`cosign signed ${digest}, but it does not verify: ${check.reason}`)
    }
    return { backend: 'cosign', digest, created: true, ...details(check) }
  }

  /**
   * Who this signer's bundles verify as: the configured policy, else the key's public half
   * (`cosign public-key`); `undefined` keyless without a configured identity.
   */
  async signerPolicy(): Promise<IdentityPolicy | undefined> {
    const { request, password } = this.opts
    if (this.opts.policy) return this.opts.policy
    return request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined
  }

  /** Signs an in-toto statement with the same key or keyless identity as `cosign sign` would. */
  async signStatement(statement: Buffer): Promise<StatementSignature> {
    // No registry flag: attest-blob talks to Fulcio and Rekor only.
    const { key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot } = this.opts.request
    const bundle = await this.cosign.signStatement(
      { key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot },
      statement,
      this.opts.password
    )
    return { backend: 'cosign', bundle }
  }
}

/** Verifies with the cosign CLI. */
export class CosignVerifier implements Verifier {
  private readonly cosign: Cosign
  private readonly request: Omit<CosignVerifyRequest, 'image' | 'policy'>

  constructor(cosign: Cosign, request: Omit<CosignVerifyRequest, 'image' | 'policy'>) {
    this.cosign = cosign
    this.request = request
  }

  /** Runs `cosign verify`; a refusal becomes `verified: false` with cosign's reason. */
  async verify(image: ImageReference, policy: IdentityPolicy): Promise<VerifyResult> {
    const digest = requireDigest(image)
    let found: CosignVerification[]
    try {
      found = await this.cosign.verify({ ...this.request, image: image.normalized, policy })
    } catch (err) {
      if (!(err instanceof SigningError)) throw err
      return { verified: false, backend: 'cosign', reason: err.message }
    }
    const match = found.find(f => f.digest === digest)
    if (!match) {
      return {
        verified: false,
        backend: 'cosign',
        reason: `cosign verified no signature of ${digest} by ${describePolicy(policy)}`
      }
    }
    const identity =
      match.identity ?? (isKeyPolicy(policy) ? undefined : policy.certificateIdentity)
    const fingerprint = isKeyPolicy(policy) ? pemFingerprint(policy.key) : undefined
    return {
      verified: true,
      backend: 'cosign',
      ...(identity ? { identity } : {}),
      ...(fingerprint ? { keyFingerprint: fingerprint } : {}),
      ...(match.rekorLogIndex ? { rekorLogIndex: match.rekorLogIndex } : {})
    }
  }
}

/** The fingerprint of a PEM public key, or `undefined` for references (files, KMS). */
function pemFingerprint(key: string): string | undefined {
  if (!key.includes('-----BEGIN ')) return undefined
  try {
    return keyFingerprint(createPublicKey(key))
  } catch {
    return undefined
  }
}

function details(r: VerifyResult): Partial<SignResult> {
  const out: Partial<SignResult> = {}
  if (r.identity) out.identity = r.identity
  if (r.keyFingerprint) out.keyFingerprint = r.keyFingerprint
  if (r.rekorLogIndex) out.rekorLogIndex = r.rekorLogIndex
  return out
}

function requireDigest(image: ImageReference): string {
  if (!image.digest) throw new SigningError(`${image.familiar} has no digest; use repo@digest`)
  return image.digest
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
  )
}

const defaultRun: RunFn = (bin, args, env) =>
  getExecOutput(bin, args, { env, silent: true, ignoreReturnCode: true })
