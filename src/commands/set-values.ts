import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import type { ValuesTarget } from '../config/promotion-config.js'
import {
  getBoolean,
  getEnum,
  getList,
  getRequired,
  resolveInside,
  type InputSource
} from '../inputs.js'
import type { ValueEdit } from '../manifests/values-paths.js'
import { echo } from '../util/text.js'
import type { Command, CommandResult, RunContext } from './types.js'

/** The `set-values` tool's name. */
export const SET_VALUES = 'set-values'

/** Options of {@link setValuesCommand}. */
export interface SetValuesOptions {
  /** The values file. */
  file: string
  /** Workspace-relative name of the file, for messages. */
  display: string
  edits: ValueEdit[]
  /** Where the values are in the file, as promotion.yaml's values targets name it. */
  kind: NonNullable<ValuesTarget['kind']>
  /** metadata.name of the HelmRelease or Application holding the values. */
  name?: string
  /** Add missing mapping keys instead of refusing. */
  createMissing: boolean
  dryRun: boolean
}

const KINDS = [
  'file',
  'helmrelease',
  'application',
  'application-parameters',
  'argocd-source'
] as const
const NAMED: readonly string[] = ['helmrelease', 'application', 'application-parameters']

const FORM = 'e.g. image.tag=v1.2.3, images[0].tag=v1 or annotations.example\\.com/x=y'

/** Parses one `<path>=<value>` argument; the first unescaped `=` ends the path. */
function parseAssignment(arg: string): ValueEdit {
  const eq = arg.search(/(?<!\\)=/)
  if (eq <= 0) throw new InputError('values', `${echo(arg)} is not <path>=<value>`, FORM)
  // The key path itself is checked when the command runs, before the file is read.
  return { path: arg.slice(0, eq), value: arg.slice(eq + 1) }
}

/**
 * Writes values into a Helm values file by key path, keeping every untouched byte: comments,
 * key order, quoting and line endings stay as they were.
 */
export const setValuesCommand: Command<SetValuesOptions> = {
  name: SET_VALUES,
  summary: 'Edit values in a Helm values file by key path (bytes preserved).',
  usage:
    '<values.yaml> <path=value>... [--values-kind <kind> --values-name <name>] [--create-missing] [--dry-run] [--json]',
  inputs: [
    { name: 'file', description: 'The Helm values file.', required: true },
    {
      name: 'values',
      description:
        'Assignments <path>=<value>: keys joined by ".", list items as [n], a dot in a key as "\\."; a list.',
      required: true,
      kind: 'list'
    },
    {
      name: 'values-kind',
      description:
        'Where the values are in the file: file (default), helmrelease (spec.values), application (spec.source.helm.valuesObject), application-parameters (spec.source.helm.parameters) or argocd-source (.argocd-source-<app>.yaml helm.parameters).'
    },
    {
      name: 'values-name',
      description: 'metadata.name of the HelmRelease or Application in the file.'
    },
    {
      name: 'create-missing',
      description:
        'Add mapping keys the file lacks instead of refusing (list items are never added).',
      kind: 'flag'
    },
    { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
  ],
  positionals: ['file', 'values'],
  parse(src: InputSource, ctx: RunContext): SetValuesOptions {
    const file = resolveInside(ctx.workspace, getRequired(src, 'file'), 'file')
    const args = getList(src, 'values')
    if (args.length === 0) throw new InputError('values', 'required but not set', FORM)
    const kind = getEnum(src, 'values-kind', KINDS, 'file')
    const name = src.get('values-name')
    if (!name && NAMED.includes(kind))
      throw new InputError(
        'values-name',
        `required with --values-kind ${kind}`,
        "give the object's metadata.name"
      )
    if (name && !NAMED.includes(kind))
      throw new InputError(
        'values-name',
        `does not apply to --values-kind ${kind}`,
        'drop --values-name, or pick a kind that names an object'
      )
    return {
      file,
      display: path.relative(ctx.workspace, file) || '.',
      edits: args.map(parseAssignment),
      kind,
      ...(name ? { name } : {}),
      createMissing: getBoolean(src, 'create-missing', false),
      dryRun: getBoolean(src, 'dry-run', false)
    }
  },
  async run(opts: SetValuesOptions): Promise<CommandResult> {
    // The YAML editor loads only when the command runs.
    const { ValuesPathError, parseKeyPath, setValues } =
      await import('../manifests/values-paths.js')
    const { ValuesScopeError } = await import('../manifests/values-scope.js')
    const { valuesScope } = await import('../promote/values-target.js')
    const scope = valuesScope({ file: opts.display, kind: opts.kind, name: opts.name })
    for (const edit of opts.edits) {
      try {
        parseKeyPath(edit.path)
      } catch (err) {
        throw new InputError('values', (err as Error).message, FORM)
      }
    }
    const rel = opts.display
    const before = await readFile(opts.file, 'utf8').catch(() => {
      throw new InputError('file', `cannot read ${rel}`, 'give an existing values file')
    })
    let result
    try {
      result = setValues(before, opts.edits, {
        file: rel,
        createMissing: opts.createMissing,
        ...(scope ? { scope } : {})
      })
    } catch (err) {
      if (err instanceof ValuesScopeError)
        throw new InputError(
          'file',
          err.message,
          'check --values-kind, --values-name and the key paths against the file'
        )
      if (!(err instanceof ValuesPathError)) throw err
      throw new InputError(
        'values',
        err.message,
        opts.createMissing ? undefined : 'add it to the file, or pass --create-missing'
      )
    }
    const changed = result.content !== before
    if (changed && !opts.dryRun) await writeFile(opts.file, result.content)
    const lines = result.changes.map(
      c => `${c.file}:${c.line}: ${c.path}: ${c.old ?? '(none)'} -> ${c.new}`
    )
    return {
      status: changed && !opts.dryRun ? 'changed' : 'unchanged',
      outputs: { changed: String(changed && !opts.dryRun) },
      text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
      json: { file: rel, changed, changes: result.changes }
    }
  }
}
