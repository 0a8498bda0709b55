/**
 * An offline Sigstore for tests: @sigstore/mock's Fulcio CA, CT log and transparency log,
 * served on a loopback HTTP server, plus the trusted_root.json that trusts exactly them.
 *
 * A loopback server rather than nock: it serves other processes too (the built action), and it
 * lets the Rekor route turn a proposed `dsse` entry into the canonical body real Rekor stores.
 * The mock logs proposed entries verbatim, which is right for `hashedrekord` but not for `dsse`
 * (verifiers then see no signatures: "signature count mismatch").
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { createServer } from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  type HandlerFn
} from '@sigstore/mock'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'

/** A running mock Sigstore. */
export interface SigstoreMock {
  /** Base URL of Fulcio. */
  fulcioUrl: string
  /** Base URL of Rekor. */
  rekorUrl: string
  /** Path of a trusted_root.json trusting this instance only. */
  trustedRootPath: string
  /** How many entries Rekor logged. */
  logged(): number
  /** Stops the server and removes the trusted root. */
  stop(): Promise<void>
}

/** A JWT with these claims; the mock does not check signatures, so it is unsigned. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'sigstore', ...claims })}.`
}

/** GitHub Actions' OIDC issuer. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** Where a GitHub Actions workflow run signs from, as its OIDC token says. */
export interface GitHubWorkflowRun {
  /** `owner/name` of the repository the workflow runs in. */
  repository: string
  /** Path of the workflow file, e.g. `.github/workflows/build.yml`. */
  workflow: string
  /** The ref the run is for (default `refs/heads/main`). */
  ref?: string
  /** The commit (default forty `a`s). */
  sha?: string
}

/**
 * The claims of a GitHub Actions OIDC token with audience `sigstore`, field for field as the
 * token service issues them (docs.github.com, "About security hardening with OpenID Connect"),
 * so the mock Fulcio certifies `https://github.com/<job_workflow_ref>` with every GitHub
 * extension (OIDs 1.3.6.1.4.1.57264.1.8 to .22).
 */
export function githubActionsClaims(run: GitHubWorkflowRun): Record<string, string> {
  const ref = run.ref ?? 'refs/heads/main'
  const sha = run.sha ?? 'a'.repeat(40)
  const [owner = ''] = run.repository.split('/')
  const workflowRef = `${run.repository}/${run.workflow}@${ref}`
  return {
    iss: GITHUB_ISSUER,
    sub: `repo:${run.repository}:ref:${ref}`,
    ref,
    ref_type: 'branch',
    sha,
    repository: run.repository,
    repository_id: '700000001',
    repository_owner: owner,
    repository_owner_id: '100000001',
    repository_visibility: 'public',
    run_id: '4242',
    run_number: '7',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'build',
    event_name: 'push',
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    workflow_ref: workflowRef,
    workflow_sha: sha
  }
}

/** The claim the mock Fulcio takes the certificate's SAN from; see {@link withFulcioSubject}. */
const FULCIO_SUBJECT = 'x-fulcio-subject'

/**
 * Adds the claim the SAN is taken from, chosen as real Fulcio does: for GitHub Actions tokens
 * `https://github.com/` + `job_workflow_ref` (Fulcio's `pkg/identity/githubworkflow`), else `sub`.
 */
function withFulcioSubject(body: string): string {
  const request = JSON.parse(body) as { credentials: { oidcIdentityToken: string } }
  const [header = '', payload = '', signature = ''] =
    request.credentials.oidcIdentityToken.split('.')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
  const subject =
    claims.iss === GITHUB_ISSUER && typeof claims.job_workflow_ref === 'string'
      ? `https://github.com/${claims.job_workflow_ref}`
      : claims.sub
  const rewritten = Buffer.from(JSON.stringify({ ...claims, [FULCIO_SUBJECT]: subject }))
  request.credentials.oidcIdentityToken = `${header}.${rewritten.toString('base64url')}.${signature}`
  return JSON.stringify(request)
}

/** Starts Fulcio and Rekor on one loopback port. */
export async function startSigstoreMock(): Promise<SigstoreMock> {
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const base = `http://127.0.0.1:${port}`

  const caKeys = keyPair()
  const ctlog = await initializeCTLog(caKeys)
  const ca = await initializeCA(caKeys, ctlog)
  const tlogKeys = keyPair()
  const tlog = await initializeTLog(base, tlogKeys)
  const fulcio = fulcioHandler(ca, { subjectClaim: FULCIO_SUBJECT })
  let logged = 0
  const rekor: HandlerFn = async body => {
    const entry = canonicalEntry(JSON.parse(body) as ProposedEntry)
    logged++
    return {
      statusCode: 201,
      response: JSON.stringify(await tlog.log(entry)),
      contentType: 'application/json'
    }
  }
  const routes: Record<string, HandlerFn> = {
    [fulcio.path]: body => fulcio.fn(withFulcioSubject(body)),
    '/api/v1/log/entries': rekor
  }
  server.on('request', (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const route = req.method === 'POST' ? routes[req.url ?? ''] : undefined
      if (!route) {
        res.writeHead(404).end()
        return
      }
      route(Buffer.concat(chunks).toString()).then(
        r => {
          res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'text/plain' })
          res.end(r.response)
        },
        (err: unknown) => res.writeHead(500).end(String(err))
      )
    })
  })

  const dir = await mkdtemp(join(tmpdir(), 'sigstore-mock-'))
  const trustedRootPath = join(dir, 'trusted_root.json')
  await writeFile(
    trustedRootPath,
    JSON.stringify(trustedRoot(ca.rootCertificate, ctlog, tlog, base))
  )
  return {
    fulcioUrl: base,
    rekorUrl: base,
    trustedRootPath,
    logged: () => logged,
    stop: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    }
  }
}

interface ProposedEntry {
  kind: string
  apiVersion: string
  spec: { proposedContent?: { envelope: string; verifiers: string[] } }
}

/**
 * What Rekor stores for a proposed entry: `dsse` 0.0.1 entries keep hashes of the envelope and
 * payload and the signatures with their verifiers, not the envelope itself.
 */
function canonicalEntry(proposed: ProposedEntry): object {
  const content = proposed.spec.proposedContent
  if (proposed.kind !== 'dsse' || !content) return proposed
  const envelope = JSON.parse(content.envelope) as {
    payload: string
    signatures: Array<{ sig: string }>
  }
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(content.envelope)) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: content.verifiers[i] ?? content.verifiers[0]
      }))
    }
  }
}

function trustedRoot(
  caRoot: ArrayBufferView,
  ctlog: { publicKey: Buffer; logID: ArrayBufferView },
  tlog: { publicKey: Buffer },
  base: string
): unknown {
  // Valid from a day ago: the CA's certificates are dated "now", give or take a clock tick.
  const start = new Date(Date.now() - 24 * 3600 * 1000)
  const raw = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)
  const log = (publicKey: Buffer, keyId: Buffer, baseUrl: string) => ({
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: {
      rawBytes: publicKey,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor: { start }
    },
    logId: { keyId },
    checkpointKeyId: undefined,
    operator: 'mock'
  })
  return TrustedRoot.toJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: base,
        certChain: { certificates: [{ rawBytes: raw(caRoot) }] },
        validFor: { start },
        operator: 'mock'
      }
    ],
    ctlogs: [log(ctlog.publicKey, raw(ctlog.logID), base)],
    tlogs: [log(tlog.publicKey, createHash('sha256').update(tlog.publicKey).digest(), base)],
    timestampAuthorities: []
  })
}
