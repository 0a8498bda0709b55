/**
 * A synthetic GitOps repository for audit tests and the audit benchmark: a promotion.yaml, the
 * Flux image automation objects, then dev/staging/production apps as Deployments,
 * kustomizations, HelmReleases and ConfigMaps (which the audit screens out without parsing).
 * Every 10th production Deployment is pinned by tag only, so the audit has real work to report.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** What {@link generateAuditRepo} wrote. */
export interface GeneratedRepo {
  /** Every file written, relative to the root with `/` separators; all are YAML. */
  files: string[]
  /** How many DP001 errors the audit must report (tag-only production Deployments). */
  tagOnly: number
}

const DIGEST = `sha256:${'ab'.repeat(32)}`
const ENVS = ['dev', 'staging', 'production'] as const
// Apps per directory, so no directory holds thousands of entries.
const GROUP = 250

const PROMOTION = `version: 1
environments:
  - name: dev
    path: clusters/dev
  - name: staging
    path: clusters/staging
    requires: [dev]
  - name: production
    path: clusters/production
    protected: true
    requires: [staging]
registries:
  allowed: [ghcr.io]
`

const AUTOMATION = `apiVersion: image.toolkit.fluxcd.io/v1
kind: ImagePolicy
metadata:
  name: app
  namespace: flux-system
spec:
  imageRepositoryRef: { name: app }
  filterTags:
    pattern: '^v(?P<version>[0-9]+\\.[0-9]+\\.[0-9]+)$'
    extract: '$version'
  policy:
    semver: { range: '>=1.0.0 <2.0.0' }
---
apiVersion: image.toolkit.fluxcd.io/v1
kind: ImageUpdateAutomation
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m
  sourceRef: { kind: GitRepository, name: flux-system }
  git:
    checkout: { ref: { branch: main } }
    commit: { author: { name: flux, email: flux@example.com } }
    push: { branch: flux/image-updates }
  update: { path: ./clusters }
`

function deployment(name: string, image: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: apps
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: ${name}
          image: ${image} # {"$imagepolicy": "flux-system:app"}
          ports: [{ containerPort: 8080 }]
`
}

function helmRelease(name: string): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${name}
  namespace: apps
spec:
  interval: 10m
  chart: { spec: { chart: ${name}, version: 1.x } }
  values:
    image:
      repository: ghcr.io/acme/${name}
      tag: v1.2.3
      digest: ${DIGEST}
`
}

function kustomization(name: string): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../shared]
images:
  - name: ghcr.io/acme/${name}
    newTag: v1.2.3
    digest: ${DIGEST}
`
}

function configMap(name: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
`
}

// One padding line: settings that carry no image, as a large ConfigMap or CRD would.
const FILLER = '  setting-%: "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do"\n'

/**
 * A second document that brings `text` to about `bytes` bytes: a ConfigMap of settings that
 * none of the audit's rules and no setter marker looks at, so findings do not change.
 */
function padded(text: string, name: string, bytes: number): string {
  const head = `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-settings\ndata:\n`
  const room = bytes - text.length - head.length
  if (room < FILLER.length) return text
  const lines = Array.from({ length: Math.floor(room / FILLER.length) }, (_, i) =>
    FILLER.replace('%', String(i).padStart(4, '0'))
  )
  return `${text}${head}${lines.join('')}`
}

/** One app file: its path and text, and whether it is a tag-only production Deployment. */
function appFile(i: number): { rel: string; text: string; tagOnly: boolean } {
  const env = ENVS[i % ENVS.length]
  const name = `app-${i}`
  const dir = `clusters/${env}/group-${Math.floor(i / GROUP)}`
  // Production Deployments are the i = 8 (mod 12); one in ten of them is left tag-only.
  const pinned = env !== 'production' || Math.floor(i / 12) % 10 !== 0
  switch (i % 4) {
    case 0: {
      const image = `ghcr.io/acme/${name}:v1.2.3${pinned ? `@${DIGEST}` : ''}`
      return { rel: `${dir}/${name}.yaml`, text: deployment(name, image), tagOnly: !pinned }
    }
    case 1:
      return { rel: `${dir}/${name}/kustomization.yaml`, text: kustomization(name), tagOnly: false }
    case 2:
      return { rel: `${dir}/${name}-release.yaml`, text: helmRelease(name), tagOnly: false }
    default:
      return { rel: `${dir}/${name}-config.yaml`, text: configMap(name), tagOnly: false }
  }
}

/**
 * Writes a synthetic GitOps repository with exactly `files` YAML files under `dir` (at least 2:
 * promotion.yaml and the Flux objects come first). With `opts.bytes`, each app file gets a
 * second document of settings so the tree holds about that many bytes in all.
 */
export async function generateAuditRepo(
  dir: string,
  files: number,
  opts: { bytes?: number } = {}
): Promise<GeneratedRepo> {
  if (!Number.isInteger(files) || files < 2)
    throw new Error(`files must be 2 or more, got ${files}`)
  const written: string[] = []
  let tagOnly = 0
  const write = async (rel: string, text: string): Promise<void> => {
    const abs = join(dir, ...rel.split('/'))
    await mkdir(dirname(abs), { recursive: true })
    await writeFile(abs, text)
    written.push(rel)
  }
  await write('promotion.yaml', PROMOTION)
  await write('flux-system/image-automation.yaml', AUTOMATION)
  for (let i = 0; written.length < files; i++) {
    const file = appFile(i)
    const size = opts.bytes === undefined ? 0 : Math.floor(opts.bytes / files)
    await write(file.rel, size > 0 ? padded(file.text, `app-${i}`, size) : file.text)
    if (file.tagOnly) tagOnly++
  }
  return { files: written, tagOnly }
}
