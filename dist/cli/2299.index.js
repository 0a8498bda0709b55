export const id = 2299;
export const ids = [2299];
export const modules = {

/***/ 32050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ InvalidPatternError),
/* harmony export */   h: () => (/* binding */ compileGoRegexp)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Go `regexp.Compile` patterns (RE2 syntax, Perl flags), evaluated by re2js, a port of
 * RE2/J and so of Go's own engine: the same syntax, the same leftmost-first matches, and
 * time linear in the tag's length whatever the pattern. Flux evaluates
 * `filterTags.pattern` this way; a backtracking JavaScript RegExp would not.
 */


/** Longest part of a pattern an error message repeats. */
const MAX_ECHO = 100;
/** A pattern Go's `regexp.Compile` rejects. */
class InvalidPatternError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** The Go pattern as given. */
    pattern;
    /** Go's description of the problem, e.g. `missing closing )`. */
    problem;
    constructor(pattern, problem, construct) {
        const at = construct ? `: \`${printable(construct)}\`` : '';
        super(`invalid Go regexp \`${printable(pattern)}\`: ${problem}${at}`);
        this.pattern = pattern;
        this.problem = problem;
    }
}
/** One line whatever the pattern holds: control characters as `\xNN`, long text cut. */
function printable(s) {
    const hex = (n) => `\\x${n.toString(16).padStart(2, '0')}`;
    const chars = [...s];
    const cut = chars.length > MAX_ECHO ? [...chars.slice(0, MAX_ECHO), '…'] : chars;
    return cut.map(c => (c < ' ' || c === '\x7f' ? hex(c.charCodeAt(0)) : c)).join('');
}
const DUPLICATE_NAME = 'duplicate capture group name';
const RENAMED = '__dp';
const QUOTED = /\\Q[^]*?(?:\\E|$)/y;
const POSIX_CLASS = /\[:\^?[a-z]+:\]/y;
const NAMED_GROUP = /\(\?P?<[A-Za-z0-9_]+>/y;
const CLASS_START = /\[\^?\]?/y;
/**
 * Renames every named group to a unique name, remembering the original, because Go
 * accepts repeated names (`(?P<v>a)|(?P<v>b)`) and RE2/J does not. Escapes, `\Q…\E`
 * and character classes are skipped so that only real group openers are touched.
 */
function uniqueGroupNames(pattern) {
    const original = new Map();
    const at = (re, i) => {
        re.lastIndex = i;
        return re.exec(pattern)?.[0];
    };
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length;) {
        let token;
        const quoted = inClass ? undefined : at(QUOTED, i);
        const posix = inClass ? at(POSIX_CLASS, i) : undefined;
        const opener = inClass ? undefined : at(NAMED_GROUP, i);
        const classStart = inClass ? undefined : at(CLASS_START, i);
        if (quoted)
            token = quoted;
        else if (pattern[i] === '\\')
            token = pattern.slice(i, i + 2);
        else if (posix)
            token = posix;
        else if (opener) {
            const renamed = `${RENAMED}${original.size}`;
            const name = opener.slice(opener.indexOf('<') + 1, -1);
            original.set(renamed, name);
            out += `${opener.slice(0, opener.indexOf('<') + 1)}${renamed}>`;
            i += opener.length;
            continue;
        }
        else if (classStart) {
            inClass = true;
            token = classStart;
        }
        else {
            if (inClass && pattern[i] === ']')
                inClass = false;
            token = pattern[i];
        }
        out += token;
        i += token.length;
    }
    return { pattern: out, original };
}
function compileRaw(pattern) {
    try {
        return re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
    }
    catch (err) {
        if (err instanceof re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JSSyntaxException */ .pB)
            throw new InvalidPatternError(pattern, err.getDescription(), err.getPattern());
        throw err;
    }
}
function compileWithRepeatedNames(pattern) {
    try {
        return { re: compileRaw(pattern), names: new Map() };
    }
    catch (err) {
        if (!(err instanceof InvalidPatternError) || err.problem !== DUPLICATE_NAME)
            throw err;
        const renamed = uniqueGroupNames(pattern);
        try {
            return { re: compileRaw(renamed.pattern), names: renamed.original };
        }
        catch {
            throw err;
        }
    }
}
/**
 * Compiles a Go RE2 pattern as Go's `regexp.Compile` does. Like Go's `MatchString`,
 * the result is unanchored unless the pattern anchors.
 *
 * @throws InvalidPatternError with Go's description of what is wrong.
 */
function compileGoRegexp(pattern) {
    const { re, names } = compileWithRepeatedNames(pattern);
    const groupNames = Array.from({ length: re.groupCount() + 1 }, () => '');
    for (const [name, index] of Object.entries(re.namedGroups()))
        groupNames[index] = names.get(name) ?? name;
    return {
        source: pattern,
        groupNames,
        test: s => re.test(s),
        findSubmatch: s => {
            // The matcher's groups, without the named-groups object `exec` builds for every match.
            const m = re.matcher(s);
            if (!m.find())
                return null;
            const out = [m.group(0) ?? ''];
            for (let i = 1; i < groupNames.length; i++)
                out.push(m.group(i) ?? undefined);
            return out;
        }
    };
}


/***/ }),

