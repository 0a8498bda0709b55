export const id = 5182;
export const ids = [5182];
export const modules = {

/***/ 34674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ markerSetter),
/* harmony export */   XG: () => (/* binding */ commentFields)
/* harmony export */ });
/* unused harmony export setterOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * Where Flux's image-automation-controller finds a setter marker for a scalar: kyaml's
 * `fieldmeta.FieldMeta.Read` (kustomize kyaml/v0.21.1, kyaml/fieldmeta/fieldmeta.go) reads the
 * node's line comment, or when it has none its head comment, as go-yaml v3 attaches them:
 * - a comment after the scalar on its line (in a flow sequence, after the item's comma too);
 *   a one-line flow sequence's comment belongs to the sequence, so no item gets it;
 * - one comment line right above a scalar that starts its own line: an item of a block
 *   sequence (after its `-`) or of a flow sequence, or a mapping value below its key
 *   (parserc.go `yaml_parser_parse_block_mapping_value` gives the value the pending head).
 */

// go-yaml's LineComment of a scalar: a comment after it on its own line.
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y;
// The same after an item of a flow sequence and its comma (go-yaml node_test.go `la, # IA`).
const FLOW_LINE_COMMENT = /(?:[ \t]*,)?[ \t]+#([^\r\n]*)/y;
// What may stand between the start of a block sequence item's line and the item: one `-`.
const ITEM_PREFIX = /^[ \t]*-[ \t]+$/;
// Nothing: a flow sequence item or a mapping value that starts its own line.
const OWN_LINE = /^[ \t]*$/;
const COMMENT_LINE = /^[ \t]*#(.*)$/;
/**
 * The setter in a comment, read as kyaml's `processShortHand` does: strip the leading `#`s,
 * decode a JSON object of strings (Go's `map[string]string`; null leaves a key empty), take
 * `$imagepolicy`. Anything else is an ordinary comment.
 */
function setterOf(comment) {
    const setter = comment === undefined ? undefined : commentFields(comment)?.['$imagepolicy'];
    return typeof setter === 'string' && setter !== '' ? setter : undefined;
}
/**
 * A comment's fields when it is a JSON object of strings (null leaves a key empty), as kyaml
 * decodes setter comments after stripping the leading `#`s; undefined for any other comment.
 */
function commentFields(comment) {
    let parsed;
    try {
        parsed = JSON.parse(comment.replace(/^#*/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const fields = parsed;
    if (!Object.values(fields).every(v => typeof v === 'string' || v === null))
        return undefined;
    return fields;
}
/**
 * The setter marking `node`, whose range is an offset into `text`; `parent` is the collection
 * (or, for a mapping value, the pair) holding it. The line comment wins, even when it is not a
 * setter (kyaml reads only the first non-empty comment). Without one, a scalar that starts its
 * own line (a block sequence item after its `-`) takes the comment line right above it, when
 * that is the only comment line there: go-yaml makes contiguous comment lines one head comment,
 * and kyaml cannot decode several lines as JSON.
 */
function markerSetter(text, node, parent) {
    const [start, end] = node.range ?? [0, 0];
    const flow = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(parent) && parent.flow === true;
    const trailing = flow ? FLOW_LINE_COMMENT : LINE_COMMENT;
    trailing.lastIndex = end;
    const line = trailing.exec(text)?.[1];
    if (line !== undefined)
        return setterOf(line);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const prefix = text.slice(lineStart, start);
    const blockItem = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(parent) && !flow && ITEM_PREFIX.test(prefix);
    const ownLine = (flow || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(parent) && parent.value === node)) && OWN_LINE.test(prefix);
    if (!blockItem && !ownLine)
        return undefined;
    const above = lineBefore(text, lineStart);
    const head = above === undefined ? undefined : COMMENT_LINE.exec(above.line)?.[1];
    if (head === undefined || above === undefined)
        return undefined;
    const further = lineBefore(text, above.start);
    if (further !== undefined && COMMENT_LINE.test(further.line))
        return undefined;
    return setterOf(head);
}
/** The line ending just before `lineStart` (without its line break), and where it starts. */
function lineBefore(text, lineStart) {
    if (lineStart === 0)
        return undefined;
    const start = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(start, lineStart - 1).replace(/\r$/, '');
    return { line: start === 0 ? line.replace(/^\uFEFF/, '') : line, start };
}


/***/ }),

