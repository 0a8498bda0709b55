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

/** A template piece: literal text, or the group indices a `$name` may take, first first. */
type Piece = string | readonly number[]

/**
 * Splits `template` once into literal text and group references, as Go's `expand` reads it:
 * `$$` is a literal `$`; `$name` / `${name}` refer to a group by number or name; a `$` not
 * followed by a valid name (`$-`, `${x`, trailing `$`) is copied as is.
 */
function pieces(template: string, groupNames: readonly string[]): Piece[] {
  const out: Piece[] = []
  let pos = 0
  for (let dollar = template.indexOf('$'); dollar >= 0; dollar = template.indexOf('$', pos)) {
    out.push(template.slice(pos, dollar))
    pos = dollar + 1
    if (template[pos] === '$') {
      out.push('$')
      pos++
      continue
    }
    const ref = extractName(template, pos)
    if (!ref) {
      out.push('$')
      continue
    }
    pos = ref.end
    const num = groupNumber(ref.name)
    const named: number[] = []
    groupNames.forEach((n, i) => {
      if (n === ref.name) named.push(i)
    })
    out.push(num >= 0 ? [num] : named)
  }
  out.push(template.slice(pos))
  return out
}

/**
 * Compiles `template` for a pattern with `groupNames` (Go's `SubexpNames()`, see
 * `GoRegexp.groupNames`) into a function expanding it like Go's
 * `re.ExpandString(nil, template, src, match)`: a group by number, or the first group of that
 * name that took part; unknown or unmatched groups insert nothing. Parsing the template once
 * keeps expanding it for every matching tag cheap.
 *
 * @returns a function of groups as from `RegExp.exec`: `undefined` marks a group that did not
 *   match.
 */
export function goTemplateExpander(
  template: string,
  groupNames: readonly string[]
): (match: readonly (string | undefined)[]) => string {
  const parts = pieces(template, groupNames)
  return match => {
    let out = ''
    for (const part of parts) {
      if (typeof part === 'string') out += part
      else {
        const index = part.find(i => match[i] !== undefined)
        out += (index === undefined ? undefined : match[index]) ?? ''
      }
    }
    return out
  }
}

/**
 * Expands `template` like Go's `re.ExpandString(nil, template, src, match)`; see
 * {@link goTemplateExpander}, which to prefer when expanding one template many times.
 *
 * @param match groups as from `RegExp.exec`: `undefined` marks a group that did not match.
 * @param groupNames Go's `SubexpNames()` for the pattern (see `GoRegexp.groupNames`).
 */
export function expandGoTemplate(
  template: string,
  match: readonly (string | undefined)[],
  groupNames: readonly string[]
): string {
  return goTemplateExpander(template, groupNames)(match)
}
