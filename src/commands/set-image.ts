import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { getBoolean, getList, getRequired, resolveInside, type InputSource } from '../inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'

/** The `set-image` tool's name. */
export const SET_IMAGE = 'set-image'

/** Options of {@link setImageCommand}. */
export interface SetImageOptions {
  /** The kustomization file. */
  file: string
  /** Workspace-relative name of the file, for messages. */
  display: string
  /** kustomize image arguments, checked when the command runs, before any file is read. */
  images: string[]
  dryRun: boolean
}

/**
 * `kustomize edit set image` that keeps every untouched byte: comments, key
 * order, quoting and line endings stay as they were.
 */
export const setImageCommand: Command<SetImageOptions> = {
  name: SET_IMAGE,
  summary: 'Edit a kustomization images: entry (kustomize semantics, bytes preserved).',
  usage: '<dir|kustomization.yaml> <name=newName:newTag@digest>... [--dry-run] [--json]',
  inputs: [
    {
      name: 'path',
      description: 'Directory with a kustomization.yaml, or the file itself.',
      required: true
    },
    {
      name: 'images',
      description:
        'kustomize image arguments (name=newName:newTag@digest, name:tag, name@digest); a list.',
      required: true,
      kind: 'list'
    },
    { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
  ],
  positionals: ['path', 'images'],
  parse(src: InputSource, ctx: RunContext): SetImageOptions {
    const target = resolveInside(ctx.workspace, getRequired(src, 'path'), 'path')
    const args = getList(src, 'images')
    if (args.length === 0)
      throw new InputError(
        'images',
        'required but not set',
        'e.g. app=ghcr.io/acme/app:v1@sha256:...'
      )
    return {
      file: target,
      display: path.relative(ctx.workspace, target) || '.',
      images: args,
      dryRun: getBoolean(src, 'dry-run', false)
    }
  },
  async run(opts: SetImageOptions, ctx: RunContext): Promise<CommandResult> {
    // The YAML editor loads only when the command runs.
    const [{ parseImageArg, setImages }, { findKustomization }] = await Promise.all([
      import('../manifests/kustomize-images.js'),
      import('../promote/environment.js')
    ])
    const edits = opts.images.map(a => parseImageArg(a))
    let file = opts.file
    if ((await stat(file).catch(() => undefined))?.isDirectory()) {
      const found = await findKustomization(ctx.workspace, path.relative(ctx.workspace, file))
      if (!found) throw new InputError('path', `${opts.display} has no kustomization.yaml`)
      file = path.join(ctx.workspace, found)
    }
    const rel = path.relative(ctx.workspace, file)
    const before = await readFile(file, 'utf8').catch(() => {
      throw new InputError('path', `cannot read ${rel}`)
    })
    const result = setImages(before, edits, { file: rel })
    const changed = result.content !== before
    if (changed && !opts.dryRun) await writeFile(file, result.content)
    const lines = result.changes.map(
      c =>
        `${c.file}:${c.line}: ${c.image} ${c.field}: ${c.old ?? '(none)'} -> ${c.new || '(removed)'}`
    )
    return {
      status: changed && !opts.dryRun ? 'changed' : 'unchanged',
      outputs: { changed: String(changed && !opts.dryRun) },
      text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
      json: { file: rel, changed, changes: result.changes }
    }
  }
}
