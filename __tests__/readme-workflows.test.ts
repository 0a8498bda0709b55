import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { actionSteps, readmeWorkflows } from './harness/readme.js'

const ACTION = YAML.parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { description: string }>
}

/** The commands action.yml lists in the `command` input's description. */
function actionCommands(): string[] {
  const description = ACTION.inputs.command?.description ?? ''
  const list = /: ([a-z-]+(?:, [a-z-]+)*)\.$/.exec(description)?.[1]
  if (!list) throw new Error(`action.yml: cannot read the commands from '${description}'`)
  return list.split(', ')
}

/**
 * The commands an input applies to, as the generated descriptions say: a trailing
 * `(promote, plan)`, or `promote: … | plan: …` when the commands describe it differently.
 */
function commandsOfInput(name: string): string[] | undefined {
  const description = ACTION.inputs[name]?.description ?? ''
  const trailing = /\(([a-z-]+(?:, [a-z-]+)*)\)$/.exec(description)?.[1]
  if (trailing) return trailing.split(', ')
  const parts = description.split(' | ').flatMap(p => /^([a-z-]+): /.exec(p)?.[1] ?? [])
  return parts.length > 0 && parts.length === description.split(' | ').length ? parts : undefined
}

describe('README workflows', () => {
  const workflows = readmeWorkflows()
  const uses = workflows.flatMap(({ line, workflow }) =>
    actionSteps(workflow).map(step => ({ line, workflow, step }))
  )

  it('shows build and capture, promotion and a workflow_dispatch rollback', () => {
    const commands = new Set(uses.map(u => String(u.step.with?.command)))
    const missing = ['capture', 'promote', 'rollback'].filter(c => !commands.has(c))
    expect(
      missing,
      `README.md has no workflow running digest-promote with command ${missing.join(', ')}`
    ).toEqual([])
    expect(workflows.filter(w => actionSteps(w.workflow).length > 0).length).toBeGreaterThanOrEqual(
      3
    )
    const rollback = uses.find(u => u.step.with?.command === 'rollback')!
    const on = rollback.workflow.on
    expect(
      typeof on === 'object' && on !== null && 'workflow_dispatch' in on,
      `the rollback workflow (README.md line ${rollback.line}) should run on workflow_dispatch`
    ).toBe(true)
  })

  it('uses only inputs action.yml declares, each for a command it applies to', () => {
    const commands = actionCommands()
    const declared = Object.keys(ACTION.inputs)
    expect(uses.length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const { line, step } of uses) {
      const where = `README.md workflow at line ${line}, step ${step.uses}`
      const inputs = step.with ?? {}
      const command = String(inputs.command)
      if (!commands.includes(command))
        problems.push(`${where}: command '${command}' is not one of ${commands.join(', ')}`)
      for (const key of Object.keys(inputs)) {
        if (!declared.includes(key)) {
          problems.push(`${where}: input '${key}' is not in action.yml`)
          continue
        }
        const applies = key === 'command' ? undefined : commandsOfInput(key)
        if (applies && !applies.includes(command))
          problems.push(`${where}: input '${key}' is for ${applies.join(', ')}, not ${command}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('parses every workflow with jobs and steps', () => {
    expect(workflows.length).toBeGreaterThan(0)
    for (const { line, workflow } of workflows) {
      expect(Object.keys(workflow.jobs ?? {}), `README.md line ${line}`).not.toEqual([])
      for (const job of Object.values(workflow.jobs))
        expect(Array.isArray(job.steps), `README.md line ${line}`).toBe(true)
    }
  })
})
