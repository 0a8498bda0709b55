export const id = 7490;
export const ids = [7490];
export const modules = {

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ upsertPullRequest)
/* harmony export */ });
/* unused harmony export adviseGitHubError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function isHttpError(err) {
    return (typeof err === 'object' &&
        err !== null &&
        'status' in err &&
        typeof err.status === 'number');
}
/** Turns GitHub's known refusals into advice (create-pull-request does the same for token scope). */
function adviseGitHubError(doing, err) {
    if (!isHttpError(err))
        return err instanceof Error ? err : new Error(String(err));
    const first = err.message.split('\n')[0] ?? '';
    if (err.status === 403 || (err.status === 404 && doing.startsWith('creating'))) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${err.status} ${first}; the token may not write pull requests: give the workflow ` +
            "'permissions: pull-requests: write' and 'contents: write' (and allow GitHub Actions to create pull requests in the repository settings), or pass a token that may");
    }
    if (err.status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: 401 ${first}; the GitHub token is invalid or expired`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${err.status} ${first}`);
}
/**
 * Makes exactly one open pull request exist for `head` → `base` with this title
 * and body: update the open one if there is one, else create it (a creation that
 * races another run falls back to the update).
 */
async function upsertPullRequest(octokit, spec, logger) {
    const { owner, repo } = spec;
    let result = await updateExisting(octokit, spec);
    if (!result) {
        try {
            const created = await octokit.rest.pulls.create({
                owner,
                repo,
                head: spec.head,
                base: spec.base,
                title: spec.title,
                body: spec.body,
                draft: spec.draft,
                maintainer_can_modify: false
            });
            result = { number: created.data.number, url: created.data.html_url, created: true };
        }
        catch (err) {
            if (isHttpError(err) && err.status === 422 && /already exists/i.test(err.message)) {
                result = await updateExisting(octokit, spec);
            }
            if (!result)
                throw adviseGitHubError(`creating the pull request ${spec.head} -> ${spec.base}`, err);
        }
    }
    await decorate(octokit, spec, result.number, logger);
    return result;
}
async function updateExisting(octokit, spec) {
    const { owner, repo } = spec;
    let open;
    try {
        open = await octokit.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${spec.head}`,
            base: spec.base,
            per_page: 10
        });
    }
    catch (err) {
        throw adviseGitHubError(`listing pull requests of ${owner}/${repo}`, err);
    }
    const pr = open.data[0];
    if (!pr)
        return undefined;
    if (pr.title !== spec.title || (pr.body ?? '') !== spec.body) {
        try {
            await octokit.rest.pulls.update({
                owner,
                repo,
                pull_number: pr.number,
                title: spec.title,
                body: spec.body
            });
        }
        catch (err) {
            throw adviseGitHubError(`updating pull request #${pr.number}`, err);
        }
    }
    return { number: pr.number, url: pr.html_url, created: false };
}
/** Labels and reviewers; a refusal here is a warning, since the pull request itself exists. */
async function decorate(octokit, spec, number, logger) {
    const { owner, repo } = spec;
    if (spec.labels.length > 0) {
        try {
            await octokit.rest.issues.addLabels({
                owner,
                repo,
                issue_number: number,
                labels: spec.labels
            });
        }
        catch (err) {
            logger.warning(adviseGitHubError(`labelling pull request #${number}`, err).message);
        }
    }
    if (spec.reviewers.length > 0 || spec.teamReviewers.length > 0) {
        try {
            await octokit.rest.pulls.requestReviewers({
                owner,
                repo,
                pull_number: number,
                reviewers: spec.reviewers,
                team_reviewers: spec.teamReviewers
            });
        }
        catch (err) {
            logger.warning(adviseGitHubError(`requesting reviewers on pull request #${number}`, err).message);
        }
    }
}


/***/ }),

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

/***/ 25076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ applyAll),
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: ./src/config/lookup.ts
var lookup = __webpack_require__(40422);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/ledger/registry-ledger.ts
var registry_ledger = __webpack_require__(62818);
// EXTERNAL MODULE: ./src/ledger/read.ts
var read = __webpack_require__(89257);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
// EXTERNAL MODULE: ./src/promote/alias.ts
var alias = __webpack_require__(23820);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
;// CONCATENATED MODULE: ./src/promote/apply.ts



/**
 * Moves one alias environment's alias to the digest Git says, as a compare-and-swap: the alias
 * must still name the previous digest Git recorded (or already the desired one: nothing to do).
 * Anything else is drift: nothing moves unless `forceDrift` gives a reason. The same manifest
 * bytes are PUT, then read back; another digest there means another run moved it at once.
 */
async function applyAlias(root, env, opts) {
    const ref = (0,alias/* aliasReference */.C)(env);
    const base = {
        environment: env.name,
        alias: ref.familiar,
        tag: ref.tag ?? '',
        image: ref.repository
    };
    const state = await (0,alias/* readDesiredState */.gQ)(root, env.name, ref.repository);
    if (!state) {
        return {
            ...base,
            desired: null,
            previous: null,
            before: null,
            event: null,
            outcome: 'unchanged',
            message: `${ref.familiar}: Git records no move of this alias yet; nothing to apply`
        };
    }
    const before = (await opts.client.head(ref, { push: true }))?.digest ?? null;
    const facts = { desired: state.digest, previous: state.previous, before, event: state.event };
    if (before === state.digest) {
        return {
            ...base,
            ...facts,
            outcome: 'unchanged',
            message: `${ref.familiar} already names ${state.digest}, as Git says (event ${state.event})`
        };
    }
    const drifted = before !== state.previous;
    if (drifted && !opts.forceDrift) {
        return {
            ...base,
            ...facts,
            outcome: 'drift',
            message: `${ref.familiar} names ${before ?? 'nothing'}, but Git recorded ${state.previous ?? 'no digest'} before its move to ${state.digest}: it was moved outside digest-promote, and who moved it is unknown. Nothing was moved; investigate, then re-run apply with force-drift: <reason> to move it to ${state.digest}`
        };
    }
    const pinned = ref.withoutTag().withDigest(state.digest);
    try {
        await (0,copy.retag)(opts.client, pinned, ref, { expectedDigest: state.digest, replaces: before });
    }
    catch (err) {
        if (!(err instanceof copy.ConcurrentTagWriteError) && !(err instanceof copy.MovedTagError))
            throw err;
        return {
            ...base,
            ...facts,
            outcome: 'lost',
            message: `lost a race: ${ref.familiar} names ${err.found ?? 'nothing'} right after this run moved it from ${before ?? 'nothing'} to ${state.digest}; another run moved it at the same time. Re-run apply: it moves the alias to what Git says then`
        };
    }
    const event = opts.ledger.events.find(e => e.id === state.event);
    if (event)
        await (0,registry_ledger/* attachEvents */.PL)(opts.client, [ref.withoutTag()], [event], opts.logger);
    return {
        ...base,
        ...facts,
        outcome: drifted ? 'forced' : 'moved',
        message: drifted
            ? `${ref.familiar} moved from ${before ?? 'nothing'} (drift, forced: ${opts.forceDrift}) to ${state.digest}`
            : `${ref.familiar} moved from ${before ?? 'nothing'} to ${state.digest} (event ${state.event})`
    };
}

// EXTERNAL MODULE: ./src/promote/land.ts
var land = __webpack_require__(38015);
// EXTERNAL MODULE: ./src/promote/options.ts
var options = __webpack_require__(7062);
// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
;// CONCATENATED MODULE: ./src/promote/apply-run.ts













/** Opens the GitOps repository and moves each alias environment's alias to what Git says. */
async function runApply(job, ctx) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => (0,repository/* openRepository */.h)({
        repository: job.gitopsRepository,
        path: job.gitopsPath,
        token: job.gitopsToken,
        branch: job.gitopsBranch,
        serverUrl: job.serverUrl
    }, ctx));
    try {
        const config = await (0,promotion_config/* loadConfig */.Z9)(repo.root, job.configPath, true);
        const envs = job.environments.length > 0
            ? job.environments.map(name => (0,lookup/* environmentFor */.DD)(config, name, undefined))
            : (config?.environments ?? []).filter(e => e.alias);
        for (const env of envs) {
            if (!env.alias)
                throw new errors/* PromoteError */.jG(`environment '${env.name}' has no alias in promotion.yaml, so apply has nothing to move; name an alias environment`);
            (0,alias/* aliasReference */.C)(env);
        }
        if (envs.length === 0)
            ctx.logger.info(`${job.configPath} has no alias environment to apply`);
        const client = (0,client_options.createRegistryClient)(job.registry, ctx);
        return await ctx.logger.group('Move the aliases to what Git says', () => applyAll(repo, envs, client, ctx, job.forceDrift));
    }
    finally {
        await repo.close();
    }
}
/** Applies the alias environments of an open checkout; `promote` calls it in commit mode. */
async function applyAll(repo, envs, client, ctx, forceDrift) {
    const ledger = await (0,read/* readLedger */.S)(repo.root);
    const out = [];
    for (const env of envs) {
        let r = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger, forceDrift });
        if (r.outcome === 'moved')
            r = await followGit(repo, env, r, client, ctx);
        if (r.outcome === 'forced')
            await recordForced(repo, r, ledger.events, client, ctx, forceDrift);
        if (r.outcome === 'drift' || r.outcome === 'lost')
            ctx.logger.warning(r.message);
        else
            ctx.logger.info(r.message);
        out.push(r);
    }
    return out;
}
/**
 * After a move, asks Git again: a run that read Git before a newer move was merged may have put
 * the alias on a digest Git no longer wants, after a fresh run found nothing to do. The registry
 * has no conditional write to stop that, so the stale run says it lost and applies what Git says
 * now (the same compare-and-swap, from the digest it just wrote).
 */
