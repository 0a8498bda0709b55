/**
 * The workflows README.md shows, parsed, so tests can hold the documentation to what the
 * product does: every ```yaml block with `jobs:` is a workflow.
 */
import { readFileSync } from 'node:fs'
import YAML from 'yaml'
import { actionMetadata } from './action-folder.js'

/** A step of a workflow job. */
export interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

/** A GitHub Actions workflow, as far as the tests read it. */
export interface Workflow {
  name?: string
  on?: unknown
  jobs: Record<string, { steps?: Step[] }>
}

/** One README workflow: where it starts, its file path (from its first comment), and its YAML. */
export interface ReadmeWorkflow {
  /** 1-based line of the opening fence in README.md. */
  line: number
  /** `.github/workflows/<file>.yml` when the block's first line is a `# <path>` comment. */
  file?: string
  workflow: Workflow
}

/** README.md of this repository. */
export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/** Every ```yaml block of the README that is a workflow (has `jobs:`), parsed. */
export function readmeWorkflows(readme = README): ReadmeWorkflow[] {
  const out: ReadmeWorkflow[] = []
  const fence = /^```yaml\n([\s\S]*?)^```$/gm
  for (let m = fence.exec(readme); m; m = fence.exec(readme)) {
    const text = m[1] ?? ''
    if (!/^jobs:/m.test(text)) continue
    const line = readme.slice(0, m.index).split('\n').length
    const file = /^# (\.github\/workflows\/\S+\.ya?ml)\s*$/m.exec(text.split('\n')[0] ?? '')?.[1]
    out.push({ line, ...(file ? { file } : {}), workflow: YAML.parse(text) as Workflow })
  }
  return out
}

/**
 * Steps that run this action: a published `owner/digest-promote@ref` or one of its sub-actions
 * (`owner/digest-promote/promote@ref`), or `./` / `./promote` (this repository).
 */
export function actionSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap(job =>
    (job.steps ?? []).filter(s => stepAction(s) !== undefined)
  )
}

/**
 * The folder of this repository whose action.yml a step runs: `.` for the top-level action,
 * `promote` for `owner/digest-promote/promote@ref`; `undefined` for any other action.
 */
export function stepAction(step: Step): string | undefined {
  if (typeof step.uses !== 'string') return undefined
  if (step.uses === './' || step.uses === '.') return '.'
  const local = /^\.\/([a-z-]+)\/?$/.exec(step.uses)
  if (local) return local[1]
  const published = /^[^/]+\/digest-promote(?:\/([a-z-]+))?@\S+$/.exec(step.uses)
  if (!published) return undefined
  return published[1] ?? '.'
}

/**
 * The command a step runs: its `command` input, else the default its action.yml declares
 * (a sub-action fixes its command that way).
 */
export function stepCommand(step: Step): string | undefined {
  const folder = stepAction(step)
  if (folder === undefined) return undefined
  const given = step.with?.command
  if (typeof given === 'string') return given
  return actionMetadata(folder).inputs.command?.default
}
