import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { getBoolean, getList, getRequired, resolveInside, type InputSource } from '../inputs.js'
import type { PolicyValue } from '../manifests/setters.js'
import { parseImageInput } from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { mapSettled, settledOrThrow } from '../util/concurrency.js'
import { echo } from '../util/text.js'

/** Files written at once; more only adds contention on a small machine. */
const WRITES_AT_ONCE = 16

/** The `set-markers` tool's name. */
export const SET_MARKERS = 'set-markers'

/** Options of {@link setMarkersCommand}. */
export interface SetMarkersOptions {
  dir: string
  policies: Map<string, PolicyValue>
  dryRun: boolean
}

/**
 * Rewrites Flux `$imagepolicy` setter markers under a directory the way
 * image-automation-controller does, without the controller: whole references
 * and the `:name`, `:tag`, `:digest` parts.
 */
export const setMarkersCommand: Command<SetMarkersOptions> = {
  name: SET_MARKERS,
  summary: 'Rewrite Flux $imagepolicy setter markers under a directory.',
  usage: '<dir> --policy <ns:name>=<image[:tag][@digest]>... [--dry-run] [--json]',
  inputs: [
    { name: 'path', description: 'Directory to scan (inside the workspace).', required: true },
    {
      name: 'policy',
      description: 'Policy values as <namespace>:<name>=<image[:tag][@digest]>; a list.',
      required: true,
      kind: 'list'
    },
    { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' }
  ],
  positionals: ['path'],
  parse(src: InputSource, ctx: RunContext): SetMarkersOptions {
    const dir = resolveInside(ctx.workspace, getRequired(src, 'path'), 'path')
    const policies = new Map<string, PolicyValue>()
    for (const item of getList(src, 'policy')) {
      const eq = item.indexOf('=')
      const key = item.slice(0, eq)
      if (eq < 0 || !/^[a-z0-9][a-z0-9.-]*:[a-z0-9][a-z0-9.-]*$/.test(key)) {
        throw new InputError(
          'policy',
          `${echo(item)} is not <namespace>:<name>=<image[:tag][@digest]>`
        )
      }
      const ref = parseImageInput(item.slice(eq + 1), 'policy')
      if (!ref.tag && !ref.digest)
        throw new InputError('policy', `${echo(item)} needs a tag or a digest`)
      policies.set(key, {
        name: ref.name,
        ...(ref.tag ? { tag: ref.tag } : {}),
        ...(ref.digest ? { digest: ref.digest } : {})
      })
    }
    if (policies.size === 0) throw new InputError('policy', 'required but not set')
    return { dir, policies, dryRun: getBoolean(src, 'dry-run', false) }
  },
  async run(opts: SetMarkersOptions, ctx: RunContext): Promise<CommandResult> {
    // The YAML scanner loads only when the command runs.
    const { scanDirectory } = await import('../manifests/setters.js')
    const result = await scanDirectory(ctx.workspace, opts.dir, opts.policies)
    if (!opts.dryRun) {
      // Every file was just read from this path, so its directory exists. A few writes at a
      // time: one after another, each waits for the file system in turn.
      const written = await mapSettled(result.files, WRITES_AT_ONCE, f =>
        writeFile(path.join(ctx.workspace, f.path), f.content)
      )
      settledOrThrow(written)
    }
    for (const e of result.errors) ctx.logger.warning(`${e.file}: ${e.message}`)
    for (const u of result.unknownPolicies)
      ctx.logger.warning(
        `${u.file}:${u.line}: marker names policy ${u.policy}, which was not given`
      )
    for (const s of result.skipped)
      ctx.logger.warning(`${s.file}:${s.line}: ${s.marker}: ${s.reason}`)
    const changes = result.files.flatMap(f => f.changes)
    const changed = changes.length > 0 && !opts.dryRun
    return {
      status: changed ? 'changed' : 'unchanged',
      outputs: { changed: String(changed), files: result.files.map(f => f.path).join('\n') },
      text:
        changes.map(c => `${c.file}:${c.line}: ${c.marker}: ${c.old} -> ${c.new}`).join('\n') ||
        'no marker changed',
      json: {
        changed,
        files: result.files.map(f => ({ path: f.path, changes: f.changes })),
        errors: result.errors,
        unknownPolicies: result.unknownPolicies,
        skipped: result.skipped
      }
    }
  }
}