async function followGit(repo, env, r, client, ctx) {
    if (!(await repo.git.tryFetch(repo.baseBranch)))
        return r;
    await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`);
    const now = await (0,alias/* readDesiredState */.gQ)(repo.root, env.name, r.image);
    if (!now || now.digest === r.desired)
        return r;
    const ledger = await (0,read/* readLedger */.S)(repo.root);
    const again = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger });
    return {
        ...again,
        outcome: 'lost',
        message: `lost a race: this run moved ${r.alias} to ${r.desired} from a Git state that was already superseded (Git now says ${now.digest}, event ${now.event}); then: ${again.message}`
    };
}
/**
 * Records a forced move over drift as its own ledger event (the reason, and what the alias
 * named), committed to the base branch and attached to the digest.
 */
async function recordForced(repo, r, events, client, ctx, reason) {
    const moved = events.find(e => e.id === r.event);
    const now = ctx.now();
    const event = {
        ...(moved ?? emptyEvent(r)),
        id: `${(0,ledger_event/* eventId */.Q6)(now, r.environment, r.image, r.desired)}-forced`,
        environment: r.environment,
        image: r.image,
        digest: r.desired,
        previousDigest: r.before,
        alias: {
            tag: moved?.alias.tag ?? null,
            floating: { repository: r.image, tag: r.tag, previousDigest: r.before }
        },
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)(ctx.env),
        actor: ctx.env.GITHUB_ACTOR ?? null,
        timestamp: now.toISOString(),
        gates: [
            {
                name: 'alias-drift',
                result: 'skipped',
                detail: `forced over drift: the alias named ${r.before ?? 'nothing'}, not ${r.previous ?? 'nothing'} as Git recorded; reason: ${reason}`
            }
        ],
        pullRequest: null
    };
    await (0,land/* landOnBase */.cX)(repo, options/* DEFAULT_IDENTITY */.F, ctx.logger, () => Promise.resolve({
        files: [{ path: (0,ledger_event/* eventPath */.Qv)(event), content: (0,ledger_event/* serializeEvent */.rG)(event) }],
        message: `apply: ${r.alias} forced over drift to ${r.desired}\n\nReason: ${reason}`
    }));
    await (0,registry_ledger/* attachEvents */.PL)(client, [(0,reference/* parseReference */.F2)(r.image)], [event], ctx.logger);
}
function emptyEvent(r) {
    return {
        schemaVersion: 1,
        id: '',
        kind: 'promotion',
        environment: r.environment,
        alias: { tag: null, floating: null },
        image: r.image,
        digest: r.desired,
        previousDigest: null,
        fromEnvironment: null,
        sourceTag: null,
        targetTag: null,
        sourceRevision: null,
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)({}),
        actor: null,
        timestamp: '',
        releaseLabel: null,
        gates: [],
        pullRequest: null,
        revertOf: null
    };
}


/***/ }),

/***/ 94741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ recordDeployment)
/* harmony export */ });
/* unused harmony export runUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16887);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);



/** The run's URL, the deployment statuses' `log_url`, when the runner says where it is. */
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
function payloadOf(change) {
    return {
        tool: _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOYMENT_TOOL */ .n$,
        kind: change.kind,
        events: change.events.map(e => e.id),
        images: change.events.map(e => ({ image: e.image, digest: e.digest, tag: e.targetTag })),
        ...(change.pullRequest ? { pullRequest: change.pullRequest.number } : {})
    };
}
function describe(change) {
    const what = change.events
        .map(e => `${e.image.split('/').pop() ?? e.image}@${e.digest.slice(7, 19)}`)
        .join(', ');
    return `${change.kind} of ${what || 'images'} into ${change.environment}`;
}
/** What a run leaves in a deployment it finds already there for the same commit. */
function settledState(change) {
    return change.mode === 'pull-request' && change.pullRequest ? 'queued' : 'success';
}
/**
 * Records the change as a GitHub deployment of `environment` while `rest` (the phases after Git)
 * runs. Commit mode: `in_progress`, then `success` once the run finished, or `failure` when it
 * failed after the deployment existed. Pull-request mode: `queued` until someone merges (the
 * change is proposed, not running), or `failure`. Re-runs create no second deployment of the same
 * commit: one already `success` (or `queued`) is left as it is, one that failed is resumed; a run
 * that landed nothing records nothing, except resuming a failed deployment of the base commit.
 */
async function recordDeployment(request, change, ctx, rest) {
    if (!request)
        return { result: await rest() };
    const octokit = await (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Q)(request.token, {
        baseUrl: request.apiUrl,
        logger: ctx.logger
    });
    const where = { owner: request.owner, repo: request.repo };
    const existing = (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .listDeployments */ .Jn)(octokit, {
        ...where,
        sha: change.commitSha,
        environment: change.environment,
        limit: 10
    })).find(d => (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnDeployment */ .YX)(d.payload));
    const nothingLanded = !change.changed && change.events.length === 0;
    if (nothingLanded && existing?.state !== 'failure')
        return { result: await rest() };
    const description = describe(change);
    const id = existing?.id ??
        (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .createDeployment */ .Yy)(octokit, {
            ...where,
            ref: change.commitSha,
            environment: change.environment,
            description,
            payload: payloadOf(change)
        }));
    const post = (state, text) => (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .setDeploymentState */ .fT)(octokit, { ...where, id }, { state, description: text, environmentUrl: request.environmentUrl, logUrl: runUrl(ctx.env) });
    const proposed = change.mode === 'pull-request' && change.pullRequest;
    const settled = existing?.state === settledState(change);
    if (!settled) {
        await post(proposed ? 'queued' : 'in_progress', proposed ? `waiting for pull request #${change.pullRequest?.number} to merge` : description);
    }
    ctx.logger.info(`GitHub deployment ${id} of ${change.environment} (${change.commitSha})`);
    let result;
    try {
        result = await rest();
    }
    catch (err) {
        try {
            await post('failure', `the run failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
        catch (statusErr) {
            ctx.logger.warning(`could not mark deployment ${id} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(statusErr)}`);
        }
        throw err;
    }
    if (!proposed && !settled)
        await post('success', `landed in ${change.commitSha.slice(0, 12)}`);
    return { result, deploymentId: id };
}


/***/ }),

/***/ 38015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ amendBranch),
/* harmony export */   cX: () => (/* binding */ landOnBase),
/* harmony export */   eJ: () => (/* binding */ confineFiles),
/* harmony export */   t6: () => (/* binding */ landOnBranch)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29576);




const MAX_PUSH_ATTEMPTS = 3;
/**
 * Writes files at their confined paths and returns those paths as Git knows them: a file under
 * a symlink that stays inside the repository is written, and committed, where the link leads.
 * The plan phase checked the same paths ({@link confineFiles}); this checks again at the write.
 */
async function writeFiles(root, files) {
    const written = [];
    for (const f of files) {
        const at = await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .W)(root, f.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at.abs), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(at.abs, f.content);
        written.push(at.rel);
    }
    return written;
}
/**
 * Refuses, before anything is written anywhere, a file set with a path that leaves the
 * repository through a symlink (or `..`, or `.git`): see {@link confine}.
 */
async function confineFiles(root, files) {
    for (const f of files)
        await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .W)(root, f.path);
}
/**
 * Commit mode: commit on the base branch and push. A rejected push (someone
 * else pushed first) fetches the new base and recomputes the change on top of
 * it, since edits are a function of the files; after three refusals it stops.
 */
async function landOnBase(repo, identity, logger, build) {
    let lastReason = '';
    for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
        const { files, message } = await build();
        const paths = await writeFiles(repo.root, files);
        if (!(await repo.git.tryCommit(paths, message, identity))) {
            return { changed: false, commitSha: await repo.git.head() };
        }
        const pushed = await repo.git.tryPush(repo.baseBranch);
        if (pushed.ok)
            return { changed: true, commitSha: await repo.git.head() };
        if (pushed.denied)
            throw credentialsRefused(repo.baseBranch, pushed.reason);
        lastReason = pushed.reason;
        // No fetch and no "try 4" after the last attempt: the error below says it all.
        if (attempt === MAX_PUSH_ATTEMPTS)
            break;
        logger.warning(`push to ${repo.baseBranch} refused (${pushed.reason}); rebasing the promotion, try ${attempt + 1}`);
        if (!(await repo.git.tryFetch(repo.baseBranch)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`branch ${repo.baseBranch} disappeared from the remote`);
        await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push to ${repo.baseBranch} was refused ${MAX_PUSH_ATTEMPTS} times (last: ${lastReason})`);
}
/**
 * Pull-request mode: the promotion branch is the base plus one commit. When the
 * remote branch already holds the same tree on the same base, nothing is pushed;
 * otherwise the branch is replaced with a lease on what was there.
 */
async function landOnBranch(repo, branch, identity, files, message) {
    const remoteSha = (await repo.git.tryFetch(branch, 2))
        ? await repo.git.tryRevParse(`refs/remotes/origin/${branch}`)
        : undefined;
    await repo.git.checkoutFresh(branch, repo.baseSha);
    const paths = await writeFiles(repo.root, files);
    if (!(await repo.git.tryCommit(paths, message, identity))) {
        return { changed: false, commitSha: repo.baseSha, remoteSha };
    }
    if (remoteSha) {
        const sameTree = (await repo.git.tree(remoteSha)) === (await repo.git.tree('HEAD'));
        const sameBase = (await repo.git.tryRevParse(`${remoteSha}^`)) === repo.baseSha;
        if (sameTree && sameBase)
            return { changed: false, commitSha: remoteSha, remoteSha };
    }
    await pushBranch(repo, branch, remoteSha);
    return { changed: true, commitSha: await repo.git.head(), remoteSha };
}
/** Replaces the branch's commit after the event learned its pull request number. */
async function amendBranch(repo, branch, identity, files, message, leaseSha) {
    const paths = await writeFiles(repo.root, files);
    await repo.git.tryCommit(paths, message, identity, { amend: true });
    await pushBranch(repo, branch, leaseSha);
    return repo.git.head();
}
async function pushBranch(repo, branch, lease) {
    const pushed = await repo.git.tryPush(branch, { forceWithLease: lease ?? '' });
    if (pushed.denied)
        throw credentialsRefused(branch, pushed.reason);
    if (!pushed.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push of ${branch} was refused (${pushed.reason}); another run may be promoting the same images: re-run to update the pull request`);
    }
}
/** A push the server refused for its credentials: no retry cures it, the token must change. */
function credentialsRefused(branch, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push to ${branch} was refused: the GitOps repository's server did not accept the credentials (${reason}); use a token that may push to it (contents: write)`);
}


