export const id = 1047;
export const ids = [1047];
export const modules = {

/***/ 34674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ markerSetter),
/* harmony export */   XG: () => (/* binding */ commentFields),
/* harmony export */   Zl: () => (/* binding */ setterOf)
/* harmony export */ });
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

/***/ 11047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DV: () => (/* binding */ MARKER_TOKEN),
  scanDirectory: () => (/* binding */ scanDirectory),
  Yq: () => (/* binding */ setMarkers)
});

// UNUSED EXPORTS: parsedMarkerSites

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifests/yaml-splice.ts
var yaml_splice = __webpack_require__(69672);
// EXTERNAL MODULE: ./src/manifests/setter-comments.ts
var setter_comments = __webpack_require__(34674);
;// CONCATENATED MODULE: ./src/manifests/block-subset.ts

/** Longer documents go to the parser, which also enforces the size limit. */
const MAX_SUBSET_BYTES = 1024 * 1024;
// A plain key the core schema reads as the same string for every spelling: no number, bool or
// null, and short enough for an implicit key.
const KEY = '[A-Za-z_][A-Za-z0-9_./-]{0,200}';
// A one-line scalar: plain without spaces, indicators or a trailing `:`, or quoted without
// escapes; or a one-line flow collection (checked by readsAsFlow).
const PLAIN = '[A-Za-z0-9_./$][A-Za-z0-9_./$@:+=~^%-]*';
const QUOTED = `"[^"\\x00-\\x1f]*"|'[^'\\x00-\\x1f]*'`;
const VALUE = `${PLAIN}|${QUOTED}|[[{][^#]*[\\]}]`;
// What may follow a scalar or a key's colon: spaces, or a comment after at least one space.
const REST = '(?: +#(.*)| *)$';
const MAPPING_LINE = new RegExp(`^( *)(${KEY}):(?: +(${VALUE}))?${REST}`);
const ITEM_LINE = new RegExp(`^( *)-( +)(?:(${KEY}):(?: +(${VALUE}))?|(${VALUE}))${REST}`);
const COMMENT_LINE = /^ *#(.*)$/;
const BLANK_LINE = /^ *$/;
const DOCUMENT_START = /^---(?: +#.*| *)$/;
const NOT_A_STRING_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const NULL_VALUE = /^(?:null|Null|NULL)$/;
/**
 * The marked scalars of `text`, in document order, or `undefined` when `text` is not in the
 * subset (then it must be parsed).
 */
function subsetMarkerSites(text) {
    if (text.length > MAX_SUBSET_BYTES || /[\t\r\\\uFEFF]/.test(text))
        return undefined;
    const lines = text.split('\n');
    const sites = [];
    const stack = [];
    // A key without a value, waiting to see whether a nested collection follows. Any other line
    // followed by a more indented one (a scalar's continuation, say) is not in the subset.
    let open;
    let lineStart = 0;
    for (const [i, line] of lines.entries()) {
        const start = lineStart;
        lineStart += line.length + 1;
        if (BLANK_LINE.test(line) || COMMENT_LINE.test(line))
            continue;
        if (i === 0 && DOCUMENT_START.test(line))
            continue;
        const entry = classify(line);
        if (!entry)
            return undefined;
        if (!place(stack, entry, open))
            return undefined;
        open = undefined;
        const top = stack[stack.length - 1];
        if (entry.key !== undefined) {
            if (entry.kind === 'seq') {
                // `- key: ...` opens a mapping at the key's column.
                stack.push({ indent: entry.keyColumn, kind: 'map', keys: new Set([entry.key]) });
            }
            else {
                if (top.keys.has(entry.key))
                    return undefined;
                top.keys.add(entry.key);
            }
            if (entry.value === undefined)
                open = { indent: entry.keyColumn };
        }
        if (entry.value === undefined)
            continue;
        // A flow collection holds no marker: the line has no comment, and no item starts a line.
        if (isFlow(entry.value)) {
            if (entry.comment !== undefined)
                return undefined;
            continue;
        }
        const setter = siteSetter(entry, lines, i);
        if (setter === undefined)
            continue;
        const at = start + entry.valueColumn;
        sites.push({ start: at, end: at + entry.value.length, ...scalarOf(entry.value), setter });
    }
    return sites;
}
function classify(line) {
    const mapping = MAPPING_LINE.exec(line);
    if (mapping) {
        const [, indent, key, value, comment] = mapping;
        if (NOT_A_STRING_KEY.test(key) || (value !== undefined && !plainOk(value)))
            return undefined;
        return {
            indent: indent.length,
            kind: 'map',
            key,
            keyColumn: indent.length,
            ...(value !== undefined
                ? { value, valueColumn: line.indexOf(value, indent.length + key.length + 1) }
                : {}),
            ...(comment !== undefined ? { comment } : {})
        };
    }
    const item = ITEM_LINE.exec(line);
    if (!item)
        return undefined;
    const [, indent, gap, key, keyValue, value, comment] = item;
    const column = indent.length + 1 + gap.length;
    if (key !== undefined && NOT_A_STRING_KEY.test(key))
        return undefined;
    const scalar = key !== undefined ? keyValue : value;
    if (scalar !== undefined && !plainOk(scalar))
        return undefined;
    return {
        indent: indent.length,
        kind: 'seq',
        ...(key !== undefined ? { key, keyColumn: column } : {}),
        ...(scalar !== undefined
            ? {
                value: scalar,
                valueColumn: key !== undefined ? line.indexOf(scalar, column + key.length + 1) : column
            }
            : {}),
        ...(comment !== undefined ? { comment } : {})
    };
}
/** A plain scalar may not end in `:` (it would be a key); quoted ones are whole. */
function plainOk(value) {
    if (isFlow(value))
        return readsAsFlow(value);
    return value.startsWith('"') || value.startsWith("'") || !value.endsWith(':');
}
function isFlow(value) {
    return value.startsWith('[') || value.startsWith('{');
}
const FLOW_SCALAR = new RegExp(`(?:[A-Za-z0-9_./$][A-Za-z0-9_./$@+=~^%-]*|${QUOTED})`, 'y');
const FLOW_KEY = new RegExp(`${KEY}(?=:)`, 'y');
/**
 * Whether `text` is one flow collection of flow collections, plain scalars without `:` and
 * quoted scalars without escapes, with plain keys that are all different within each mapping:
 * what `ports: [{ containerPort: 8080 }]` needs, and no more.
 */
function readsAsFlow(text) {
    let at = 0;
    const spaces = () => {
        while (text[at] === ' ')
            at++;
    };
    const value = (depth) => {
        if (text[at] === '[' || text[at] === '{')
            return depth < 8 && collection(depth + 1);
        FLOW_SCALAR.lastIndex = at;
        if (!FLOW_SCALAR.test(text))
            return false;
        at = FLOW_SCALAR.lastIndex;
        return true;
    };
    const collection = (depth) => {
        const map = text[at] === '{';
        const close = map ? '}' : ']';
        const keys = new Set();
        at++;
        for (;;) {
            spaces();
            if (text[at] === close)
                break;
            if (map) {
                FLOW_KEY.lastIndex = at;
                const key = FLOW_KEY.exec(text)?.[0];
                if (key === undefined || NOT_A_STRING_KEY.test(key) || keys.has(key))
                    return false;
                keys.add(key);
                at = FLOW_KEY.lastIndex + 1;
                if (text[at] !== ' ')
                    return false;
                spaces();
            }
            if (!value(depth))
                return false;
            spaces();
            if (text[at] === ',')
                at++;
            else if (text[at] !== close)
                return false;
        }
        at++;
        return true;
    };
    return value(0) && at === text.length && isFlow(text);
}
/**
 * Finds the collection `entry` belongs to, opening or closing collections by indentation;
 * false when the structure is not a plain block tree. `open` is a key without a value on the
 * line before: a more indented line (or, for a sequence, one at the key's own indentation)
 * starts its value.
 */
function place(stack, entry, open) {
    if (stack.length === 0) {
        stack.push(newCollection(entry));
        return true;
    }
    if (open && entry.indent > open.indent) {
        stack.push(newCollection(entry));
        return true;
    }
    if (open && entry.indent === open.indent && entry.kind === 'seq') {
        // A key's sequence may sit at the key's own indentation.
        stack.push({ ...newCollection(entry), compact: true });
        return true;
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > entry.indent)
        stack.pop();
    let top = stack[stack.length - 1];
    if (top?.compact && top.indent === entry.indent && entry.kind === 'map') {
        stack.pop();
        top = stack[stack.length - 1];
    }
    return top !== undefined && top.indent === entry.indent && top.kind === entry.kind;
}
function newCollection(entry) {
    return entry.kind === 'map'
        ? { indent: entry.indent, kind: 'map', keys: new Set() }
        : { indent: entry.indent, kind: 'seq' };
}
/**
 * The setter marking the line's scalar, as {@link markerSetter} reads it: its line comment
 * (which wins even when it is no setter), or for a sequence item's own scalar the one comment
 * line right above it.
 */
function siteSetter(entry, lines, i) {
    if (entry.comment !== undefined)
        return (0,setter_comments/* setterOf */.Zl)(entry.comment);
    if (entry.kind !== 'seq' || entry.key !== undefined || i === 0)
        return undefined;
    const head = COMMENT_LINE.exec(lines[i - 1])?.[1];
    if (head === undefined || (i >= 2 && COMMENT_LINE.test(lines[i - 2])))
        return undefined;
    return (0,setter_comments/* setterOf */.Zl)(head);
}
/** The scalar's style and value, as the parser would give them. */
function scalarOf(value) {
    if (value.startsWith('"'))
        return { type: 'QUOTE_DOUBLE', old: value.slice(1, -1) };
    if (value.startsWith("'"))
        return { type: 'QUOTE_SINGLE', old: value.slice(1, -1) };
    return { type: 'PLAIN', old: NULL_VALUE.test(value) ? '' : value };
}

// EXTERNAL MODULE: ./src/manifests/yaml-documents.ts
var yaml_documents = __webpack_require__(66392);
;// CONCATENATED MODULE: ./src/manifests/setters.ts
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
    for (const { text, start: base, linesBefore } of (0,yaml_documents/* documentSlices */.v)(source, candidate)) {
        // Most marked documents are plain block YAML that needs no parser; the rest are parsed.
        const sites = subsetMarkerSites(text) ?? parsedMarkerSites(text, opts.file, linesBefore);
        for (const site of sites) {
            const line = linesBefore + (0,yaml_splice/* lineOf */.cA)(text, site.start);
            const target = resolveSetter(site.setter, policies);
            if ('unknown' in target) {
                result.unknownPolicies.push({ line, ...target.unknown });
            }
            else if ('reason' in target) {
                result.skipped.push({ line, marker: site.setter, ...target });
            }
            else if (site.old !== target.value) {
                const replacement = (0,yaml_splice/* formatScalarLike */.nT)(target.value, site.type);
                splices.push({ start: base + site.start, end: base + site.end, text: replacement });
                pending.push({ marker: site.setter, old: site.old, new: target.value });
            }
        }
    }
    const { content, starts } = (0,yaml_splice/* applySplices */.Ut)(source, splices);
    result.content = content;
    result.changes = pending.map((change, i) => ({
        file: opts.file,
        line: (0,yaml_splice/* lineOf */.cA)(content, starts[i] ?? 0),
        ...change
    }));
    return result;
}
/** The marked scalars of one document, found by parsing it. */
function parsedMarkerSites(text, file, linesBefore) {
    const sites = [];
    for (const doc of (0,yaml_splice/* parseManifest */.Ng)(text, file, linesBefore)) {
        (0,dist.visit)(doc, {
            Scalar: (key, node, path) => {
                const [start, end] = node.range ?? [0, 0];
                if (key === 'key' || start === end || !SCALAR_TYPES.has(node.type ?? ''))
                    return;
                const setter = (0,setter_comments/* markerSetter */.MB)(text, node, path.at(-1));
                if (setter === undefined)
                    return;
                sites.push({ start, end, type: node.type, old: (0,yaml_splice/* scalarText */.ws)(node) ?? '', setter });
            }
        });
    }
    return sites;
}
/** The scalar styles a marker can rewrite (not block scalars). */
const SCALAR_TYPES = new Set(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE']);
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
    const realRoot = await (0,promises_.realpath)(root);
    const start = await (0,promises_.realpath)((0,external_node_path_.resolve)(realRoot, dir));
    if (!within(realRoot, start)) {
        throw new errors/* PromoteError */.jG(`directory '${dir}' is outside the repository root '${root}'`);
    }
    const limits = { files: opts.maxFiles ?? 10_000, bytes: opts.maxFileBytes ?? 10 * 1024 * 1024 };
    const result = { files: [], errors: [], unknownPolicies: [], skipped: [] };
    const walk = { root: realRoot, seen: new Set(), errors: result.errors };
    let count = 0;
    for (const path of yamlFiles(walk, start)) {
        if (++count > limits.files) {
            throw new errors/* PromoteError */.jG(`more than ${limits.files} YAML files under '${dir}'; point at a narrower directory`);
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
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        return size > maxBytes ? { size } : { text: (0,external_node_fs_.readFileSync)(fd, 'utf8') };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
        if (!(err instanceof yaml_splice/* ManifestParseError */.lr))
            throw err;
        result.errors.push({ file, message: err.message });
    }
}
// Synchronous like the reads: a scan waits on nothing else, and each promise-based call costs a
// round trip through the thread pool.
function* yamlFiles(walk, dir) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
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
        if (!entry.isFile() && !(0,external_node_fs_.statSync)(real).isFile())
            continue;
        walk.seen.add(real);
        yield path;
    }
}
function realOrUndefined(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function within(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
}
const relativePath = (root, path) => (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');


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
