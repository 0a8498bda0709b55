/**
 * SLSA provenance as GitHub writes it (`actions/attest-build-provenance`, and
 * `docker/build-push-action` with attestations): an in-toto v1 statement with predicate type
 * `https://slsa.dev/provenance/v1` and GitHub's build type, signed keylessly by the building
 * workflow. Pure functions only: reading a verified statement, reading the GitHub OIDC
 * extensions of the signing certificate, and judging both against a {@link ProvenancePolicy}.
 *
 * Statement fields: https://slsa.dev/spec/v1.0/provenance and the GitHub Actions build type,
 * https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1 (a real one is vendored
 * under `__tests__/fixtures/provenance/`). Certificate extensions: Fulcio's
 * `docs/oid-info.md` (1.3.6.1.4.1.57264.1.12 source repository URI, .13 source repository
 * digest, .14 source repository ref, .18 build config URI).
 *
 * @module
 */

import { ASN1Obj, X509Certificate } from '@sigstore/core'
import { parseDigest } from '../registry/reference.js'
import { echo, MAX_ECHO } from '../util/text.js'
import { readInTotoStatement } from './attestation-statement.js'
import { compileRefPattern } from './ref-pattern.js'
import { IN_TOTO_STATEMENT_V1 } from './types.js'

// In its own module so that parsing the provenance inputs does not load this one.
export { compileRefPattern } from './ref-pattern.js'

/** Predicate type of SLSA provenance v1. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/** What a provenance statement says about the build of a digest. */
export interface ProvenanceFacts {
  /** `runDetails.builder.id`, e.g. `https://github.com/actions/runner/github-hosted`. */
  builder: string
  /** `buildDefinition.externalParameters.workflow.repository`: `https://github.com/owner/name`. */
  repositoryUri: string
  /** `owner/name` of {@link ProvenanceFacts.repositoryUri}. */
  repository: string
  /** `…workflow.ref`, e.g. `refs/heads/main`. */
  ref: string
  /** `…workflow.path`, e.g. `.github/workflows/build.yml`. */
  workflow: string
  /** The source commit (`resolvedDependencies[].digest.gitCommit`), when stated. */
  commit?: string
  /** `runDetails.metadata.invocationId`: the run that built it, when stated. */
  invocation?: string
}

/** Which builds may reach an environment. */
export interface ProvenancePolicy {
  /** `owner/name` the build must come from (compared as GitHub does, ignoring case). */
  repository: string
  /** Go RE2 pattern the whole ref must match; `undefined` allows any ref. */
  ref?: string
  /** Workflow path the build must have run, e.g. `.github/workflows/build.yml`. */
  workflow?: string
}

/** The GitHub OIDC claims Fulcio wrote into a signing certificate. */
export interface CertificateClaims {
  /** 1.3.6.1.4.1.57264.1.12, e.g. `https://github.com/owner/name`. */
  sourceRepositoryUri?: string
  /** 1.3.6.1.4.1.57264.1.13: the commit. */
  sourceRepositoryDigest?: string
  /** 1.3.6.1.4.1.57264.1.14, e.g. `refs/heads/main`. */
  sourceRepositoryRef?: string
  /** 1.3.6.1.4.1.57264.1.18: `https://github.com/owner/name/<workflow path>@<ref>`. */
  buildConfigUri?: string
}

interface Workflow {
  repository?: unknown
  ref?: unknown
  path?: unknown
}

interface Statement {
  _type?: unknown
  subject?: Array<{ digest?: Record<string, unknown> }>
  predicateType?: unknown
  predicate?: {
    buildDefinition?: {
      externalParameters?: { workflow?: Workflow }
      resolvedDependencies?: Array<{ uri?: unknown; digest?: Record<string, unknown> }>
    }
    runDetails?: { builder?: { id?: unknown }; metadata?: { invocationId?: unknown } }
  }
}

const REPOSITORY_URI = /^https?:\/\/[^/\s]+\/([^/\s]+\/[^/\s]+)$/

/**
 * Reads a verified DSSE payload as SLSA provenance of `digest`: the facts, or why it is not.
 */
export function parseProvenanceStatement(
  payloadType: string,
  payload: Buffer,
  digest: string
): { facts: ProvenanceFacts } | { problem: string } {
  const read = readInTotoStatement<Statement>(payloadType, payload)
  if ('problem' in read) return read
  const { statement } = read
  if (statement._type !== IN_TOTO_STATEMENT_V1) {
    return { problem: `statement type is ${short(statement._type)}, not ${IN_TOTO_STATEMENT_V1}` }
  }
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    return {
      problem: `predicate type is ${short(statement.predicateType)}, not SLSA provenance v1`
    }
  }
  const { algorithm, hex } = parseDigest(digest)
  const subjects = Array.isArray(statement.subject) ? statement.subject : []
  if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
    const named = subjects
      .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
      .slice(0, 3)
    return { problem: `is provenance of ${named.length > 0 ? named.join(', ') : 'no digest'}` }
  }
  const predicate = statement.predicate ?? {}
  const workflow = predicate.buildDefinition?.externalParameters?.workflow ?? {}
  const builder = predicate.runDetails?.builder?.id
  const fields = { repository: workflow.repository, ref: workflow.ref, path: workflow.path }
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value === '') {
      return { problem: `states no externalParameters.workflow.${name}` }
    }
  }
  if (typeof builder !== 'string' || builder === '') return { problem: 'states no builder id' }
  const repositoryUri = workflow.repository as string
  const repository = REPOSITORY_URI.exec(repositoryUri)?.[1]
  if (!repository) return { problem: `names repository ${short(repositoryUri)}, not a URL` }
  const commit = sourceCommit(predicate.buildDefinition?.resolvedDependencies)
  const invocation = predicate.runDetails?.metadata?.invocationId
  return {
    facts: {
      builder,
      repositoryUri,
      repository,
      ref: workflow.ref as string,
      workflow: workflow.path as string,
      ...(commit ? { commit } : {}),
      ...(typeof invocation === 'string' && invocation ? { invocation } : {})
    }
  }
}