/***/ }),

/***/ 14212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reuseEvents),
/* harmony export */   Z: () => (/* binding */ existingBranchEvents)
/* harmony export */ });
/* harmony import */ var _ledger_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52237);
/* harmony import */ var _ledger_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69664);


/**
 * Events already committed on the promotion branch (and not on the base), so a
 * re-run reuses them instead of minting new ids: the branch then stays as it is.
 */
async function existingBranchEvents(repo, branch, environment) {
    if (!(await repo.git.tryFetch(branch, 2)))
        return [];
    const ref = `refs/remotes/origin/${branch}`;
    const dir = `${_ledger_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LEDGER_DIR */ .EN}/${environment}/`;
    const listed = await repo.git.exec(['ls-tree', '--name-only', ref, dir], { allowFail: true });
    const onBase = await repo.git.exec(['ls-tree', '--name-only', repo.baseSha, dir], {
        allowFail: true
    });
    const baseFiles = new Set(onBase.stdout.split('\n'));
    const events = [];
    for (const file of listed.stdout
        .split('\n')
        .filter(f => f.endsWith('.json') && !baseFiles.has(f))) {
        const shown = await repo.git.exec(['show', `${ref}:${file}`], { allowFail: true });
        try {
            const parsed = JSON.parse(shown.stdout);
            if ((0,_ledger_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isEvent */ .x)(parsed))
                events.push(parsed);
        }
        catch {
            // A broken file on our own branch is replaced by the re-run.
        }
    }
    return events;
}
/** Replaces each planned event by an existing one that records the same move. */
function reuseEvents(planned, existing) {
    return planned.map(p => {
        const same = existing.find(e => e.kind === p.kind &&
            e.environment === p.environment &&
            e.image === p.image &&
            e.digest === p.digest &&
            e.targetTag === p.targetTag &&
            (e.previousDigest ?? null) === (p.previousDigest ?? null));
        return same ?? p;
    });
}


/***/ }),

/***/ 97490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromotion: () => (/* binding */ runPromotion)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/lookup.ts
var lookup = __webpack_require__(40422);
// EXTERNAL MODULE: ./src/signing/attestation.ts
var attestation = __webpack_require__(82553);
// EXTERNAL MODULE: ./src/signing/signature-gate.ts + 1 modules
var signature_gate = __webpack_require__(62959);
// EXTERNAL MODULE: ./src/signing/provenance-gate.ts + 2 modules
var provenance_gate = __webpack_require__(69847);
// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/ledger/read.ts
var read = __webpack_require__(89257);
// EXTERNAL MODULE: ./src/ledger/registry-ledger.ts
var registry_ledger = __webpack_require__(62818);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
// EXTERNAL MODULE: ./src/promote/claims.ts + 1 modules
var claims = __webpack_require__(19037);
// EXTERNAL MODULE: ./src/promote/land.ts
var land = __webpack_require__(38015);
// EXTERNAL MODULE: ./src/tags/floating.ts
var floating = __webpack_require__(24139);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(78159);
// EXTERNAL MODULE: ./src/promote/environment.ts + 2 modules
var environment = __webpack_require__(42140);
// EXTERNAL MODULE: ./src/promote/alias.ts
var alias = __webpack_require__(23820);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/manifests/kustomize-images.ts
var kustomize_images = __webpack_require__(63996);
// EXTERNAL MODULE: ./src/manifests/pins.ts
var pins = __webpack_require__(31124);
// EXTERNAL MODULE: ./src/manifests/setters.ts + 1 modules
var setters = __webpack_require__(11047);
// EXTERNAL MODULE: ./src/manifests/values-paths.ts
var values_paths = __webpack_require__(40311);
;// CONCATENATED MODULE: ./src/promote/edits.ts








/**
 * Computes the edits that pin every image to its digest (and readable tag) in
 * the target environment: kustomize `images:` entries get `newTag` and `digest`,
 * Flux markers get the parts they name. Nothing is written here.
 */
async function computeEdits(root, writes) {
    const contents = new Map();
    const load = async (file) => {
        let entry = contents.get(file);
        if (!entry) {
            const text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
            entry = { before: text, after: text };
            contents.set(file, entry);
        }
        return entry;
    };
    // A kustomization's entries are rewritten in one pass per file (one parse, not one per
    // image); other edits of that file first apply the entries queued before them, keeping order.
    const queued = new Map();
    const flush = (file, entry) => {
        const edits = queued.get(file);
        if (!edits)
            return;
        queued.delete(file);
        entry.after = (0,kustomize_images.setImages)(entry.after, edits, { file }).content;
    };
    for (const w of writes) {
        for (const pin of w.pins) {
            const entry = await load(pin.file);
            if (pin.via === 'kustomization' && pin.entryName) {
                const edits = queued.get(pin.file) ?? [];
                edits.push({ name: pin.entryName, newName: kustomize_images.KEEP, newTag: w.tag, digest: w.digest });
                queued.set(pin.file, edits);
                continue;
            }
            flush(pin.file, entry);
            if (pin.via === 'values' && pin.keys) {
                const values = [
                    { path: pin.keys.tag, value: w.tag },
                    { path: pin.keys.digest, value: w.digest }
                ];
                entry.after = writeValues(entry.after, pin.file, values, pin.keys.scope);
            }
            else if (pin.via === 'marker' && pin.policy) {
                entry.after = writeMarkers(entry.after, pin.file, pin.policy, {
                    name: pin.name ?? w.name,
                    tag: w.tag,
                    digest: w.digest
                }, w);
            }
        }
    }
    for (const [file, entry] of contents)
        flush(file, entry);
    return [...contents.entries()]
        .filter(([, v]) => v.before !== v.after)
        .map(([p, v]) => ({ path: p, ...v }));
}
/**
 * Writes one policy's marked fields: a pinned field gets its marker back first (the setter
 * only sees live markers), then the value, then, for a rollback, the pin of its event.
 */
function writeMarkers(text, file, policy, value, { pinEvent, keepPins }) {
    const live = keepPins ? text : (0,pins/* unpinMarkers */.KA)(text, (0,pins/* ofPolicy */.m3)(policy), { file }).content;
    const result = (0,setters/* setMarkers */.Yq)(live, new Map([[policy, value]]), { file });
    const skipped = result.skipped[0];
    if (skipped)
        throw new errors/* PromoteError */.jG(`${file}:${skipped.line}: marker ${skipped.marker}: ${skipped.reason}`);
    return pinEvent === undefined
        ? result.content
        : (0,pins/* pinMarkers */.vi)(result.content, (0,pins/* ofPolicy */.m3)(policy), pinEvent, { file }).content;
}
/** Writes a values pin; a key path the file lacks is an error that says how to fix it. */
function writeValues(text, file, values, scope) {
    try {
        return (0,values_paths.setValues)(text, values, { file, ...(scope ? { scope } : {}) }).content;
    }
    catch (err) {
        if (!(err instanceof values_paths.ValuesPathError))
            throw err;
        throw new errors/* PromoteError */.jG(`${err.message}; add the key to the values file, or name the right key path under values: in promotion.yaml`);
    }
}
/**
 * A unified diff of one edit, for plans and dry runs, in the form `git apply` takes: `a/` and
 * `b/` paths (`/dev/null` for a created file), 3 lines of context, one hunk per group of nearby
 * changes, and `\\ No newline at end of file` where a side lacks one.
 */
function unifiedDiff(edit) {
    return (0,create/* createTwoFilesPatch */.ss)(edit.created ? '/dev/null' : `a/${edit.path}`, `b/${edit.path}`, edit.created ? '' : edit.before, edit.after, undefined, undefined, { context: 3, headerOptions: create/* FILE_HEADERS_ONLY */.jr });
}

// EXTERNAL MODULE: ./src/promote/reuse.ts
var reuse = __webpack_require__(14212);
;// CONCATENATED MODULE: ./src/promote/unpin.ts

/**
 * An unpin keeps what the environment runs: each image's target is the digest and tag its files
 * pin now (the tag the ledger recorded for that digest when no field names one). Writing them
 * again through the promotion path restores the markers a rollback pinned, in the commit of an
 * `unpinned` event.
 */
