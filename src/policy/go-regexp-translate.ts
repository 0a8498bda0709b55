/**
 * The Go → JavaScript pattern translator proper: walks the pattern like Go's
 * `regexp/syntax.parse`, re-emitting each construct and tracking what JavaScript
 * would treat differently (quantified assertions, captures reset by repetition,
 * repeat-count limits, scoped flags).
 */
import { bracketClass } from './go-regexp-class.js'
import { parsePerlGroup, type Flags } from './go-regexp-groups.js'
import {
  emitChar,
  MAX_REPEAT,
  parseEscape,
  parseRepeat,
  perlClass,
  repeatIsValid,
  unicodeClass,
  type Fail
} from './go-regexp-syntax.js'

/** JavaScript RegExp source and flags for a Go pattern, with Go's group names. */
export interface Translation {
  /** RegExp source for the `u` flag. */
  readonly source: string
  /** `u`, or `iu` after a leading `(?i)`. */
  readonly flags: string
  /** Go's `SubexpNames()`. */
  readonly groupNames: readonly string[]
}

/** Something a quantifier can apply to, with what the refusal checks need to know. */
interface Atom {
  /** Index in the output where the atom's text starts. */
  start: number
  /** JavaScript rejects a quantifier right after it (assertion, quantified atom). */
  needsGroup: boolean
  hasCapture: boolean
  /** Holds a capture that may not take part in one match of the atom. */
  optionalCapture: boolean
  /** Nested `{n,m}` counts along each path, outermost first (Go's repeatIsValid). */
  chains: number[][]
}

interface Frame {
  /** Flags in force before the group opened; restored when it closes (Go's parseRightParen). */
  saved: Flags
  capture: boolean
  outStart: number
  offset: number
  hasAlt: boolean
  hasCapture: boolean
  optionalCapture: boolean
  chains: number[][]
  last: Atom | undefined
}

/** Single-pass translation of one Go pattern; see `translateGoRegexp`. */
export class Translator {
  private readonly out: string[] = []
  private readonly frames: Frame[]
  private flags: Flags = { i: false, m: false, s: false, U: false }
  private readonly names: string[] = ['']
  private readonly jsNames = new Set<string>()
  private lastRepeat: number | undefined
  private pos = 0

  constructor(
    private readonly p: string,
    private readonly fail: Fail
  ) {
    this.frames = [this.frame(false, 0)]
  }

  /** Translates the whole pattern. */
  run(): Translation {
    const lone = /\p{Cs}/u.exec(this.p)
    if (lone) this.fail(lone[0], lone.index, 'go-rejects', 'invalid UTF-8')
    while (this.pos < this.p.length) this.step()
    if (this.frames.length > 1) {
      this.fail(this.p, this.top().offset, 'go-rejects', 'missing closing )')
    }
    return { source: this.out.join(''), flags: this.flags.i ? 'iu' : 'u', groupNames: this.names }
  }

