export const id = 981;
export const ids = [981,2169];
export const modules = {

/***/ 30981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ auditRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/audit/findings.ts
var findings = __webpack_require__(48293);
// EXTERNAL MODULE: ./src/manifests/setter-comments.ts
var setter_comments = __webpack_require__(34674);
// EXTERNAL MODULE: ./src/manifests/setters.ts + 1 modules
var setters = __webpack_require__(11047);
// EXTERNAL MODULE: ./src/manifests/yaml-splice.ts
var yaml_splice = __webpack_require__(69672);
;// CONCATENATED MODULE: ./src/audit/nodes.ts
/**
 * Read-only navigation of `yaml` document nodes. The audit never converts documents to plain
 * objects: nodes keep their source ranges, which give exact lines, and unresolved aliases
 * cannot blow up (`toJS` would expand them).
 */


/** The pair of `key` in a block or flow mapping, when `node` is a mapping that has it. */
function pairOf(node, key) {
    if (!(0,dist.isMap)(node))
        return undefined;
    return node.items.find(p => (0,dist.isScalar)(p.key) && p.key.value === key);
}
/** The value node under `keys`, one mapping level per key. */
function childAt(node, ...keys) {
    let at = node;
    for (const key of keys) {
        at = pairOf(at, key)?.value;
        if (at === undefined || at === null)
            return undefined;
    }
    return at;
}
/** The node as a mapping, or `undefined`. */
function asMap(node) {
    return isMap(node) ? node : undefined;
}
/** The items of a sequence node; `[]` for anything else. */
function itemsOf(node) {
    return (0,dist.isSeq)(node) ? node.items : [];
}
/**
 * The text of a scalar as written: plain scalars keep their source (so tag `1.20` stays
 * `1.20`, not the number 1.2), quoted ones are decoded. `undefined` for null and non-scalars.
 */
function textOf(node) {
    return (0,dist.isScalar)(node) ? (0,yaml_splice/* scalarText */.ws)(node) : undefined;
}
/** The string under `keys`, see {@link textOf}. */
function textAt(node, ...keys) {
    return textOf(childAt(node, ...keys));
}
/** Turns node offsets into 1-based lines of one file. */
class LineMap {
    counter;
    linesBefore;
    /** `linesBefore`: lines of the file before the text the counter counted. */
    constructor(counter, linesBefore = 0) {
        this.counter = counter;
        this.linesBefore = linesBefore;
    }
    /** Line of a node's first character; for a pair, of its key. `fallback` when unknown. */
    of(node, fallback = 1) {
        const target = (0,dist.isPair)(node) ? node.key : node;
        const range = target?.range;
        if (!range)
            return fallback;
        return this.at(range[0]);
    }
    /** Line of an offset. */
    at(offset) {
        return this.linesBefore + Math.max(1, this.counter.linePos(offset).line);
    }
}

;// CONCATENATED MODULE: ./src/audit/flux-objects.ts
/**
 * Per-file facts about Flux image automation: ImagePolicies, `$imagepolicy` markers and
 * ImageUpdateAutomations. Rules that relate them across files run later, in
 * `flux-rules.ts`, once every file has been read.
 */




const IMAGE_GROUP = 'image.toolkit.fluxcd.io/';
/** Whether a document is an image.toolkit.fluxcd.io object of `kind`. */
function isFluxImageKind(h, kind) {
    return h.kind === kind && h.apiVersion.startsWith(IMAGE_GROUP);
}
/** Reads an ImagePolicy document. */
function policyFact(doc, source, file, lines) {
    const root = doc.contents;
    const namePair = pairOf(childAt(root, 'metadata'), 'name');
    const policy = childAt(root, 'spec', 'policy');
    const kindPair = ['semver', 'alphabetical', 'numerical']
        .map(k => pairOf(policy, k))
        .find(p => p !== undefined);
    const fact = {
        file,
        name: textOf(namePair?.value) ?? '(unnamed)',
        line: lines.of(namePair ?? root),
        text: source.slice(doc.range[0], doc.range[2]),
        kindLine: lines.of(kindPair ?? pairOf(root, 'spec') ?? root)
    };
    const namespace = textAt(root, 'metadata', 'namespace');
    if (namespace)
        fact.namespace = namespace;
    const range = childAt(policy, 'semver', 'range');
    const rangeText = textOf(range);
    if (rangeText !== undefined)
        fact.range = { value: rangeText, line: lines.of(range) };
    const pattern = childAt(root, 'spec', 'filterTags', 'pattern');
    const patternText = textOf(pattern);
    if (patternText !== undefined)
        fact.pattern = { value: patternText, line: lines.of(pattern) };
    return fact;
}
/** Normalises `spec.update.path` to a `/`-separated prefix; `''` for the root. */
function updatePathOf(raw) {
    if (raw === undefined)
        return '';
    const parts = [];
    for (const seg of raw.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** Reads an ImageUpdateAutomation document. */
function automationFact(root, h, file, lines) {
    const git = pairOf(childAt(root, 'spec'), 'git');
    const push = pairOf(git?.value, 'push');
    const fact = {
        file,
        id: h.id,
        line: lines.of(push ?? git ?? pairOf(childAt(root, 'metadata'), 'name') ?? root),
        updatePath: updatePathOf(textAt(root, 'spec', 'update', 'path'))
    };
    const checkout = textAt(git?.value, 'checkout', 'ref', 'branch');
    if (checkout)
        fact.checkoutBranch = checkout;
    const branch = textAt(push?.value, 'branch');
    if (branch)
        fact.pushBranch = branch;
    const refspec = textAt(push?.value, 'refspec');
    if (refspec)
        fact.refspec = refspec;
    return fact;
}
/**
 * Every `$imagepolicy` marker in a document (`source` is its text). Cheap for documents without
 * the token or a JSON escape that could spell it; Flux screens whole files for the token, so
 * call this only for documents of files that hold it.
 */
function markerFacts(doc, source, file, lines, protectedBy) {
    if (!source.includes(setters/* MARKER_TOKEN */.DV) && !source.includes('\\u'))
        return [];
    const found = [];
    (0,dist.visit)(doc, {
        Scalar(key, node, path) {
            if (key === 'key' || !(0,dist.isScalar)(node) || !node.range)
                return;
            // The line comment, or the comment line above a sequence item, as Flux reads them.
            const setter = (0,setter_comments/* markerSetter */.MB)(source, node, path.at(-1));
            if (setter === undefined)
                return;
            found.push({ file, line: lines.of(node), setter, ...(protectedBy ? { protectedBy } : {}) });
        }
    });
    return found;
}

// EXTERNAL MODULE: ./src/policy/imagepolicy.ts
var imagepolicy = __webpack_require__(42169);
// EXTERNAL MODULE: ./src/policy/masterminds-constraint.ts
var masterminds_constraint = __webpack_require__(47593);
// EXTERNAL MODULE: ./src/policy/masterminds.ts
var masterminds = __webpack_require__(82293);
// EXTERNAL MODULE: ./src/policy/select.ts + 4 modules
var policy_select = __webpack_require__(72299);
;// CONCATENATED MODULE: ./src/audit/policy-checks.ts
/**
 * Judgements on one ImagePolicy spec, evaluated with the same Masterminds and Go-regexp
 * semantics the promotion path uses (`src/policy/`), so audit and selection never disagree.
 */



// The largest version Masterminds accepts: a range admits it only if nothing bounds it above.
const HIGHEST = (0,masterminds/* newVersion */.JL)('18446744073709551615.18446744073709551615.18446744073709551615');
/** Whether a (valid) semver range admits every future version: `*`, `x`, `>=1.2`, `>1`... */
function isUnboundedRange(range) {
    const constraints = (0,masterminds_constraint/* parseConstraints */.cP)(range);
    if (typeof constraints === 'string' || HIGHEST === undefined)
        return false;
    return (0,masterminds_constraint/* satisfies */.ib)(HIGHEST, constraints);
}
/** Whether a (valid) semver range lets pre-releases through, i.e. names one. */
function admitsPrereleases(range) {
    const constraints = (0,masterminds_constraint/* parseConstraints */.cP)(range);
    return typeof constraints !== 'string' && !(0,masterminds_constraint/* excludesPrereleases */.h4)(constraints);
}
/**
 * Whether the policy would pick `latest` when the repository has that tag: run Flux's selection
 * on it (alphabetical picks it, a filter may or may not let it through; semver never does).
 */
function canSelectLatest(spec) {
    try {
        return (0,policy_select/* selectTag */.l)(['latest'], spec).tag === 'latest';
    }
    catch {
        // A numerical policy that cannot parse the value fails instead of selecting it.
        return false;
    }
}
/** Index of every `|` outside groups and classes, with escapes honoured. */
function topLevelBars(pattern) {
    const bars = [];
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[') {
            inClass = true;
            // `[]...]` and `[^]...]`: a leading `]` is literal in RE2.
            if (pattern[i + 1] === '^')
                i++;
            if (pattern[i + 1] === ']')
                i++;
        }
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth = Math.max(0, depth - 1);
        else if (c === '|' && depth === 0)
            bars.push(i);
    }
    return bars;
}
/** Whether the character at `i` is escaped by an odd run of backslashes. */
function escaped(s, i) {
    let n = 0;
    for (let j = i - 1; j >= 0 && s[j] === '\\'; j--)
        n++;
    return n % 2 === 1;
}
function anchoredBranch(branch) {
    const starts = branch.startsWith('^') || branch.startsWith('\\A');
    const last = branch.length - 1;
    const ends = (branch.endsWith('$') && !escaped(branch, last)) ||
        (branch.endsWith('\\z') && !escaped(branch, last - 1));
    return starts && ends;
}
/**
 * Whether a Go pattern only matches whole tags: every top-level alternative starts with `^`
 * (or `\A`) and ends with an unescaped `$` (or `\z`). Leading flag groups such as `(?i)` are
 * skipped.
 */
function isAnchored(pattern) {
    const body = pattern.replace(/^(?:\(\?[a-zA-Z-]+\))+/, '');
    const cuts = [-1, ...topLevelBars(body), body.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
        if (!anchoredBranch(body.slice(cuts[i] + 1, cuts[i + 1])))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/audit/flux-rules.ts
/**
 * Rules that relate Flux objects across files: DP004 to DP008 on ImagePolicies and their
 * markers, DP009 on ImageUpdateAutomations.
 */



const PARTS = new Set(['name', 'tag', 'digest']);
/** `<ns>:<name>` of a well-formed setter, else `undefined`. */
function policyKeyOf(setter) {
    const parts = setter.split(':');
    if (parts.length < 2 || parts.length > 3 || parts[0] === '' || parts[1] === '')
        return undefined;
    if (parts.length === 3 && !PARTS.has(parts[2]))
        return undefined;
    return { namespace: parts[0], name: parts[1] };
}
/**
 * The policies each marker can mean, and the markers of each policy. A policy without
 * `metadata.namespace` gets one when applied (kustomization `namespace:`, Flux
 * `targetNamespace`), which is not known here, so it matches a marker of any namespace.
 */
function linkMarkers(facts) {
    const byName = new Map();
    for (const p of facts.policies)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const refs = new Map(facts.policies.map(p => [p, []]));
    const unresolved = [];
    for (const marker of facts.markers) {
        const key = policyKeyOf(marker.setter);
        const named = key ? (byName.get(key.name) ?? []) : [];
        const meant = named.filter(p => p.namespace === undefined || p.namespace === key?.namespace);
        for (const p of meant)
            refs.get(p)?.push(marker);
        if (meant.length === 0) {
            const elsewhere = named[0]?.namespace;
            const hint = elsewhere
                ? ` (an ImagePolicy ${named[0]?.name} is in namespace ${elsewhere})`
                : '';
            unresolved.push({ marker, hint });
        }
    }
    return { refs, unresolved };
}
/** Runs DP004 to DP009. */
function checkFlux(facts, ctx) {
    const { refs, unresolved } = linkMarkers(facts);
    for (const policy of facts.policies)
        checkPolicy(policy, refs.get(policy) ?? [], ctx.sink);
    for (const { marker, hint } of unresolved) {
        const key = policyKeyOf(marker.setter);
        const message = key
            ? `marker names ImagePolicy ${key.namespace}:${key.name}, which is not in the repository${hint}`
            : `marker '${marker.setter}' is not <namespace>:<name>[:name|tag|digest]`;
        ctx.sink.add('DP007', marker.file, marker.line, message, {
            object: `marker ${marker.setter}`
        });
    }
    for (const automation of facts.automations)
        checkAutomation(automation, ctx);
}
function describePolicy(p) {
    return `ImagePolicy ${p.namespace ? `${p.namespace}/` : ''}${p.name}`;
}
/** DP005 and DP008, which need no evaluation of the spec. */
function checkPolicyShape(policy, refs, sink) {
    const what = describePolicy(policy);
    if (policy.pattern && !isAnchored(policy.pattern.value)) {
        const message = `${what}: filterTags.pattern '${policy.pattern.value}' is not anchored with ^...$`;
        sink.add('DP005', policy.file, policy.pattern.line, message, { object: what });
    }
    if (refs.length === 0) {
        const message = `${what} is not referenced by any $imagepolicy marker`;
        sink.add('DP008', policy.file, policy.line, message, { object: what });
    }
}
/** The spec as the promotion path reads it, or a DP000 finding saying why it cannot be. */
function evaluate(policy, sink) {
    try {
        return (0,imagepolicy.parseImagePolicyYaml)(policy.text);
    }
    catch (err) {
        if (!(err instanceof errors/* PromoteError */.jG))
            throw err;
        // The parser names the policy itself; the finding already does.
        const why = err.message.replace(/^ImagePolicy \S+: /, '');
        // Point at the field the parser complains about when it names one.
        const field = /range/.test(why)
            ? policy.range
            : /pattern|regexp/.test(why)
                ? policy.pattern
                : undefined;
        const message = `${describePolicy(policy)} cannot be evaluated: ${why}`;
        sink.add('DP000', policy.file, field?.line ?? policy.kindLine, message, {
            fix: 'fix the ImagePolicy spec so Flux accepts it',
            object: describePolicy(policy)
        });
        return undefined;
    }
}
/** DP004 to DP006 for one policy and the markers that use it. */
function checkPolicy(policy, refs, sink) {
    checkPolicyShape(policy, refs, sink);
    const spec = evaluate(policy, sink);
    if (!spec)
        return;
    const what = describePolicy(policy);
    const guarded = refs.find(m => m.protectedBy !== undefined);
    const usedBy = guarded
        ? `; used by ${guarded.file}:${guarded.line} in ${guarded.protectedBy}`
        : '';
    const range = spec.semver?.range;
    if (range !== undefined && policy.range && isUnboundedRange(range)) {
        const message = `${what}: semver range '${range}' has no upper bound${usedBy}`;
        sink.add('DP004', policy.file, policy.range.line, message, {
            severity: guarded ? 'error' : 'warning',
            object: what
        });
    }
    if (!guarded)
        return;
    if (canSelectLatest(spec)) {
        const how = spec.filterTags
            ? "its filterTags.pattern lets 'latest' through"
            : 'alphabetical order without filterTags picks it';
        const line = spec.filterTags && policy.pattern ? policy.pattern.line : policy.kindLine;
        sink.add('DP006', policy.file, line, `${what} can select 'latest' (${how})${usedBy}`, {
            object: `${what} latest`
        });
    }
    if (range !== undefined && policy.range && admitsPrereleases(range)) {
        const message = `${what}: semver range '${range}' names a pre-release, so pre-releases can be selected${usedBy}`;
        sink.add('DP006', policy.file, policy.range.line, message, {
            object: `${what} pre-release`
        });
    }
}
/** The branch a refspec pushes to: its destination, without `+` and `refs/heads/`. */
function refspecTarget(refspec) {
    const dest = refspec.includes(':') ? refspec.slice(refspec.lastIndexOf(':') + 1) : refspec;
    return dest.replace(/^\+/, '').replace(/^refs\/heads\//, '');
}
function checkAutomation(a, ctx) {
    const targets = [
        a.pushBranch,
        a.refspec === undefined ? undefined : refspecTarget(a.refspec)
    ].filter((t) => t !== undefined);
    // No push target means Flux pushes to the branch it checked out. With targets, only a known
    // checkout branch can be compared; refs/for/... (Gerrit review) never equals it.
    const straight = targets.length === 0 || (a.checkoutBranch !== undefined && targets.includes(a.checkoutBranch));
    if (!straight)
        return;
    const prefix = a.updatePath === '' ? '' : `${a.updatePath}/`;
    // spec.update.path may name a single file as well as a directory.
    const inScope = (f) => prefix === '' || f === a.updatePath || f.startsWith(prefix);
    const covered = ctx.files.find(f => inScope(f) && ctx.protectedBy(f));
    if (covered === undefined)
        return;
    const how = targets.length === 0
        ? 'has no spec.git.push.branch, so it pushes to the branch it checks out'
        : `pushes to ${a.checkoutBranch}, the branch it checks out`;
    const env = ctx.protectedBy(covered) ?? '';
    const scope = covered === a.updatePath
        ? `${covered} in ${env}`
        : `${a.updatePath || 'the whole repository'}, which includes ${covered} in ${env},`;
    const message = `ImageUpdateAutomation ${a.id} updates ${scope} and ${how}`;
    ctx.sink.add('DP009', a.file, a.line, message, {
        object: `ImageUpdateAutomation ${a.id}`
    });
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/audit/image-check.ts
/**
 * DP001 (tag-only in a protected environment), DP002 (`latest` or no tag) and DP003 (registry
 * outside the allow-list) for one image use, whatever manifest it came from.
 */

// Flux post-build substitution (`${var}`, `${var:=default}`): the value is unknown here.
const VARIABLE = /\$\{[^}]*\}/g;
const PLACEHOLDER = 'zvarz';
const FAKE_DIGEST = `sha256:${'0'.repeat(64)}`;
/** Parses a reference that may hold Flux substitution variables. */
function parseWithVariables(raw) {
    const at = raw.indexOf('@');
    let text = at < 0 ? raw : raw.slice(0, at);
    let digest = at < 0 ? undefined : raw.slice(at + 1);
    // A substituted digest is still a digest: the reference stays pinned.
    if (digest !== undefined && digest.includes('${'))
        digest = FAKE_DIGEST;
    text = text.replace(VARIABLE, PLACEHOLDER);
    const ref = (0,reference/* parseReference */.F2)(digest === undefined ? text : `${text}@${digest}`);
    return {
        ref,
        variableName: ref.repository.includes(PLACEHOLDER)
    };
}
/** Runs DP001 to DP003 on one image use. */
function checkImage(use, scope) {
    let parsed;
    if (use.name !== undefined) {
        // Go templates are rendered elsewhere (Helm charts); there is no reference to judge yet.
        if (use.name.includes('{{'))
            return;
        try {
            parsed = parseWithVariables(use.name);
        }
        catch (err) {
            if (!(err instanceof reference/* InvalidReferenceError */.x_))
                throw err;
            scope.sink.add('DP000', scope.file, use.nameLine, `${use.where}: ${err.message}`, {
                fix: 'write a valid image reference: [registry/]repository[:tag][@sha256:<digest>]',
                object: use.where
            });
            return;
        }
    }
    if (use.wholeReference && parsed) {
        const { ref } = parsed;
        // Shown as written: the parsed form would expose the placeholders of `${var}` parts.
        checkPinning(use.where, use.name ?? ref.familiar, scope, {
            tag: ref.tag,
            digest: ref.digest,
            tagLine: use.nameLine,
            noTagMeansLatest: true
        });
    }
    else {
        const shown = `${use.name ?? '(chart default)'}${use.tag ? `:${use.tag}` : ''}`;
        checkPinning(use.where, shown, scope, {
            tag: use.tag,
            digest: use.digest,
            tagLine: use.tagLine ?? use.nameLine,
            noTagMeansLatest: false
        });
    }
    if (parsed && !parsed.variableName)
        checkRegistry(use, parsed.ref, scope);
}
function checkPinning(where, shown, scope, pin) {
    // A digest pins the content whatever the tag says; Kubernetes pulls by digest.
    if (pin.digest)
        return;
    const { file, sink, protectedBy } = scope;
    const severity = protectedBy ? 'error' : 'warning';
    const inEnv = protectedBy ? ` in ${protectedBy}` : '';
    if (pin.tag === undefined) {
        if (!pin.noTagMeansLatest)
            return;
        const message = `${where}: ${shown} has no tag, so it runs latest${inEnv}`;
        sink.add('DP002', file, pin.tagLine, message, { severity, object: where });
    }
    else if (pin.tag === 'latest') {
        sink.add('DP002', file, pin.tagLine, `${where}: ${shown} uses the latest tag${inEnv}`, {
            severity,
            object: where
        });
    }
    else if (protectedBy) {
        const message = `${where}: ${shown} is pinned by tag only, without a digest, in ${protectedBy}`;
        sink.add('DP001', file, pin.tagLine, message, { object: where });
    }
}
function checkRegistry(use, ref, scope) {
    if (scope.allowed.length === 0 || scope.allowed.includes(ref.domain))
        return;
    const message = `${use.where}: ${ref.repository} is in registry ${ref.domain}, which is not in the ` +
        `allow-list (${scope.allowed.join(', ')})`;
    scope.sink.add('DP003', scope.file, use.nameLine, message, { object: use.where });
}

;// CONCATENATED MODULE: ./src/audit/image-uses.ts
/**
 * Finds the images a manifest deploys: containers of workloads, kustomize `images:` entries
 * (kustomize.config.k8s.io Kustomization/Component, Flux Kustomization `spec.images`, HelmRelease
 * post-renderers) and HelmRelease `spec.values` (`image: <ref>` or `image: {repository, tag,
 * digest}`).
 */


/** Where the pod spec sits in each workload kind. */
const POD_SPEC = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec']
};
/** Names kustomize reads as a kustomization file. */
const KUSTOMIZATION_FILES = new Set([
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization'
]);
// Helm values are user-shaped; deeper nesting than this is not an image map.
const MAX_VALUES_DEPTH = 32;
/** Reads a document's header. */
function headerOf(root) {
    const name = textAt(root, 'metadata', 'name') ?? '(unnamed)';
    const ns = textAt(root, 'metadata', 'namespace');
    return {
        apiVersion: textAt(root, 'apiVersion') ?? '',
        kind: textAt(root, 'kind') ?? '',
        id: ns ? `${ns}/${name}` : name
    };
}
/** Every image use in one document. `fileName` is the base name, for kustomization files. */
function imageUses(root, fileName, lines) {
    const h = headerOf(root);
    const podPath = POD_SPEC[h.kind];
    if (podPath && h.apiVersion !== '')
        return containerUses(childAt(root, ...podPath), h, lines);
    if (isKustomizeFile(h, fileName)) {
        return kustomizeUses(childAt(root, 'images'), 'the kustomization', lines);
    }
    if (h.kind === 'Kustomization' && h.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
        return kustomizeUses(childAt(root, 'spec', 'images'), `Kustomization ${h.id}`, lines);
    }
    if (h.kind === 'HelmRelease' && h.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
        return helmUses(root, h, lines);
    }
    return [];
}
function isKustomizeFile(h, fileName) {
    if (h.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return h.kind === 'Kustomization' || h.kind === 'Component';
    }
    // kustomize accepts a kustomization file without apiVersion and kind.
    return h.kind === '' && KUSTOMIZATION_FILES.has(fileName);
}
function containerUses(podSpec, h, lines) {
    const uses = [];
    for (const field of ['initContainers', 'containers']) {
        for (const c of itemsOf(childAt(podSpec, field))) {
            const image = pairOf(c, 'image');
            const ref = textOf(image?.value);
            if (!image || ref === undefined || ref === '')
                continue;
            const label = field === 'containers' ? 'container' : 'init container';
            const where = `${label} ${textAt(c, 'name') ?? '?'} of ${h.kind} ${h.id}`;
            uses.push({ where, name: ref, nameLine: lines.of(image.value), wholeReference: true });
        }
    }
    return uses;
}
/** kustomize `images:` entries: `newName` renames, `newTag`/`digest` retag. */
function kustomizeUses(images, owner, lines) {
    const uses = [];
    for (const entry of itemsOf(images)) {
        const name = pairOf(entry, 'name');
        const newName = pairOf(entry, 'newName');
        const renamed = textOf(newName?.value);
        const target = renamed ?? textOf(name?.value);
        if (target === undefined)
            continue;
        const use = {
            where: `images entry ${textOf(name?.value) ?? target} of ${owner}`,
            name: target,
            nameLine: lines.of(renamed !== undefined ? newName?.value : (name?.value ?? entry))
        };
        addSplitFields(use, entry, 'newTag', lines);
        uses.push(use);
    }
    return uses;
}
/** Copies a split use's tag and digest fields (`tagKey` is `newTag` or `tag`). */
function addSplitFields(use, map, tagKey, lines) {
    const tag = pairOf(map, tagKey);
    const tagText = textOf(tag?.value);
    if (tagText !== undefined && tagText !== '') {
        use.tag = tagText;
        use.tagLine = lines.of(tag?.value);
    }
    const digest = textOf(pairOf(map, 'digest')?.value);
    if (digest !== undefined && digest !== '')
        use.digest = digest;
}
function helmUses(root, h, lines) {
    const uses = [];
    const owner = `HelmRelease ${h.id}`;
    walkValues(childAt(root, 'spec', 'values'), 'values', 0, (map, at) => {
        const pair = pairOf(map, 'image');
        const value = pair?.value;
        if (!pair || value === null || value === undefined)
            return;
        const where = `${at}.image of ${owner}`;
        if ((0,dist.isScalar)(value)) {
            const ref = textOf(value);
            if (ref)
                uses.push({ where, name: ref, nameLine: lines.of(value), wholeReference: true });
        }
        else if ((0,dist.isMap)(value)) {
            const use = helmImageMap(value, where, lines);
            if (use)
                uses.push(use);
        }
    });
    for (const pr of itemsOf(childAt(root, 'spec', 'postRenderers'))) {
        uses.push(...kustomizeUses(childAt(pr, 'kustomize', 'images'), `${owner} postRenderers`, lines));
    }
    return uses;
}
/** `image: {registry?, repository, tag?, digest?}` as most charts lay it out. */
function helmImageMap(map, where, lines) {
    const repository = pairOf(map, 'repository');
    const repo = textOf(repository?.value);
    const registry = textOf(pairOf(map, 'registry')?.value);
    const use = {
        where,
        ...(repo ? { name: registry ? `${registry}/${repo}` : repo } : {}),
        nameLine: lines.of(repository?.value ?? map)
    };
    addSplitFields(use, map, 'tag', lines);
    return use.name !== undefined || use.tag !== undefined || use.digest !== undefined
        ? use
        : undefined;
}
/** Calls `visit` on every mapping under `node`, with a dotted path for messages. */
function walkValues(node, at, depth, visit) {
    if (depth > MAX_VALUES_DEPTH)
        return;
    if ((0,dist.isMap)(node)) {
        visit(node, at);
        for (const p of node.items) {
            const key = textOf(p.key);
            if (key === 'image' || key === undefined)
                continue;
            walkValues(p.value, `${at}.${key}`, depth + 1, visit);
        }
    }
    else {
        itemsOf(node).forEach((item, i) => walkValues(item, `${at}[${i}]`, depth + 1, visit));
    }
}

// EXTERNAL MODULE: ./src/manifests/yaml-documents.ts
var yaml_documents = __webpack_require__(66392);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/audit/oci-sources.ts
/**
 * Flux `OCIRepository` sources and the alias environments that govern them: DP011 (a source
 * that follows a floating tag no alias environment governs) and DP012 (a protected alias
 * environment's source that does not verify signatures).
 *
 * Flux picks `spec.ref.digest` over `spec.ref.semver` over `spec.ref.tag`, and follows
 * `latest` when `spec.ref` names none of them; only the last two follow a tag that can move.
 */


const SOURCE_GROUP = 'source.toolkit.fluxcd.io/';
const OCI_PREFIX = 'oci://';
/** Whether a document is a source.toolkit.fluxcd.io OCIRepository (any served version). */
function isOciRepository(h) {
    return h.kind === 'OCIRepository' && h.apiVersion.startsWith(SOURCE_GROUP);
}
/** Reads an OCIRepository document. */
function ociSourceFact(root, h, file, lines) {
    const spec = pairOf(root, 'spec');
    const ref = pairOf(spec?.value, 'ref');
    const tagPair = pairOf(ref?.value, 'tag');
    const pinned = textAt(ref?.value, 'digest') !== undefined || textAt(ref?.value, 'semver') !== undefined;
    const tag = pinned ? undefined : (textOf(tagPair?.value) ?? 'latest');
    const verify = pairOf(spec?.value, 'verify');
    const nameLine = lines.of(pairOf(childAt(root, 'metadata'), 'name') ?? root);
    const fact = {
        file,
        id: h.id,
        implicitTag: !pinned && tagPair === undefined,
        refLine: tagPair || ref || spec ? lines.of(tagPair ?? ref ?? spec) : nameLine,
        verifyLine: verify || spec ? lines.of(verify ?? spec) : nameLine
    };
    const url = textAt(spec?.value, 'url');
    if (url !== undefined)
        fact.url = url;
    if (tag !== undefined)
        fact.tag = tag;
    if (verify)
        fact.verifyProvider = textAt(verify.value, 'provider') ?? 'cosign';
    return fact;
}
/** A tag that names a version (semver, optionally with a `v`), not an environment. */
function isVersionTag(tag) {
    return semver_default().valid(tag, { loose: true }) !== null;
}
/** `oci://<repository>` the way promotion.yaml's alias would be written in a source's url. */
function urlOf(repository) {
    return `${OCI_PREFIX}${repository}`.toLowerCase();
}
const sameUrl = (url, repository) => url.replace(/\/+$/, '').toLowerCase() === urlOf(repository);
/** Runs DP011 and DP012. */
function checkOciSources(sources, ctx) {
    for (const source of sources) {
        if (source.url === undefined || source.tag === undefined)
            continue;
        const { url, tag } = source;
        const governing = ctx.aliases.find(a => a.tag === tag && sameUrl(url, a.repository));
        if (governing) {
            checkVerified(source, governing, ctx.sink);
            continue;
        }
        if (!source.implicitTag && isVersionTag(tag))
            continue;
        const where = ctx.protectedBy(source.file);
        const follows = source.implicitTag
            ? "names no ref, so it follows the floating tag 'latest'"
            : `follows the floating tag '${tag}'`;
        const message = `OCIRepository ${source.id} ${follows} of ${url}, which no alias environment in ` +
            `promotion.yaml governs${where ? ` (in ${where})` : ''}`;
        ctx.sink.add('DP011', source.file, source.refLine, message, {
            severity: where ? 'error' : 'warning'
        });
    }
}
/** DP012 for a source an alias environment governs. */
function checkVerified(source, env, sink) {
    if (!env.protected || source.verifyProvider === 'cosign')
        return;
    const why = source.verifyProvider === undefined
        ? 'has no spec.verify, so the cluster applies whatever the tag points at, signed or not'
        : `verifies with ${source.verifyProvider}, while promotions are signed with cosign`;
    const message = `OCIRepository ${source.id} follows the alias of protected environment '${env.name}' ` +
        `(${env.repository}:${env.tag}) and ${why}`;
    sink.add('DP012', source.file, source.verifyLine, message);
}

// EXTERNAL MODULE: ./src/ledger/event-time.ts
var event_time = __webpack_require__(15987);
// EXTERNAL MODULE: ./src/manifests/pins.ts
var pins = __webpack_require__(31124);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/audit/pin-age.ts
/**
 * DP010: rollback pins older than the allowed age. A pin keeps Flux image automation off a
 * rolled-back field; left in place, the environment silently stops following its policy.
 */



// In its own module so that parsing the audit's inputs does not load the YAML code below.

/** Reports each pin in `source` older than `age`, or whose event id names no time. */
function checkPins(file, source, age, sink) {
    if (!source.includes(pins/* PIN_TOKEN */.s4))
        return;
    let fields;
    try {
        fields = (0,pins/* markedFields */.Wu)(source, file);
    }
    catch (err) {
        // The file's parse problem is already a DP000 finding of the per-file rules.
        if (err instanceof yaml_splice/* ManifestParseError */.lr)
            return;
        throw err;
    }
    for (const field of fields) {
        if (field.pinnedBy === undefined)
            continue;
        const since = (0,event_time/* timeOfEventId */.Y)(field.pinnedBy);
        const where = `the ${field.setter} marker`;
        if (!since) {
            sink.add('DP010', file, field.line, `${where} is pinned by an event id that names no time`, {
                object: where
            });
            continue;
        }
        const days = ((age.now.getTime() - since.getTime()) / 86_400_000).toFixed(1);
        if (age.now.getTime() - since.getTime() > age.maxAgeMs) {
            sink.add('DP010', file, field.line, `${where} has been pinned by rollback ${field.pinnedBy} since ${since.toISOString()} (${days} days, more than ${age.label})`, { object: where });
        }
    }
}

;// CONCATENATED MODULE: ./src/audit/walk.ts
/**
 * Bounded listing of the YAML files of a GitOps repository. The tree is untrusted: symlinks are
 * never followed (they could leave the repository or loop), and the walk stops with an error
 * rather than run unbounded or report a partial, falsely clean audit.
 */



/** The bounds used unless a caller passes others (tests do). */
const DEFAULT_LIMITS = { maxFiles: 20_000, maxFileBytes: 2 * 1024 * 1024 };
// Directories that never hold deployed manifests; node_modules can hold thousands of YAML files.
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// A non-YAML entry costs a directory read too; a repository of nothing but assets must not run
// the walk forever.
const ENTRIES_PER_FILE = 10;
/** Whether kustomize or Flux would read a file of this name as YAML. */
function isYamlName(name) {
    return /\.ya?ml$/.test(name) || name === 'Kustomization';
}
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Lists YAML files under `root` as `/`-separated relative paths, depth first with each
 * directory's entries in byte order (so the result is stable across runs), skipping `.git`,
 * `node_modules`, symlinks, and the `templates/` directory of Helm charts (Go templates, not
 * YAML, rendered by helm-controller).
 *
 * @throws PromoteError when the tree holds more than `limits.maxFiles` YAML files.
 */
function listYamlFiles(root, limits) {
    const files = [];
    let entries = 0;
    const tooMany = () => {
        throw new errors/* PromoteError */.jG(`more than ${limits.maxFiles} YAML files (or ${limits.maxFiles * ENTRIES_PER_FILE} ` +
            `entries) under ${root}; audit a narrower path`);
    };
    const walk = (dir, rel) => {
        // Synchronous: the audit waits on nothing else meanwhile, and is cheaper without promises.
        const list = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        list.sort((a, b) => byteOrder(a.name, b.name));
        entries += list.length;
        if (entries > limits.maxFiles * ENTRIES_PER_FILE)
            tooMany();
        const chart = list.some(e => e.isFile() && e.name === 'Chart.yaml');
        for (const e of list) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (SKIPPED_DIRS.has(e.name) || (chart && e.name === 'templates'))
                    continue;
                walk(external_node_path_default().join(dir, e.name), childRel);
            }
            else if (e.isFile() && isYamlName(e.name)) {
                files.push(childRel);
                if (files.length > limits.maxFiles)
                    tooMany();
            }
            // Symlinks are neither isDirectory() nor isFile() on a Dirent: skipped by construction.
        }
    };
    walk(root, '');
    return files;
}

;// CONCATENATED MODULE: ./src/audit/audit.ts
/**
 * Audits a GitOps repository against the promotion guardrails: walks its YAML files (bounded),
 * screens each with a substring test before parsing it, checks images per file, then relates
 * Flux policies, markers and automations across files.
 */
















// Every rule needs one of: an `image` field, an `images:` list, an ImagePolicy, an
// ImageUpdateAutomation or an `$imagepolicy` marker, all of which contain the word image, or
// an OCIRepository. Each document is screened on its own, and only those that match are parsed.
const SCREEN = /image|OCIRepository/i;
/** Audits the repository at `settings.root`; a tree over the limits rejects. */
function auditRepository(settings) {
    // All of it is synchronous (see readBounded); a throw becomes the promise's rejection.
    return new Promise(resolve => resolve(auditTree(settings)));
}
function auditTree(settings) {
    const limits = settings.limits ?? DEFAULT_LIMITS;
    const files = listYamlFiles(settings.root, limits);
    const sink = new findings/* FindingSink */.RQ();
    const facts = { policies: [], markers: [], automations: [], sources: [] };
    for (const file of files) {
        const read = readBounded(settings.root, file, limits);
        if ('size' in read) {
            const message = `skipped: ${read.size} bytes is over the ${limits.maxFileBytes}-byte limit`;
            sink.add('DP000', file, 1, message, {
                severity: 'note',
                fix: 'split the file; large generated files are better kept out of the GitOps tree'
            });
        }
        else if ('error' in read) {
            sink.add('DP000', file, 1, `could not be read: ${read.error}`);
        }
        else if (SCREEN.test(read.text) && !read.text.includes('\0')) {
            auditFile(file, read.text, settings, sink, facts);
        }
    }
    checkFlux(facts, {
        sink,
        files,
        protectedBy: f => settings.protection.reasonFor(f)
    });
    checkOciSources(facts.sources, {
        sink,
        aliases: settings.aliases ?? [],
        protectedBy: f => settings.protection.reasonFor(f)
    });
    return { findings: sink.list.sort(findings/* compareFindings */.Eg), files: files.length };
}
/**
 * The file's text; its size when it is over the limit (so it is never read); or why it could
 * not be read (it may have changed since the walk listed it). Synchronous: per-file calls
 * dominate the audit, and the promise-based ones cost several times more than these.
 */
function readBounded(root, file, limits) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a symlink after the walk is still not followed.
        const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
        fd = (0,external_node_fs_.openSync)(external_node_path_default().join(root, ...file.split('/')), flags);
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        if (size > limits.maxFileBytes)
            return { size };
        return { text: (0,external_node_fs_.readFileSync)(fd, 'utf8') };
    }
    catch (err) {
        return { error: (0,errors/* errorMessage */.gJ)(err) };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Parses the documents of one file that pass the screen, or reports why the file cannot be
 * audited (the first error of any of them); documents without the word are never parsed.
 */
function parseFile(file, source, sink, markers) {
    const parsed = [];
    // A marker may spell `$imagepolicy` with JSON escapes (\u0069mage…), which the word misses.
    const screen = (text) => SCREEN.test(text) || (markers && text.includes('\\u'));
    for (const slice of (0,yaml_documents/* documentSlices */.v)(source, screen)) {
        const counter = new dist.LineCounter();
        const docs = (0,dist.parseAllDocuments)(slice.text, { lineCounter: counter, prettyErrors: false });
        const lines = new LineMap(counter, slice.linesBefore);
        for (const doc of docs) {
            const error = doc.errors[0];
            if (error !== undefined) {
                const problem = error.message.split('\n')[0] ?? error.code;
                // An error at end of input would point past the last line; annotations need a real one.
                const at = Math.min(error.pos[0], Math.max(0, slice.text.length - 1));
                sink.add('DP000', file, lines.at(at), `not valid YAML: ${problem}`);
                return undefined;
            }
            // The audit never expands aliases, but Flux and kustomize would: say so, skip the file.
            const bomb = (0,yaml_splice/* aliasProblem */.C1)(doc, slice.text);
            if (bomb !== undefined) {
                sink.add('DP000', file, lines.at(bomb.offset), `refused YAML: ${bomb.problem}`, {
                    fix: 'write the values out instead of nesting aliases; Flux and kustomize expand them'
                });
                return undefined;
            }
            parsed.push({ doc, text: slice.text, lines });
        }
    }
    return parsed;
}
/** Per-file rules (DP001 to DP003) and the facts the cross-file rules need. */
function auditFile(file, source, settings, sink, facts) {
    // Flux only reads markers in files that hold the token, wherever it is in the file.
    const markers = source.includes(setters/* MARKER_TOKEN */.DV);
    const parsed = parseFile(file, source, sink, markers);
    if (!parsed)
        return;
    const protectedBy = settings.protection.reasonFor(file);
    const scope = {
        file,
        allowed: settings.allowed,
        sink,
        ...(protectedBy ? { protectedBy } : {})
    };
    const fileName = file.slice(file.lastIndexOf('/') + 1);
    for (const { doc, text, lines } of parsed) {
        const root = doc.contents;
        const header = headerOf(root);
        if (isFluxImageKind(header, 'ImagePolicy')) {
            facts.policies.push(policyFact(doc, text, file, lines));
        }
        else if (isFluxImageKind(header, 'ImageUpdateAutomation')) {
            facts.automations.push(automationFact(root, header, file, lines));
        }
        else if (isOciRepository(header)) {
            facts.sources.push(ociSourceFact(root, header, file, lines));
        }
        for (const use of imageUses(root, fileName, lines))
            checkImage(use, scope);
        if (markers)
            facts.markers.push(...markerFacts(doc, text, file, lines, protectedBy));
    }
    if (settings.pinAge)
        checkPins(file, source, settings.pinAge, sink);
}


/***/ }),