function unpinTargets(dir, states, ledger) {
    const targets = new Map();
    for (const state of states) {
        const repo = state.image.repository;
        if (!state.digest) {
            throw new errors/* PromoteError */.jG(`${dir} pins no digest for ${repo}, so there is nothing to hand back to image automation; promote a digest into it instead`);
        }
        const tag = state.tag ??
            [...ledger.events].reverse().find(e => e.image === repo && e.digest === state.digest)
                ?.targetTag ??
            undefined;
        targets.set(repo, { digest: state.digest, ...(tag ? { tag } : {}) });
    }
    return targets;
}
/** The note of an unpin that found no pinned marker. */
function unpinNothing(env, images) {
    return `${env} has no marker pinned by a rollback for ${images.map(i => i.repository).join(', ')}; nothing to unpin`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/promote/unrecorded.ts
/**
 * The command that records what `environment` runs today. Environments set up before
 * digest-promote run a digest the ledger never saw; `adopt` records it after checking it.
 */
function adoptCommandLine(environment, image) {
    return `digest-promote adopt --environment ${environment} --image ${image.repository}`;
}
/** Whether the ledger records `digest` of `image` arriving in `environment` (any move but capture). */
function hasMoveOf(ledger, environment, image, digest) {
    return ledger.events.some(e => e.environment === environment &&
        e.image === image.repository &&
        e.digest === digest &&
        e.kind !== 'capture');
}
/**
 * The environments `to` requires that have no recorded move of `digest`, but whose files pin it:
 * they run it already, and only the record is missing. `stateOf` reads what an environment's files
 * pin for `image`; an environment whose files cannot be read is left out (the ordering gate still
 * fails for it, without the hint).
 */
async function unrecordedRequirements(to, environments, image, digest, ledger, stateOf) {
    const out = [];
    for (const name of to.requires ?? []) {
        if (hasMoveOf(ledger, name, image, digest))
            continue;
        const env = environments.find(e => e.name === name);
        if (!env)
            continue;
        try {
            if ((await stateOf(env))?.digest === digest)
                out.push(name);
        }
        catch {
            // Only a hint: the gate's own message stands.
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/promote/gates.ts



/**
 * Registry allow-list: an image from a registry outside `allowed` is refused
 * (seed 002's admission rule, applied before anything is written).
 */
function registryGate(image, allowed) {
    if (allowed.length === 0)
        return { name: 'registry', result: 'skipped', detail: 'no allow-list configured' };
    if (allowed.includes(image.domain))
        return { name: 'registry', result: 'passed', detail: `${image.domain} is allowed` };
    throw new errors/* GateError */.ue('registry', `${image.repository} is in ${image.domain}, which is not in the allow-list (${allowed.join(', ')})`, 'promote from an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml');
}
/**
 * No pre-release into a protected environment unless allowed (seed 000: no
 * release candidates in production by accident). The version comes from the tag.
 */
function prereleaseGate(version, env, allow) {
    if (!version || !semver_default().valid(version))
        return { name: 'prerelease', result: 'skipped', detail: 'the tag carries no version' };
    const pre = semver_default().prerelease(version);
    if (!pre)
        return { name: 'prerelease', result: 'passed', detail: `${version} is a release` };
    if (!env.protected || allow || env.allowPrerelease) {
        return {
            name: 'prerelease',
            result: 'passed',
            detail: `${version} is a pre-release, allowed in ${env.name}`
        };
    }
    throw new errors/* GateError */.ue('prerelease', `${version} is a pre-release and ${env.name} is protected`, 'promote a release version, or set allow-prerelease: true (allowPrerelease in promotion.yaml) on purpose');
}
/**
 * Ordering: every environment `env.requires` must have received this digest, as
 * the ledger records it. A digest that skipped staging never reaches production.
 * `unrecorded` names required environments whose files pin the digest with no record
 * (set up before digest-promote): the fix then is to adopt them, not to promote again.
 */
function orderingGate(env, image, digest, ledger, unrecorded = []) {
    const required = env.requires ?? [];
    if (required.length === 0)
        return {
            name: 'ordering',
            result: 'skipped',
            detail: `${env.name} requires no earlier environment`
        };
    const missing = required.filter(r => !ledger.events.some(e => e.environment === r &&
        e.digest === digest &&
        e.image === image.repository &&
        e.kind !== 'capture'));
    const adopt = missing.filter(m => unrecorded.includes(m));
    if (adopt.length > 0) {
        throw new errors/* GateError */.ue('ordering', `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`, `${adopt.join(', ')} already ${adopt.length > 1 ? 'run' : 'runs'} it, set up before the ledger: record that with ${adopt.map(a => adoptCommandLine(a, image)).join(' and ')}, then promote again`);
    }
    if (missing.length > 0) {
        throw new errors/* GateError */.ue('ordering', `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`, `promote ${image.repository}@${digest} to ${missing.join(', ')} first`);
    }
    return { name: 'ordering', result: 'passed', detail: `promoted to ${required.join(', ')} before` };
}
/** The tested-artifact check: the source tag must resolve to the digest the `from` environment runs. */
function sourceGate(image, fromName, pinned, sourceTag, resolved) {
    if (sourceTag === undefined) {
        return { name: 'source', result: 'passed', detail: `${fromName} pins ${pinned}` };
    }
    if (resolved === undefined) {
        throw new errors/* GateError */.ue('source', `${image.repository}:${sourceTag}, which ${fromName} names, does not exist in the registry`, 'push the tag (capture) or fix the environment files');
    }
    if (resolved !== pinned) {
        throw new errors/* GateError */.ue('source', `${fromName} pins ${pinned}, but ${image.repository}:${sourceTag} resolves to ${resolved}`, `promote what ${fromName} runs: fix the tag in the registry or the digest in ${fromName}'s files`);
    }
    return {
        name: 'source',
        result: 'passed',
        detail: `${sourceTag} resolves to ${pinned}, the digest ${fromName} runs`
    };
}

;// CONCATENATED MODULE: ./src/promote/plan.ts













/** Reads both environments, runs every gate, and computes tags, file edits and ledger events. */
async function planPromotion(root, req, client, ledger) {
    const toStates = req.to.alias
        ? await (0,alias/* aliasStates */.rd)(root, req.to, req.images, client)
        : await (0,environment.readEnvironment)(root, (0,promotion_config/* directoryOf */.jt)(req.to), req.images, req.to.values);
    const fromStates = req.from
        ? await (0,environment.readEnvironment)(root, (0,promotion_config/* directoryOf */.jt)(req.from, 'promote from it'), req.images, req.from.values)
        : undefined;
    for (const [i, image] of req.images.entries()) {
        if (!req.to.alias && toStates[i].pins.length === 0) {
            throw new errors/* PromoteError */.jG(`${req.to.path} has no kustomization images entry, $imagepolicy marker or values target for ${image.repository}; add one so the promotion has somewhere to write`);
        }
    }
    if (req.kind === 'unpinned')
        req = { ...req, targets: unpinTargets((0,promotion_config/* directoryOf */.jt)(req.to, 'unpin'), toStates, ledger) };
    // A required environment's files are read once for every image, and only when asked.
    const required = new Map();
    const requiredState = (env, i) => {
        let states = required.get(env.name);
        if (!states) {
            states = (0,environment.readEnvironment)(root, (0,promotion_config/* directoryOf */.jt)(env), req.images, env.values);
            required.set(env.name, states);
        }
        return states.then(s => s[i]);
    };
    // Each image's gates run on their own; the results keep the order of the images.
    const settled = (0,concurrency/* settledOrThrow */.Z)(await (0,concurrency/* mapSettled */.A)(req.images, req.concurrency ?? 1, async (image, i) => {
        const gates = [];
        const plan = await planImage(image, req, client, fromStates?.[i], toStates[i], gates, ledger, env => requiredState(env, i));
        return { plan, gates };
    }));
    const images = settled.map(p => p.plan);
    const gates = settled.flatMap(p => p.gates);
    // Event ids come before the edits: a rollback pins its markers to its own event.
    const existing = (await req.existingEvents) ?? [];
    const planned = images.map(p => p.unchanged ? undefined : (0,reuse/* reuseEvents */.E)([buildEvent(req, p, gates)], existing)[0]);
    const edits = await computeEdits(root, images.map((p, i) => ({
        name: p.image.name,
        tag: p.targetTag,
        digest: p.digest,
        pins: toStates[i].pins,
        ...markerMode(req.kind, planned[i])
    })));
    if (req.to.alias) {
        for (const e of planned)
            if (e)
                edits.push(await (0,alias/* desiredStateEdit */.Kh)(root, req.to, e));
    }
    const events = edits.length === 0 ? [] : planned.filter(e => e !== undefined);
    if (req.kind === 'unpinned' && events.length === 0) {
        return { images, gates, edits, events, notes: [unpinNothing(req.to.name, req.images)] };
    }
    const unrecorded = req.kind === 'promotion' && events.length === 0
        ? images.filter(p => p.unchanged && !hasMoveOf(ledger, req.to.name, p.image, p.digest))
        : [];
    return {
        images,
        gates,
        edits,
        events,
        notes: unrecorded.map(p => `the ledger has no event for what ${req.to.name} runs (${p.image.repository}@${p.digest}); record it with: ${adoptCommandLine(req.to.name, p.image)}`)
    };
}
async function planImage(image, req, client, from, to, gates, ledger, requiredState) {
    gates.push(registryGate(image, req.allowedRegistries));
    let digest;
    let sourceTag;
    const target = req.targets?.get(image.repository);
    if (target) {
        digest = target.digest;
        sourceTag = target.tag;
        const found = await client.head(image.withoutTag().withDigest(digest));
        if (!found) {
            throw new errors/* GateError */.ue('source', `${image.repository}@${digest} no longer exists in the registry`, 'choose another rollback target');
        }
        await client.get(image.withoutTag().withDigest(digest));
        const tagged = sourceTag ? await client.head(image.withoutTag().withTag(sourceTag)) : undefined;
        if (tagged && tagged.digest !== digest) {
            throw new errors/* GateError */.ue('source', `${image.repository}:${sourceTag} now points at ${tagged.digest}, not the recorded ${digest}`, "the tag was moved behind the ledger's back: investigate, then roll back by digest with a new target-tag");
        }
        gates.push({
            name: 'source',
            result: 'passed',
            detail: `${digest} exists and its bytes hash to it`
        });
    }
    else {
        if (!from || !req.from)
            throw new errors/* PromoteError */.jG('no from-environment to promote from');
        sourceTag = image.tag ?? from.tag;
        (0,floating/* refuseFloating */.n)(sourceTag, 'source');
        // A GET, not a HEAD: tagging copies these bytes, so the run reads them once.
        const resolved = sourceTag
            ? (await client.find(image.withoutTag().withTag(sourceTag)))?.digest
            : undefined;
        const pinned = from.digest ?? resolved;
        if (!pinned) {
            throw new errors/* GateError */.ue('source', `${req.from.path} pins no digest or tag for ${image.repository}`, `promote ${image.repository} into ${req.from.name} first`);
        }
        gates.push(sourceGate(image, req.from.name, pinned, from.digest ? sourceTag : undefined, resolved));
        digest = pinned;
    }
    const targetTag = targetTagFor(req, sourceTag, image);
    (0,floating/* refuseFloating */.n)(targetTag, 'target');
    const template = (0,tags_template/* parseTemplate */.QC)(req.to.tag ?? req.tagTemplate ?? tags_template/* DEFAULT_TAG_TEMPLATE */.y6, 'tag-template');
    gates.push(prereleaseGate((0,tags_template/* parseTag */.ED)(template, targetTag)?.version, req.to, req.allowPrerelease));
    if (req.kind === 'promotion') {
        const unrecorded = await unrecordedRequirements(req.to, req.environments ?? [], image, digest, ledger, requiredState);
        gates.push(orderingGate(req.to, image, digest, ledger, unrecorded));
    }
    if (req.kind === 'promotion' && req.attestationGate) {
        gates.push(await req.attestationGate(image.withoutTag().withDigest(digest), req.to));
    }
    const provenance = await req.provenanceGate?.(image.withoutTag().withDigest(digest), req.to);
    if (provenance)
        gates.push(provenance.gate);
    gates.push(await req.signatureGate(image.withoutTag().withDigest(digest), req.to));
    // A promotion of the digest a rollback pinned still moves: it hands the field back to Flux.
    const unchanged = to.digest === digest &&
        to.pins.every(p => p.digest === digest && p.tag === targetTag) &&
        (req.kind === 'rollback' || to.pins.every(p => p.pinnedBy === undefined));
    const revision = req.to.alias
        ? await (0,alias/* artifactRevision */.a5)(client, image.withoutTag().withDigest(digest))
        : undefined;
    return {
        image,
        digest,
        sourceTag,
        targetTag,
        previousDigest: to.digest,
        unchanged,
        ...(provenance?.provenance ? { provenance: provenance.provenance } : {}),
        ...(revision ? { artifactRevision: revision } : {})
    };
}
/**
 * What happens to an image's setter markers: a rollback pins them to its event (an image it
 * leaves as it is keeps its pins); a promotion restores them.
 */
function markerMode(kind, event) {
    if (kind !== 'rollback')
        return {};
    return event ? { pinEvent: event.id } : { keepPins: true };
}
function targetTagFor(req, sourceTag, image) {
    if (req.targetTag)
        return req.targetTag;
    const rollbackTag = req.targets?.get(image.repository)?.tag;
    if (rollbackTag)
        return rollbackTag;
    if (!sourceTag) {
        throw new errors/* PromoteError */.jG(`no source tag for ${image.repository} to derive the target tag from; set target-tag`);
    }
    return (0,tags_template/* deriveTargetTag */.bj)(sourceTag, req.to.name, {
        template: req.to.tag ?? req.tagTemplate,
        sourceTemplate: req.from?.tag ?? req.tagTemplate,
        now: req.now
    });
}
function buildEvent(req, p, gates) {
    return {
        schemaVersion: 1,
        id: (0,ledger_event/* eventIdOfKind */.T9)(req.kind, req.now, req.to.name, p.image.repository, p.digest),
        kind: req.kind,
        environment: req.to.name,
        alias: {
            tag: p.targetTag,
            floating: req.to.alias ? { ...req.to.alias, previousDigest: p.previousDigest ?? null } : null
        },
        image: p.image.repository,
        digest: p.digest,
        previousDigest: p.previousDigest ?? null,
        fromEnvironment: req.from?.name ?? null,
        sourceTag: p.sourceTag ?? null,
        targetTag: p.targetTag,
        sourceRevision: req.sourceRevision ?? p.artifactRevision ?? req.env.GITHUB_SHA ?? null,
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)(req.env),
        actor: req.env.GITHUB_ACTOR ?? null,
        timestamp: req.now.toISOString(),
        releaseLabel: req.releaseLabel ?? null,
        gates: gates.filter(g => g.name !== 'registry' || g.result !== 'skipped'),
        pullRequest: req.pullRequest ?? null,
        revertOf: req.targets?.get(p.image.repository)?.revertOf ?? null
    };
}
/** The files a plan writes: edited manifests plus one ledger file per event. */
function planFiles(plan) {
    return [
        ...plan.edits.map(e => ({ path: e.path, content: e.after })),
        ...plan.events.map(e => ({ path: (0,ledger_event/* eventPath */.Qv)(e), content: (0,ledger_event/* serializeEvent */.rG)(e) }))
    ];
}

// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(17183);
;// CONCATENATED MODULE: ./src/promote/render.ts



const PLACEHOLDERS = ['env', 'from', 'image', 'tag', 'digest', 'short_digest', 'count'];
/** Fills `{env}`, `{from}`, `{image}`, `{tag}`, `{digest}`, `{short_digest}`, `{count}`; unknown ones are refused. */
function renderTemplate(template, input, ctx) {
    const first = ctx.plan.images[0];
    const values = {
        env: ctx.to,
        from: ctx.from ?? '',
        image: ctx.plan.images.length === 1 && first ? first.image.name : `${ctx.plan.images.length} images`,
        tag: first?.targetTag ?? '',
        digest: first?.digest ?? '',
        short_digest: shortDigest(first?.digest ?? ''),
        count: String(ctx.plan.images.length)
    };
    return template.replace(/\{([^{}]*)\}/g, (_m, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new errors/* PromoteError */.jG(`input '${input}': unknown placeholder {${name}}; use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}`, 2);
        }
        return values[name];
    });
}
/** `sha256:0123456789ab`, enough to tell digests apart in a title. */
function shortDigest(digest) {
    const [alg, hex] = digest.split(':');
    return hex ? `${alg}:${hex.slice(0, 12)}` : digest;
}
/** Default subject: `promote(production): ghcr.io/acme/app production-v1.2.3-… (sha256:…)`. */
const DEFAULT_COMMIT_TEMPLATE = '{kind}({env}): {image} {tag} ({short_digest})';
/** The commit message: a subject, one line per image, and trailers for machines. */
function commitMessage(ctx, template) {
    const subject = renderTemplate((template ?? DEFAULT_COMMIT_TEMPLATE).replace('{kind}', { promotion: 'promote', rollback: 'rollback', unpinned: 'unpin' }[ctx.kind]), 'commit-message', ctx);
    const lines = ctx.plan.images.map(p => `- ${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`);
    const run = (0,ledger_event/* pipelineFromEnv */.iv)(ctx.env).url;
    const trailers = [
        ...ctx.plan.images.map(p => `Promoted-Digest: ${p.image.repository}@${p.digest}`),
        ...(ctx.from ? [`Promoted-From: ${ctx.from}`] : []),
        ...ctx.plan.events.map(e => `Promotion-Event: ${e.id}`),
        ...(run ? [`Promotion-Run: ${run}`] : [])
    ];
    return `${subject}\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`;
}
/** How titles and bodies name each kind of change. */
const VERB = { promotion: 'Promote', rollback: 'Roll back', unpinned: 'Unpin' };
/** The default pull request title. */
const DEFAULT_TITLE_TEMPLATE = '{kind} {image} to {env} ({short_digest})';
const UNPIN_TITLE_TEMPLATE = '{kind} {image} in {env} ({short_digest})';
/** The pull request title. */
function pullRequestTitle(ctx, template) {
    return renderTemplate((template ?? (ctx.kind === 'unpinned' ? UNPIN_TITLE_TEMPLATE : DEFAULT_TITLE_TEMPLATE)).replace('{kind}', VERB[ctx.kind]), 'pull-request-title', ctx);
}
/** The pull request body: what moves, the gates, the review checklist, and how to undo it. */
function pullRequestBody(ctx) {
    const { plan } = ctx;
    const rows = plan.images.map(p => `| ${(0,markdown/* cell */.H)(p.image.repository)} | ${ctx.from ? `${(0,markdown/* cell */.H)(ctx.from)} \`${p.sourceTag ?? '-'}\`` : '-'} | ${(0,markdown/* cell */.H)(ctx.to)} \`${p.targetTag}\` | \`${p.digest}\` | ${p.previousDigest ? `\`${p.previousDigest}\`` : 'none'} |`);
    const gates = plan.gates.map(g => `| ${(0,markdown/* cell */.H)(g.name)} | ${g.result} | ${(0,markdown/* cell */.H)(g.detail ?? '')} |`);
    const pipeline = (0,ledger_event/* pipelineFromEnv */.iv)(ctx.env);
    const actor = ctx.env.GITHUB_ACTOR ? ` by ${(0,markdown/* cell */.H)(`@${ctx.env.GITHUB_ACTOR}`)}` : '';
    const from = ctx.from ? (0,markdown/* cell */.H)(ctx.from) : 'the ledger';
    return [
        `## ${VERB[ctx.kind]} ${ctx.kind === 'unpinned' ? 'in' : 'to'} ${(0,markdown/* cell */.H)(ctx.to)}`,
        '',
        'No rebuild: the target tag names the same manifest bytes as the source digest.',
        '',
        '| image | from | to | digest | previous digest |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...provenanceTable(plan),
        '### Gates',
        '',
        '| gate | result | detail |',
        '| --- | --- | --- |',
        ...gates,
        '',
        ...sourceSection(ctx.sources ?? []),
        '### Review checklist',
        '',
        `- [ ] The digest${plan.images.length > 1 ? 's' : ''} above ${plan.images.length > 1 ? 'are' : 'is'} what ${from} runs and was tested there.`,
        ...(ctx.sources?.length
            ? ['- [ ] The source changes linked above are what should reach this environment.']
            : []),
        `- [ ] After merge, ${(0,markdown/* cell */.H)(ctx.to)} has synced this commit and runs ${plan.images.map(p => `\`${shortDigest(p.digest)}\``).join(', ')}: Argo CD shows the Application Synced and Healthy (\`argocd app get <app>\`), or Flux shows the Kustomization or HelmRelease Ready at this revision (\`flux get kustomizations\`, \`flux get helmreleases\`).`,
        '- [ ] Rollback is ready:',
        ...rollbackLines(ctx),
        ...(ctx.note ? ['', '### Note', '', (0,markdown/* cell */.H)(ctx.note)] : []),
        '',
        `Opened by digest-promote${pipeline.url ? ` in [run ${(0,markdown/* cell */.H)(pipeline.runId ?? '')}](${pipeline.url})` : ''}${actor}.`,
        ''
    ].join('\n');
}
/** The "Source changes" section: one compare (or commit) link per image; empty without links. */
function sourceSection(sources) {
    if (sources.length === 0)
        return [];
    return [
        '### Source changes',
        '',
        ...sources.map(s => `- ${(0,markdown/* cell */.H)(s.image)}: [\`${s.label}\`](${s.url})`),
        ''
    ];
}
/**
 * How to undo the change: the rollback workflow (README "Rollback (workflow_dispatch)") of the
 * repository this run belongs to, `gh workflow run` for it, and the CLI command.
 */
