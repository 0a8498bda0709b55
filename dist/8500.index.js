export const id = 8500;
export const ids = [8500,9576,311,1767];
export const modules = {

/***/ 40311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ getValues),
/* harmony export */   ValuesPathError: () => (/* reexport safe */ _key_path_js__WEBPACK_IMPORTED_MODULE_3__.m),
/* harmony export */   parseKeyPath: () => (/* reexport safe */ _key_path_js__WEBPACK_IMPORTED_MODULE_3__._),
/* harmony export */   setValues: () => (/* binding */ setValues)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69672);
/* harmony import */ var _values_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51767);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40397);
/**
 * Helm values edited by key path, as byte-preserving splices (see `yaml-splice.ts`): the scalar
 * at a path gets new text at its source range, so comments, quoting, key order and line endings
 * elsewhere stay as they were.
 *
 * Key paths name a value the way argocd-image-updater's `helm.image-name` / `helm.image-tag`
 * settings do: keys joined by `.` (`image.tag`), list items by a bracketed index
 * (`images[0].tag`), and a key that itself holds a dot with the dot escaped
 * (`podAnnotations.example\.com/revision`); `\\` is a backslash and `\[` a bracket.
 */






function walk(root, segments) {
    let node = root;
    for (const [i, seg] of segments.entries()) {
        const last = i === segments.length - 1;
        if (typeof seg === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
                return { blocked: `${shown(segments, i)} is not a list` };
            if (seg >= node.items.length)
                return { blocked: `${shown(segments, i + 1)}: the list has ${node.items.length} items` };
            const item = node.items[seg];
            if (last)
                return { item };
            node = item;
            continue;
        }
        if (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null && i === 0))
            return { missingIn: { map: null, depth: i } };
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            return { blocked: `${shown(segments, i)} is not a mapping` };
        const pair = node.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && String(p.key.value) === seg);
        if (pair === undefined)
            return { missingIn: { map: node, depth: i } };
        if (last)
            return { pair };
        node = pair.value;
    }
    return {};
}
/** The first `n` segments written back as a path, for messages. */
function shown(segments, n) {
    if (n === 0)
        return 'the document';
    return segments
        .slice(0, n)
        .map((s, i) => typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replace(/[\\.[]/g, c => `\\${c}`))
        .join('');
}
function rootOf(source, file, scope) {
    const docs = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(source, file);
    if (scope)
        return (0,_values_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .scopedRoot */ .F)(docs, file, scope);
    if (docs.length > 1)
        throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`${file}: a values file must be one YAML document`);
    return docs[0]?.contents ?? null;
}
/** The segments from the document root to the value a key path names within a scope. */
function segmentsOf(root, file, path, scope) {
    if (!scope)
        return (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyPath */ ._)(path);
    if (scope.parameters)
        return [...scope.base, (0,_values_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterIndex */ .m)(root, file, scope, path), 'value'];
    return [...scope.base, ...(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyPath */ ._)(path)];
}
/** The one-line scalar a path names, or why there is none. */
function scalarAt(found, file, path) {
    if (found.blocked)
        throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`${file}: key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(path)}: ${found.blocked}`);
    if (found.missingIn)
        return undefined;
    const value = found.pair ? found.pair.value : found.item;
    if (value === null || value === undefined)
        return null;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value) || value.type?.startsWith('BLOCK'))
        throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`${file}: key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(path)} holds a block or collection, not a one-line value`);
    return value;
}
/**
 * Reads the values at `paths`: a string per path, `undefined` where the path is missing or
 * holds null. Throws {@link ValuesPathError} for a path that runs into a non-collection.
 */
function getValues(source, file, paths, scope) {
    const root = rootOf(source, file, scope);
    return paths.map(p => {
        const node = scalarAt(walk(root, segmentsOf(root, file, p, scope)), file, p);
        return node ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(node) : undefined;
    });
}
/**
 * Writes each edit's value at its path. A missing path is an error naming the file and the path,
 * unless `createMissing` is set: then the missing mapping keys are added under the deepest one
 * that exists (list items are never created).
 */