/***/ 48293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   RQ: () => (/* binding */ FindingSink),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69440);

/**
 * Escapes control characters: messages quote repository content (image references, marker
 * comments), and one finding must stay one line in text output and logs.
 */
const oneLine = (text) => text.replace(/\p{Cc}/gu, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Collects findings, filling severity and fix from the rule table. */
class FindingSink {
    /** Everything added, in order. */
    list = [];
    /** Records a finding of `rule` at `file:line`. */
    add(rule, file, line, message, opts = {}) {
        const r = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleOf */ .Y)(rule);
        this.list.push({
            rule,
            severity: opts.severity ?? r.severity,
            file,
            line,
            message: oneLine(message),
            fix: opts.fix ?? r.fix,
            ...(opts.object !== undefined ? { object: opts.object } : {})
        });
    }
}
/** Counts findings by severity. */
function countFindings(findings, files) {
    const of = (s) => findings.filter(f => f.severity === s).length;
    return {
        findings: findings.length,
        error: of('error'),
        warning: of('warning'),
        note: of('note'),
        files
    };
}
const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** File, then line, then rule: a stable order for golden files and diffs. */
function compareFindings(a, b) {
    if (a.file !== b.file)
        return order(a.file, b.file);
    return a.line - b.line || order(a.rule, b.rule) || order(a.message, b.message);
}


