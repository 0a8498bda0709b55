/**
 * SLSA provenance of the real shape for tests: statements built from the real one GitHub wrote
 * (vendored under `__tests__/fixtures/provenance/`), signed keylessly through the mock Fulcio
 * as the building workflow, with the GitHub claims of that workflow run, and attached to a
 * digest as `actions/attest-build-provenance` attaches them (a Sigstore bundle referrer).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RegistryClient } from '../../src/registry/client.js'
import type { Descriptor } from '../../src/registry/media-types.js'
import type { ImageReference } from '../../src/registry/reference.js'
import { attachReferrer } from '../../src/registry/referrers.js'
import { createStatementSigner } from '../../src/signing/backends.js'
import { SIGSTORE_BUNDLE_MEDIA_TYPE } from '../../src/signing/types.js'
import { recordingLogger } from '../harness/test-logger.js'
import {
  githubActionsClaims,
  unsignedJwt,
  type GitHubWorkflowRun,
  type SigstoreMock
} from './sigstore-mock.js'

const FIXTURE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/provenance/reusable-workflow-attestation.sigstore.json'
)

/** The vendored bundle, byte for byte. */
export function realBundle(): Buffer {
  return readFileSync(FIXTURE)
}

/** The statement of the vendored bundle, parsed. */
export function realStatement(): Record<string, unknown> {
  const bundle = JSON.parse(realBundle().toString('utf8')) as {
    dsseEnvelope: { payload: string }
  }
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Record<
    string,
    unknown
  >
}

/** A build as its provenance states it. */
export interface Build extends GitHubWorkflowRun {
  /** The digest the statement is about. */
  digest: string
}

/**
 * The real statement with its subject and build replaced by `build`: every other field (build
 * type, internal parameters, builder, invocation) as GitHub wrote it.
 */
export function provenanceStatement(build: Build): Buffer {
  const statement = structuredClone(realStatement()) as {
    subject: Array<{ name: string; digest: Record<string, string> }>
    predicate: {
      buildDefinition: {
        externalParameters: { workflow: { ref: string; repository: string; path: string } }
        resolvedDependencies: Array<{ uri: string; digest: { gitCommit: string } }>
      }
    }
  }
  const ref = build.ref ?? 'refs/heads/main'
  const sha = build.sha ?? 'a'.repeat(40)
  const [alg = '', hex = ''] = build.digest.split(':')
  statement.subject = [{ name: `ghcr.io/${build.repository}`, digest: { [alg]: hex } }]
  const definition = statement.predicate.buildDefinition
  definition.externalParameters.workflow = {
    ref,
    repository: `https://github.com/${build.repository}`,
    path: build.workflow
  }
  definition.resolvedDependencies = [
    { uri: `git+https://github.com/${build.repository}@${ref}`, digest: { gitCommit: sha } }
  ]
  return Buffer.from(JSON.stringify(statement))
}

/**
 * Signs `statement` keylessly as the workflow run `signer` (GitHub claims through the mock
 * Fulcio, logged in the mock Rekor) and attaches the bundle to `subject` as a referrer with the
 * annotations attest-build-provenance sets.
 */
export async function attachProvenance(
  client: RegistryClient,
  image: ImageReference,
  subject: Descriptor,
  statement: Buffer,
  signer: GitHubWorkflowRun,
  sigstore: SigstoreMock
): Promise<Descriptor> {
  const logger = recordingLogger()
  const config = {
    backend: 'sigstore' as const,
    certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    fulcioUrl: sigstore.fulcioUrl,
    rekorUrl: sigstore.rekorUrl,
    trustedRoot: sigstore.trustedRootPath,
    tlogUpload: true,
    env: { SIGSTORE_ID_TOKEN: unsignedJwt(githubActionsClaims(signer)) }
  }
  const signed = await createStatementSigner(
    client,
    image,
    config,
    'sigstore',
    undefined,
    logger
  ).signStatement(statement)
  return attachReferrer(client, image, subject, {
    artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    blobs: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, bytes: signed.bundle }],
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1'
    }
  })
}
