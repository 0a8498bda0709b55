import { describe, expect, it } from 'vitest'
import {
  escapeJsonCommands,
  mayHoldCommand,
  neutralise,
  randomToken
} from '../../src/util/workflow-commands.js'
import { replayWorkflowCommands } from '../harness/workflow-commands.js'

const TOKEN = 'fixedtoken0123456789'
const fixed = (): string => TOKEN

describe('neutralise', () => {
  it('leaves text that cannot hold a command as it is', () => {
    expect(neutralise('runs: sha256:abc (v1)', fixed)).toBe('runs: sha256:abc (v1)')
    expect(mayHoldCommand('a:b #[x] ##x')).toBe(false)
    // A `::` inside a line is no command (the runner reads one only at a line's start).
    const openssl = 'public key: error:03000072:digital envelope routines::decode error'
    expect(neutralise(openssl, fixed)).toBe(openssl)
    expect(replayWorkflowCommands(openssl).commands).toEqual([])
  })

  it.each(['::add-mask::x', 'a ##[error]b', 'x\r::error::y', '  ::warning::z', 'a\n\t::error::b'])(
    'wraps %j in a stop block the runner resumes after',
    text => {
      const out = neutralise(text, fixed)
      expect(out).toBe(`::stop-commands::${TOKEN}\n${text}\n::${TOKEN}::`)
      const replay = replayWorkflowCommands(`${out}\n::notice::after`)
      expect(replay.commands.map(c => c.command)).toEqual(['stop-commands', TOKEN, 'notice'])
      expect(replay.masks).toEqual([])
    }
  )

  it('refuses a token that is short or occurs in the text', () => {
    expect(() => neutralise('::x::', () => 'abc')).toThrow(/stop token/)
    expect(() => neutralise(`::${TOKEN}::`, fixed)).toThrow(/stop token/)
  })

  it('draws a fresh random token each time', () => {
    expect(randomToken()).toMatch(/^[0-9a-f]{32}$/)
    expect(randomToken()).not.toBe(randomToken())
  })
})

describe('escapeJsonCommands', () => {
  it('keeps the JSON value while no line holds a command', () => {
    const value = { actor: '::add-mask::x', url: 'a ##[error]b', odd: ':::##[##[' }
    const json = escapeJsonCommands(JSON.stringify(value, null, 2))
    expect(JSON.parse(json)).toEqual(value)
    expect(mayHoldCommand(json)).toBe(false)
    expect(replayWorkflowCommands(json).commands).toEqual([])
  })
})