/***/ 25182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ MARKER_TOKEN),
/* harmony export */   Y: () => (/* binding */ setMarkers),
/* harmony export */   scanDirectory: () => (/* binding */ scanDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69672);
/* harmony import */ var _setter_comments_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34674);
/* harmony import */ var _yaml_documents_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66392);
/**
 * Flux image-automation-controller setter markers, applied as byte-preserving splices.
 *
 * Flux marks a scalar field with a line comment `# {"$imagepolicy": "<ns>:<policy>"}` (whole
 * reference) or `"<ns>:<policy>:name|tag|digest"` (one part) and rewrites the field from the
 * policy's `status.latestRef`; a sequence item or a mapping value that starts its own line may
 * carry the marker on the comment line above it instead (see setter-comments.ts). Flux re-encodes each touched file through
 * kyaml; here only the marked scalars' text changes.
 */








/**
 * The token Flux screens files for before parsing them (`"$imagepolicy"`, quotes included):
 * files without it are never parsed, so templates that are not YAML cannot fail a scan.
 */
const MARKER_TOKEN = '"$imagepolicy"';
const PARTS = new Set(['name', 'tag', 'digest']);
/**
 * Rewrites every scalar carrying an `$imagepolicy` marker whose policy is in `policies` (keyed
 * `<namespace>:<name>`), across all documents of the file. Throws `ManifestParseError` when the
 * file contains the marker token but is not valid YAML.
 */
function setMarkers(source, policies, opts) {
    const result = {
        content: source,
        changes: [],
        unknownPolicies: [],
        skipped: []
    };
    // Flux's screen is per file; a file that passes is parsed whole. Here only its documents that
    // could hold a marker are: with the token, or with a JSON escape that could spell it.
    if (!source.includes(MARKER_TOKEN))
        return result;
    const splices = [];
    const pending = [];
    const candidate = (text) => text.includes(MARKER_TOKEN) || text.includes('\\u');
    for (const slice of (0,_yaml_documents_js__WEBPACK_IMPORTED_MODULE_7__/* .documentSlices */ .v)(source, candidate)) {
        const { text, start: base, linesBefore } = slice;
        const visitScalar = (node, parent) => {
            const [start, end] = node.range ?? [0, 0];
            if (start === end || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) {
                return;
            }
            const setter = (0,_setter_comments_js__WEBPACK_IMPORTED_MODULE_6__/* .markerSetter */ .MB)(text, node, parent);
            if (setter === undefined)
                return;
            const line = linesBefore + (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .cA)(text, start);
            const target = resolveSetter(setter, policies);
            if ('unknown' in target) {
                result.unknownPolicies.push({ line, ...target.unknown });
            }
            else if ('reason' in target) {
                result.skipped.push({ line, marker: setter, ...target });
            }
            else {
                const old = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)(node) ?? '';
                if (old === target.value)
                    return;
                const replacement = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .formatScalarLike */ .nT)(target.value, node.type);
                splices.push({ start: base + start, end: base + end, text: replacement });
                pending.push({ marker: setter, old, new: target.value });
            }
        };
        for (const doc of (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(text, opts.file, linesBefore)) {
            (0,yaml__WEBPACK_IMPORTED_MODULE_3__.visit)(doc, {
                Scalar: (key, node, path) => (key === 'key' ? undefined : visitScalar(node, path.at(-1)))
            });
        }
    }
    const { content, starts } = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .applySplices */ .Ut)(source, splices);
    result.content = content;
    result.changes = pending.map((change, i) => ({
        file: opts.file,
        line: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .cA)(content, starts[i] ?? 0),
        ...change
    }));
    return result;
}
/**
 * The value Flux writes for a setter: `<ns>:<name>` is the whole reference
 * (`name:tag@digest`, as ImageRef.String()), and `:name`, `:tag`, `:digest` one part each.
 */
function resolveSetter(setter, policies) {
    const parts = setter.split(':');
    const policy = parts.slice(0, 2).join(':');
    const value = parts.length >= 2 && parts.length <= 3 ? policies.get(policy) : undefined;
    if (value === undefined)
        return { unknown: { policy, marker: setter } };
    const part = parts[2];
    if (part !== undefined && !PARTS.has(part))
        return { reason: `unknown setter part '${part}'` };
    if (part === 'name')
        return { value: value.name };
    if (part === 'tag' || part === 'digest') {
        const field = value[part];
        return field ? { value: field } : { reason: `policy '${policy}' has no ${part}` };
    }
    // Flux would write `name:` for an empty tag; a reference with neither is not a promotion.
    if (!value.tag && !value.digest)
        return { reason: `policy '${policy}' has no tag or digest` };
    const tag = value.tag ? `:${value.tag}` : '';
    return { value: `${value.name}${tag}${value.digest ? `@${value.digest}` : ''}` };
}
/**
 * Applies {@link setMarkers} to every `.yaml`, `.yml` and `Kustomization` file under `dir`
 * (relative to `root` or absolute, and inside it), skipping `.git`. Symlinked files are read
 * only when they resolve inside `root`; symlinked directories are not descended, like Go's
 * `filepath.Walk` that Flux uses. Throws if `dir` is outside `root` or holds more than
 * `maxFiles` YAML files, since a partial scan would promote only part of the markers.
 */
