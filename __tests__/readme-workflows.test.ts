import { describe, expect, it } from 'vitest'
import { actionMetadata } from './harness/action-folder.js'
import { actionSteps, readmeWorkflows, stepAction, stepCommand } from './harness/readme.js'

describe('README workflows', () => {
  const workflows = readmeWorkflows()
  const uses = workflows.flatMap(({ line, workflow }) =>
    actionSteps(workflow).map(step => ({ line, workflow, step }))
  )

  it('shows build and capture, promotion and a workflow_dispatch rollback', () => {
    const commands = new Set(uses.map(u => stepCommand(u.step)))
    const missing = ['capture', 'promote', 'rollback'].filter(c => !commands.has(c))
    expect(
      missing,
      `README.md has no workflow running digest-promote with command ${missing.join(', ')}`
    ).toEqual([])
    expect(workflows.filter(w => actionSteps(w.workflow).length > 0).length).toBeGreaterThanOrEqual(
      3
    )
    const rollback = uses.find(u => stepCommand(u.step) === 'rollback')!
    const on = rollback.workflow.on
    expect(
      typeof on === 'object' && on !== null && 'workflow_dispatch' in on,
      `the rollback workflow (README.md line ${rollback.line}) should run on workflow_dispatch`
    ).toBe(true)
  })

  it('runs every step through a sub-action, which fixes the command', () => {
    const problems = uses.flatMap(({ line, step }) => {
      const where = `README.md workflow at line ${line}, step ${step.uses}`
      if (stepAction(step) === '.')
        return [`${where}: use the sub-action, acme/digest-promote/${stepCommand(step)}@v1`]
      if (step.with?.command !== undefined)
        return [`${where}: a sub-action fixes its command; drop 'command:'`]
      return []
    })
    expect(problems).toEqual([])
  })

  it('gives each sub-action step only inputs its action.yml declares', () => {
    const subActions = uses.filter(u => stepAction(u.step) !== '.')
    expect(subActions.length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const { line, step } of subActions) {
      const folder = stepAction(step)!
      const declared = Object.keys(actionMetadata(folder).inputs).filter(k => k !== 'command')
      for (const key of Object.keys(step.with ?? {})) {
        if (!declared.includes(key))
          problems.push(
            `README.md workflow at line ${line}, step ${step.uses}: input '${key}' is not in ${folder}/action.yml`
          )
      }
    }
    expect(problems).toEqual([])
  })

  it("reads only outputs the step's action.yml declares", () => {
    const problems: string[] = []
    for (const { line, workflow } of workflows) {
      const text = JSON.stringify(workflow)
      for (const step of actionSteps(workflow).filter(s => s.id !== undefined)) {
        const declared = Object.keys(actionMetadata(stepAction(step)!).outputs ?? {})
        const read = new RegExp(`steps\\.${step.id}\\.outputs\\.([a-z-]+)`, 'g')
        for (const [, output] of text.matchAll(read)) {
          if (!declared.includes(output))
            problems.push(
              `README.md workflow at line ${line}: ${step.uses} has no output '${output}'`
            )
        }
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
