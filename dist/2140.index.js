export const id = 2140;
export const ids = [2140,1767];
export const modules = {

/***/ 31124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ unpinMarkers),
/* harmony export */   Wu: () => (/* binding */ markedFields),
/* harmony export */   m3: () => (/* binding */ ofPolicy),
/* harmony export */   s4: () => (/* binding */ PIN_TOKEN),
/* harmony export */   vi: () => (/* binding */ pinMarkers)
/* harmony export */ });
/* unused harmony exports MARKER_KEY, PIN_KEY, pinComment, markerComment */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _setter_comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34674);
/* harmony import */ var _yaml_splice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69672);
/**
 * Rollback pins: a Flux setter marker turned into a comment Flux no longer reads, so image
 * automation cannot write the policy's latest image over a rolled-back field.
 *
 * A marker `# {"$imagepolicy": "<setter>"}` becomes `# {"$imagepolicy-pinned": "<setter>",
 * "event": "<ledger event id>"}` and is turned back, in Flux's documented spelling, by
 * {@link unpinMarkers}. Flux ignores the pin twice over (fluxcd/image-automation-controller
 * d36e2ea, internal/update/setters.go and filereader.go; kubernetes-sigs/kustomize 12f9e63,
 * kyaml/fieldmeta/fieldmeta.go):
 * - its reader only parses files containing `"$imagepolicy"` with both quotes, which
 *   `"$imagepolicy-pinned"` does not contain;
 * - in a file it does parse, `FieldMeta.processShortHand` looks up the key `$imagepolicy` in the
 *   comment's JSON object and finds nothing; the comment then decodes as an OpenAPI schema
 *   without a `$ref` or an `x-k8s-cli` extension, so the setter filter (`getExtFromSchema`) has
 *   no setter to apply.
 */



/** The key of a live Flux marker (kyaml's short-hand ref as Flux sets it). */
const MARKER_KEY = '$imagepolicy';
/** The key of a pinned marker. */
const PIN_KEY = '$imagepolicy-pinned';
/** Files without this text hold no pin and are never parsed. */
const PIN_TOKEN = `"${PIN_KEY}"`;
// As in setters.ts: only a line comment right after the scalar counts (kyaml's LineComment).
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y;
/** The setter and pin of a comment: a JSON object of strings with one of the two keys. */
function readComment(comment) {
    const fields = (0,_setter_comments_js__WEBPACK_IMPORTED_MODULE_1__/* .commentFields */ .XG)(comment);
    if (!fields)
        return undefined;
    const live = fields[MARKER_KEY];
    if (typeof live === 'string' && live !== '')
        return { setter: live };
    const pinned = fields[PIN_KEY];
    const event = fields.event;
    if (typeof pinned === 'string' && pinned !== '')
        return { setter: pinned, pinnedBy: typeof event === 'string' ? event : '' };
    return undefined;
}
function findFields(source, file) {
    if (!source.includes(`"${MARKER_KEY}`))
        return [];
    const found = [];
    const visitScalar = (node) => {
        const [start, end] = node.range ?? [0, 0];
        if (start === end || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) {
            return;
        }
        LINE_COMMENT.lastIndex = end;
        const match = LINE_COMMENT.exec(source);
        if (!match)
            return;
        const comment = match[1] ?? '';
        const read = readComment(comment);
        if (!read)
            return;
        const at = LINE_COMMENT.lastIndex - comment.length;
        const lead = /^[#\s]*/.exec(comment)?.[0].length ?? 0;
        const trail = comment.length - comment.trimEnd().length;
        found.push({
            line: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(source, start),
            value: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(node) ?? '',
            ...read,
            json: [at + lead, at + comment.length - trail]
        });
    };
    for (const doc of (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(source, file)) {
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(doc, { Scalar: (key, node) => (key === 'key' ? undefined : visitScalar(node)) });
    }
    return found;
}
/**
 * Every field with a live marker or a pin, in file order. Throws `ManifestParseError` when the
 * file mentions a marker but is not valid YAML.
 */
function markedFields(source, file) {
    return findFields(source, file).map(({ line, setter, value, pinnedBy }) => ({
        line,
        setter,
        value,
        ...(pinnedBy === undefined ? {} : { pinnedBy })
    }));
}
/** The text of a pin comment. */
const pinComment = (setter, event) => `{${JSON.stringify(PIN_KEY)}: ${JSON.stringify(setter)}, "event": ${JSON.stringify(event)}}`;
/** The text of a live marker comment, as Flux documents it. */
const markerComment = (setter) => `{${JSON.stringify(MARKER_KEY)}: ${JSON.stringify(setter)}}`;
function rewrite(source, file, pick) {
    const splices = [];
    const fields = [];
    for (const { json, ...field } of findFields(source, file)) {
        const text = pick(field);
        if (text === undefined || source.slice(json[0], json[1]) === text)
            continue;
        splices.push({ start: json[0], end: json[1], text });
        fields.push(field);
    }
    return { content: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_2__/* .applySplices */ .Ut)(source, splices).content, fields };
}
/**
 * Pins every field whose setter `matches`, live or already pinned by another event, to `event`.
 * Only comment text changes; values are left to the setter.
 */
function pinMarkers(source, matches, event, opts) {
    return rewrite(source, opts.file, f => matches(f.setter) ? pinComment(f.setter, event) : undefined);
}
/** Turns every pin whose setter `matches` back into a live marker. */
function unpinMarkers(source, matches, opts) {
    return rewrite(source, opts.file, f => f.pinnedBy !== undefined && matches(f.setter) ? markerComment(f.setter) : undefined);
}
/** A matcher for every setter of one policy (`<ns>:<name>` and its `:name|tag|digest` parts). */
const ofPolicy = (policy) => (setter) => setter === policy || (setter.startsWith(`${policy}:`) && setter.split(':').length === 3);


/***/ }),

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