function setValues(source, edits, opts) {
    const { file } = opts;
    const root = rootOf(source, file, opts.scope);
    const splices = [];
    const notes = [];
    const seen = new Set();
    for (const edit of edits) {
        const segments = segmentsOf(root, file, edit.path, opts.scope);
        const key = JSON.stringify(segments);
        if (seen.has(key))
            throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(edit.path)} is given twice`);
        seen.add(key);
        const found = walk(root, segments);
        const node = scalarAt(found, file, edit.path);
        if (node === undefined) {
            if (!opts.createMissing)
                throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`${file}: key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(edit.path)} not found (${shown(segments, (found.missingIn?.depth ?? 0) + 1)} is missing)`);
            const made = createText(source, file, found, segments, edit);
            splices.push(made.splice);
            notes.push({
                change: { path: edit.path, new: edit.value },
                splice: splices.length - 1,
                at: made.at
            });
            continue;
        }
        const old = node ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(node) : undefined;
        if (old === edit.value)
            continue;
        const change = { path: edit.path, ...(old === undefined ? {} : { old }), new: edit.value };
        const s = valueSplice(source, found, node, edit.value);
        splices.push(s.splice);
        notes.push({ change, splice: splices.length - 1, at: s.at });
    }
    const { content, starts } = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .applySplices */ .Ut)(source, splices);
    const changes = notes.map(({ change, splice, at }) => ({
        file,
        line: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(content, (starts[splice] ?? 0) + at),
        ...change
    }));
    return { content, changes };
}
function valueSplice(source, found, node, value) {
    const [start, end] = node?.range ?? nullRange(found);
    if (start !== end)
        return { splice: { start, end, text: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScalarLike */ .nT)(value, node?.type) }, at: 0 };
    // An empty value sits right after the colon or right before a comment: keep both apart.
    const before = /\s/.test(source[start - 1] ?? ' ') ? '' : ' ';
    const after = /\S/.test(source[start] ?? '\n') ? ' ' : '';
    const text = before + (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScalarLike */ .nT)(value, 'PLAIN') + after;
    return { splice: { start, end, text }, at: before.length };
}
function nullRange(found) {
    const key = found.pair?.key;
    const end = key?.range?.[1] ?? 0;
    return [end + 1, end + 1];
}
function createText(source, file, found, segments, edit) {
    const { map, depth } = found.missingIn ?? { map: null, depth: 0 };
    const rest = segments.slice(depth);
    const cannot = (why) => {
        throw new _key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .ValuesPathError */ .m(`${file}: key path ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(edit.path)} cannot be created: ${why}`);
    };
    if (rest.some(s => typeof s === 'number'))
        cannot('list items are never created');
    if (map?.flow)
        cannot(`${shown(segments, depth)} is a flow mapping`);
    if (map === null && depth > 0)
        cannot(`${shown(segments, depth)} is empty`);
    const eol = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .eolOf */ .Wl)(source);
    const first = map?.items[0];
    const indent = first ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .columnOf */ .uV)(source, first.key.range[0] ?? 0) : 0;
    const last = map?.items[map.items.length - 1];
    const lastEnd = last ? (last.value ?? last.key).range[1] : undefined;
    const at = lastEnd === undefined ? source.length : (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .lineEndAfter */ .w_)(source, lastEnd);
    let text = at === source.length && source !== '' && !source.endsWith('\n') ? eol : '';
    if (lastEnd !== undefined)
        text += eol;
    rest.forEach((seg, i) => {
        if (i > 0)
            text += eol;
        text += `${' '.repeat(indent + 2 * i)}${(0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScalarLike */ .nT)(String(seg), 'PLAIN')}:`;
    });
    text += ' ';
    const offset = text.length;
    text += (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScalarLike */ .nT)(edit.value, 'PLAIN');
    if (lastEnd === undefined)
        text += eol;
    return { splice: { start: at, end: at, text }, at: offset };
}


/***/ }),

/***/ 51767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scopedRoot),
/* harmony export */   ValuesScopeError: () => (/* binding */ ValuesScopeError),
/* harmony export */   m: () => (/* binding */ parameterIndex)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/**
 * Where Helm values live inside a Kubernetes object, for values edited by key path
 * (`values-paths.ts`): a Flux `HelmRelease`'s `spec.values`, an Argo CD `Application`'s
 * `spec.source.helm.valuesObject` or `spec.source.helm.parameters`, and argocd-image-updater's
 * write-back file `.argocd-source-<app>.yaml`, whose `helm.parameters` list holds
 * `{name, value, forcestring}` items (argoproj-labs/argocd-image-updater de2cfec,
 * pkg/argocd/update.go `marshalParamsOverride`, pkg/common/constants.go
 * `DefaultTargetFilePatternWithoutNamespace`).
 */



/** A scope that cannot be followed in a file; one line. */
class ValuesScopeError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG {
}
const text = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && typeof node.value === 'string' ? node.value : undefined;
function matches(doc, object) {
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root))
        return false;
    const apiVersion = text(root.get('apiVersion', true)) ?? '';
    const metadata = root.get('metadata', true);
    return (text(root.get('kind', true)) === object.kind &&
        apiVersion.startsWith(`${object.group}/`) &&
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(metadata) &&
        text(metadata.get('name', true)) === object.name);
}
/** The root node of the document a scope names: the one object of its kind and name. */
function scopedRoot(docs, file, scope) {
    const { object } = scope;
    if (!object) {
        if (docs.length > 1)
            throw new ValuesScopeError(`${file}: a values file must be one YAML document`);
        return docs[0]?.contents ?? null;
    }
    const found = docs.filter(d => matches(d, object));
    const what = `${object.kind} (${object.group}) named ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(object.name)}`;
    if (found.length === 0)
        throw new ValuesScopeError(`${file}: no ${what}`);
    if (found.length > 1)
        throw new ValuesScopeError(`${file}: more than one ${what}`);
    return found[0].contents;
}
/**
 * The index of the Helm parameter named `name` in the list at the scope's base. A missing
 * list or parameter is an error naming the file and the parameter: parameters are never created.
 */
function parameterIndex(root, file, scope, name) {
    const where = scope.base.join('.');
    const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root) ? root.getIn(scope.base, true) : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list))
        throw new ValuesScopeError(`${file}: ${where} is not a list of Helm parameters`);
    const index = list.items.findIndex(item => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item) && text(item.get('name', true)) === name);
    if (index < 0)
        throw new ValuesScopeError(`${file}: ${where} has no parameter named ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .echo */ .W)(name)} (parameters are never created)`);
    return index;
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


/***/ }),

/***/ 28500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h7: () => (/* binding */ valuesPins),
/* harmony export */   valuesScope: () => (/* binding */ valuesScope)
/* harmony export */ });
/* unused harmony exports VALUES_DEFAULTS, valuesKeys */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _manifests_values_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40311);
/* harmony import */ var _manifests_values_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51767);
/* harmony import */ var _util_confine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29576);





/** The key paths a values target uses when promotion.yaml names none. */
const VALUES_DEFAULTS = {
    repository: 'image.repository',
    tag: 'image.tag',
    digest: 'image.digest'
};
/** Bound on a values file we read: repository content is untrusted. */
const MAX_VALUES_BYTES = 2 * 1024 * 1024;
/** The key paths of a values target, filled in with the defaults. */
function valuesKeys(target) {
    // argocd-image-updater names the repository parameter image.name (pkg/common/constants.go).
    const parameters = target.kind === 'application-parameters' || target.kind === 'argocd-source';
    return {
        file: target.file,
        repository: target.repository ?? (parameters ? 'image.name' : VALUES_DEFAULTS.repository),
        tag: target.tag ?? VALUES_DEFAULTS.tag,
        digest: target.digest ?? VALUES_DEFAULTS.digest
    };
}
/** Where in its file a values target's key paths start (undefined: the whole file). */
function valuesScope(target) {
    const name = target.name ?? '';
    const helm = ['spec', 'source', 'helm'];
    switch (target.kind ?? 'file') {
        case 'helmrelease':
            return {
                object: { kind: 'HelmRelease', group: 'helm.toolkit.fluxcd.io', name },
                base: ['spec', 'values']
            };
        case 'application':
            return {
                object: { kind: 'Application', group: 'argoproj.io', name },
                base: [...helm, 'valuesObject']
            };
        case 'application-parameters':
            return {
                object: { kind: 'Application', group: 'argoproj.io', name },
                base: [...helm, 'parameters'],
                parameters: true
            };
        case 'argocd-source':
            return { base: ['helm', 'parameters'], parameters: true };
        default:
            return undefined;
    }
}
/**
 * What a Helm values file pins for `image`: a pin when the value at the repository path names
 * the image's repository, none otherwise. The file is confined to the repository (a symlink
 * out of it is refused, never read) and bounded in size.
 */
async function valuesPins(root, target, image, sameRepository) {
    const keys = valuesKeys(target);
    const { abs, rel } = await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_4__/* .confine */ .W)(root, keys.file);
    const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
    if (!stat?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG(`values file ${rel} does not exist in the GitOps repository; create it, or fix values.file in promotion.yaml`);
    if (stat.size > MAX_VALUES_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG(`${rel}: larger than ${MAX_VALUES_BYTES} bytes; refusing to read it`);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8');
    const scope = valuesScope(target);
    let read;
    try {
        read = (0,_manifests_values_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .getValues */ .B)(text, rel, [keys.repository, keys.tag, keys.digest], scope);
    }
    catch (err) {
        if (!(err instanceof _manifests_values_scope_js__WEBPACK_IMPORTED_MODULE_3__.ValuesScopeError))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG(`${err.message}; check the file, kind and name of the values target`);
    }
    const [repository, tag, digest] = read;
    if (repository === undefined || !sameRepository(repository, image))
        return [];
    return [
        {
            file: rel,
            via: 'values',
            keys: { tag: keys.tag, digest: keys.digest, ...(scope ? { scope } : {}) },
            ...(tag ? { tag } : {}),
            ...(digest ? { digest } : {})
        }
    ];
}


/***/ }),

/***/ 29576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ confine)
/* harmony export */ });
/* unused harmony export ConfinementError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Confinement of paths that come from repository content (promotion.yaml's environment paths,
 * the ledger directory, files found by a walk). The repository is untrusted: a committed
 * symlink can name any directory on the machine, and following it would read or write there.
 * Paths are resolved one component at a time, so every symlink on the way is seen and judged
 * by where it really leads.
 */



/** A path from repository content that would leave the repository. */
class ConfinementError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG {
    /** The path as the repository content gave it. */
    path;
    constructor(p, problem) {
        super(`${p}: ${problem}`);
        this.path = p;
    }
}
const within = (root, p) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
};
const HINT = 'replace it with a directory, or a link that stays inside the repository';
/**
 * Resolves `p` (relative to `root`, `/`- or platform-separated) component by component and
 * refuses it when it is absolute, climbs out with `..`, passes through `.git`, or goes through
 * a symlink that leads outside `root` or nowhere. Components that do not exist yet are kept
 * as given (they will be created as directories inside the last real one).
 *
 * @throws ConfinementError naming `p` and the offending link; the message names no input.
 */
async function confine(root, p) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p))
        throw new ConfinementError(p, 'is absolute; use a path in the repository');
    let at = realRoot;
    const parts = p.split(/[\\/]+/).filter(c => c !== '' && c !== '.');
    for (const [i, part] of parts.entries()) {
        const shown = parts.slice(0, i + 1).join('/');
        if (part === '.git')
            throw new ConfinementError(p, 'is inside .git; use a path in the work tree');
        const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(at, part);
        if (!within(realRoot, next))
            throw new ConfinementError(p, 'leaves the repository through ..');
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(next).catch(() => undefined);
        if (stat === undefined) {
            at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(next, ...parts.slice(i + 1));
            break;
        }
        if (stat.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(next);
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(next).catch(() => undefined);
            if (real === undefined)
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, which does not exist; ${HINT}`);
            if (!within(realRoot, real)) {
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, outside the GitOps repository; ${HINT}`);
            }
            at = real;
        }
        else
            at = next;
    }
    if (!within(realRoot, at))
        throw new ConfinementError(p, 'leaves the repository through ..');
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, at).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    if (rel.split('/').includes('.git'))
        throw new ConfinementError(p, 'leads into .git; use a path in the work tree');
    return { abs: at, rel: rel === '' ? '.' : rel };
}


/***/ })

};
