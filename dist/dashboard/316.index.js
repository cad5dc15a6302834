export const id = 316;
export const ids = [316];
export const modules = {

/***/ 4316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseIssuesFile: () => (/* binding */ parseIssuesFile)
/* harmony export */ });
/* unused harmony export issuesFileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(425);
/* harmony import */ var _core_json_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3082);
/**
 * The dashboard's `issues` input: blockers, promotion requests and maintenance breaches as a
 * JSON file. Apart from the model so that its schema (zod) loads only when there is a file.
 */



const issueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]),
    state: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    closedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
});
const issuesFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    fetchedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    blockers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(issueSchema).default([]),
    requests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(issueSchema).default([]),
    breaches: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(issueSchema).default([]),
});
/** Reads an `issues.json` (`{fetchedAt?, blockers: [...], requests: [...], breaches?: [...]}`, each `{number, title, url, labels}`; breaches also `state`, `createdAt`, `closedAt`). */
function parseIssuesFile(text, file) {
    const doc = (0,_core_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonText */ .lk)(text, file);
    const r = issuesFileSchema.safeParse(doc);
    if (!r.success) {
        const issue = r.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`is not an issues file: ${issue.path.join('.')}: ${issue.message}`, { file }, 'Expected {"blockers": [{"number", "title", "url", "labels"}], "requests": [...]}.');
    }
    return r.data;
}


/***/ })

};