/***/ 47593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ parseConstraints),
/* harmony export */   h4: () => (/* binding */ excludesPrereleases),
/* harmony export */   ib: () => (/* binding */ satisfies)
/* harmony export */ });
/* harmony import */ var _masterminds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82293);
/**
 * Masterminds/semver v3 constraints (`NewConstraint` + `Constraints.Check`), which Flux's
 * semver policy uses for `spec.policy.semver.range`.
 *
 * node-semver disagrees in ways that change which tag wins: Masterminds lets a range
 * admit pre-releases of *any* version once one comparator in the AND group carries a
 * pre-release (node-semver only those of the same major.minor.patch), `^0.x` / `~1`
 * / `<=1.2` follow Masterminds' "dirty" rules, and `>= 1.2, < 2` style commas are AND.
 */

// Go's `\s` is ASCII [\t\n\f\r ] only; JavaScript's `\s` would also accept \v and
// Unicode spaces, so it is spelled out.
const WS = '[\\t\\n\\f\\r ]';
// Masterminds' operator alternation, including its empty alternative; JavaScript's
// backtracking tries alternatives in the same order as Go's leftmost-first engine.
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
// cvRegex: the `|` inside the first classes is a literal bar in Masterminds too.
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
    '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
    '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const CONSTRAINT = new RegExp(`^${WS}*(${OPS})${WS}*(${CV})${WS}*$`);
const RANGE = new RegExp(`${WS}*(${CV})${WS}+-${WS}+(${CV})${WS}*`, 'g');
const FIND = new RegExp(`(${OPS})${WS}*(${CV})`, 'g');
// validConstraintRegex is `^(\s*OPS\s*CV\s*)((?:\s+|,\s*)OPS\s*CV\s*)*$`, with an
// empty alternative in OPS. Taken literally, JavaScript's backtracking explores every
// way to split whitespace between the adjacent \s* and \s+ (exponential on a failing
// range, where Go's RE2 is linear). This form accepts the same strings with one split.
const OPS_NONEMPTY = '!=|>=|=>|<=|=<|~>|=|>|<|~|\\^';
const VALID = new RegExp(`^${WS}*(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV})` +
    `(?:(?:${WS}*,${WS}*|${WS}+)(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV}))*${WS}*$`);
const isX = (s) => s === 'x' || s === 'X' || s === '*';
// Go's %q, close enough for the printable ASCII ranges people write.
const quote = (s) => JSON.stringify(s);
/** rewriteRange: `1.2 - 1.4.5` becomes `>= 1.2, <= 1.4.5 `, first textual occurrence each. */
function rewriteRange(c) {
    let out = c;
    for (const m of c.matchAll(RANGE)) {
        const replacement = `>= ${m[1]}, <= ${m[11]} `;
        out = out.replace(m[0], () => replacement);
    }
    return out;
}
function parseComparator(s) {
    const m = CONSTRAINT.exec(s);
    if (!m)
        return `improper constraint: ${quote(s)}`;
    const [, op = '', orig = '', major = '', minor = '', patch = '', pre = ''] = m;
    let ver = orig;
    let dirty = false;
    let minorDirty = false;
    let patchDirty = false;
    // Missing or wildcard segments make the comparator "dirty"; metadata is dropped then.
    if (isX(major) || major === '') {
        ver = `0.0.0${pre}`;
        dirty = true;
    }
    else if (isX(minor.slice(1)) || minor === '') {
        ver = `${major}.0.0${pre}`;
        dirty = minorDirty = true;
    }
    else if (isX(patch.slice(1)) || patch === '') {
        ver = `${major}${minor}.0${pre}`;
        dirty = patchDirty = true;
    }
    const con = (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .newVersion */ .JL)(ver);
    // Masterminds reports this generic message, e.g. for `1x` or `v1.2.3-beta.01`.
    if (!con)
        return 'constraint parser error';
    return { op, con, orig, dirty, minorDirty, patchDirty };
}
/**
 * Masterminds `NewConstraint`. Returns the parsed range, or the error message
 * Masterminds would return (Flux then marks the ImagePolicy stalled).
 */
function parseConstraints(range) {
    const rewritten = rewriteRange(range);
    const groups = [];
    const containsPre = [];
    for (const part of rewritten.split('||')) {
        if (!VALID.test(part))
            return `improper constraint: ${quote(part)}`;
        const found = [...part.matchAll(FIND)].map(m => m[0]);
        const group = [];
        for (const s of found.length > 0 ? found : [part]) {
            const c = parseComparator(s);
            if (typeof c === 'string')
                return c;
            group.push(c);
        }
        groups.push(group);
        containsPre.push(group.some(c => c.con.pre !== ''));
    }
    return { source: range, groups, containsPre };
}
function notEqual(v, c) {
    if (c.dirty) {
        if (c.con.major !== v.major)
            return true;
        if (c.con.minor !== v.minor && !c.minorDirty)
            return true;
        if (c.minorDirty)
            return false;
        if (c.con.patch !== v.patch && !c.patchDirty)
            return true;
        if (c.patchDirty) {
            if (v.pre !== '' || c.con.pre !== '') {
                return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePrerelease */ ._1)(v.pre, c.con.pre) !== 0;
            }
            return false;
        }
    }
    return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) !== 0;
}
function greaterThan(v, c) {
    if (!c.dirty)
        return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) === 1;
    if (v.major > c.con.major)
        return true;
    if (v.major < c.con.major)
        return false;
    // `>11` needs 12 or higher; `>11.1` needs 11.2 or higher.
    if (c.minorDirty)
        return false;
    if (c.patchDirty)
        return v.minor > c.con.minor;
    return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) === 1;
}
function lessThanEqual(v, c) {
    if (!c.dirty)
        return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) <= 0;
    if (v.major > c.con.major)
        return false;
    return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
}
function tilde(v, c) {
    if ((0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) < 0)
        return false;
    // `~0.0.0` and `~*` accept everything (>= 0.0.0).
    const zero = c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n;
    if (zero && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== c.con.major)
        return false;
    return v.minor === c.con.minor || c.minorDirty;
}
function caret(v, c) {
    if ((0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) < 0)
        return false;
    if (c.con.major > 0n || c.minorDirty)
        return v.major === c.con.major;
    if (v.major > 0n)
        return false;
    // ^0.y.z stays within 0.y; ^0.0.z is exactly 0.0.z (unless the patch is a wildcard).
    if (c.con.minor > 0n || c.patchDirty)
        return v.minor === c.con.minor;
    if (v.minor > 0n)
        return false;
    return v.patch === c.con.patch;
}
function checkOne(v, c) {
    switch (c.op) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) === 0;
        case '!=':
            return notEqual(v, c);
        case '>':
            return greaterThan(v, c);
        case '<':
            return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) < 0;
        case '>=':
        case '=>':
            return (0,_masterminds_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, c.con) >= 0;
        case '<=':
        case '=<':
            return lessThanEqual(v, c);
        case '~':
        case '~>':
            return tilde(v, c);
        default:
            return caret(v, c);
    }
}
/**
 * Masterminds `Constraints.Check` with `IncludePrerelease` unset, as Flux calls it: a
 * pre-release version only matches an OR group in which some comparator names a
 * pre-release (then it may match any version in that group's bounds).
 */
