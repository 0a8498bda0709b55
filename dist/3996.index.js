export const id = 3996;
export const ids = [3996];
export const modules = {

/***/ 63996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ImageArgError: () => (/* binding */ ImageArgError),
/* harmony export */   KEEP: () => (/* binding */ KEEP),
/* harmony export */   parseImageArg: () => (/* binding */ parseImageArg),
/* harmony export */   setImages: () => (/* binding */ setImages)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79310);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69672);
/**
 * `kustomize edit set image`, done as byte-preserving splices into `kustomization.yaml`.
 *
 * kustomize itself decodes the file, rewrites `images:` sorted by name with alphabetical keys
 * and re-encodes the whole document, which drops comments and quoting. Here the `yaml` package
 * only locates nodes; new scalar text is spliced in at their source ranges, so every byte we do
 * not own stays as it was.
 */





/** The field value that keeps what the kustomization already has (kustomize's `*`). */
const KEEP = '*';
const FIELDS = ['newName', 'newTag', 'digest'];
/** An image argument that `kustomize edit set image` would reject or misread. */
class ImageArgError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG {
    /** The argument as given. */
    arg;
    constructor(arg, problem) {
        super(`invalid image argument ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(arg)}: ${problem}`, 2);
        this.arg = arg;
    }
}
const USAGE = 'expected <name>=<newName>[:<newTag>][@<digest>], <name>:<newTag>[@<digest>] or <name>@<digest>';
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._/:-]*[A-Za-z0-9])?$/;
// Tag grammar of the OCI distribution spec, which is also what kustomize's help text states.
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * Why `name` is not a repository a registry would accept (kustomize itself writes any text):
 * an uppercase path (`ghcr.io/acme/APP`) or a bad domain would only fail at deploy time.
 */
function repositoryProblem(name) {
    try {
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(name);
        return undefined;
    }
    catch (err) {
        if (err instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReferenceError */ .x_)
            return err.reason;
        throw err;
    }
}
/**
 * Parses one argument of `kustomize edit set image`: `name=newName[:newTag][@digest]`,
 * `name:newTag[@digest]` or `name@digest`, where any of newName, newTag and digest may be `*`.
 * Stricter than kustomize, which accepts an empty or malformed tag or digest silently.
 */
function parseImageArg(arg) {
    const fail = (problem) => {
        throw new ImageArgError(arg, problem);
    };
    if (arg === '')
        fail('it is empty');
    if (/\s/.test(arg))
        fail('it contains whitespace');
    const eq = arg.indexOf('=');
    const ref = splitImage(eq < 0 ? arg : arg.slice(eq + 1));
    // kustomize rejects an argument that names an image but sets nothing on it.
    if (eq < 0 && ref.tag === undefined && ref.digest === undefined)
        fail(USAGE);
    const name = eq < 0 ? ref.name : arg.slice(0, eq);
    if (name === '')
        fail('empty image name');
    if (name === KEEP)
        fail(`image name cannot be '${KEEP}'`);
    if (eq >= 0 && splitImage(name).name !== name) {
        fail(`image name ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(name)} must not carry a tag or digest`);
    }
    if (!NAME_RE.test(name))
        fail(`image name ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(name)} is not a valid image name`);
    const badName = repositoryProblem(name);
    if (badName !== undefined)
        fail(`image name ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(name)}: ${badName}`);
    const edit = { name };
    if (eq >= 0) {
        if (ref.name === '')
            fail('empty new name');
        if (ref.name !== KEEP && !NAME_RE.test(ref.name)) {
            fail(`new name ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(ref.name)} is not a valid image name`);
        }
        const badNewName = ref.name === KEEP ? undefined : repositoryProblem(ref.name);
        if (badNewName !== undefined)
            fail(`new name ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(ref.name)}: ${badNewName}`);
        edit.newName = ref.name;
    }
    if (ref.tag !== undefined) {
        if (ref.tag === '')
            fail("empty tag after ':'");
        if (ref.tag !== KEEP && !TAG_RE.test(ref.tag)) {
            fail(`tag ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(ref.tag)} is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)`);
        }
        edit.newTag = ref.tag;
    }
    if (ref.digest !== undefined) {
        if (ref.digest === '')
            fail("empty digest after '@'");
        if (ref.digest !== KEEP && !validDigest(ref.digest)) {
            fail(`digest ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(ref.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`);
        }
        edit.digest = ref.digest;
    }
    return edit;
}
function validDigest(digest) {
    if (!DIGEST_RE.test(digest))
        return false;
    const [algorithm = '', hex = ''] = digest.split(':');
    const length = HEX_LENGTH[algorithm];
    return length === undefined || new RegExp(`^[a-f0-9]{${length}}$`).test(hex);
}
/**
 * Splits `name[:tag][@digest]` the way kustomize's `image.Split` does: a `:` before the first
 * `/` is a registry port, and whichever of `:` and `@` comes first after it starts the suffix.
 */
