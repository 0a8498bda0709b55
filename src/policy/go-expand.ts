/**
 * Go's `Regexp.ExpandString` template language, which Flux applies to every tag that
 * matches `filterTags.pattern` when `filterTags.extract` is set.
 */

const NAME_CHAR = /[\p{L}\p{Nd}_]/u

/** Go's `extract`: the name after a `$` (at `pos`), or undefined when malformed. */
function extractName(t: string, pos: number): { name: string; end: number } | undefined {
  const brace = t[pos] === '{'
  let i = brace ? pos + 1 : pos
  // unicode.IsLetter / IsDigit / '_', taken as long as possible: `$1x` names group "1x".
  for (const ch of t.slice(i)) {
    if (!NAME_CHAR.test(ch)) break
    i += ch.length
  }
  const name = t.slice(brace ? pos + 1 : pos, i)
  if (name === '') return undefined
  if (brace) {
    if (t[i] !== '}') return undefined
    i++
  }
  return { name, end: i }
}

/** Go's number rule for a name: ASCII digits, no leading zero, counting stops at 1e8. */
function groupNumber(name: string): number {
  let num = 0
  for (const c of name) {
    if (c < '0' || c > '9' || num >= 1e8) return -1
    num = num * 10 + Number(c)
  }
  // `$01` is not group 1: Go then looks for a group *named* "01".
  return name[0] === '0' && name.length > 1 ? -1 : num
}

/**
 * Expands `template` like Go's `re.ExpandString(nil, template, src, match)`:
 * `$$` is a literal `$`; `$name` / `${name}` insert a group by number or name (the first
 * group of that name that took part); unknown or unmatched groups insert nothing; and a
 * `$` not followed by a valid name (`$-`, `${x`, trailing `$`) is copied as is.
 *
 * @param match groups as from `RegExp.exec`: `undefined` marks a group that did not match.
 * @param groupNames Go's `SubexpNames()` for the pattern (see `GoRegexp.groupNames`).
 */
export function expandGoTemplate(
  template: string,
  match: readonly (string | undefined)[],
  groupNames: readonly string[]
): string {
  let out = ''
  let pos = 0
  for (let dollar = template.indexOf('$'); dollar >= 0; dollar = template.indexOf('$', pos)) {
    out += template.slice(pos, dollar)
    pos = dollar + 1
    if (template[pos] === '$') {
      out += '$'
      pos++
      continue
    }
    const ref = extractName(template, pos)
    if (!ref) {
      out += '$'
      continue
    }
    pos = ref.end
    const num = groupNumber(ref.name)
    const index =
      num >= 0 ? num : groupNames.findIndex((n, i) => n === ref.name && match[i] !== undefined)
    out += (index >= 0 && index < match.length ? match[index] : undefined) ?? ''
  }
  return out + template.slice(pos)
}