function satisfies(v, cs) {
    return cs.groups.some((group, i) => (v.pre === '' || cs.containsPre[i]) && group.every(c => checkOne(v, c)));
}
/** True when no OR group of the range lets pre-releases through. */
function excludesPrereleases(cs) {
    return !cs.containsPre.some(Boolean);
}


/***/ }),

/***/ 82293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ parseFluxVersion),
/* harmony export */   JL: () => (/* binding */ newVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _1: () => (/* binding */ comparePrerelease)
/* harmony export */ });
/**
 * Versions the way Flux's semver policy reads them: `fluxcd/pkg/version.ParseVersion`
 * on top of Masterminds/semver v3 (`NewVersion` with its default `CoerceNewVersion`).
 *
 * node-semver is not used on purpose: it rejects `v01.2.3`, accepts `1.2` only when
 * coercing, and orders pre-release identifiers beyond uint64 differently.
 */
const UINT64_MAX = (1n << 64n) - 1n;
// Masterminds' looseSemVerRegex, anchored like its init() does. Leading zeros are
// allowed because CoerceNewVersion is true by default (calver tags such as v2025.02.03).
const LOOSE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
function parseUint64(digits) {
    const n = BigInt(digits);
    // strconv.ParseUint fails past uint64, which makes the whole version invalid.
    return n > UINT64_MAX ? undefined : n;
}
function validPrerelease(pre) {
    // validatePrerelease: no empty identifiers, and numeric identifiers carry no leading zero.
    return pre
        .split('.')
        .every(p => p !== '' && !(/^[0-9]+$/.test(p) && p.length > 1 && p[0] === '0'));
}
/**
 * Masterminds `NewVersion` (coercing mode): `v1`, `1.2`, `01.02.03` are accepted and
 * filled up to three segments. Returns `undefined` where Masterminds returns an error.
 */
function newVersion(v) {
    const m = LOOSE.exec(v);
    if (!m)
        return undefined;
    const major = parseUint64(m[1]);
    const minor = m[2] ? parseUint64(m[2].slice(1)) : 0n;
    const patch = m[3] ? parseUint64(m[3].slice(1)) : 0n;
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    const pre = m[5] ?? '';
    // validateMetadata adds nothing to the regex: it already forbids empty identifiers.
    if (pre !== '' && !validPrerelease(pre))
        return undefined;
    return { major, minor, patch, pre, metadata: m[8] ?? '', original: v };
}
/**
 * `fluxcd/pkg/version.ParseVersion`: Flux first demands at least two dots
 * (`strings.SplitN(v, ".", 3)` must yield three parts), so `1.2` and `v1` are not
 * versions for an ImagePolicy even though Masterminds alone would coerce them.
 */
function parseFluxVersion(v) {
    const firstDot = v.indexOf('.');
    if (firstDot < 0 || v.indexOf('.', firstDot + 1) < 0)
        return undefined;
    return newVersion(v);
}
function compareSegment(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isUint64(s) {
    return /^[0-9]+$/.test(s) && BigInt(s) <= UINT64_MAX;
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    // A missing identifier sorts first: rc < rc.1 (comparePrePart's empty-string branches).
    if (s === '')
        return -1;
    if (o === '')
        return 1;
    const sNum = isUint64(s);
    const oNum = isUint64(o);
    // Masterminds treats an identifier as numeric only when ParseUint succeeds, so a
    // numeric identifier beyond uint64 compares as text.
    if (!sNum && !oNum)
        return s > o ? 1 : -1;
    if (!oNum)
        return -1;
    if (!sNum)
        return 1;
    return BigInt(s) > BigInt(o) ? 1 : -1;
}
/** Masterminds `comparePrerelease`: dot-separated identifiers, numeric ones as uint64. */
function comparePrerelease(a, b) {
    const as = a.split('.');
    const bs = b.split('.');
    const n = Math.max(as.length, bs.length);
    for (let i = 0; i < n; i++) {
        const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Masterminds `Version.Compare`: -1, 0 or 1; build metadata never matters. */
function compareVersions(a, b) {
    const d = compareSegment(a.major, b.major) ||
        compareSegment(a.minor, b.minor) ||
        compareSegment(a.patch, b.patch);
    if (d !== 0)
        return d;
    if (a.pre === '' && b.pre === '')
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePrerelease(a.pre, b.pre);
}


/***/ }),

/***/ 90762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ fluxOrder)
/* harmony export */ });
/* unused harmony export goToUpper */
/**
 * The `order` of Flux's numerical and alphabetical policies, read the way the
 * image-reflector-controller reads it.
 */