function splitImage(ref) {
    const slash = Math.max(ref.indexOf('/'), 0);
    const at = ref.indexOf('@', slash);
    const colon = ref.indexOf(':', slash);
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: ref.slice(0, at), digest: ref.slice(at + 1) };
    }
    if (colon < 0)
        return { name: ref };
    if (at < 0)
        return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
    return { name: ref.slice(0, colon), tag: ref.slice(colon + 1, at), digest: ref.slice(at + 1) };
}
/** Collects splices and the changes anchored in them until the edit is applied. */
class Plan {
    source;
    file;
    splices = [];
    notes = [];
    constructor(source, file) {
        this.source = source;
        this.file = file;
    }
    splice(start, end, text, notes = []) {
        this.splices.push({ start, end, text });
        for (const [change, at] of notes)
            this.notes.push({ change, splice: this.splices.length - 1, at });
    }
    removed(change, offset) {
        this.notes.push({ change, at: (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(this.source, offset) });
    }
    finish() {
        const { content, starts } = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .applySplices */ .Ut)(this.source, this.splices);
        // Report per image in file order, fields in kustomize's newName, newTag, digest order.
        const first = new Map();
        this.notes.forEach(({ change }, i) => first.set(change.image, first.get(change.image) ?? i));
        const rank = ({ change }) => (first.get(change.image) ?? 0) * FIELDS.length + FIELDS.indexOf(change.field);
        const notes = [...this.notes].sort((a, b) => rank(a) - rank(b));
        const changes = notes.map(({ change, splice, at }) => ({
            file: this.file,
            line: splice === undefined ? at : (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(content, (starts[splice] ?? 0) + at),
            ...change
        }));
        return { content, changes };
    }
}
/**
 * Applies `edits` to the `images:` of one kustomization. Like kustomize, each edit replaces the
 * fields of every entry with the same `name` and an edit whose name has no entry is appended;
 * unlike kustomize, nothing is re-sorted or reformatted.
 */
function setImages(source, edits, opts) {
    // kustomize keys its arguments by name, so a later argument for the same image wins.
    const pending = new Map(edits.map(edit => [edit.name, edit]));
    const plan = new Plan(source, opts.file);
    if (pending.size === 0)
        return plan.finish();
    const docs = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(source, opts.file);
    if (docs.length > 1)
        fail(plan, 0, 'a kustomization must be a single YAML document');
    const root = docs[0]?.contents ?? null;
    if (root !== null && (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root) || root.flow))
        fail(plan, 0, 'not a block mapping');
    const images = root?.items.find(pair => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) && pair.key.value === 'images');
    const list = images?.value ?? null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list)) {
        for (const entry of list.items) {
            const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(entry) ? entry.get('name') : undefined;
            const edit = typeof name === 'string' ? pending.get(name) : undefined;
            if (edit === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(entry))
                continue;
            editEntry(plan, entry, edit);
        }
        for (const entry of list.items)
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(entry))
                pending.delete(String(entry.get('name')));
    }
    else if (list !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(list) && list.value === null && !list.source)) {
        fail(plan, images?.key ? keyStart(images) : 0, "'images' is not a list");
    }
    const added = [...pending.values()].filter(edit => FIELDS.some(f => settable(edit[f])));
    if (added.length > 0)
        appendEntries(plan, root, images, added);
    return plan.finish();
}
function fail(plan, offset, problem) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG(`${plan.file}:${(0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(plan.source, offset)}: ${problem}`);
}
const settable = (value) => value !== undefined && value !== KEEP;
const keyStart = (pair) => pair.key.range[0] ?? 0;
const pairEnd = (pair) => {
    const node = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.value) ? pair.value : pair.key);
    return node.range[1] ?? 0;
};
/** Rewrites, removes and adds the fields of one entry as kustomize's replacement would. */
function editEntry(plan, entry, edit) {
    const removed = new Set();
    const added = [];
    for (const field of FIELDS) {
        const want = edit[field];
        if (want === KEEP)
            continue;
        const pair = entry.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.value === field);
        if (pair === undefined) {
            if (want !== undefined)
                added.push([field, want]);
            continue;
        }
        const value = pair.value;
        if (value !== null && (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value) || value.type?.startsWith('BLOCK'))) {
            // A splice cannot keep a block or collection value's layout, and kustomize wants a string.
            fail(plan, keyStart(pair), `images entry ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .echo */ .W)(edit.name)}: ${field} must be a one-line scalar`);
        }
        const old = value ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(value) : undefined;
        if (want === undefined) {
            // An empty field means nothing to kustomize either, so it is left alone.
            if (old === undefined || old === '')
                continue;
            removed.add(pair);
            plan.removed({ image: edit.name, field, old, new: '' }, keyStart(pair));
        }
        else if (old !== want) {
            const change = { image: edit.name, field, ...(old === undefined ? {} : { old }), new: want };
            replaceValue(plan, pair, change);
        }
    }
    removePairs(plan, entry, removed);
    if (added.length > 0)
        addPairs(plan, entry, removed, edit.name, added);
}
function replaceValue(plan, pair, change) {
    const value = pair.value;
    const [start, end] = value?.range ?? [pairEnd(pair), pairEnd(pair)];
    if (start !== end) {
        return plan.splice(start, end, (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScalarLike */ .nT)(change.new, value?.type), [[change, 0]]);
    }
    // An empty value sits right after the colon or right before a comment: keep both apart.
    const before = /\s/.test(plan.source[start - 1] ?? ' ') ? '' : ' ';
    const after = /\S/.test(plan.source[start] ?? '\n') ? ' ' : '';
    const text = before + (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScalarLike */ .nT)(change.new, 'PLAIN') + after;
    plan.splice(start, end, text, [[change, before.length]]);
}
function removePairs(plan, entry, removed) {
    const pairs = entry.items;
    const firstKept = pairs.findIndex(pair => !removed.has(pair));
    const next = pairs[firstKept];
    // A leading field shares its line with the `- ` (or `{`), so the next kept key moves up.
    if (firstKept > 0 && next)
        plan.splice(keyStart(pairs[0]), keyStart(next), '');
    for (let i = firstKept + 1; i < pairs.length; i++) {
        const pair = pairs[i];
        if (!removed.has(pair))
            continue;
        if (entry.flow)
            plan.splice(pairEnd(pairs[i - 1]), pairEnd(pair), '');
        else
            plan.splice(...wholeLines(plan.source, keyStart(pair), pairEnd(pair)), '');
    }
}
/** The range of the full lines from `start` to `end`, with the line break that ends them. */
function wholeLines(source, start, end) {
    const from = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineEndAfter */ .w_)(source, end);
    const to = source.indexOf('\n', lineEnd);
    if (to >= 0)
        return [from, to + 1];
    // Last line without a line break: take the break before it so none is left dangling.
    const before = from > 0 && source[from - 2] === '\r' ? from - 2 : Math.max(from - 1, 0);
    return [before, source.length];
}
function addPairs(plan, entry, removed, image, fields) {
    const kept = entry.items.filter(pair => !removed.has(pair));
    const last = kept[kept.length - 1];
    const indent = ' '.repeat((0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(plan.source, keyStart(entry.items[0])));
    const { text, notes } = fieldsText(image, fields, entry.flow ? ', ' : (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .eolOf */ .Wl)(plan.source) + indent);
    const at = entry.flow ? pairEnd(last) : (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineEndAfter */ .w_)(plan.source, pairEnd(last));
    plan.splice(at, at, text, notes);
}
/** Appends entries for the images no entry matched, in the list's own style. */
function appendEntries(plan, root, images, edits) {
    const { source } = plan;
    const list = images?.value;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list) && list.flow)
        return appendFlow(plan, list, edits);
    const eol = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .eolOf */ .Wl)(source);
    const first = images ?? root?.items[0];
    const parent = first ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(source, keyStart(first)) : 0;
    const style = listStyle(source, root, list, parent);
    let text = '';
    let at = source.length;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list)) {
        at = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineEndAfter */ .w_)(source, list.items[list.items.length - 1].range[1]);
    }
    else if (images) {
        at = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .lineEndAfter */ .w_)(source, pairEnd(images));
    }
    else {
        // kustomize appends a missing field at the end of the file, and so do we.
        if (source !== '' && !source.endsWith('\n'))
            text += eol;
        text += `${' '.repeat(parent)}images:`;
    }
    const notes = [];
    for (const edit of edits) {
        text += eol + ' '.repeat(style.dash) + '-' + ' '.repeat(style.key - style.dash - 1);
        const entry = newEntry(edit, style.flowItems ? ', ' : eol + ' '.repeat(style.key));
        notes.push(...shift(entry.notes, text.length));
        text += entry.text;
    }
    if (!images)
        text += eol;
    plan.splice(at, at, text, notes);
}
function appendFlow(plan, list, edits) {
    const last = list.items[list.items.length - 1];
    const at = last ? (last.range[1] ?? 0) : (list.range?.[0] ?? 0) + 1;
    let text = '';
    const notes = [];
    for (const edit of edits) {
        if (last || text !== '')
            text += ', ';
        const entry = newEntry(edit, ', ');
        notes.push(...shift(entry.notes, text.length));
        text += entry.text;
    }
    plan.splice(at, at, text, notes);
}
const shift = (notes, by) => notes.map(([change, at]) => [change, at + by]);
function listStyle(source, root, list, parent) {
    const first = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list) ? list.items[0] : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list) || first === undefined) {
        const dash = parent + siblingIndent(source, root);
        return { dash, key: dash + 2, flowItems: false };
    }
    const start = first.range[0] ?? 0;
    const dash = source.lastIndexOf('-', start - 1);
    const dashCol = (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(source, dash);
    const key = /^-[ ]+$/.test(source.slice(dash, start)) ? (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(source, start) : dashCol + 2;
    const last = list.items[list.items.length - 1];
    return { dash: dashCol, key, flowItems: (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(last) && Boolean(last.flow) };
}
/** How far the file's other block lists indent their `- ` past their key (0 is kustomize's). */
function siblingIndent(source, root) {
    for (const pair of root?.items ?? []) {
        const seq = pair.value;
        const item = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(seq) && !seq.flow ? seq.items[0] : undefined;
        if (item === undefined)
            continue;
        const dash = source.lastIndexOf('-', (item.range[0] ?? 0) - 1);
        return Math.max((0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(source, dash) - (0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .columnOf */ .uV)(source, keyStart(pair)), 0);
    }
    return 0;
}
/** `key: value` pairs, each led by `sep`, with each change anchored at its key. */
function fieldsText(image, fields, sep) {
    let text = '';
    const notes = [];
    for (const [field, value] of fields) {
        text += sep;
        notes.push([{ image, field, new: value }, text.length]);
        text += `${field}: ${(0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScalarLike */ .nT)(value, 'PLAIN')}`;
    }
    return { text, notes };
}
/** A new entry: a flow map when `sep` is `', '`, else block lines led by `sep`. */
function newEntry(edit, sep) {
    const fields = FIELDS.flatMap(f => settable(edit[f]) ? [[f, edit[f]]] : []);
    const flow = sep === ', ';
    const head = `${flow ? '{' : ''}name: ${(0,_yaml_splice_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScalarLike */ .nT)(edit.name, 'PLAIN')}`;
    const body = fieldsText(edit.name, fields, sep);
    return { text: head + body.text + (flow ? '}' : ''), notes: shift(body.notes, head.length) };
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
