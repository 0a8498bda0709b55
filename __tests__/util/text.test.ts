import { describe, expect, it } from 'vitest'
import { MAX_ECHO, echo } from '../../src/util/text.js'

describe('echo', () => {
  it.each<[string, Parameters<typeof echo>[1], string]>([
    ['ghcr.io/acme/app', undefined, "'ghcr.io/acme/app'"],
    ['ghcr.io/acme/app', { style: 'json' }, '"ghcr.io/acme/app"'],
    ['', undefined, "''"],
    ['a\nb', undefined, '"a\\nb"'],
    ['::error::x\r', undefined, '"::error::x\\r"'],
    ['x'.repeat(MAX_ECHO), undefined, `'${'x'.repeat(MAX_ECHO)}'`],
    ['x'.repeat(10_000), undefined, `'${'x'.repeat(MAX_ECHO)}…' (10000 characters)`],
    ['abcdef', { max: 3, style: 'json' }, '"abc…" (6 characters)'],
    // Cut by code points, so a surrogate pair is never split into invalid text.
    ['😀😀😀', { max: 2 }, "'😀😀…' (3 characters)"]
  ])('%j %j', (text, opts, expected) => {
    expect(echo(text, opts)).toBe(expected)
  })

  it('keeps a hostile 10,000-character value to one short line', () => {
    const shown = echo(`${'A'.repeat(5000)}\n::add-mask::${'B'.repeat(5000)}`)
    expect(shown).not.toMatch(/[\r\n]/)
    expect(shown.length).toBeLessThan(MAX_ECHO + 40)
  })
})
