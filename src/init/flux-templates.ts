/**
 * Flux image automation objects `init` writes, as data: one ImageRepository per image, and
 * per automated environment an ImagePolicy that is tight by construction (never `latest`, no
 * pre-release, patterns anchored on both ends) and an ImageUpdateAutomation that commits
 * straight to the branch only for environments that are not protected.
 */
import { Document } from 'yaml'
import type { GeneratedFile } from './gitops-templates.js'
import {
  FLUX_NAMESPACE,
  environmentPath,
  policyName,
  shortName,
  type InitOptions,
  type RegistryProvider,
  type TagScheme
} from './options.js'

const API_VERSION = 'image.toolkit.fluxcd.io/v1'

/** The semver range the generated policy starts with: one major, releases only. */
export const SEMVER_RANGE = '>=1.0.0 <2.0.0'

const VERSION = '(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)'

const PROVIDER_NOTE: Record<RegistryProvider, string> = {
  aws:
    ' provider: aws has image-reflector-controller fetch ECR tokens through its workload ' +
    'identity (IRSA or EKS Pod Identity).\n ECR tokens expire after 12 hours; the controller ' +
    'refreshes them itself. A static docker-registry secret\n would stop working after 12 ' +
    'hours unless something (a CronJob) rewrites it.',
  gcp: ' provider: gcp authenticates to Artifact Registry with the controller’s workload identity.',
  azure: ' provider: azure authenticates to ACR with the controller’s workload identity.',
  generic:
    ' secretRef names a docker-registry secret in flux-system with read access to the image.\n' +
    ' For ECR, prefer --registry-provider aws: its tokens expire after 12 hours.'
}

function imageRepository(opts: InitOptions): Document {
  const name = shortName(opts.image)
  const auth =
    opts.registryProvider === 'generic'
      ? { secretRef: { name: `${name}-registry` } }
      : { provider: opts.registryProvider }
  const doc = new Document({
    apiVersion: API_VERSION,
    kind: 'ImageRepository',
    metadata: { name, namespace: FLUX_NAMESPACE },
    spec: { image: opts.image, interval: '5m', ...auth }
  })
  doc.commentBefore = PROVIDER_NOTE[opts.registryProvider]
  return doc
}

/** The `filterTags` pattern of a scheme, anchored on both ends, or none for semver. */
export function tagPattern(scheme: TagScheme, env: string): string | undefined {
  if (scheme === 'timestamp') return `^${env}-v${VERSION}-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$`
  if (scheme === 'sha') return '^sha-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$'
  return undefined
}

function imagePolicy(opts: InitOptions, env: string): Document {
  const pattern = tagPattern(opts.tagScheme, env)
  const select =
    pattern === undefined
      ? { policy: { semver: { range: SEMVER_RANGE } } }
      : {
          filterTags: { pattern, extract: '$ts' },
          policy: { numerical: { order: 'asc' } }
        }
  const doc = new Document({
    apiVersion: API_VERSION,
    kind: 'ImagePolicy',
    metadata: { name: policyName(opts.image, env), namespace: FLUX_NAMESPACE },
    spec: { imageRepositoryRef: { name: shortName(opts.image) }, ...select }
  })
  doc.commentBefore =
    pattern === undefined
      ? ' Releases of one major only (no pre-release); widen the range on purpose, never to *.'
      : ' Only tags the pipeline writes for this environment, newest build time first; never latest.'
  return doc
}

function imageUpdateAutomation(opts: InitOptions, env: string, branch: string): Document {
  const isProtected = opts.protectedEnvironments.includes(env)
  const doc = new Document({
    apiVersion: API_VERSION,
    kind: 'ImageUpdateAutomation',
    metadata: { name: `${shortName(opts.image)}-${env}`, namespace: FLUX_NAMESPACE },
    spec: {
      interval: '5m',
      sourceRef: { kind: 'GitRepository', name: 'flux-system' },
      git: {
        checkout: { ref: { branch } },
        commit: {
          author: { name: 'fluxcdbot', email: 'fluxcdbot@users.noreply.github.com' }
        },
        ...(isProtected ? { push: { branch: `flux/${env}-updates` } } : {})
      },
      update: { path: `./${environmentPath(env)}`, strategy: 'Setters' }
    }
  })
  doc.commentBefore = isProtected
    ? ` ${env} is protected: updates go to a separate branch, merged through a reviewed pull request.`
    : ` ${env} is not protected: updates are committed straight to ${branch}.`
  return doc
}

/** flux-system/<image>-image-automation.yaml: every object, one document each. */
export function fluxObjectsYaml(opts: InitOptions, branch: string): GeneratedFile {
  const docs = [
    imageRepository(opts),
    ...opts.automated.flatMap(env => [
      imagePolicy(opts, env),
      imageUpdateAutomation(opts, env, branch)
    ])
  ]
  return {
    path: `${FLUX_NAMESPACE}/${shortName(opts.image)}-image-automation.yaml`,
    content: docs.map(d => d.toString()).join('---\n')
  }
}
