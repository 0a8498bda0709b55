/**
 * An action folder as the Actions runner reads it: its action.yml's declared inputs, their
 * defaults and its `runs.main`, so a test runs a sub-action (`promote/`) exactly as a
 * `uses: acme/digest-promote/promote@v1` step would.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { REPO_ROOT } from './node24.js'

/** The parts of an action.yml the runner uses to start a node action. */
export interface ActionMetadata {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

/** The action.yml of `folder` (relative to the repository root; `.` for the top level). */
export function actionMetadata(folder: string): ActionMetadata {
  return YAML.parse(
    readFileSync(path.join(REPO_ROOT, folder, 'action.yml'), 'utf8')
  ) as ActionMetadata
}

/** The file the runner starts for `folder`: `runs.main`, relative to the folder. */
export function actionEntry(folder: string): string {
  return path.resolve(REPO_ROOT, folder, actionMetadata(folder).runs.main)
}

/**
 * The inputs the runner hands to the action of `folder`: each `with:` value, and for every
 * declared input the step leaves out, its `default:` with `${{ expr }}` evaluated from
 * `context` (an expression it does not know fails, naming it).
 */
export function runnerInputs(
  folder: string,
  given: Record<string, string | undefined>,
  context: Record<string, string>
): Record<string, string | undefined> {
  const inputs: Record<string, string | undefined> = {}
  for (const [name, spec] of Object.entries(actionMetadata(folder).inputs)) {
    if (spec.default === undefined) continue
    inputs[name] = spec.default.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const value = context[expr]
      if (value === undefined) throw new Error(`${folder}/action.yml: no value for \${{ ${expr} }}`)
      return value
    })
  }
  return {
    ...inputs,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined))
  }
}
