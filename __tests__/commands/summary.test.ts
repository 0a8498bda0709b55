import { describe, expect, it } from 'vitest'
import { cell, code } from '../../src/commands/summary.js'

describe('job summary cells', () => {
  it('keeps a plain digest as inline code', () => {
    expect(code(`sha256:${'a'.repeat(64)}`)).toBe(`\`sha256:${'a'.repeat(64)}\``)
  })

  it.each([
    ['sha256:x` | <img src=y> |', 'sha256:x\\` \\| \\<img src=y\\> \\|'],
    ['a\nb|c', 'a b\\|c'],
    ['back\\slash', 'back\\\\slash']
  ])('escapes %j instead of letting it leave the code span or the cell', (text, expected) => {
    expect(code(text)).toBe(expected)
    expect(code(text)).toBe(cell(text))
  })
})
