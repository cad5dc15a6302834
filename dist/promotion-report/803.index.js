export const id = 803;
export const ids = [803];
export const modules = {

/***/ 3803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateResultSchema: () => (/* binding */ gateResultSchema)
/* harmony export */ });
/* unused harmony exports evidenceSchema, criterionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _gate_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/**
 * The schema of a result file (docs/result-format.md), for reading results back
 * (read-results.ts) and for tests. Apart from gate-result.ts, whose types it defines, so that
 * a run that only writes a result neither loads zod nor builds these schemas.
 */


const evidenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** A report or repository file, relative to the repository root. */
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** A link: the workflow run, an issue, a dashboard. */
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const criterionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Stable id, e.g. `coverage.total`, `coverage.category.critical`, `tests.unit`. */
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
    measured: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    /** The bar, with how the measured value compares to it. */
    bar: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    comparator: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['>=', '<=', '==', '<', '>']).nullable(),
    unit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** How far short of the bar, in the unit (positive), for failures. */
    gap: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    /** One line for a person: what was measured, or why there is no value. */
    detail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(evidenceSchema),
    /**
     * False: shown as progress, not judged (a pull request shows the next stage's bars without
     * enforcing them). Absent: the criterion counts toward the gate's status.
     */
    enforced: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
});
const gateResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULT_KIND */ .j_),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULT_VERSION */ .Rr),
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Config id, or null for a whole report evaluated without a component. */
    component: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ current: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(), target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    /** coverage-gate: which tests the results are (the step that ran them says so). */
    testKind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['unit', 'integration', 'e2e']).nullable().optional(),
    /**
     * What was judged: `change` (a pull request: what it introduces, and no drop below the current
     * stage's bars) or `stage` (every criterion of the target stage). Absent: `stage`.
     */
    scope: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['change', 'stage']).optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
    /** One line for people and logs. */
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(criterionSchema),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullable(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    /** Gate-specific measurements (coverage per category, findings...) for renderers and the dashboard. */
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
});


/***/ })

};