/***/ }),

/***/ 69440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ ruleHelpUri),
/* harmony export */   Y: () => (/* binding */ ruleOf),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports README_URL, ruleHeading, ruleAnchor */
/**
 * The guardrails `audit` enforces (seeds 000 and 001: immutable, digest-pinned artifacts in
 * production, tight ImagePolicies, reviewed write-back), one rule each.
 */
/** Every rule, in id order. */
const RULES = [
    {
        id: 'DP000',
        name: 'unauditable-file',
        severity: 'warning',
        summary: 'A file could not be audited.',
        fix: 'make the file valid YAML, or keep templates that are not YAML out of the GitOps tree',
        help: 'The file is not valid YAML, holds an alias bomb (aliases expanding past 100), holds an ' +
            'image reference or ImagePolicy that does not parse, or is larger than 2 MiB (a note). ' +
            'Its other findings are unknown.'
    },
    {
        id: 'DP001',
        name: 'tag-only-in-protected',
        severity: 'error',
        summary: 'An image in a protected environment is pinned by tag only.',
        fix: 'pin the digest: name:tag@sha256:<digest>, or add digest: to the images entry',
        help: 'A tag can be moved to other content; a protected environment must run the exact tested ' +
            'artifact, so its image references carry @sha256: digests.'
    },
    {
        id: 'DP002',
        name: 'floating-latest',
        severity: 'error',
        summary: 'An image uses the latest tag, or no tag at all.',
        fix: 'use an immutable version tag (and a digest in protected environments)',
        help: '`latest` (explicit or implied by a missing tag) floats. An error in a protected ' +
            'environment, a warning elsewhere.'
    },
    {
        id: 'DP003',
        name: 'registry-not-allowed',
        severity: 'error',
        summary: 'An image comes from a registry outside the allow-list.',
        fix: 'use an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml',
        help: 'Images must come from the registries in the allowed-registries input or promotion.yaml ' +
            '`registries.allowed`; without either list this rule is off.'
    },
    {
        id: 'DP004',
        name: 'unbounded-semver-range',
        severity: 'warning',
        summary: 'An ImagePolicy semver range has no upper bound.',
        fix: "bound the range, e.g. '>=1.2.0 <2.0.0' or '~1.2'",
        help: 'A range such as *, x, >=1.0 or >1 lets any future major version through. An error when ' +
            'a marker in a protected environment uses the policy.'
    },
    {
        id: 'DP005',
        name: 'unanchored-tag-pattern',
        severity: 'warning',
        summary: 'An ImagePolicy filterTags.pattern is not anchored with ^...$.',
        fix: 'anchor the pattern, e.g. ^production-v.*-(?P<ts>[0-9]+)$',
        help: 'Go regexps match anywhere in the tag, so an unanchored pattern also accepts tags of ' +
            'other environments that merely contain it.'
    },
    {
        id: 'DP006',
        name: 'policy-selects-floating',
        severity: 'error',
        summary: 'An ImagePolicy used by a protected environment can select latest or a pre-release.',
        fix: 'filter tags with an anchored pattern that excludes latest, and drop pre-release parts from the range',
        help: 'The policy is used by a marker in a protected environment and either picks latest ' +
            '(alphabetical or numerical order over tags that include it) or admits pre-releases ' +
            '(a semver range naming one).'
    },
    {
        id: 'DP007',
        name: 'marker-unknown-policy',
        severity: 'error',
        summary: 'An $imagepolicy marker names an ImagePolicy that is not in the repository.',
        fix: 'fix the marker to <namespace>:<name> of an existing ImagePolicy, or add the policy',
        help: 'Flux silently skips markers whose policy does not exist, so the field is never updated.'
    },
    {
        id: 'DP008',
        name: 'policy-unreferenced',
        severity: 'note',
        summary: 'No $imagepolicy marker references this ImagePolicy.',
        fix: 'add a marker that uses the policy, or delete the policy',
        help: 'The policy selects tags that nothing writes to Git.'
    },
    {
        id: 'DP009',
        name: 'automation-pushes-protected',
        severity: 'error',
        summary: 'An ImageUpdateAutomation pushes straight to the branch of a protected environment.',
        fix: 'set spec.git.push.branch to a separate branch and merge it through a reviewed pull request',
        help: 'spec.update.path covers a protected environment and the automation pushes to the ' +
            'branch it checks out (no spec.git.push.branch, or the same branch), skipping review.'
    },
    {
        id: 'DP010',
        name: 'stale-rollback-pin',
        severity: 'warning',
        summary: 'A rollback pin has kept Flux image automation off a field for longer than allowed.',
        fix: 'promote a fixed digest into the environment (which restores the marker), or raise pin-max-age',
        help: 'A rollback turns each $imagepolicy marker it rewrites into $imagepolicy-pinned, which ' +
            "Flux's setter does not read, so automation cannot undo the rollback. A pin older than " +
            'pin-max-age (default 7d), or one whose event id names no time, means the environment ' +
            'has stopped following its policy.'
    },
    {
        id: 'DP011',
        name: 'oci-source-ungoverned-tag',
        severity: 'error',
        summary: 'A Flux OCIRepository follows a floating tag that no alias environment governs.',
        fix: 'declare the tag as an alias environment in promotion.yaml (alias: {repository, tag}), or pin spec.ref.digest',
        help: 'spec.ref.tag (or no ref at all, which follows latest) names a tag that is not a version, ' +
            'and no environment in promotion.yaml has alias oci://<repository> with that tag, so ' +
            'anyone who can push the tag changes what the cluster runs, with no promotion event. ' +
            'spec.ref.digest and spec.ref.semver are fine. An error in a protected environment, a ' +
            'warning elsewhere.'
    },
    {
        id: 'DP012',
        name: 'alias-source-unverified',
        severity: 'error',
        summary: "A protected alias environment's OCIRepository does not verify cosign signatures.",
        fix: 'add spec.verify with provider: cosign (and the signing identity) to the OCIRepository',
        help: 'The OCIRepository follows the alias of a protected environment in promotion.yaml but ' +
            'has no spec.verify, or verifies with another provider than cosign, so source-controller ' +
            'would apply an unsigned artifact pushed to the tag.'
    }
];
/** The rule with `id`. */
function ruleOf(id) {
    const rule = RULES.find(r => r.id === id);
    if (!rule)
        throw new Error(`unknown audit rule ${id}`);
    return rule;
}
/**
 * The published README, whose "Audit rules" section has one heading per rule. It is the
 * tagged `v1` README, so a SARIF alert links to the rules of the release that raised it.
 */
