/**
 * Where Helm values live inside a Kubernetes object, for values edited by key path
 * (`values-paths.ts`): a Flux `HelmRelease`'s `spec.values`, an Argo CD `Application`'s
 * `spec.source.helm.valuesObject` or `spec.source.helm.parameters`, and argocd-image-updater's
 * write-back file `.argocd-source-<app>.yaml`, whose `helm.parameters` list holds
 * `{name, value, forcestring}` items (argoproj-labs/argocd-image-updater de2cfec,
 * pkg/argocd/update.go `marshalParamsOverride`, pkg/common/constants.go
 * `DefaultTargetFilePatternWithoutNamespace`).
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml'
import { PromoteError } from '../errors.js'
import { echo } from '../util/text.js'

/** Where the values of a key path start. */
export interface ValuesScope {
  /** The object holding the values, in a file of one or more documents. */
  object?: { kind: string; group: string; name: string }
  /** Keys from the document to the values, e.g. `['spec', 'values']`. */
  base: string[]
  /** The values are Helm parameters: a list of `name`/`value` items, a key path is a name. */
  parameters?: boolean
}

/** A scope that cannot be followed in a file; one line. */
export class ValuesScopeError extends PromoteError {}

const text = (node: unknown): string | undefined =>
  isScalar(node) && typeof node.value === 'string' ? node.value : undefined

function matches(doc: Document.Parsed, object: NonNullable<ValuesScope['object']>): boolean {
  const root = doc.contents
  if (!isMap(root)) return false
  const apiVersion = text(root.get('apiVersion', true)) ?? ''
  const metadata = root.get('metadata', true)
  return (
    text(root.get('kind', true)) === object.kind &&
    apiVersion.startsWith(`${object.group}/`) &&
    isMap(metadata) &&
    text(metadata.get('name', true)) === object.name
  )
}

/** The root node of the document a scope names: the one object of its kind and name. */
export function scopedRoot(docs: Document.Parsed[], file: string, scope: ValuesScope): unknown {
  const { object } = scope
  if (!object) {
    if (docs.length > 1)
      throw new ValuesScopeError(`${file}: a values file must be one YAML document`)
    return docs[0]?.contents ?? null
  }
  const found = docs.filter(d => matches(d, object))
  const what = `${object.kind} (${object.group}) named ${echo(object.name)}`
  if (found.length === 0) throw new ValuesScopeError(`${file}: no ${what}`)
  if (found.length > 1) throw new ValuesScopeError(`${file}: more than one ${what}`)
  return found[0].contents
}

/**
 * The index of the Helm parameter named `name` in the list at the scope's base. A missing
 * list or parameter is an error naming the file and the parameter: parameters are never created.
 */
export function parameterIndex(
  root: unknown,
  file: string,
  scope: ValuesScope,
  name: string
): number {
  const where = scope.base.join('.')
  const list = isMap(root) ? root.getIn(scope.base, true) : undefined
  if (!isSeq(list)) throw new ValuesScopeError(`${file}: ${where} is not a list of Helm parameters`)
  const index = list.items.findIndex(item => isMap(item) && text(item.get('name', true)) === name)
  if (index < 0)
    throw new ValuesScopeError(
      `${file}: ${where} has no parameter named ${echo(name)} (parameters are never created)`
    )
  return index
}
