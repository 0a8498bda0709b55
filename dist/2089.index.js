export const id = 2089;
export const ids = [2089];
export const modules = {

/***/ 12089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileRefPattern: () => (/* binding */ compileRefPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * The `provenance-ref` pattern, kept apart from the provenance gate so that checking it, the
 * first step of a run that has one, loads only the regular-expression engine.
 *
 * @module
 */

/** Compiles a ref pattern for a whole-string match, as `provenance-ref` documents. */
function compileRefPattern(pattern) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(`^(?:${pattern})$`);
        return ref => re.matches(ref);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}


/***/ })

};
