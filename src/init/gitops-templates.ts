/**
 * The GitOps repository files `init` writes, built as data and serialised with `yaml`:
 * promotion.yaml and one kustomization per environment, with `$imagepolicy` markers for the
 * environments Flux image automation updates.
 */
import { Document, type Scalar } from 'yaml'
import {
  FLUX_NAMESPACE,
  environmentPath,
  policyName,
  type InitOptions,
  type TagScheme
} from './options.js'

/** Where editors find the promotion.yaml schema: the file as released with the v1 tag. */
export const PROMOTION_SCHEMA_URL =
  'https://raw.githubusercontent.com/acme/digest-promote/v1/schemas/promotion.schema.json'

/** One file to write, relative to its root. */
export interface GeneratedFile {
  path: string
  content: string
}

/** promotion.yaml: environments in order, protected ones requiring the one before. */
export function promotionYaml(opts: InitOptions): GeneratedFile {
  const environments = opts.environments.map((name, i) => {
    const isProtected = opts.protectedEnvironments.includes(name)
    return {
      name,
      path: environmentPath(name),
      ...(isProtected ? { protected: true } : {}),
      ...(isProtected && i > 0 ? { requires: [opts.environments[i - 1]] } : {})
    }
  })
  const registry = opts.image.slice(0, opts.image.indexOf('/'))
  const doc = new Document({
    version: 1,
    environments,
    images: [{ name: opts.image }],
    registries: { allowed: [registry] }
  })
  doc.commentBefore = ` yaml-language-server: $schema=${PROMOTION_SCHEMA_URL}`
  return { path: 'promotion.yaml', content: doc.toString() }
}

/**
 * A tag the first render can hold until image automation writes the policy's pick: the
 * setters rewrite only non-empty values, and it matches the policy's own filter.
 */
function placeholderTag(scheme: TagScheme, env: string): string {
  if (scheme === 'semver') return '0.0.0'
  return scheme === 'timestamp' ? `${env}-v0.0.0-0000000-0000000000` : 'sha-0000000-0000000000'
}

function marker(doc: Document, keyPath: unknown[], setter: string): void {
  const node = doc.getIn(keyPath, true) as Scalar
  node.comment = ` {"$imagepolicy": "${setter}"}`
}

/** clusters/<env>/kustomization.yaml with an `images:` entry for the image. */
export function kustomizationYaml(opts: InitOptions, env: string): GeneratedFile {
  const automated = opts.flux && opts.automated.includes(env)
  const entry = automated
    ? { name: opts.image, newName: opts.image, newTag: placeholderTag(opts.tagScheme, env) }
    : { name: opts.image }
  const doc = new Document({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [],
    images: [entry]
  })
  doc.commentBefore =
    ` Environment ${env}. List its manifests under resources; ` +
    (automated
      ? 'Flux image automation rewrites the marked fields.'
      : 'promote writes the digest into the images entry.')
  if (automated) {
    const setter = `${FLUX_NAMESPACE}:${policyName(opts.image, env)}`
    marker(doc, ['images', 0, 'newName'], `${setter}:name`)
    marker(doc, ['images', 0, 'newTag'], `${setter}:tag`)
  }
  return { path: `${environmentPath(env)}/kustomization.yaml`, content: doc.toString() }
}
