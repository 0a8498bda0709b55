/**
 * Finds the images a manifest deploys: containers of workloads, kustomize `images:` entries
 * (kustomize.config.k8s.io Kustomization/Component, Flux Kustomization `spec.images`, HelmRelease
 * post-renderers) and HelmRelease `spec.values` (`image: <ref>` or `image: {repository, tag,
 * digest}`).
 */
import { isMap, isScalar, type YAMLMap } from 'yaml'
import type { ImageUse } from './image-check.js'
import { childAt, itemsOf, pairOf, textAt, textOf, type LineMap } from './nodes.js'

/** Where the pod spec sits in each workload kind. */
const POD_SPEC: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec']
}

/** Names kustomize reads as a kustomization file. */
export const KUSTOMIZATION_FILES = new Set([
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization'
])

// Helm values are user-shaped; deeper nesting than this is not an image map.
const MAX_VALUES_DEPTH = 32

/** What a document is, read from its `apiVersion`, `kind` and `metadata`. */
export interface DocHeader {
  /** `apiVersion`, `''` when absent. */
  apiVersion: string
  /** `kind`, `''` when absent. */
  kind: string
  /** `<namespace>/<name>` or `<name>`, for messages. */
  id: string
}

/** Reads a document's header. */
export function headerOf(root: unknown): DocHeader {
  const name = textAt(root, 'metadata', 'name') ?? '(unnamed)'
  const ns = textAt(root, 'metadata', 'namespace')
  return {
    apiVersion: textAt(root, 'apiVersion') ?? '',
    kind: textAt(root, 'kind') ?? '',
    id: ns ? `${ns}/${name}` : name
  }
}

/** Every image use in one document. `fileName` is the base name, for kustomization files. */
export function imageUses(root: unknown, fileName: string, lines: LineMap): ImageUse[] {
  const h = headerOf(root)
  const podPath = POD_SPEC[h.kind]
  if (podPath && h.apiVersion !== '') return containerUses(childAt(root, ...podPath), h, lines)
  if (isKustomizeFile(h, fileName)) {
    return kustomizeUses(childAt(root, 'images'), 'the kustomization', lines)
  }
  if (h.kind === 'Kustomization' && h.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
    return kustomizeUses(childAt(root, 'spec', 'images'), `Kustomization ${h.id}`, lines)
  }
  if (h.kind === 'HelmRelease' && h.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
    return helmUses(root, h, lines)
  }
  return []
}

function isKustomizeFile(h: DocHeader, fileName: string): boolean {
  if (h.apiVersion.startsWith('kustomize.config.k8s.io/')) {
    return h.kind === 'Kustomization' || h.kind === 'Component'
  }
  // kustomize accepts a kustomization file without apiVersion and kind.
  return h.kind === '' && KUSTOMIZATION_FILES.has(fileName)
}

function containerUses(podSpec: unknown, h: DocHeader, lines: LineMap): ImageUse[] {
  const uses: ImageUse[] = []
  for (const field of ['initContainers', 'containers']) {
    for (const c of itemsOf(childAt(podSpec, field))) {
      const image = pairOf(c, 'image')
      const ref = textOf(image?.value)
      if (!image || ref === undefined || ref === '') continue
      const label = field === 'containers' ? 'container' : 'init container'
      const where = `${label} ${textAt(c, 'name') ?? '?'} of ${h.kind} ${h.id}`
      uses.push({ where, name: ref, nameLine: lines.of(image.value), wholeReference: true })
    }
  }
  return uses
}

/** kustomize `images:` entries: `newName` renames, `newTag`/`digest` retag. */
function kustomizeUses(images: unknown, owner: string, lines: LineMap): ImageUse[] {
  const uses: ImageUse[] = []
  for (const entry of itemsOf(images)) {
    const name = pairOf(entry, 'name')
    const newName = pairOf(entry, 'newName')
    const renamed = textOf(newName?.value)
    const target = renamed ?? textOf(name?.value)
    if (target === undefined) continue
    const use: ImageUse = {
      where: `images entry ${textOf(name?.value) ?? target} of ${owner}`,
      name: target,
      nameLine: lines.of(renamed !== undefined ? newName?.value : (name?.value ?? entry))
    }
    addSplitFields(use, entry, 'newTag', lines)
    uses.push(use)
  }
  return uses
}

/** Copies a split use's tag and digest fields (`tagKey` is `newTag` or `tag`). */
function addSplitFields(use: ImageUse, map: unknown, tagKey: string, lines: LineMap): void {
  const tag = pairOf(map, tagKey)
  const tagText = textOf(tag?.value)
  if (tagText !== undefined && tagText !== '') {
    use.tag = tagText
    use.tagLine = lines.of(tag?.value)
  }
  const digest = textOf(pairOf(map, 'digest')?.value)
  if (digest !== undefined && digest !== '') use.digest = digest
}

function helmUses(root: unknown, h: DocHeader, lines: LineMap): ImageUse[] {
  const uses: ImageUse[] = []
  const owner = `HelmRelease ${h.id}`
  walkValues(childAt(root, 'spec', 'values'), 'values', 0, (map, at) => {
    const pair = pairOf(map, 'image')
    const value = pair?.value
    if (!pair || value === null || value === undefined) return
    const where = `${at}.image of ${owner}`
    if (isScalar(value)) {
      const ref = textOf(value)
      if (ref) uses.push({ where, name: ref, nameLine: lines.of(value), wholeReference: true })
    } else if (isMap(value)) {
      const use = helmImageMap(value, where, lines)
      if (use) uses.push(use)
    }
  })
  for (const pr of itemsOf(childAt(root, 'spec', 'postRenderers'))) {
    uses.push(...kustomizeUses(childAt(pr, 'kustomize', 'images'), `${owner} postRenderers`, lines))
  }
  return uses
}

/** `image: {registry?, repository, tag?, digest?}` as most charts lay it out. */
function helmImageMap(map: YAMLMap, where: string, lines: LineMap): ImageUse | undefined {
  const repository = pairOf(map, 'repository')
  const repo = textOf(repository?.value)
  const registry = textOf(pairOf(map, 'registry')?.value)
  const use: ImageUse = {
    where,
    ...(repo ? { name: registry ? `${registry}/${repo}` : repo } : {}),
    nameLine: lines.of(repository?.value ?? map)
  }
  addSplitFields(use, map, 'tag', lines)
  return use.name !== undefined || use.tag !== undefined || use.digest !== undefined
    ? use
    : undefined
}

/** Calls `visit` on every mapping under `node`, with a dotted path for messages. */
function walkValues(
  node: unknown,
  at: string,
  depth: number,
  visit: (map: YAMLMap, at: string) => void
): void {
  if (depth > MAX_VALUES_DEPTH) return
  if (isMap(node)) {
    visit(node, at)
    for (const p of node.items) {
      const key = textOf(p.key)
      if (key === 'image' || key === undefined) continue
      walkValues(p.value, `${at}.${key}`, depth + 1, visit)
    }
  } else {
    itemsOf(node).forEach((item, i) => walkValues(item, `${at}[${i}]`, depth + 1, visit))
  }
}