/**
 * Go's `strings.ToUpper`: each code point through its simple (one code point) upper-case
 * mapping; unlike `String.prototype.toUpperCase`, `ß` stays `ß` rather than growing to `SS`.
 */
function goToUpper(s) {
    let out = '';
    for (const ch of s) {
        const upper = ch.toUpperCase();
        out += [...upper].length === 1 ? upper : ch;
    }
    return out;
}
/**
 * Flux's `PolicerFromSpec` passes `strings.ToUpper(order)` to `NewNumerical` /
 * `NewAlphabetical`, which take `""` as `ASC` and otherwise only `ASC` or `DESC`. A missing
 * or null order is Go's zero value, `""`. Returns undefined for anything else.
 */
function fluxOrder(given) {
    if (given === undefined || given === null)
        return 'asc';
    if (typeof given !== 'string')
        return undefined;
    const upper = goToUpper(given);
    if (upper === '' || upper === 'ASC')
        return 'asc';
    return upper === 'DESC' ? 'desc' : undefined;
}


/***/ }),

/***/ 72299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ InvalidPolicyError),
  l: () => (/* binding */ selectTag)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/policy/go-expand.ts
/**
 * Go's `Regexp.ExpandString` template language, which Flux applies to every tag that
 * matches `filterTags.pattern` when `filterTags.extract` is set.
 */
const NAME_CHAR = /[\p{L}\p{Nd}_]/u;
/** Go's `extract`: the name after a `$` (at `pos`), or undefined when malformed. */
function extractName(t, pos) {
    const brace = t[pos] === '{';
    let i = brace ? pos + 1 : pos;
    // unicode.IsLetter / IsDigit / '_', taken as long as possible: `$1x` names group "1x".
    for (const ch of t.slice(i)) {
        if (!NAME_CHAR.test(ch))
            break;
        i += ch.length;
    }
    const name = t.slice(brace ? pos + 1 : pos, i);
    if (name === '')
        return undefined;
    if (brace) {
        if (t[i] !== '}')
            return undefined;
        i++;
    }
    return { name, end: i };
}
/** Go's number rule for a name: ASCII digits, no leading zero, counting stops at 1e8. */
function groupNumber(name) {
    let num = 0;
    for (const c of name) {
        if (c < '0' || c > '9' || num >= 1e8)
            return -1;
        num = num * 10 + Number(c);
    }
    // `$01` is not group 1: Go then looks for a group *named* "01".
    return name[0] === '0' && name.length > 1 ? -1 : num;
}
/**
 * Splits `template` once into literal text and group references, as Go's `expand` reads it:
 * `$$` is a literal `$`; `$name` / `${name}` refer to a group by number or name; a `$` not
 * followed by a valid name (`$-`, `${x`, trailing `$`) is copied as is.
 */
