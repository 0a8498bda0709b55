export const id = 1767;
export const ids = [1767];
export const modules = {

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


/***/ })

};