  private frame(capture: boolean, offset: number): Frame {
    return {
      saved: { ...this.flags },
      capture,
      outStart: this.out.length,
      offset,
      hasAlt: false,
      hasCapture: false,
      optionalCapture: false,
      chains: [],
      last: undefined
    }
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1]
  }

  /** Folds the finished last atom of the innermost group into the group's summary. */
  private settle(f: Frame): void {
    const a = f.last
    if (!a) return
    f.hasCapture ||= a.hasCapture
    f.optionalCapture ||= a.optionalCapture
    f.chains.push(...a.chains)
    f.last = undefined
  }

  private atom(text: string, end: number, needsGroup = false): void {
    const f = this.top()
    this.settle(f)
    f.last = {
      start: this.out.length,
      needsGroup,
      hasCapture: false,
      optionalCapture: false,
      chains: []
    }
    this.out.push(text)
    this.pos = end
    this.lastRepeat = undefined
  }

  private step(): void {
    const p = this.p
    const at = this.pos
    const c = p[at]
    switch (c) {
      case '(':
        if (p[at + 1] === '?') return this.perlGroup()
        this.names.push('')
        return this.open(true, '(')
      case ')':
        return this.close()
      case '|':
        return this.alternate()
      case '^':
        return this.atom(this.flags.m ? '(?<![^\\n])' : '^', at + 1, true)
      case '$':
        return this.atom(this.flags.m ? '(?![^\\n])' : '$', at + 1, true)
      case '.':
        return this.atom(this.flags.s ? '[^]' : '[^\\n]', at + 1)
      case '[': {
        const cls = bracketClass(p, at, this.flags.i, this.fail)
        return this.atom(cls.text, cls.end)
      }
      case '*':
      case '+':
      case '?':
        return this.repeat(c === '+' ? 1 : 0, c === '?' ? 1 : -1, at + 1, c)
      case '{': {
        const r = parseRepeat(p, at)
        if (!r) return this.literal(0x7b, at + 1)
        const text = p.slice(at, r.end)
        if (r.min > MAX_REPEAT || r.max > MAX_REPEAT || (r.max >= 0 && r.min > r.max)) {
          this.fail(text, at, 'go-rejects', 'invalid repeat count')
        }
        return this.repeat(r.min, r.max, r.end, text)
      }
      case '\\':
        return this.escape()
      default:
        return this.literal(p.codePointAt(at)!, at + (p.codePointAt(at)! > 0xffff ? 2 : 1))
    }
  }

  private literal(cp: number, end: number): void {
    this.atom(emitChar(cp, false), end)
  }

  private escape(): void {
    const p = this.p
    const at = this.pos
    const simple: Record<string, string> = { A: '^', z: '$', b: '\\b', B: '\\B' }
    const next = p[at + 1] ?? ''
    if (Object.hasOwn(simple, next)) return this.atom(simple[next], at + 2, true)
    if (next === 'C') this.fail('\\C', at, 'go-rejects', 'matching a single byte is not supported')
    if (next === 'Q') return this.quoted()
    if (next === 'p' || next === 'P') {
      const u = unicodeClass(p, at, this.flags.i, this.fail)
      return this.atom(u.text, u.end)
    }
    const perl = perlClass(p, at, false, this.flags.i)
    if (perl) return this.atom(perl.text, perl.end)
    const e = parseEscape(p, at, this.fail)
    this.literal(e.value, e.end)
  }

  /** `\Q…\E`: everything up to `\E` (or the end) is literal, one atom per character. */
  private quoted(): void {
    const from = this.pos + 2
    const stop = this.p.indexOf('\\E', from)
    const text = this.p.slice(from, stop < 0 ? undefined : stop)
    for (const ch of text) this.literal(ch.codePointAt(0)!, this.pos)
    this.pos = stop < 0 ? this.p.length : stop + 2
    this.lastRepeat = undefined
  }

  private open(capture: boolean, text: string, end = this.pos + 1): void {
    const f = this.top()
    this.settle(f)
    this.frames.push(this.frame(capture, this.pos))
    this.out.push(text)
    this.pos = end
    this.lastRepeat = undefined
  }

  private close(): void {
    if (this.frames.length === 1) this.fail(')', this.pos, 'go-rejects', 'unexpected )')
    const f = this.frames.pop()!
    this.settle(f)
    this.out.push(')')
    this.flags = f.saved
    const parent = this.top()
    parent.last = {
      start: f.outStart,
      needsGroup: false,
      hasCapture: f.hasCapture || f.capture,
      // An alternative that is not taken leaves its captures unset.
      optionalCapture: f.optionalCapture || (f.hasAlt && f.hasCapture),
      chains: f.chains
    }
    this.pos++
    this.lastRepeat = undefined
  }

  private alternate(): void {
    const f = this.top()
    this.settle(f)
    f.hasAlt = true
    this.out.push('|')
    this.pos++
    this.lastRepeat = undefined
  }

  private repeat(min: number, max: number, end: number, op: string): void {
    const at = this.pos
    let lazy = this.flags.U
    if (this.p[end] === '?') {
      lazy = !lazy
      end++
    }
    const text = this.p.slice(at, end)
    if (this.lastRepeat !== undefined) {
      const construct = this.p.slice(this.lastRepeat, end)
      this.fail(construct, this.lastRepeat, 'go-rejects', 'invalid nested repetition operator')
    }
    const a = this.top().last
    if (!a) this.fail(text, at, 'go-rejects', 'missing argument to repetition operator')
    if ((max < 0 || max > 1) && a.optionalCapture) {
      const why =
        'a repeated group with a capture that may not take part in every repetition: JavaScript resets it each time, Go keeps the last value'
      this.fail(text, at, 'js-differs', why)
    }
    if (op.startsWith('{')) this.countRepeat(a, min, max, text, at)
    if (a.needsGroup) {
      const inner = this.out.splice(a.start).join('')
      this.out.push(`(?:${inner})`)
    }
    const q = op.startsWith('{') ? `{${min}${max === min ? '' : `,${max < 0 ? '' : max}`}}` : op
    this.out.push(lazy ? `${q}?` : q)
    a.needsGroup = true
    if (min === 0 && a.hasCapture) a.optionalCapture = true
    this.pos = end
    this.lastRepeat = at
  }

  private countRepeat(a: Atom, min: number, max: number, text: string, at: number): void {
    const m = max < 0 ? min : max
    if (m === 0) a.chains = []
    else if (m > 1) a.chains = a.chains.length ? a.chains.map(c => [m, ...c]) : [[m]]
    if ((min >= 2 || max >= 2) && !a.chains.every(repeatIsValid)) {
      this.fail(text, at, 'go-rejects', 'invalid repeat count: nested repetition exceeds 1000')
    }
  }

  /** `(?…`: named captures, flag settings and non-capturing groups. */
  private perlGroup(): void {
    const g = parsePerlGroup(this.p, this.pos, this.flags, this.fail)
    if (g.kind === 'named') return this.namedGroup(g.name, g.end)
    const construct = this.p.slice(this.pos, g.end)
    const leading = this.out.length === 0 && this.frames.length === 1 && !g.group
    // Node 22 has no inline modifiers, so case-insensitivity can only be the
    // whole-pattern `i` flag: allowed when (?i) comes before anything else.
    if (g.flags.i !== this.flags.i && !leading) {
      const why = 'JavaScript can only make the whole pattern case-insensitive; put (?i) first'
      this.fail(construct, this.pos, 'js-differs', why)
    }
    if (g.group) this.open(false, '(?:', g.end)
    else {
      this.pos = g.end
      this.lastRepeat = undefined
    }
    this.flags = g.flags
  }

  private namedGroup(name: string, end: number): void {
    this.names.push(name)
    // Go accepts leading digits and repeated names; JavaScript does not, so such
    // groups become plain captures and keep their Go name in groupNames only.
    const jsName = /^[A-Za-z_]/.test(name) && !this.jsNames.has(name)
    if (jsName) this.jsNames.add(name)
    this.open(true, jsName ? `(?<${name}>` : '(', end)
  }
}