function pieces(template, groupNames) {
    const out = [];
    let pos = 0;
    for (let dollar = template.indexOf('$'); dollar >= 0; dollar = template.indexOf('$', pos)) {
        out.push(template.slice(pos, dollar));
        pos = dollar + 1;
        if (template[pos] === '$') {
            out.push('$');
            pos++;
            continue;
        }
        const ref = extractName(template, pos);
        if (!ref) {
            out.push('$');
            continue;
        }
        pos = ref.end;
        const num = groupNumber(ref.name);
        const named = [];
        groupNames.forEach((n, i) => {
            if (n === ref.name)
                named.push(i);
        });
        out.push(num >= 0 ? [num] : named);
    }
    out.push(template.slice(pos));
    return out;
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
function goTemplateExpander(template, groupNames) {
    const parts = pieces(template, groupNames);
    return match => {
        let out = '';
        for (const part of parts) {
            if (typeof part === 'string')
                out += part;
            else {
                const index = part.find(i => match[i] !== undefined);
                out += (index === undefined ? undefined : match[index]) ?? '';
            }
        }
        return out;
    };
}
/**
 * Expands `template` like Go's `re.ExpandString(nil, template, src, match)`; see
 * {@link goTemplateExpander}, which to prefer when expanding one template many times.
 *
 * @param match groups as from `RegExp.exec`: `undefined` marks a group that did not match.
 * @param groupNames Go's `SubexpNames()` for the pattern (see `GoRegexp.groupNames`).
 */
function expandGoTemplate(template, match, groupNames) {
    return goTemplateExpander(template, groupNames)(match);
}

;// CONCATENATED MODULE: ./src/policy/filter.ts
/**
 * Flux's `RegexFilter` (image-reflector-controller `internal/policy/filter.go`) plus the
 * ordering Flux feeds tags to it in, and a hint for filters that match nothing.
 */

/**
 * Go's `strings.Compare` (byte order of UTF-8), which for strings equals code point
 * order. UTF-16 order differs only where a surrogate meets U+E000..U+FFFF.
 */
function compareBytes(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        // A surrogate encodes a code point above U+FFFF, which sorts after every BMP unit.
        if (xs !== ys)
            return xs ? 1 : -1;
        return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
/** Sorts strings into descending byte order, in place. */
function sortDescending(list) {
    // Without surrogates UTF-16 order is byte order, and the default sort is much faster.
    if (!list.some(s => /[\ud800-\udfff]/.test(s)))
        return list.sort().reverse();
    return list.sort((a, b) => compareBytes(b, a));
}
/**
 * Unique tags in the order Flux's policies see them without a filter: the
 * ImageRepository scan sorts the tag list in place, descending, before storing it
 * (`sortTagsAndGetLatestTags`), and the ImagePolicy reads it back in that order.
 */
function fluxTagOrder(tags) {
    return sortDescending([...new Set(tags)]);
}
/**
 * Flux's `RegexFilter.Apply`, over tags in any order: a tag is kept when the pattern matches
 * anywhere in it (`FindStringSubmatchIndex`); with `extract` the kept key is the expansion.
 * Flux applies it to tags in descending byte order and a later tag with the same key replaces
 * the earlier one in its map, so of tags sharing a key the byte-wise smallest is kept.
 */
function applyFilter(tags, re, extract) {
    const byValue = new Map();
    const superseded = new Map();
    const prefix = requiredPrefix(re.source);
    const expand = goTemplateExpander(extract, re.groupNames);
    for (const tag of tags) {
        // A tag without the literal every match starts with cannot match; where there is no such
        // literal, a plain test is much cheaper than finding the groups for the many misses.
        const m = !tag.startsWith(prefix)
            ? null
            : extract === ''
                ? re.test(tag) && [tag]
                : prefix === '' && !re.test(tag)
                    ? null
                    : re.findSubmatch(tag);
        if (!m)
            continue;
        // Flux only expands when extract is non-empty; an empty template keeps the tag.
        const value = extract === '' ? tag : expand(m);
        const previous = byValue.get(value);
        if (previous === undefined)
            byValue.set(value, tag);
        else if (compareBytes(tag, previous) < 0) {
            superseded.set(previous, value);
            byValue.set(value, tag);
        }
        else
            superseded.set(tag, value);
    }
    return { byValue, superseded };
}
/**
 * The literal text a pattern starts with (after `^` / `\A`), up to its first
 * metacharacter; a character made optional by a following quantifier is dropped.
 */
function literalPrefix(pattern) {
    let i = pattern.startsWith('^') ? 1 : pattern.startsWith('\\A') ? 2 : 0;
    let out = '';
    while (i < pattern.length) {
        let ch = pattern[i];
        let width = 1;
        if (ch === '\\') {
            const next = pattern[i + 1];
            if (next === undefined || /[0-9A-Za-z]/.test(next))
                break;
            ch = next;
            width = 2;
        }
        else if ('.+*?()[]{}|^$'.includes(ch))
            break;
        const after = pattern[i + width];
        if (after === '*' || after === '?' || after === '{')
            break;
        out += ch;
        i += width;
        if (after === '+')
            break;
    }
    return out;
}
/**
 * Literal text every match of `pattern` starts with at the start of the tag, or `''` when
 * none is certain: the pattern must anchor at the start (`^`, `\A`, which only `(?m)` before
 * them could loosen) and hold no `|` anywhere (an alternative could start differently). The
 * prefix stops before the first non-ASCII character, so a quantifier can never split one.
 */
function requiredPrefix(pattern) {
    if (!(pattern.startsWith('^') || pattern.startsWith('\\A')) || pattern.includes('|'))
        return '';
    return /^[\x20-\x7e]*/.exec(literalPrefix(pattern))[0];
}
function commonPrefixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n])
        n++;
    return n;
}
/**
 * The tag sharing the longest prefix with the pattern's literal prefix (byte-wise
 * smallest on ties), or undefined when no tag shares even one character.
 */