/** The commit of the first `git+` dependency, which GitHub's build type makes the source. */
function sourceCommit(deps: unknown): string | undefined {
  if (!Array.isArray(deps)) return undefined
  for (const dep of deps as Array<{ uri?: unknown; digest?: Record<string, unknown> }>) {
    const commit = dep?.digest?.gitCommit
    if (typeof dep?.uri === 'string' && dep.uri.startsWith('git+') && typeof commit === 'string') {
      return commit
    }
  }
  return undefined
}

const OID = '1.3.6.1.4.1.57264.1.'

/**
 * The GitHub claims in the leaf certificate of a bundle (JSON), read without judging the
 * certificate: call it only for a bundle that verified.
 */
export function certificateClaims(bundle: Buffer): CertificateClaims {
  let cert: X509Certificate
  try {
    const json = JSON.parse(bundle.toString('utf8')) as {
      verificationMaterial?: {
        certificate?: { rawBytes?: string }
        x509CertificateChain?: { certificates?: Array<{ rawBytes?: string }> }
      }
    }
    const m = json.verificationMaterial
    const raw = m?.certificate?.rawBytes ?? m?.x509CertificateChain?.certificates?.[0]?.rawBytes
    if (!raw) return {}
    cert = X509Certificate.parse(Buffer.from(raw, 'base64'))
  } catch {
    return {}
  }
  const text = (n: number): string | undefined => {
    const ext = cert.extension(`${OID}${n}`)
    if (!ext) return undefined
    try {
      // From .8 on, values are DER UTF8Strings (Fulcio oid-info.md).
      return ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8')
    } catch {
      return undefined
    }
  }
  const claims: CertificateClaims = {}
  const set = (key: keyof CertificateClaims, n: number) => {
    const v = text(n)
    if (v !== undefined) claims[key] = v
  }
  set('sourceRepositoryUri', 12)
  set('sourceRepositoryDigest', 13)
  set('sourceRepositoryRef', 14)
  set('buildConfigUri', 18)
  return claims
}

/**
 * Why the certificate that signed a statement disagrees with it, or `undefined` when its
 * GitHub claims (repository, ref, workflow file, commit) are the ones the statement states.
 * A statement is only as true as its signer: this ties what it says to what GitHub's OIDC
 * token said about the run that signed it.
 */
export function certificateDisagreement(
  facts: ProvenanceFacts,
  claims: CertificateClaims
): string | undefined {
  const expected: Array<[string, string | undefined, string | undefined]> = [
    ['source repository', claims.sourceRepositoryUri, facts.repositoryUri],
    ['source ref', claims.sourceRepositoryRef, facts.ref],
    [
      'build config',
      claims.buildConfigUri,
      `${facts.repositoryUri}/${facts.workflow}@${facts.ref}`
    ],
    ['source commit', claims.sourceRepositoryDigest, facts.commit ?? claims.sourceRepositoryDigest]
  ]
  for (const [what, inCert, stated] of expected) {
    if (inCert === undefined) return `its certificate carries no GitHub ${what} claim`
    if (inCert !== stated) {
      return `its certificate's ${what} is ${short(inCert)}, but the statement says ${short(stated)}`
    }
  }
  return undefined
}

/** Why `facts` do not satisfy `policy`, or `undefined` when they do. */
export function policyProblem(
  facts: ProvenanceFacts,
  policy: ProvenancePolicy
): string | undefined {
  if (facts.repository.toLowerCase() !== policy.repository.toLowerCase()) {
    return `was built from ${short(facts.repository)}, not ${policy.repository}`
  }
  if (policy.ref !== undefined) {
    const matches = compileRefPattern(policy.ref)
    if (typeof matches === 'string' || !matches(facts.ref)) {
      return `was built from ref ${short(facts.ref)}, which does not match ^(?:${policy.ref})$`
    }
  }
  if (policy.workflow !== undefined && facts.workflow !== policy.workflow) {
    return `was built by workflow ${short(facts.workflow)}, not ${policy.workflow}`
  }
  return undefined
}

/** One line naming the build, for gate details and texts. */
export function describeBuild(facts: ProvenanceFacts): string {
  const commit = facts.commit ? ` at ${plain(facts.commit.slice(0, 12))}` : ''
  return (
    `built by ${plain(facts.builder)} from ${plain(facts.repository)} ${plain(facts.ref)}` +
    `${commit} (${plain(facts.workflow)})`
  )
}

/** Untrusted text quoted and cut short, for messages. */
function short(value: unknown): string {
  return typeof value === 'string' ? echo(value) : echo(JSON.stringify(value) ?? String(value))
}

/** Untrusted text on one line, without quotes (a build description is a table cell too). */
function plain(value: string): string {
  const text = value.replace(/\p{Cc}/gu, '?')
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text
}