async function scanDirectory(root, dir, policies, opts = {}) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const start = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(realRoot, dir));
    if (!within(realRoot, start)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PromoteError */ .jG(`directory '${dir}' is outside the repository root '${root}'`);
    }
    const limits = { files: opts.maxFiles ?? 10_000, bytes: opts.maxFileBytes ?? 10 * 1024 * 1024 };
    const result = { files: [], errors: [], unknownPolicies: [], skipped: [] };
    const walk = { root: realRoot, seen: new Set(), errors: result.errors };
    let count = 0;
    for (const path of yamlFiles(walk, start)) {
        if (++count > limits.files) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PromoteError */ .jG(`more than ${limits.files} YAML files under '${dir}'; point at a narrower directory`);
        }
        scanFile(path, relativePath(realRoot, path), policies, limits.bytes, result);
    }
    return result;
}
/**
 * The file's text, or its size when over `maxBytes` (then it is not read). Synchronous: one
 * open, fstat and read per file costs a fraction of the promise-based calls' overhead, and a
 * scan has nothing else to do meanwhile.
 */
function readBounded(path, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return size > maxBytes ? { size } : { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function scanFile(path, file, policies, maxBytes, result) {
    const read = readBounded(path, maxBytes);
    if ('size' in read) {
        result.errors.push({ file, message: `${read.size} bytes is over the ${maxBytes}-byte limit` });
        return;
    }
    const content = read.text;
    try {
        const edited = setMarkers(content, policies, { file });
        result.unknownPolicies.push(...edited.unknownPolicies.map(u => ({ file, ...u })));
        result.skipped.push(...edited.skipped.map(s => ({ file, ...s })));
        if (edited.content !== content) {
            result.files.push({ path: file, content: edited.content, changes: edited.changes });
        }
    }
    catch (err) {
        if (!(err instanceof _yaml_splice_js__WEBPACK_IMPORTED_MODULE_5__/* .ManifestParseError */ .lr))
            throw err;
        result.errors.push({ file, message: err.message });
    }
}
// Synchronous like the reads: a scan waits on nothing else, and each promise-based call costs a
// round trip through the thread pool.
function* yamlFiles(walk, dir) {
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '.git')
                yield* yamlFiles(walk, path);
            continue;
        }
        // Flux's reader takes these names; `Kustomization` is a kustomization file name too.
        if (!/\.ya?ml$/.test(entry.name) && entry.name !== 'Kustomization')
            continue;
        const real = entry.isSymbolicLink() ? realOrUndefined(path) : path;
        if (real === undefined || walk.seen.has(real))
            continue;
        // A path joined from a directory inside the root and an entry name stays inside it; only a
        // symlink's target needs the check.
        if (real !== path && !within(walk.root, real)) {
            const message = 'symlink resolves outside the repository; not followed';
            walk.errors.push({ file: relativePath(walk.root, path), message });
            continue;
        }
        if (!entry.isFile() && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isFile())
            continue;
        walk.seen.add(real);
        yield path;
    }
}
function realOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
const relativePath = (root, path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');


/***/ }),

/***/ 66392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ documentSlices)
/* harmony export */ });
/**
 * Splits a YAML stream into its documents without parsing it, so a scan can screen each
 * document with a substring test and parse only the ones that may matter. Parsing is most of
 * a scan's cost, and a large file often holds one marked Deployment beside many other objects.
 */
// A directive applies across document markers, and a lone CR is a YAML line break the search
// below does not see. Plain substring searches: a regex over every character of a large tree
// costs several times more.
function needsWhole(stream) {
    return (stream.startsWith('%') ||
        stream.startsWith('\uFEFF%') ||
        stream.includes('\n%') ||
        (stream.includes('\r') && /\r(?!\n)/.test(stream)));
}
/**
 * Offsets where documents start after the first: at each `---` line, and on the line after each
 * `...` line. YAML forbids either marker at the start of a line inside any scalar or collection
 * (c-forbidden), so such a line always ends the document before it.
 */