function closestTag(tags, pattern) {
    const prefix = literalPrefix(pattern);
    let best;
    let bestLength = 0;
    for (const tag of tags) {
        const n = commonPrefixLength(prefix, tag);
        if (n > bestLength ||
            (n === bestLength && n > 0 && best !== undefined && compareBytes(tag, best) < 0)) {
            best = tag;
            bestLength = n;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/policy/go-regexp.ts
var go_regexp = __webpack_require__(32050);
// EXTERNAL MODULE: ./src/policy/order.ts
var policy_order = __webpack_require__(90762);
// EXTERNAL MODULE: ./src/policy/masterminds-constraint.ts
var masterminds_constraint = __webpack_require__(47593);
;// CONCATENATED MODULE: ./src/policy/go-strconv.ts
/**
 * Go's `strconv.ParseFloat(s, 64)`, which Flux's numerical policy applies to every
 * considered tag. JavaScript's `Number()` is both looser (whitespace, `0b1`, `0o7`)
 * and stricter (`1_000`, `0x1p-2`, `inf`) than Go, so the grammar is checked here and
 * only the final decimal conversion is delegated to V8, which rounds correctly like Go.
 */
const SYNTAX = { ok: false, error: 'invalid syntax' };
const RANGE = { ok: false, error: 'value out of range' };
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
/** strconv's `special`: signed inf/infinity and unsigned nan, any case, as a prefix. */
function special(s) {
    const sign = s[0] === '+' || s[0] === '-' ? 1 : 0;
    const rest = s.slice(sign).toLowerCase();
    if (rest.startsWith('infinity'))
        return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 8 };
    if (rest.startsWith('inf'))
        return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 3 };
    // Go only falls through to the infinity check after a sign, so "+nan" is a syntax error.
    if (sign === 0 && rest.startsWith('nan'))
        return { value: NaN, n: 3 };
    return undefined;
}
/** strconv's `underscoreOK`: `_` only between digits, or right after a base prefix. */
function underscoreOK(s) {
    let t = s[0] === '+' || s[0] === '-' ? s.slice(1) : s;
    let saw = '^';
    const hex = /^0[xX]/.test(t);
    if (/^0[bBoOxX]/.test(t)) {
        saw = '0';
        t = t.slice(2);
    }
    for (const c of t) {
        if (isDigit(c) || (hex && isHex(c)))
            saw = '0';
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
/** strconv's `readFloat`: returns how far a well-formed number extends, or undefined. */
function readFloat(s) {
    let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
    // The hex prefix needs a character after it, like Go's `i+2 < len(s)` check.
    const hex = i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X');
    if (hex)
        i += 2;
    let digits = '';
    let fraction = -1;
    let underscores = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '_')
            underscores = true;
        else if (c === '.') {
            if (fraction >= 0)
                break;
            fraction = 0;
        }
        else if (isDigit(c) || (hex && isHex(c))) {
            digits += c;
            if (fraction >= 0)
                fraction++;
        }
        else
            break;
    }
    if (digits === '')
        return undefined;
    let exp = 0;
    if (s[i] === (hex ? 'p' : 'e') || s[i] === (hex ? 'P' : 'E')) {
        i++;
        const sign = s[i] === '-' ? -1 : 1;
        if (s[i] === '+' || s[i] === '-')
            i++;
        if (!isDigit(s[i]))
            return undefined;
        for (; i < s.length && (isDigit(s[i]) || s[i] === '_'); i++) {
            if (s[i] === '_')
                underscores = true;
            else if (exp < 10000)
                exp = exp * 10 + Number(s[i]);
        }
        exp *= sign;
    }
    else if (hex)
        return undefined; // a hex mantissa must have a p exponent
    if (underscores && !underscoreOK(s.slice(0, i)))
        return undefined;
    return { end: i, hex, digits, fraction: Math.max(fraction, 0), exp };
}
/** Exactly rounded (ties to even) value of mant × 2^e2, as Go's atofHex produces. */
function scaleBinary(mant, e2, negative) {
    const sign = negative ? -1 : 1;
    if (mant === 0n)
        return { ok: true, value: sign * 0 };
    const bits = mant.toString(2).length;
    // Unit in the last place of the result: 53 significant bits, but never below the
    // smallest subnormal.
    const q = Math.max(bits + e2 - 53, -1074);
    const shift = q - e2;
    let m;
    if (shift <= 0)
        m = mant << BigInt(-shift);
    else {
        m = mant >> BigInt(shift);
        const rem = mant & ((1n << BigInt(shift)) - 1n);
        const half = 1n << BigInt(shift - 1);
        if (rem > half || (rem === half && (m & 1n) === 1n))
            m += 1n;
    }
    const value = Number(m) * 2 ** q;
    return Number.isFinite(value) ? { ok: true, value: sign * value } : RANGE;
}
/** Go `strconv.ParseFloat(s, 64)`: the value, or the reason Go rejects `s`. */
function parseGoFloat(s) {
    const sp = special(s);
    if (sp)
        return sp.n === s.length ? { ok: true, value: sp.value } : SYNTAX;
    const scan = readFloat(s);
    if (!scan || scan.end !== s.length)
        return SYNTAX;
    if (scan.hex) {
        const e2 = scan.exp - 4 * scan.fraction;
        return scaleBinary(BigInt(`0x${scan.digits}`), e2, s[0] === '-');
    }
    const value = Number(s.replaceAll('_', ''));
    // Go reports overflow as ErrRange (with ±Inf), which Flux treats as a parse failure.
    return Number.isFinite(value) ? { ok: true, value } : RANGE;
}

// EXTERNAL MODULE: ./src/policy/masterminds.ts
var masterminds = __webpack_require__(82293);
;// CONCATENATED MODULE: ./src/policy/policies.ts
/**
 * The three Flux policers (image-reflector-controller `internal/policy`), each run over
 * values in the order Flux hands them over, with a verdict for every value.
 */




const rejected = (reason) => ({ verdict: 'rejected', reason });
const candidate = (reason) => ({ verdict: 'candidate', reason });
const selected = (reason) => ({ verdict: 'selected', reason });
function countsText(counts) {
    const parts = Object.entries(counts).filter(([, n]) => n > 0);
    return parts.map(([what, n]) => `${n} ${what}`).join(', ');
}
/**
 * Flux's `SemVer.Latest`: values that parse (Flux's `ParseVersion`) and satisfy the
 * range compete; a later value only wins when strictly greater, so among equal versions
 * (`1.0.0` / `v1.0.0` / `1.0.0+b`) the first one scanned stays. `values` may come in any
 * order: the tie goes to the first in Flux's scan order, descending bytes.
 */
function semverPolicy(values, cs, explain = true) {
    const verdicts = new Map();
    const inRange = [];
    const counts = { 'not semver': 0, 'out of range': 0, 'pre-release excluded by range': 0 };
    let best;
    const reject = (value, why) => {
        counts[why]++;
        if (explain)
            verdicts.set(value, rejected(why === 'out of range' ? `out of range ${cs.source}` : why));
    };
    for (const value of values) {
        const v = (0,masterminds/* parseFluxVersion */.HP)(value);
        if (!v) {
            reject(value, 'not semver');
            continue;
        }
        if (!(0,masterminds_constraint/* satisfies */.ib)(v, cs)) {
            const pre = v.pre !== '' && (0,masterminds_constraint/* excludesPrereleases */.h4)(cs);
            reject(value, pre ? 'pre-release excluded by range' : 'out of range');
            continue;
        }
        inRange.push([value, v]);
        // Flux keeps the first of equal versions in its descending byte order: the greatest bytes.
        const d = best ? (0,masterminds/* compareVersions */.Zy)(v, best[1]) : 1;
        if (d > 0 || (d === 0 && compareBytes(value, best[0]) > 0))
            best = [value, v];
    }
    if (!best) {
        const failure = `no tag satisfies semver range ${cs.source} among ${values.length} tags (${countsText(counts)})`;
        return { verdicts, failure, ties: [] };
    }
    const [winner, top] = best;
    const ties = [];
    for (const [value, v] of inRange) {
        const tie = value !== winner && (0,masterminds/* compareVersions */.Zy)(v, top) === 0;
        if (tie)
            ties.push(value);
        if (!explain)
            continue;
        if (value === winner)
            verdicts.set(value, selected(`highest version in range ${cs.source}`));
        else if (tie)
            verdicts.set(value, candidate(`same version as ${winner}, which Flux scans first and keeps`));
        else
            verdicts.set(value, candidate(`lower than ${winner}`));
    }
    return { selected: winner, verdicts, ties };
}
/**
 * Flux's `Numerical.Latest`: every value must parse with Go's `strconv.ParseFloat`,
 * otherwise the whole policy fails (Flux returns an error, it does not skip the value).
 * A value replaces the current best unless it is strictly worse, so among equal
 * numbers the last one scanned wins.
 */
function numericalPolicy(values, order, describe, explain = true) {
    const parsed = values.map(parseGoFloat);
    const bad = parsed.findIndex(r => !r.ok);
    if (bad >= 0) {
        const ok = parsed.map(r => r.ok);
        return numericFailure(values, ok, bad, describe, explain);
    }
    const nums = parsed.map(r => (r.ok ? r.value : NaN));
    const asc = order === 'asc';
    const win = numericWinner(values, nums, asc);
    const pv = nums[win];
    const winner = values[win];
    const verdicts = new Map();
    const ties = [];
    values.forEach((value, i) => {
        const cv = nums[i];
        if (i !== win && cv === pv)
            ties.push(value);
        if (!explain)
            return;
        if (i === win)
            verdicts.set(value, selected(asc ? 'highest number' : 'lowest number'));
        else if (cv === pv)
            verdicts.set(value, candidate(`same number as ${winner}, which Flux scans last and keeps`));
        else if (Number.isNaN(cv) || Number.isNaN(pv)) {
            verdicts.set(value, candidate(`not comparable with ${winner} (NaN); Flux's scan order decided`));
        }
        else
            verdicts.set(value, candidate(`${cv < pv ? 'lower' : 'higher'} than ${winner}`));
    });
    return { selected: winner, verdicts, ties };
}
/**
 * Index of the value Flux's loop ends on when it scans `values` in descending byte order:
 * each value replaces the best unless strictly worse, so of equal numbers the last scanned (the
 * byte-wise smallest) wins. Without NaN that needs no sort.
 */
function numericWinner(values, nums, asc) {
    if (!nums.some(Number.isNaN)) {
        let win = 0;
        for (let i = 1; i < nums.length; i++) {
            const better = asc ? nums[i] > nums[win] : nums[i] < nums[win];
            if (better || (nums[i] === nums[win] && compareBytes(values[i], values[win]) < 0))
                win = i;
        }
        return win;
    }
    // NaN compares false with everything, so the scan order decides: scan as Flux does.
    const scan = values.map((_, i) => i).sort((a, b) => compareBytes(values[b], values[a]));
    let win = -1;
    let pv = 0;
    scan.forEach((i, k) => {
        const cv = nums[i];
        if (k > 0 && ((asc && cv < pv) || (!asc && cv > pv)))
            return;
        win = i;
        pv = cv;
    });
    return win;
}
function numericFailure(values, ok, first, describe, explain) {
    const verdicts = new Map();
    if (explain)
        values.forEach((value, i) => {
            const v = ok[i]
                ? candidate('not compared: the numerical policy failed on a non-numeric tag')
                : rejected('not a number');
            verdicts.set(value, v);
        });
    const failure = `numerical policy failed: ${describe(values[first])} is not a number ` +
        '(Flux fails the whole policy when any considered tag is not numeric; narrow filterTags.pattern)';
    return { verdicts, failure, ties: [] };
}
/**
 * Flux's `Alphabetical.Latest`: byte-wise order; `asc` takes the last value (Z of A..Z),
 * `desc` the first. Values are distinct, so there are no ties.
 */
function alphabeticalPolicy(values, order, explain = true) {
    const asc = order === 'asc';
    let winner = values[0];
    for (const v of values) {
        const d = compareBytes(v, winner);
        if (asc ? d > 0 : d < 0)
            winner = v;
    }
    const verdicts = new Map();
    for (const v of explain ? values : []) {
        if (v === winner)
            verdicts.set(v, selected(asc ? 'last in byte order' : 'first in byte order'));
        else
            verdicts.set(v, candidate(`sorts ${asc ? 'before' : 'after'} ${winner}`));
    }
    return { selected: winner, verdicts, ties: [] };
}

;// CONCATENATED MODULE: ./src/policy/select.ts
/**
 * Picks the tag a Flux ImagePolicy would pick (image-reflector-controller
 * `applyPolicy`): optional `filterTags`, then exactly one of the semver, numerical or
 * alphabetical policies, with a verdict for every tag explaining the outcome.
 */






/** The ImagePolicy spec is invalid; Flux would mark the ImagePolicy stalled. */
class InvalidPolicyError extends errors/* PromoteError */.jG {
}
// Flux's PolicerFromSpec checks semver, then alphabetical, then numerical.
const KINDS = ['semver', 'alphabetical', 'numerical'];
function policyKind(policy) {
    const set = KINDS.filter(k => policy[k] !== undefined && policy[k] !== null);
    if (set.length === 0) {
        throw new InvalidPolicyError('policy sets none of semver, numerical, alphabetical; set exactly one');
    }
    if (set.length > 1) {
        const which = set.join(' and ');
        throw new InvalidPolicyError(`policy sets ${which}; set exactly one (Flux would silently use ${set[0]})`);
    }
    return set[0];
}
function compile(policy) {
    const kind = policyKind(policy);
    let order = 'asc';
    let constraints;
    if (kind === 'semver') {
        const range = policy.semver?.range;
        if (typeof range !== 'string') {
            throw new InvalidPolicyError('policy.semver.range must be a string');
        }
        const parsed = (0,masterminds_constraint/* parseConstraints */.cP)(range);
        if (typeof parsed === 'string') {
            throw new InvalidPolicyError(`invalid policy.semver.range '${range}': ${parsed}`);
        }
        constraints = parsed;
    }
    else {
        const given = policy[kind]?.order;
        // Flux upper-cases the order before checking it (PolicerFromSpec), so `ASC` is asc.
        const normalised = (0,policy_order/* fluxOrder */._)(given);
        if (normalised === undefined) {
            throw new InvalidPolicyError(`policy.${kind}.order must be asc or desc (any case), got ${JSON.stringify(given)}`);
        }
        order = normalised;
    }
    const ft = policy.filterTags;
    // Flux filters whenever filterTags is present, even with an empty pattern.
    const filter = ft
        ? {
            re: (0,go_regexp/* compileGoRegexp */.h)(ft.pattern ?? ''),
            pattern: ft.pattern ?? '',
            extract: ft.extract ?? ''
        }
        : undefined;
    return { kind, order, constraints, filter };
}
function run(c, values, byValue, explain) {
    const describe = (v) => {
        const tag = byValue?.get(v);
        return tag !== undefined && tag !== v ? `'${v}' (tag ${tag})` : `'${v}'`;
    };
    if (c.kind === 'semver')
        return semverPolicy(values, c.constraints, explain);
    if (c.kind === 'numerical')
        return numericalPolicy(values, c.order, describe, explain);
    return alphabeticalPolicy(values, c.order, explain);
}
function tagVerdicts(tags, f, out) {
    const valueOf = new Map();
    for (const [value, tag] of f?.byValue ?? [])
        valueOf.set(tag, value);
    return tags.map((tag) => {
        // With a filter, a tag that neither gave a value nor lost one to another tag did not match.
        if (f && !valueOf.has(tag) && !f.superseded.has(tag))
            return { tag, verdict: 'rejected', reason: 'filtered out by pattern' };
        const lost = f?.superseded.get(tag);
        if (lost !== undefined) {
            const keeper = f.byValue.get(lost);
            const reason = `extracts the same value as ${keeper}, which Flux keeps`;
            return { tag, verdict: 'rejected', reason, value: lost };
        }
        const value = valueOf.get(tag) ?? tag;
        const v = out.verdicts.get(value);
        return value === tag ? { tag, ...v } : { tag, ...v, value };
    });
}
/**
 * Selects the tag Flux's image-reflector-controller would select from `tags` for
 * `policy`, evaluating tags in the order Flux stores them (descending byte order).
 *
 * @throws InvalidPolicyError for a spec Flux would refuse (no or several policy kinds,
 *   bad order, unparsable semver range).
 * @throws InvalidPatternError for a filter pattern Go rejects.
 */
function selectTag(tags, policy, opts = {}) {
    const explain = opts.explain ?? true;
    const c = compile(policy);
    const distinct = [...new Set(tags)];
    if (distinct.length === 0)
        return { considered: 0, verdicts: [], reason: 'no tags to choose from' };
    // No sort: each policy breaks ties as Flux's scan of the tags in descending byte order does.
    // Flux feeds filtered values in Go map order (random); the same rule keeps that
    // deterministic and matches what Flux does without a filter.
    const f = c.filter ? applyFilter(distinct, c.filter.re, c.filter.extract) : undefined;
    const values = f ? [...f.byValue.keys()] : distinct;
    if (c.filter && values.length === 0) {
        const closest = closestTag(distinct, c.filter.pattern);
        const hint = closest === undefined ? '' : `; closest: ${closest}`;
        const reason = `no tag matched the filter ${c.filter.pattern} among ${distinct.length} tags${hint}`;
        const verdicts = (explain ? distinct : []).map(tag => ({
            tag,
            verdict: 'rejected',
            reason: 'filtered out by pattern'
        }));
        return { considered: 0, verdicts, reason };
    }
    const out = run(c, values, f?.byValue, explain);
    const selection = {
        considered: values.length,
        // Per-tag verdicts cost as much as the selection itself on large repositories; skip them
        // unless someone will read them.
        verdicts: explain ? tagVerdicts(distinct, f, out) : []
    };
    if (out.selected === undefined)
        selection.reason = out.failure;
    else
        selection.tag = f ? f.byValue.get(out.selected) : out.selected;
    if (f && out.selected !== undefined && out.ties.length > 0) {
        const tied = [out.selected, ...sortDescending([...out.ties])].map(v => f.byValue.get(v) ?? v);
        selection.warning =
            `tags ${tied.join(', ')} tie; Flux scans filtered values in Go map order, ` +
                `so it may pick any of them (this tool picks ${tied[0]})`;
    }
    return selection;
}


/***/ })

};