function rollbackLines(ctx) {
    const server = (ctx.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repo = ctx.env.GITHUB_REPOSITORY;
    const workflow = repo
        ? `[rollback workflow](${server}/${repo}/actions/workflows/rollback.yml)`
        : 'rollback workflow (`.github/workflows/rollback.yml`)';
    return ctx.plan.images.flatMap(p => p.previousDigest
        ? [
            `  - ${(0,markdown/* cell */.H)(p.image.repository)}: run the ${workflow} with environment \`${ctx.to}\` and target \`${p.previousDigest}\`:`,
            `    \`gh workflow run rollback.yml${repo ? ` --repo ${repo}` : ''} -f environment=${ctx.to} -f target=${p.previousDigest}\``,
            `    or from a terminal: \`npx digest-promote rollback --environment ${ctx.to} --image ${p.image.repository} --target ${p.previousDigest}\``
        ]
        : [
            `  - ${(0,markdown/* cell */.H)(p.image.repository)} had no earlier digest in ${(0,markdown/* cell */.H)(ctx.to)}: roll back by closing or reverting this change.`
        ]);
}
/**
 * The builds the verified provenance states (builder, source repository, ref, commit,
 * workflow), as a Markdown section; empty when no provenance was checked.
 */
function provenanceTable(plan) {
    const built = plan.images.filter(p => p.provenance);
    if (built.length === 0)
        return [];
    const rows = built.map(({ image, provenance: b }) => b
        ? `| ${(0,markdown/* cell */.H)(image.repository)} | ${(0,markdown/* cell */.H)(b.builder)} | ${(0,markdown/* cell */.H)(b.repository)} | ${(0,markdown/* cell */.H)(b.ref)} | ${b.commit ? `\`${(0,markdown/* cell */.H)(b.commit)}\`` : '-'} | ${(0,markdown/* cell */.H)(b.workflow)} |`
        : '');
    return [
        '### Provenance',
        '',
        '| image | builder | source repository | ref | commit | workflow |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        ''
    ];
}
/** The builds the verified provenance states, one line per image, for plain text. */
function provenanceLines(plan) {
    return plan.images.flatMap(({ image, provenance: b }) => b
        ? [
            `  ${image.repository}: builder ${b.builder}, repository ${b.repository}, ref ${b.ref}, commit ${b.commit ?? '(not stated)'}, workflow ${b.workflow}`
        ]
        : []);
}
/** A job-summary table of events, for the action's summary. */
function eventsSummary(events) {
    if (events.length === 0)
        return '';
    const rows = events.map(e => `| ${(0,markdown/* cell */.H)(e.environment)} | ${(0,markdown/* cell */.H)(e.image)} | \`${e.targetTag ?? '-'}\` | \`${e.digest}\` | ${e.previousDigest ? `\`${e.previousDigest}\`` : 'none'} | ${(0,markdown/* cell */.H)(e.id)} |`);
    return [
        '| environment | image | tag | digest | previous | event |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/promote/source-links.ts
/**
 * Links a reviewer follows from a promotion pull request to the source changes it ships: the
 * build repository's compare view from the commit the replaced digest was built from to the
 * commit of the new one, or the new commit alone when the old one is unknown.
 *
 * @module
 */
const REVISION = /^[0-9a-f]{7,64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The build of `digest`, as the ledger's first record of it states (ledger files are untrusted). */
function buildOf(events, image, digest) {
    const first = events
        .filter(e => e.image === image && e.digest === digest && e.sourceRevision)
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp))[0];
    const revision = first?.sourceRevision ?? '';
    if (!REVISION.test(revision))
        return undefined;
    const repository = first?.pipeline.repository ?? undefined;
    return { revision, ...(repository && REPOSITORY.test(repository) ? { repository } : {}) };
}
/** The link for one image, when its new build's commit is known. */
function linkOf(p, events, env) {
    const image = p.image.repository;
    // Verified provenance states the build best; the ledger's first record of the digest next.
    const stated = p.provenance?.commit;
    const now = stated && REVISION.test(stated)
        ? { revision: stated, repository: p.provenance?.repository }
        : buildOf(events, image, p.digest);
    if (!now)
        return undefined;
    const repository = now.repository ?? env.GITHUB_REPOSITORY;
    if (!repository || !REPOSITORY.test(repository))
        return undefined;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const before = p.previousDigest ? buildOf(events, image, p.previousDigest) : undefined;
    const short = (r) => r.slice(0, 7);
    if (before &&
        before.revision !== now.revision &&
        (before.repository ?? repository) === repository) {
        return {
            image,
            label: `${short(before.revision)}...${short(now.revision)}`,
            url: `${server}/${repository}/compare/${before.revision}...${now.revision}`
        };
    }
    return {
        image,
        label: short(now.revision),
        url: `${server}/${repository}/commit/${now.revision}`
    };
}
/** The source link of every image of `plan` whose build commit is known. */
function sourceLinks(plan, ledger, env) {
    const events = [...ledger.events, ...plan.events];
    return plan.images.flatMap(p => linkOf(p, events, env) ?? []);
}

// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
// EXTERNAL MODULE: ./src/promote/options.ts
var options = __webpack_require__(7062);
// EXTERNAL MODULE: ./src/promote/revert.ts
var revert = __webpack_require__(33372);
// EXTERNAL MODULE: ./src/promote/deployment.ts
var deployment = __webpack_require__(94741);
;// CONCATENATED MODULE: ./src/promote/progress.ts

/**
 * What a promotion has written so far. A failure after the first write is reported
 * with it (the tag is in the registry, the branch is pushed) and with what a re-run
 * does next, so the user knows the run can be resumed and what resuming does.
 */
class Progress {
    done = [];
    next = 'finish the promotion';
    /** Records a step that wrote something; `next` is what a re-run does after it. */
    did(step, next) {
        this.done.push(step);
        this.next = next;
    }
    /** The error to throw for `err`: itself before the first write, else naming what is done. */
    failed(err) {
        if (this.done.length === 0 || err instanceof errors/* PartialRunError */.ru)
            return err;
        return new errors/* PartialRunError */.ru((0,errors/* errorMessage */.gJ)(err), [...this.done], this.next);
    }
}

// EXTERNAL MODULE: ./src/promote/apply-run.ts + 1 modules
var apply_run = __webpack_require__(25076);
;// CONCATENATED MODULE: ./src/promote/result.ts


function baseOutputs(plan) {
    const first = plan.images[0];
    return {
        digest: first?.digest ?? '',
        'image-ref': first ? `${first.image.repository}@${first.digest}` : '',
        'source-tag': first?.sourceTag ?? '',
        'target-tag': first?.targetTag ?? '',
        'previous-digest': first?.previousDigest ?? '',
        'event-id': plan.events.map(e => e.id).join('\n')
    };
}
/** What `plan` and `dry-run` print: tags, diffs, texts and gates; nothing was written. */
function planResult(env, mode, branch, plan, render, gitops) {
    const tags = plan.images.map(p => `  ${p.image.repository}:${p.targetTag} -> ${p.digest}${p.unchanged ? ' (already in place)' : ''}`);
    const diffs = plan.edits.map(unifiedDiff);
    const title = pullRequestTitle(render, gitops.titleTemplate);
    const body = pullRequestBody(render);
    const provenance = provenanceLines(plan);
    const gates = plan.gates.map(g => `  ${g.name}: ${g.result}${g.detail ? ` (${g.detail})` : ''}`);
    const text = [
        `Plan for ${env} (write mode: ${mode}${mode === 'pull-request' ? `, branch ${branch}` : ''}); nothing was written.`,
        '',
        'Gates:',
        ...gates,
        '',
        ...(provenance.length > 0 ? ['Provenance:', ...provenance, ''] : []),
        'Tags:',
        ...tags,
        '',
        plan.edits.length > 0
            ? 'File changes:'
            : 'File changes: none (the environment already pins these digests)',
        ...diffs.map(d => d.replace(/\n$/, '')),
        ...(plan.notes ?? []).map(n => `note: ${n}`),
        ...(plan.events.length > 0
            ? [
                '',
                'Ledger events:',
                ...plan.events.map(e => `  .promotions/${e.environment}/${e.id}.json`)
            ]
            : []),
        '',
        'Commit message:',
        commitMessage(render, gitops.commitTemplate),
        ...(mode === 'pull-request'
            ? ['Pull request title:', title, '', 'Pull request body:', body]
            : [])
    ].join('\n');
    return {
        status: 'unchanged',
        outputs: { ...baseOutputs(plan), changed: 'false' },
        text,
        json: {
            environment: env,
            writeMode: mode,
            branch: mode === 'pull-request' ? branch : null,
            gates: plan.gates,
            tags: plan.images.map(p => ({
                image: p.image.repository,
                tag: p.targetTag,
                digest: p.digest,
                previousDigest: p.previousDigest ?? null
            })),
            diffs,
            events: plan.events,
            pullRequest: mode === 'pull-request' ? { title, body } : null
        },
        summary: `### Plan for ${env}\n\n${eventsSummary(plan.events)}\n<details><summary>Diff</summary>\n\n\`\`\`diff\n${diffs.join('\n')}\n\`\`\`\n</details>\n`
    };
}
/** What a completed promotion reports. */
function promotionResult(env, mode, plan, landed) {
    const pr = landed.pullRequest;
    const lines = plan.images.map(p => `${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`);
    const where = pr
        ? `pull request #${pr.number} ${pr.url}`
        : mode === 'commit'
            ? `commit ${landed.commitSha}`
            : 'no pull request';
    const notes = landed.changed ? [] : (plan.notes ?? []);
    const text = [
        `${landed.changed ? 'Promoted' : 'Already promoted'} to ${env} (${where})`,
        ...lines,
        ...notes.map(n => `note: ${n}`)
    ].join('\n');
    return {
        status: landed.changed ? 'changed' : 'unchanged',
        outputs: {
            ...baseOutputs(plan),
            changed: String(landed.changed),
            'commit-sha': landed.commitSha,
            'pull-request-number': pr ? String(pr.number) : '',
            'pull-request-url': pr?.url ?? ''
        },
        text,
        json: {
            environment: env,
            writeMode: mode,
            changed: landed.changed,
            commitSha: landed.commitSha,
            pullRequest: pr ?? null,
            images: plan.images.map(p => ({
                image: p.image.repository,
                digest: p.digest,
                tag: p.targetTag,
                previousDigest: p.previousDigest ?? null
            })),
            events: plan.events
        },
        summary: `### ${landed.changed ? 'Promoted' : 'Already promoted'} to ${env}\n\n${eventsSummary(plan.events)}\n${pr ? `Pull request: [#${pr.number}](${pr.url})\n` : ''}`
    };
}

;// CONCATENATED MODULE: ./src/promote/run.ts




























/**
 * The write path every promotion and rollback takes, as named phases: open the
 * GitOps repository, plan (read both environments and run every gate), then
 * tag in the registry, write to Git, and open or update the pull request. A
 * failure before the registry phase writes nothing; each later phase is
 * idempotent, so a re-run finishes what a failed run left.
 */
async function runPromotion(job, ctx, planOnly) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => (0,repository/* openRepository */.h)({
        repository: job.gitops.gitopsRepository,
        path: job.gitops.gitopsPath,
        token: job.gitops.gitopsToken,
        branch: job.gitops.gitopsBranch,
        serverUrl: job.gitops.serverUrl
    }, ctx));
    try {
        let session = await openSession(job, ctx, repo);
        if (!job.gitops.gitopsBranch && session.to.branch && session.to.branch !== repo.baseBranch) {
            await useBranch(repo, session.to.branch);
            session = await openSession(job, ctx, repo);
        }
        const client = (0,client_options.createRegistryClient)(job.gitops.registry, ctx);
        const mode = job.gitops.writeMode ?? (0,promotion_config/* writeModeOf */.Ov)(session.to);
        const plan = await ctx.logger.group('Run the gates', () => makePlan(session, client));
        const render = {
            kind: job.kind,
            from: session.from?.name,
            to: session.to.name,
            plan,
            env: ctx.env,
            note: job.gitops.note,
            sources: sourceLinks(plan, await (0,read/* readLedger */.S)(repo.root), ctx.env)
        };
        if (planOnly || job.gitops.dryRun) {
            await (0,claims/* checkClaims */.Kz)(repo.git, (0,claims/* claimRequests */.pA)(plan, session.to.name, ctx.env));
            return planResult(session.to.name, mode, session.branch, plan, render, {
                ...job.gitops,
                commitTemplate: job.gitops.commitTemplate ?? session.config?.commit?.messageTemplate
            });
        }
        const progress = new Progress();
        try {
            await ctx.logger.group('Tag the digest in the registry', () => tagImages(session, client, plan, progress));
            const landed = await ctx.logger.group('Write to Git', () => run_land(session, mode, plan, render, client, progress));
            const change = {
                kind: job.kind,
                environment: session.to.name,
                mode,
                changed: landed.changed,
                commitSha: landed.commitSha,
                events: landed.plan.events,
                pullRequest: landed.pullRequest
            };
            const { deploymentId } = await (0,deployment/* recordDeployment */.d)(job.deployment, change, ctx, async () => {
                await finish(session, client, landed.plan);
                if (mode === 'commit')
                    await moveAlias(session, repo, client);
            });
            const result = promotionResult(session.to.name, mode, landed.plan, landed);
            if (job.deployment)
                result.outputs['deployment-id'] = deploymentId ? String(deploymentId) : '';
            return result;
        }
        catch (err) {
            throw progress.failed(err);
        }
    }
    finally {
        await repo.close();
    }
}
/** The phases after Git: the registry record of the events, and their attestations. */
/** Git decides, the registry follows: a commit is what `apply` moves an alias environment to. */
async function moveAlias(session, repo, client) {
    if (!session.to.alias)
        return;
    const applied = await session.ctx.logger.group('Move the alias to what Git says', () => (0,apply_run/* applyAll */.y)(repo, [session.to], client, session.ctx));
    const refused = applied.find(a => a.outcome === 'drift' || a.outcome === 'lost');
    if (refused)
        throw new errors/* PromoteError */.jG(refused.message);
}
async function finish(session, client, plan) {
    const { job, ctx, repo } = session;
    // A commit rebased onto a newer base carries the plan made there (its events, its ids).
    await ctx.logger.group('Record the events next to the digest', async () => {
        await session.stagedRecords;
        await (0,registry_ledger/* attachEvents */.PL)(client, session.images, plan.events, ctx.logger, job.gitops.concurrency);
        // A run that changed nothing finishes what an earlier run's failed attach left undone.
        if (plan.events.length === 0) {
            const ledger = await (0,read/* readLedger */.S)(repo.root, session.to.name);
            await (0,registry_ledger/* repairMissingRecords */.ow)(client, session.images, ledger, session.to.name, ctx.logger, job.gitops.concurrency);
        }
    });
    if (job.gitops.signing.sign) {
        await ctx.logger.group('Attest the promotions', () => attest(session, client, plan));
    }
}
/**
 * Claims each new target tag in the GitOps repository (one atomic push), then puts every tag on
 * its digest, `concurrency` images at a time (idempotent). Every image settles, so one image's
 * failure leaves the others tagged; the error names the image that failed.
 */