function documentStarts(stream) {
    const starts = [];
    for (const marker of ['---', '...']) {
        for (let at = stream.indexOf(marker); at >= 0; at = stream.indexOf(marker, at + 3)) {
            if (at > 0 && stream[at - 1] !== '\n')
                continue;
            const next = stream[at + 3];
            if (next !== undefined && !' \t\r\n'.includes(next))
                continue;
            const start = marker === '---' ? at : lineAfter(stream, at);
            if (start > 0)
                starts.push(start);
        }
    }
    return starts.sort((a, b) => a - b);
}
/**
 * The documents of `stream` whose text passes `keep`, each to be parsed on its own; the text
 * before the first `---` is a document too. Returns one slice for the whole stream when it
 * holds a directive (`%YAML`, `%TAG`) or a lone CR.
 */
function documentSlices(stream, keep) {
    if (needsWhole(stream))
        return keep(stream) ? [{ start: 0, text: stream, linesBefore: 0 }] : [];
    const starts = [0];
    for (const at of documentStarts(stream))
        if (at > starts[starts.length - 1])
            starts.push(at);
    const slices = [];
    let counted = 0;
    let lines = 0;
    starts.forEach((start, i) => {
        const end = i + 1 < starts.length ? starts[i + 1] : stream.length;
        const text = stream.slice(start, end);
        if (!keep(text))
            return;
        lines += countLines(stream, counted, start);
        counted = start;
        slices.push({ start, text, linesBefore: lines });
    });
    return slices;
}
function lineAfter(text, offset) {
    const lf = text.indexOf('\n', offset);
    return lf < 0 ? text.length : lf + 1;
}
/** Line breaks in `text[from, to)`. */
function countLines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}


/***/ }),

/***/ 69672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ aliasProblem),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Ut: () => (/* binding */ applySplices),
/* harmony export */   Wl: () => (/* binding */ eolOf),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   lr: () => (/* binding */ ManifestParseError),
/* harmony export */   nT: () => (/* binding */ formatScalarLike),
/* harmony export */   uV: () => (/* binding */ columnOf),
/* harmony export */   w4: () => (/* binding */ MAX_ALIAS_COUNT),
/* harmony export */   w_: () => (/* binding */ lineEndAfter),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony export MAX_MANIFEST_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Byte-preserving YAML edits: the `yaml` package only parses and reports node ranges; edits are
 * splices of new scalar text into the original string, so comments, quoting, key order, line
 * endings and indentation outside the spliced ranges survive untouched.
 */


/** A YAML file that does not parse. The message is one line and names file, line and column. */
class ManifestParseError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG {
    /** The file, as given by the caller. */
    file;
    /** 1-based line of the first error. */
    line;
    constructor(file, line, column, problem, what = 'invalid YAML') {
        super(`${file}:${line}:${column}: ${what}: ${problem}`);
        this.file = file;
        this.line = line;
    }
}
/**
 * Bound on alias resolutions while reading a document, as the `yaml` package counts them
 * (`maxAliasCount`, also its default): enough for anchors used as intended, far below what a
 * "billion laughs" file needs. Flux and kustomize would expand such a file when they read it.
 */
const MAX_ALIAS_COUNT = 100;
/** Bound on the text of one YAML file we parse: repository content is untrusted. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/**
 * Parses every document of a YAML stream (a part of a file when `linesBefore`, the file's lines
 * before it, is given), throwing {@link ManifestParseError} on the first error,
 * on a file over {@link MAX_MANIFEST_BYTES}, and on aliases that expand past
 * {@link MAX_ALIAS_COUNT} (an alias bomb), so no caller writes such a file back.
 */
