import { describe, expect, it } from 'vitest'
import { expandGoTemplate } from '../../src/policy/go-expand.js'
import { compileGoRegexp } from '../../src/policy/go-regexp.js'

// Go's ExpandString over `(?P<ts>[0-9]+)-(?P<sha>[a-f0-9]+)(x)?` matched against
// "1700-abc": group 1 = ts, 2 = sha, 3 = unnamed and unmatched.
const re = compileGoRegexp('(?P<ts>[0-9]+)-(?P<sha>[a-f0-9]+)(x)?')
const match = re.findSubmatch('1700-abc')!

describe('expandGoTemplate', () => {
  it.each([
    ['$ts', '1700'],
    ['${ts}', '1700'],
    ['$1', '1700'],
    ['${2}', 'abc'],
    ['$0', '1700-abc'],
    ['$ts-$sha', '1700-abc'],
    // The name is as long as possible: `$tsx` is group "tsx", which does not exist.
    ['$tsx', ''],
    ['${ts}x', '1700x'],
    // `$1x` names group "1x", not group 1 followed by x.
    ['$1x', ''],
    // `$10` is group 10, which does not exist.
    ['$10', ''],
    // A leading zero makes it a name: group "01" does not exist.
    ['$01', ''],
    // Unmatched group and unknown name expand to nothing.
    ['[$3]', '[]'],
    ['[$nope]', '[]'],
    ['$$', '$'],
    ['$$ts', '$ts'],
    // A `$` that starts no valid reference is copied, and what follows is kept.
    ['$', '$'],
    ['a$', 'a$'],
    ['$-', '$-'],
    ['${', '${'],
    ['${}', '${}'],
    ['${ts', '${ts'],
    ['${ts-x}', '${ts-x}'],
    ['$.ts', '$.ts'],
    ['no refs', 'no refs'],
    ['', '']
  ])('%j -> %j', (template, expected) => {
    expect(expandGoTemplate(template, match, re.groupNames)).toBe(expected)
  })

  it('treats Unicode letters and digits as name characters like Go', () => {
    const named = compileGoRegexp('(?P<a>x)')
    const m = named.findSubmatch('x')!
    expect(expandGoTemplate('$aé', m, named.groupNames)).toBe('')
    expect(expandGoTemplate('$a٣', m, named.groupNames)).toBe('')
    expect(expandGoTemplate('$a·', m, named.groupNames)).toBe('x·')
  })

  it('uses the first group of a repeated name that took part in the match', () => {
    const dup = compileGoRegexp('(?P<v>a)|(?P<v>b)')
    expect(expandGoTemplate('$v', dup.findSubmatch('b')!, dup.groupNames)).toBe('b')
    expect(expandGoTemplate('$v', dup.findSubmatch('a')!, dup.groupNames)).toBe('a')
  })

  it('resolves names JavaScript cannot use as group names', () => {
    const odd = compileGoRegexp('(?P<1x>[0-9]+)')
    expect(expandGoTemplate('$1x', odd.findSubmatch('42')!, odd.groupNames)).toBe('42')
  })
})
