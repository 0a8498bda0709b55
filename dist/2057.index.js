export const id = 2057;
export const ids = [2057];
export const modules = {

/***/ 2057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSelectTag: () => (/* binding */ runSelectTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_go_regexp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32050);
/* harmony import */ var _policy_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72299);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/* harmony import */ var _select_tag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55001);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88282);
/**
 * What `select-tag` does once its inputs are parsed, loaded with `import()` only when it runs:
 * the Flux policy engine (Go regular expressions, semver ranges) and the registry client.
 *
 * @module
 */






/** Longest part of a hostile tag a message repeats. */
const MAX_ECHO = 100;
/** Runs {@link selectTagCommand} with parsed options. */
async function runSelectTag(opts, ctx) {
    let policy = opts.policy;
    if (Object.keys(policy).length === 0) {
        const text = await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readUserFile */ .E)('policy-file', opts.describe, ctx, _select_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_FILE */ .TK);
        // The YAML parser loads only for a policy file.
        const { parseImagePolicyYaml } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2169)]).then(__webpack_require__.bind(__webpack_require__, 42169));
        policy = mapPatternError('policy-file', () => parseImagePolicyYaml(text));
    }
    else {
        // Compiles the pattern (and the range) first, so a bad one fails before any registry call.
        mapPatternError('pattern', () => (0,_policy_select_js__WEBPACK_IMPORTED_MODULE_2__/* .selectTag */ .l)([], policy));
    }
    const tags = await loadTags(opts, ctx);
    const selection = (0,_policy_select_js__WEBPACK_IMPORTED_MODULE_2__/* .selectTag */ .l)(tags, policy, { explain: opts.explain });
    const lines = opts.explain
        ? selection.verdicts.map(v => `${v.verdict.padEnd(9)} ${v.tag}${v.value !== undefined ? ` (${v.value})` : ''}: ${v.reason}`)
        : [];
    if (selection.warning)
        ctx.logger.warning(selection.warning);
    const json = {
        tag: selection.tag ?? null,
        considered: selection.considered,
        reason: selection.reason ?? null,
        warning: selection.warning ?? null,
        ...(opts.explain ? { verdicts: selection.verdicts } : {})
    };
    if (!selection.tag) {
        return {
            status: 'failed',
            exitCode: 1,
            outputs: {},
            text: [selection.reason ?? 'no tag selected', ...lines].join('\n'),
            json
        };
    }
    if (!_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_REGEXP */ .jt.test(selection.tag)) {
        // Tags files and registries are not trusted: only a tag a registry could hold is
        // printed alone on a line or becomes an output.
        return {
            status: 'failed',
            exitCode: 1,
            outputs: {},
            text: lines.join('\n'),
            error: notATag(selection.tag, opts),
            json: { ...json, tag: null }
        };
    }
    return {
        status: 'unchanged',
        outputs: { tag: selection.tag },
        text: [...lines, ...(lines.length ? [''] : []), selection.tag].join('\n'),
        json
    };
}
/** Runs `fn`, reporting a filter pattern Go rejects as a problem of `input`. */
function mapPatternError(input, fn) {
    try {
        return fn();
    }
    catch (err) {
        if (!(err instanceof _policy_go_regexp_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPatternError */ .O))
            throw err;
        const where = input === 'policy-file' ? 'filterTags.pattern: ' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${where}${err.message}`, 'write a Go RE2 pattern, as Flux does (no lookaround, no backreferences)');
    }
}
function notATag(tag, opts) {
    const shown = JSON.stringify(tag.length > MAX_ECHO ? `${tag.slice(0, MAX_ECHO)}…` : tag);
    const where = 'file' in opts.source ? 'the tags file' : 'the registry';
    return (`the selected tag ${shown} from ${where} is not a valid OCI tag ` +
        '([A-Za-z0-9_][A-Za-z0-9._-]{0,127}); remove it, or narrow the policy with a pattern that leaves it out');
}
async function loadTags(opts, ctx) {
    if ('file' in opts.source) {
        const text = await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readUserFile */ .E)('tags-file', opts.source.file, ctx, _select_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TAGS_FILE */ .qv);
        // One pass, one array: a tags file may hold a registry's whole history.
        const tags = [];
        for (const line of text.split('\n')) {
            const tag = line.trim();
            if (tag !== '')
                tags.push(tag);
        }
        return tags;
    }
    // The registry client (and its HTTP stack) loads only when tags come from a registry.
    const { createRegistryClient } = await Promise.all(/* import() */[__webpack_require__.e(9711), __webpack_require__.e(4992)]).then(__webpack_require__.bind(__webpack_require__, 24992));
    return createRegistryClient(opts.registry, ctx).listTags(opts.source.image);
}


/***/ })

};