/***/ 42140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findKustomization: () => (/* binding */ findKustomization),
  kustomizationPins: () => (/* binding */ kustomizationPins),
  listYamlFiles: () => (/* binding */ listYamlFiles),
  markerPins: () => (/* binding */ markerPins),
  readEnvironment: () => (/* binding */ readEnvironment),
  sameRepository: () => (/* reexport */ sameRepository)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifests/setters.ts + 1 modules
var setters = __webpack_require__(11047);
// EXTERNAL MODULE: ./src/manifests/yaml-splice.ts
var yaml_splice = __webpack_require__(69672);
// EXTERNAL MODULE: ./src/util/confine.ts
var confine = __webpack_require__(29576);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/promote/marker-values.ts

/**
 * Adds one marked field's value to its policy's entry (`ns:name`): a `:name`, `:tag` or
 * `:digest` setter fills that part; a whole-reference setter fills all three. A whole
 * reference that does not parse is left out.
 */
function addMarkerValue(byPolicy, setter, value, fresh) {
    const [ns, name, part] = setter.split(':');
    const policy = `${ns}:${name}`;
    const entry = byPolicy.get(policy) ?? fresh();
    if (part === 'name')
        entry.name = value;
    else if (part === 'tag')
        entry.tag = value;
    else if (part === 'digest')
        entry.digest = value;
    else {
        try {
            const ref = (0,reference/* parseReference */.F2)(value);
            Object.assign(entry, { name: ref.repository, tag: ref.tag, digest: ref.digest });
        }
        catch {
            return;
        }
    }
    byPolicy.set(policy, entry);
}
/** Whether the reference `a` names the repository of `b` (false when `a` does not parse). */
function sameRepository(a, b) {
    try {
        return (0,reference/* parseReference */.F2)(a).repository === b.repository;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/manifests/pins.ts
var manifests_pins = __webpack_require__(31124);
;// CONCATENATED MODULE: ./src/promote/pinned.ts


/**
 * Reads the setter fields a rollback pinned (see `src/manifests/pins.ts`), one entry per policy
 * and file, so a pinned field is still a place the environment pins the image: status shows
 * it, and the next promotion writes it and restores its marker.
 */
function pinnedMarkerPins(text, file, image) {
    if (!text.includes(manifests_pins/* PIN_TOKEN */.s4))
        return [];
    const byPolicy = new Map();
    for (const field of (0,manifests_pins/* markedFields */.Wu)(text, file)) {
        if (field.pinnedBy === undefined)
            continue;
        const by = field.pinnedBy;
        addMarkerValue(byPolicy, field.setter, field.value, () => ({
            by
        }));
    }
    const pins = [];
    for (const [policy, v] of byPolicy) {
        if (!v.name || !sameRepository(v.name, image))
            continue;
        pins.push({
            file,
            via: 'marker',
            policy,
            pinnedBy: v.by,
            ...(v.tag ? { tag: v.tag } : {}),
            ...(v.digest ? { digest: v.digest } : {})
        });
    }
    return pins;
}

// EXTERNAL MODULE: ./src/promote/values-target.ts
var values_target = __webpack_require__(28500);
;// CONCATENATED MODULE: ./src/promote/environment.ts










const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Bounds on what an environment directory can make us read: it is untrusted input. */
const MAX_FILES = 5_000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * The kustomization file of an environment directory, if it has one, relative to the real
 * repository root. A symlinked kustomization file is not taken (kustomize would follow it out).
 */
async function findKustomization(root, dir) {
    const start = await (0,confine/* confine */.W)(root, dir);
    for (const name of KUSTOMIZATION_FILES) {
        try {
            if ((await (0,promises_.lstat)(external_node_path_default().join(start.abs, name))).isFile())
                return joinRel(start.rel, name);
        }
        catch {
            // Not this spelling.
        }
    }
    return undefined;
}
const joinRel = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/** Reads the `images:` entries of a kustomization that name `image`. */
function kustomizationPins(text, file, image) {
    return imageEntryPins(kustomizationImageEntries(text, file), file, image);
}
/** The `images:` entries of a kustomization, parsed once for every image of a promotion. */
function kustomizationImageEntries(text, file) {
    // Bounded: parseManifest refuses alias bombs and oversized files before anything expands.
    const doc = (0,yaml_splice/* parseManifest */.Ng)(text, file)[0]?.toJS({ maxAliasCount: yaml_splice/* MAX_ALIAS_COUNT */.w4 });
    const images = doc?.images;
    return Array.isArray(images) ? images : [];
}
/** The pins of `image` among a kustomization's `images:` entries. */
function imageEntryPins(entries, file, image) {
    const pins = [];
    for (const entry of entries) {
        if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string')
            continue;
        const repo = typeof entry.newName === 'string' ? entry.newName : entry.name;
        if (!sameRepository(repo, image))
            continue;
        pins.push({
            file,
            via: 'kustomization',
            entryName: entry.name,
            ...(typeof entry.newTag === 'string' || typeof entry.newTag === 'number'
                ? { tag: String(entry.newTag) }
                : {}),
            ...(typeof entry.digest === 'string' ? { digest: entry.digest } : {})
        });
    }
    return pins;
}
const PROBE = {
    name: 'probe.invalid/probe',
    tag: 'probe',
    digest: `sha256:${'0'.repeat(64)}`
};
/**
 * Reads Flux setter markers and their current values, by asking the setter to
 * rewrite each policy it finds and reading back the old values, so reading and
 * writing share one parser.
 */
function markerPins(text, file, image) {
    if (!text.includes(setters/* MARKER_TOKEN */.DV))
        return [];
    const found = (0,setters/* setMarkers */.Yq)(text, new Map(), { file });
    const policies = new Map(found.unknownPolicies.map(u => [u.policy, PROBE]));
    const probed = (0,setters/* setMarkers */.Yq)(text, policies, { file });
    const byPolicy = new Map();
    for (const change of probed.changes)
        addMarkerValue(byPolicy, change.marker, change.old, () => ({}));
    const pins = [];
    for (const [policy, v] of byPolicy) {
        if (!v.name || !sameRepository(v.name, image))
            continue;
        pins.push({
            file,
            via: 'marker',
            policy,
            ...(v.tag ? { tag: v.tag } : {}),
            ...(v.digest ? { digest: v.digest } : {})
        });
    }
    return pins;
}
/**
 * Lists YAML files under `dir`, bounded, skipping `.git` and symlinks, as paths relative to the
 * real repository root: `dir` itself is confined first, so a symlink on the way that leaves the
 * repository is refused, and one that stays inside yields the paths Git knows.
 */
async function listYamlFiles(root, dir) {
    const start = await (0,confine/* confine */.W)(root, dir);
    const out = [];
    async function walk(abs, rel) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
        }
        catch {
            throw new errors/* PromoteError */.jG(`environment directory '${dir}' does not exist in the GitOps repository`);
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (e.name === '.git' || e.isSymbolicLink())
                continue;
            const child = joinRel(rel, e.name);
            if (e.isDirectory())
                await walk(external_node_path_default().join(abs, e.name), child);
            else if (e.isFile() && (/\.ya?ml$/.test(e.name) || e.name === 'Kustomization')) {
                out.push(child);
                if (out.length > MAX_FILES)
                    throw new errors/* PromoteError */.jG(`'${dir}' holds more than ${MAX_FILES} YAML files`);
            }
        }
    }
    await walk(start.abs, start.rel);
    return out;
}
/** Reads what an environment directory pins for each image. */
async function readEnvironment(root, dir, images, values) {
    const files = await listYamlFiles(root, dir);
    const kustomization = await findKustomization(root, dir);
    const texts = new Map();
    for (const f of files) {
        const abs = external_node_path_default().join(root, f);
        if ((await (0,promises_.lstat)(abs)).size > MAX_FILE_BYTES) {
            // Skipping the kustomization would read "no pin" where there may be one.
            if (f === kustomization)
                throw new errors/* PromoteError */.jG(`${f}: larger than ${MAX_FILE_BYTES} bytes; refusing to read it`);
            continue;
        }
        texts.set(f, await (0,promises_.readFile)(abs, 'utf8'));
    }
    const entries = kustomization
        ? kustomizationImageEntries(texts.get(kustomization) ?? '', kustomization)
        : [];
    const valuePins = values
        ? await Promise.all(images.map(image => (0,values_target/* valuesPins */.h7)(root, values, image, sameRepository)))
        : [];
    return images.map((image, i) => {
        const pins = [...(valuePins[i] ?? [])];
        if (kustomization)
            pins.push(...imageEntryPins(entries, kustomization, image));
        for (const [f, text] of texts) {
            try {
                pins.push(...markerPins(text, f, image), ...pinnedMarkerPins(text, f, image));
            }
            catch (err) {
                // Only files with the marker token are parsed. One that does not parse may pin this
                // image: skipping it would promote (or report) only part of the environment.
                if (!(err instanceof yaml_splice/* ManifestParseError */.lr))
                    throw err;
                throw new errors/* PromoteError */.jG(`${err.message}; the file carries an $imagepolicy marker, so it cannot be skipped: fix the YAML`);
            }
        }
        const digests = [...new Set(pins.flatMap(p => (p.digest ? [p.digest] : [])))];
        if (digests.length > 1) {
            throw new errors/* PromoteError */.jG(`${dir} pins ${image.repository} to several digests (${digests.join(', ')}); make its files agree before promoting`);
        }
        return { image, pins, digest: digests[0], tag: pins.find(p => p.tag)?.tag };
    });
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


/***/ })

};