const README_URL = 'https://github.com/acme/digest-promote/blob/v1/README.md';
/** The README heading of `rule`: `DP001 tag-only-in-protected`. */
function ruleHeading(rule) {
    return `${rule.id} ${rule.name}`;
}
/**
 * GitHub's anchor of {@link ruleHeading} (lowercase, spaces as `-`; ids and names hold only
 * letters, digits and `-`, which GitHub keeps): `dp001-tag-only-in-protected`.
 */
function ruleAnchor(rule) {
    return ruleHeading(rule).toLowerCase().replaceAll(' ', '-');
}
/** Where `rule` is explained: its README heading (SARIF `helpUri`). */
function ruleHelpUri(rule) {
    return `${README_URL}#${ruleAnchor(rule)}`;
}


/***/ }),

/***/ 15987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ timeOfEventId)
/* harmony export */ });
/**
 * The time an event id names: ids start with the event's UTC time to the second
 * (`20261123T230000Z-production-…`, see `eventId` in event.ts). Undefined for text that is not
 * such an id, since ids also come from untrusted places such as rollback pins in manifests.
 */
function timeOfEventId(id) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(id);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    // Date.UTC rolls over (month 13, second 61); such an id was not written by eventId.
    return time.toISOString().startsWith(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`)
        ? time
        : undefined;
}


/***/ }),

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