async function tagImages(s, client, plan, progress) {
    const requests = (0,claims/* claimRequests */.pA)(plan, s.to.name, s.ctx.env);
    const identity = s.job.gitops.identity ?? options/* DEFAULT_IDENTITY */.F;
    await (0,claims/* claimTags */.kY)(s.repo.git, client, requests, identity, s.ctx.logger, {
        concurrency: s.job.gitops.concurrency
    });
    const results = await (0,concurrency/* mapSettled */.A)(plan.images, s.job.gitops.concurrency, p => (0,copy.retag)(client, p.image.withoutTag().withDigest(p.digest), p.image.withoutTag().withTag(p.targetTag), { expectedDigest: p.digest }));
    const failed = [];
    for (const [i, r] of results.entries()) {
        const p = plan.images[i];
        if (r.status === 'rejected') {
            failed.push(r.reason);
            continue;
        }
        s.ctx.logger.info(`${r.value.changed ? 'tagged' : 'already tagged'} ${r.value.target} -> ${r.value.digest}`);
        progress?.did(`registry tag ${p.image.withoutTag().withTag(p.targetTag).toString()} names ${p.digest}`, 'write the promotion to Git (the tag is kept)');
    }
    if (failed.length === 1)
        throw failed[0];
    if (failed.length > 1) {
        throw new errors/* PromoteError */.jG(`${failed.length} of ${plan.images.length} images could not be tagged: ${failed.map(errors/* errorMessage */.gJ).join('; ')}`);
    }
}
/**
 * Signs each landed event as an in-toto statement about its digest and attaches it, so
 * "it passed staging" is a verifiable fact for the next environment's gate.
 */
