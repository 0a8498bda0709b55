import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { ACTION_INPUTS, renderActionYml } from '../../src/commands/action-metadata.js'
import { COMMANDS, findCommand } from '../../src/commands/index.js'
import { renderActionFiles, SUB_ACTIONS, subActionPath } from '../../src/commands/sub-actions.js'
import { REPO_ROOT } from '../harness/node24.js'

interface ActionYml {
  inputs: Record<string, { required: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const readAction = async (file: string): Promise<ActionYml> =>
  YAML.parse(await readFile(`${REPO_ROOT}/${file}`, 'utf8')) as ActionYml

describe('action.yml', () => {
  it('is what the command table generates (run npm run action-yml after changing inputs)', async () => {
    expect(await readFile(`${REPO_ROOT}/action.yml`, 'utf8')).toBe(renderActionYml())
  })

  it('declares every input a command reads, runs on node24 and has no unused input', async () => {
    const action = await readAction('action.yml')
    const read = new Set([
      'command',
      ...ACTION_INPUTS.map(i => i.name),
      ...COMMANDS.flatMap(c => c.inputs.map(i => i.name))
    ])
    expect(new Set(Object.keys(action.inputs))).toEqual(read)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('sub-actions', () => {
  it.each(Object.entries(renderActionFiles()))(
    '%s is what the command table generates (run npm run action-yml)',
    async (file, text) => {
      expect(await readFile(`${REPO_ROOT}/${file}`, 'utf8')).toBe(text)
    }
  )

  it('ship capture, promote, plan, rollback, unpin, status, apply, verify, audit and adopt', () => {
    expect(Object.keys(SUB_ACTIONS).sort()).toEqual(
      [
        'adopt',
        'apply',
        'audit',
        'capture',
        'plan',
        'promote',
        'rollback',
        'unpin',
        'status',
        'verify'
      ].sort()
    )
  })

  it.each(Object.keys(SUB_ACTIONS))(
    '%s declares its own inputs, fixes its command and runs the one bundle',
    async name => {
      const action = await readAction(subActionPath(name))
      const { command, ...inputs } = action.inputs
      expect(command).toEqual({
        description: `Fixed: this action runs ${name}.`,
        required: false,
        default: name
      })
      expect(new Set(Object.keys(inputs))).toEqual(
        new Set([...findCommand(name)!.inputs, ...ACTION_INPUTS].map(i => i.name))
      )
      const top = await readAction('action.yml')
      for (const output of Object.keys(action.outputs)) expect(top.outputs).toHaveProperty(output)
      expect(action.runs).toEqual({ using: 'node24', main: '../dist/index.js' })
    }
  )
})
