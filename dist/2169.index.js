export const id = 2169;
export const ids = [2169];
export const modules = {

/***/ 42169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseImagePolicyYaml: () => (/* binding */ parseImagePolicyYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90762);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72299);
/**
 * Reads a Flux `ImagePolicy` manifest (`image.toolkit.fluxcd.io/v1` or `v1beta2`, which
 * share the same spec) into an {@link ImagePolicySpec} that {@link selectTag} evaluates.
 */



const GROUP = 'image.toolkit.fluxcd.io/';
const VERSIONS = ['v1', 'v1beta2'];
// Fields of ImagePolicySpec in the v1 and v1beta2 CRDs; anything else is a typo the API
// server would refuse under strict field validation.
const SPEC_FIELDS = [
    'imageRepositoryRef',
    'policy',
    'filterTags',
    'digestReflectionPolicy',
    'interval',
    'suspend'
];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function fail(where, problem) {
    throw new _select_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPolicyError */ .O(`${where}: ${problem}`);
}
function object(v, where, field, allowed) {
    if (!isObj(v))
        fail(where, `${field} must be a mapping`);
    const unknown = Object.keys(v).filter(k => !allowed.includes(k));
    if (unknown.length > 0)
        fail(where, `${field} has unknown field ${unknown.join(', ')}`);
    return v;
}
function str(v, where, field, required) {
    if (v === undefined || v === null)
        return required ? fail(where, `${field} is required`) : undefined;
    return typeof v === 'string' ? v : fail(where, `${field} must be a string`);
}
function order(v, where, field) {
    const o = object(v ?? {}, where, field, ['order']);
    // The API server holds the file to the CRD: it prunes a null order and defaults it to asc,
    // and its enum is lower-case, so `ASC` never reaches the controller (which would take it).
    if (o.order === undefined || o.order === null)
        return { order: 'asc' };
    if (o.order === 'asc' || o.order === 'desc')
        return { order: o.order };
    const cased = o.order !== '' && (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .fluxOrder */ ._)(o.order) !== undefined;
    const upper = cased ? ' (lower case: the CRD refuses other cases)' : '';
    return fail(where, `${field}.order must be asc or desc${upper}, got ${JSON.stringify(o.order)}`);
}
function policyChoice(spec, where) {
    const p = object(spec.policy, where, 'spec.policy', ['semver', 'numerical', 'alphabetical']);
    // `numerical:` with nothing after it is YAML null, which Kubernetes drops entirely.
    const set = Object.keys(p).filter(k => p[k] !== null);
    const empty = Object.keys(p).filter(k => p[k] === null);
    if (set.length === 0) {
        const hint = empty.length > 0 ? ` (${empty[0]} is empty; write ${empty[0]}: {} for defaults)` : '';
        fail(where, `spec.policy sets no policy; set exactly one of semver, numerical, alphabetical${hint}`);
    }
    if (set.length > 1) {
        // Flux's PolicerFromSpec would quietly prefer semver, then alphabetical.
        const used = ['semver', 'alphabetical', 'numerical'].find(k => set.includes(k));
        fail(where, `spec.policy sets ${set.join(' and ')}; set exactly one (Flux would silently use ${used})`);
    }
    const kind = set[0];
    if (kind === 'semver') {
        const s = object(p.semver, where, 'spec.policy.semver', ['range']);
        return { semver: { range: str(s.range, where, 'spec.policy.semver.range', true) } };
    }
    if (kind === 'numerical')
        return { numerical: order(p.numerical, where, 'spec.policy.numerical') };
    return { alphabetical: order(p.alphabetical, where, 'spec.policy.alphabetical') };
}
function toPolicy(doc, apiVersion) {
    const meta = isObj(doc.metadata) ? doc.metadata : {};
    const name = str(meta.name, 'ImagePolicy', 'metadata.name', true);
    const where = `ImagePolicy ${name}`;
    if (!VERSIONS.includes(apiVersion.slice(GROUP.length))) {
        fail(where, `apiVersion ${apiVersion} is not supported (use ${GROUP}v1 or ${GROUP}v1beta2)`);
    }
    const spec = object(doc.spec, where, 'spec', SPEC_FIELDS);
    const ref = object(spec.imageRepositoryRef, where, 'spec.imageRepositoryRef', [
        'name',
        'namespace'
    ]);
    const result = {
        apiVersion,
        name,
        imageRepositoryRef: { name: str(ref.name, where, 'spec.imageRepositoryRef.name', true) },
        ...policyChoice(spec, where)
    };
    const namespace = str(meta.namespace, where, 'metadata.namespace', false);
    if (namespace !== undefined)
        result.namespace = namespace;
    const refNamespace = str(ref.namespace, where, 'spec.imageRepositoryRef.namespace', false);
    if (refNamespace !== undefined)
        result.imageRepositoryRef.namespace = refNamespace;
    if (spec.filterTags !== undefined && spec.filterTags !== null) {
        const ft = object(spec.filterTags, where, 'spec.filterTags', ['pattern', 'extract']);
        const pattern = str(ft.pattern, where, 'spec.filterTags.pattern', false);
        const extract = str(ft.extract, where, 'spec.filterTags.extract', false);
        result.filterTags = {
            ...(pattern !== undefined && { pattern }),
            ...(extract !== undefined && { extract })
        };
    }
    try {
        // Compiles the range and pattern now, so a bad spec fails at parse time.
        (0,_select_js__WEBPACK_IMPORTED_MODULE_1__/* .selectTag */ .l)([], result);
    }
    catch (err) {
        if (err instanceof _select_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPolicyError */ .O)
            fail(where, err.message);
        throw err;
    }
    return result;
}
/**
 * Parses the ImagePolicy in a (possibly multi-document) YAML file. Other kinds are
 * skipped; with several ImagePolicies, `name` picks one.
 *
 * @throws InvalidPolicyError with a one-line message for unreadable YAML, a missing or
 *   ambiguous ImagePolicy, or a spec Flux would refuse; InvalidPatternError for a
 *   filter pattern Go rejects.
 */
function parseImagePolicyYaml(text, name) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(text);
    const list = Array.isArray(docs) ? docs : [];
    const broken = list.find(d => d.errors.length > 0);
    if (broken) {
        const first = broken.errors[0].message.split('\n')[0];
        throw new _select_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPolicyError */ .O(`invalid ImagePolicy YAML: ${first}`);
    }
    const found = list
        .map(d => d.toJS())
        .filter(isObj)
        .filter(d => d.kind === 'ImagePolicy' && typeof d.apiVersion === 'string')
        .filter(d => d.apiVersion.startsWith(GROUP));
    const named = (d) => isObj(d.metadata) ? d.metadata.name : undefined;
    const chosen = name === undefined ? found : found.filter(d => named(d) === name);
    if (chosen.length === 0) {
        const what = name === undefined ? 'no ImagePolicy' : `no ImagePolicy named ${name}`;
        throw new _select_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPolicyError */ .O(`${what} found in the YAML (expected kind ImagePolicy, apiVersion ${GROUP}v1)`);
    }
    if (chosen.length > 1) {
        const names = chosen.map(d => named(d) ?? '?').join(', ');
        throw new _select_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPolicyError */ .O(`found ${chosen.length} ImagePolicies (${names}); name the one to use`);
    }
    const doc = chosen[0];
    return toPolicy(doc, doc.apiVersion);
}


/***/ })

};