async function attest(s, client, plan) {
    for (const event of plan.events) {
        const image = s.images.find(i => i.repository === event.image);
        if (!image)
            continue;
        const pinned = image.withoutTag().withDigest(event.digest);
        const r = await (0,attestation/* attestPromotion */.vJ)(client, pinned, event, s.job.gitops.signing, s.ctx.logger);
        s.ctx.logger.info(`${event.image}@${event.digest}: ${r.detail}`);
    }
}
/** Moves the work tree to an environment's own base branch (`branch` in promotion.yaml). */
async function useBranch(repo, branch) {
    if (!(await repo.git.tryFetch(branch))) {
        throw new errors/* InputError */.dz('gitops-branch', `branch '${branch}', which promotion.yaml names for the environment, does not exist`);
    }
    await repo.git.checkoutFresh(branch, `refs/remotes/origin/${branch}`);
    repo.baseBranch = branch;
    repo.baseSha = await repo.git.head();
}
async function openSession(job, ctx, repo) {
    const config = await (0,promotion_config/* loadConfig */.Z9)(repo.root, job.gitops.configPath, job.gitops.configRequired);
    const found = (0,lookup/* environmentFor */.DD)(config, job.to.name, job.to.path);
    const to = job.to.values ? { ...found, values: job.to.values } : found;
    const from = job.from ? (0,lookup/* environmentFor */.DD)(config, job.from.name, job.from.path) : undefined;
    const order = config?.environments.map(e => e.name) ?? [];
    if (from && order.indexOf(to.name) < order.indexOf(from.name)) {
        ctx.logger.warning(`promotion.yaml orders ${to.name} before ${from.name}, so promoting from ${from.name} to ${to.name} goes backwards; check the direction (rollback moves an environment back)`);
    }
    const images = job.gitops.images.length > 0 ? job.gitops.images : (0,lookup/* configImages */.rz)(config, job.gitops.configPath);
    if (images.length === 0)
        throw new errors/* InputError */.dz('image', 'required but not set', 'name the image repositories, or list them under images in promotion.yaml');
    const names = images.map(i => i.repository).sort();
    const slug = names.length === 1
        ? (0,ledger_event/* imageSlug */.fx)(names[0])
        : `multi-${(0,external_node_crypto_.createHash)('sha256').update(names.join('\n')).digest('hex').slice(0, 10)}`;
    const prefix = { promotion: 'promote', rollback: 'rollback', unpinned: 'unpin' }[job.kind];
    const branch = `${prefix}/${to.name}/${slug}`;
    return { job, ctx, repo, config, to, from, images, branch };
}
async function makePlan(s, client) {
    // The promotion branch is fetched while the registry answers the gates. However the plan
    // ends, the fetch ends first: the clone it works in is removed when the run stops.
    const existingEvents = (0,reuse/* existingBranchEvents */.Z)(s.repo, s.branch, s.to.name);
    existingEvents.catch(() => undefined);
    try {
        return await planWith(s, client, existingEvents);
    }
    finally {
        await existingEvents.catch(() => undefined);
    }
}
async function planWith(s, client, existingEvents) {
    const ledger = await (0,read/* readLedger */.S)(s.repo.root);
    for (const p of ledger.problems)
        s.ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`);
    const request = {
        kind: s.job.kind,
        images: s.images,
        from: s.from,
        to: s.to,
        targets: s.job.targets?.(ledger, s.images, s.to),
        targetTag: s.job.targetTag,
        tagTemplate: s.job.gitops.tagTemplate ?? s.config?.tagTemplate,
        allowPrerelease: s.job.allowPrerelease,
        allowedRegistries: s.job.gitops.allowedRegistries ?? s.config?.registries?.allowed ?? [],
        environments: s.config?.environments,
        ...(s.job.gitops.requireAttestation
            ? {
                attestationGate: (image, env) => (0,attestation/* attestationGate */.AO)(client, image, env.requires ?? [], s.job.gitops.signing, s.ctx.logger, {
                    environment: env.name
                })
            }
            : {}),
        provenanceGate: (image, env) => (0,provenance_gate/* provenanceGate */.Rc)(client, image, s.job.gitops.provenance, s.job.gitops.signing, (0,provenance_gate/* provenanceRequired */.DE)(s.job.gitops.provenance, env.requireProvenance), s.ctx.logger, {
            environment: env.name,
            ...(s.job.gitops.githubToken
                ? { github: { token: s.job.gitops.githubToken, apiUrl: s.job.gitops.apiUrl } }
                : {})
        }),
        signatureGate: (image, env) => (0,signature_gate/* signatureGate */.AM)(client, image, s.job.gitops.signing, (0,signature_gate/* signatureRequired */.SI)(s.job.gitops.signing, env.protected ?? false), s.ctx.logger, { environment: env.name }),
        existingEvents,
        sourceRevision: s.job.gitops.sourceRevision,
        releaseLabel: s.job.gitops.releaseLabel,
        concurrency: s.job.gitops.concurrency,
        now: s.ctx.now(),
        env: s.ctx.env
    };
    if (request.targetTag && s.images.length > 1)
        throw new errors/* InputError */.dz('target-tag', 'can only be set when promoting one image');
    if (s.job.strategy === 'revert' && s.to.alias)
        throw new errors/* InputError */.dz('strategy', `revert cannot roll back the alias environment '${s.to.name}': reverting its desired state would break the compare-and-swap`, 'use strategy promote (the default)');
    const plan = await planPromotion(s.repo.root, request, client, ledger);
    if (s.job.strategy === 'revert')
        plan.edits = await revertPlanEdits(s, ledger, request);
    // Every path the Git phase will write is checked here, before any registry write.
    await (0,land/* confineFiles */.eJ)(s.repo.root, planFiles(plan));
    return plan;
}
/** The edits of reverting each replaced promotion's commit (once per commit). */
async function revertPlanEdits(s, ledger, request) {
    const ids = [
        ...new Set([...(request.targets?.values() ?? [])].flatMap(t => (t.revertOf ? [t.revertOf] : [])))
    ];
    const commits = new Set();
    for (const id of ids) {
        const event = ledger.events.find(e => e.id === id);
        if (event)
            commits.add(await (0,revert/* commitOfEvent */.LG)(s.repo, event));
    }
    const edits = [];
    for (const commit of commits)
        edits.push(...(await (0,revert/* revertEdits */.wj)(s.repo, commit)));
    return edits;
}
async function run_land(s, mode, plan, render, client, progress) {
    const configured = s.config?.commit;
    const identity = s.job.gitops.identity ??
        (configured?.authorName && configured.authorEmail
            ? { name: configured.authorName, email: configured.authorEmail }
            : options/* DEFAULT_IDENTITY */.F);
    const template = s.job.gitops.commitTemplate ?? s.config?.commit?.messageTemplate;
    const message = commitMessage(render, template);
    if (mode === 'commit') {
        // The registry would wait idle while Git lands the commit: the record blobs go up meanwhile.
        // The events change only when the base moved (a new plan), and then the attach uploads.
        s.stagedRecords = (0,registry_ledger/* uploadEventBlobs */.Ok)(client, s.images, plan.events, s.job.gitops.concurrency);
        let current = plan;
        const landedOnBase = await (0,land/* landOnBase */.cX)(s.repo, identity, s.ctx.logger, async () => {
            if (current !== plan || (await s.repo.git.head()) !== s.repo.baseSha) {
                current = await makePlan(s, client);
                // The newer base may pin another source digest; its target tag must exist too.
                await tagImages(s, client, current);
            }
            return {
                files: planFiles(current),
                message: commitMessage({ ...render, plan: current }, template)
            };
        });
        if (landedOnBase.changed)
            progress.did(`commit ${landedOnBase.commitSha.slice(0, 12)} is pushed to ${s.repo.baseBranch}`, 'finish the promotion (the commit is kept)');
        return { ...landedOnBase, plan: current };
    }
    const landed = await (0,land/* landOnBranch */.t6)(s.repo, s.branch, identity, planFiles(plan), message);
    if (!landed.changed && landed.commitSha === s.repo.baseSha)
        return { ...landed, plan };
    progress.did(`branch ${s.branch} is pushed (${landed.commitSha.slice(0, 12)})`, 'open the pull request for that branch (the branch is reused, not rebuilt)');
    if (!s.job.gitops.githubToken) {
        s.ctx.logger.warning(`no GitHub token: pushed ${s.branch}, but opened no pull request; set github-token or gitops-token`);
        const title = pullRequestTitle(render, s.job.gitops.titleTemplate);
        s.ctx.logger.info(`Pull request to open from ${s.branch} into ${s.repo.baseBranch}:\n\n# ${title}\n\n${pullRequestBody(render)}`);
        return { ...landed, plan };
    }
    const [owner, repo] = (s.job.gitops.gitopsRepository ?? s.ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    const octokit = await (0,github_octokit/* createOctokit */.Q)(s.job.gitops.githubToken, {
        baseUrl: s.job.gitops.apiUrl,
        logger: s.ctx.logger
    });
    const envCfg = s.to;
    const pr = await (0,pull_request/* upsertPullRequest */._)(octokit, {
        owner,
        repo,
        head: s.branch,
        base: s.repo.baseBranch,
        title: pullRequestTitle(render, s.job.gitops.titleTemplate),
        body: pullRequestBody(render),
        labels: [...new Set([...(envCfg.labels ?? []), ...s.job.gitops.labels])],
        reviewers: [...new Set([...(envCfg.reviewers ?? []), ...s.job.gitops.reviewers])],
        teamReviewers: [...new Set([...(envCfg.teamReviewers ?? []), ...s.job.gitops.teamReviewers])],
        draft: s.job.gitops.draft ?? envCfg.draft ?? false
    }, s.ctx.logger);
    let commitSha = landed.commitSha;
    const needsNumber = plan.events.some(e => e.pullRequest?.number !== pr.number);
    if (needsNumber) {
        const events = plan.events.map(e => ({
            ...e,
            pullRequest: { number: pr.number, url: pr.url }
        }));
        // The events are final now: their record blobs go up while the branch is amended.
        s.stagedRecords = (0,registry_ledger/* uploadEventBlobs */.Ok)(client, s.images, events, s.job.gitops.concurrency);
        commitSha = await (0,land/* amendBranch */.Aj)(s.repo, s.branch, identity, planFiles({ ...plan, events }), message, landed.commitSha);
        plan.events.splice(0, plan.events.length, ...events);
    }
    return {
        changed: landed.changed || needsNumber || pr.created,
        commitSha,
        pullRequest: pr,
        plan
    };
}


/***/ })

};