function parseManifest(text, file, linesBefore = 0) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_MANIFEST_BYTES) {
        throw new ManifestParseError(file, 1, 1, `${size} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, 'refused YAML');
    }
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(text, { prettyErrors: false });
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error !== undefined) {
            const at = error.pos[0];
            throw new ManifestParseError(file, linesBefore + lineOf(text, at), at - text.lastIndexOf('\n', at - 1), error.message.split('\n')[0] ?? error.code);
        }
        const bomb = aliasProblem(doc, text);
        if (bomb !== undefined) {
            const at = bomb.offset;
            throw new ManifestParseError(file, linesBefore + lineOf(text, at), at - text.lastIndexOf('\n', at - 1), bomb.problem, 'refused YAML');
        }
    }
    return [...docs];
}
/**
 * Why a parsed document's aliases cannot be read safely, with the offset of its first alias;
 * `undefined` for a document without aliases or with aliases within {@link MAX_ALIAS_COUNT}.
 * `source`, the text the document was parsed from, lets a text without aliases skip the walk.
 * The `yaml` package does the counting: it stops before expanding what it refuses.
 */
function aliasProblem(doc, source) {
    // Every alias is written `*name`: text without a `*` has none, and needs no walk.
    if (source !== undefined && !source.includes('*'))
        return undefined;
    let offset;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(doc, {
        Alias: (_key, node) => {
            offset = node.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_0__.visit.BREAK;
        }
    });
    if (offset === undefined)
        return undefined;
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return undefined;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return {
            offset,
            problem: /alias/i.test(message)
                ? `its aliases expand past the limit of ${MAX_ALIAS_COUNT} (an alias bomb)`
                : (message.split('\n')[0] ?? message)
        };
    }
}
/**
 * Applies non-overlapping splices and returns where each one's text starts in the result, so
 * callers can report lines in the edited content.
 */
function applySplices(source, splices) {
    // An insertion sorts before a replacement at the same offset so both land where intended.
    const order = splices
        .map((splice, index) => ({ splice, index }))
        .sort((a, b) => a.splice.start - b.splice.start || a.splice.end - b.splice.end);
    const starts = new Array(splices.length).fill(0);
    let content = '';
    let from = 0;
    for (const { splice, index } of order) {
        if (splice.start < from)
            throw new Error(`overlapping YAML splices at offset ${splice.start}`);
        content += source.slice(from, splice.start);
        starts[index] = content.length;
        content += splice.text;
        from = splice.end;
    }
    return { content: content + source.slice(from), starts };
}
/** 1-based line number of `offset`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** 0-based column of `offset`; a byte-order mark does not count as indentation. */
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart - (lineStart === 0 && text.startsWith('\uFEFF') ? 1 : 0);
}
/** The line break the file already uses (its first one), so inserted lines match it. */
function eolOf(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/**
 * Offset of the end of the line holding the last character before `offset` (before its `\r\n`
 * or `\n`), i.e. past any trailing comment. A block scalar's range ends after its line break,
 * hence stepping back over breaks first.
 */
function lineEndAfter(text, offset) {
    let at = offset;
    while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r'))
        at--;
    const lf = text.indexOf('\n', at);
    if (lf < 0)
        return text.length;
    return text[lf - 1] === '\r' ? lf - 1 : lf;
}
/** The string a scalar holds as written: plain scalars by their text, quoted ones decoded. */
function scalarText(node) {
    const { value } = node;
    if (value === null || value === undefined)
        return undefined;
    if (node.type === 'PLAIN' && node.source !== undefined)
        return node.source;
    return typeof value === 'string' ? value : node.source;
}
const PLAIN_SAFE = /^[A-Za-z0-9_./][A-Za-z0-9_./@:+-]*$/;
/**
 * Writes `value` in the quoting style of the scalar it replaces. A plain scalar stays plain only
 * when both YAML 1.2 (kustomize's go-yaml v3) and YAML 1.1 readers would still see a string,
 * otherwise it is double-quoted, as kustomize does for a tag like `"1234"`.
 */
function formatScalarLike(value, style) {
    const printable = !/\p{Cc}/u.test(value);
    if (style === 'QUOTE_SINGLE' && printable)
        return `'${value.replaceAll("'", "''")}'`;
    if (style !== 'QUOTE_DOUBLE' && isPlainSafe(value))
        return value;
    return JSON.stringify(value);
}
/** Values already judged: a scan writes the same value into many files. */
const plainSafe = new Map();
/** Values {@link plainSafe} holds at most; past that it starts over. */
const PLAIN_SAFE_CACHE = 1_000;
function isPlainSafe(value) {
    const known = plainSafe.get(value);
    if (known !== undefined)
        return known;
    if (plainSafe.size >= PLAIN_SAFE_CACHE)
        plainSafe.clear();
    const safe = readsAsItself(value);
    plainSafe.set(value, safe);
    return safe;
}
function readsAsItself(value) {
    if (!PLAIN_SAFE.test(value) || value.endsWith(':'))
        return false;
    try {
        return ['core', 'yaml-1.1'].every(schema => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(value, { schema }) === value);
    }
    catch {
        return false;
    }
}


/***/ })

};
