import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: GATE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/errors.ts
var core_errors = __nccwpck_require__(425);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./packages/core/json-text.ts
/**
 * Parses a JSON report with the native parser; when that fails, finds where and why with
 * jsonc-parser (V8's messages do not always say where) and tells truncation apart from a
 * syntax error. Shared by every JSON report format (coverage, lint, security).
 */


function lineColumnAt(text, position) {
    let line = 1;
    let lastBreak = -1;
    for (let i = 0; i < position && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lastBreak = i;
        }
    }
    return { line, column: position - lastBreak };
}
const PARSE_ERRORS = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: '":" was expected',
    CommaExpected: '"," was expected',
    CloseBraceExpected: '"}" was expected',
    CloseBracketExpected: '"]" was expected',
    EndOfFileExpected: 'text follows the end of the JSON',
    InvalidCommentToken: 'comments are not JSON',
    UnexpectedEndOfComment: 'an unclosed comment',
    UnexpectedEndOfString: 'an unclosed string',
    UnexpectedEndOfNumber: 'a number ends early',
    InvalidUnicode: 'an invalid \\u escape',
    InvalidEscapeCharacter: 'an invalid escape',
    InvalidCharacter: 'a control character in a string',
};
/** Deeper than any report or payload a tool writes, and shallow enough for every walker of the data. */
const MAX_JSON_DEPTH = 512;
/** Where JSON text nests past MAX_JSON_DEPTH (outside strings), or -1. A byte scan: no parse. */
function jsonTooDeepAt(text, limit = MAX_JSON_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++; // a backslash escapes the next character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > limit)
                return i;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return -1;
}
/** A sentence saying that the JSON nests too deep, or null. */
function jsonNestingProblem(text) {
    const at = jsonTooDeepAt(text);
    return at < 0
        ? null
        : `nests deeper than ${MAX_JSON_DEPTH} levels (at character ${at}), which no report or payload does`;
}
/**
 * Parses JSON with the native parser; on failure, finds where and why with jsonc-parser
 * (V8's messages do not always say where), and tells truncation apart from a syntax error.
 */
function parseJsonText(raw, file) {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte order mark (PowerShell, some Windows tools)
    const deep = jsonTooDeepAt(text);
    if (deep >= 0) {
        throw new core_errors/* ReportError */.$(`the JSON nests deeper than ${MAX_JSON_DEPTH} levels, which no report does`, { file, ...lineColumnAt(text, deep) }, 'Regenerate the report; this is not the output of the tool.');
    }
    try {
        return JSON.parse(text);
    }
    catch {
        const errors = [];
        (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const end = text.trimEnd().length;
        const truncated = !first || first.offset >= end || (0,main.printParseErrorCode)(first.error) === 'UnexpectedEndOfString';
        const where = lineColumnAt(text, first ? Math.min(first.offset, text.length) : text.length);
        const reason = truncated
            ? 'the JSON ends early (truncated)'
            : `the JSON is malformed: ${PARSE_ERRORS[(0,main.printParseErrorCode)(first.error)] ?? (0,main.printParseErrorCode)(first.error)}`;
        throw new core_errors/* ReportError */.$(reason, { file, ...where }, 'Regenerate the report.');
    }
}

;// CONCATENATED MODULE: ./packages/action-io/event-payload.ts
/**
 * Checks the event payload (GITHUB_EVENT_PATH) before anything reads it. `@actions/github`
 * parses that file while it is being imported, before any action code runs, and a malformed
 * file there is a stack trace in every action. This module is the first each action imports
 * (ES modules run in import order): a payload that is not a JSON object is recorded here and
 * taken out of the environment, so that the import goes through and `runAction` reports it as
 * the user's problem, naming the variable and the file.
 */



/** GitHub's event payloads are well under this (a push with many commits is a few MB). */
const MAX_EVENT_BYTES = 64 * 1024 * 1024;
function check(path) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return null; // a missing file: @actions/github says so itself, and the payload is empty
    }
    if (size > MAX_EVENT_BYTES)
        return `is ${size} bytes, more than an event payload can be (${MAX_EVENT_BYTES})`;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        return `cannot be read (${e.code ?? e.message})`;
    }
    const nesting = jsonNestingProblem(text);
    if (nesting)
        return nesting;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'is not valid JSON';
    }
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? null : 'is not a JSON object';
}
const event_payload_path = process.env.GITHUB_EVENT_PATH;
const problem = event_payload_path ? check(event_payload_path) : null;
if (problem)
    delete process.env.GITHUB_EVENT_PATH;
/** The payload's problem as an error (thrown by runAction before the action's main), or null. */
function eventPayloadError() {
    if (!problem)
        return null;
    return new core_errors/* ConfigurationError */.j(`the event payload ${event_payload_path} (GITHUB_EVENT_PATH) ${problem}`, { at: 'GITHUB_EVENT_PATH' }, 'The runner writes this file; a step before this one may have overwritten it. Re-run the job; if it persists, check the steps that write to $GITHUB_EVENT_PATH.');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./packages/core/config/load-config.ts
var load_config = __nccwpck_require__(9846);
;// CONCATENATED MODULE: ./packages/core/logger.ts
const ignore = () => { };
/**
 * The Logger an action's shell makes: debug and info lines go straight to the runner's log (the
 * sinks the shell gives, @actions/core's), warnings are kept for the job summary and published once
 * with the result, so their number is bounded by the step's annotation limit (action-io/publish.ts).
 */
class RunLog {
    debugSink;
    infoSink;
    warnings = [];
    constructor(debugSink = ignore, infoSink = ignore) {
        this.debugSink = debugSink;
        this.infoSink = infoSink;
    }
    debug(message) {
        this.debugSink(message);
    }
    info(message) {
        this.infoSink(message);
    }
    warning(message) {
        this.warnings.push(message);
    }
}

// EXTERNAL MODULE: ./packages/core/result/gate-result.ts
var gate_result = __nccwpck_require__(751);
;// CONCATENATED MODULE: ./packages/core/version.ts
/** Written into every result so readers know which version of the rules produced it. */
const TOOL_NAME = 'maturity-actions';
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./packages/core/result/build-result.ts


function buildGateResult(p) {
    const { context } = p;
    return {
        kind: gate_result/* RESULT_KIND */.j_,
        version: gate_result/* RESULT_VERSION */.Rr,
        gate: p.gate,
        component: p.component,
        stage: { current: p.current, target: p.target },
        ...(p.testKind !== undefined ? { testKind: p.testKind } : {}),
        ...(p.scope !== undefined ? { scope: p.scope } : {}),
        status: (0,gate_result/* overallStatus */.gX)(p.criteria),
        summary: p.summary,
        criteria: p.criteria,
        repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : null,
        commit: context.sha,
        ref: context.ref,
        run: context.run,
        createdAt: p.now.toISOString(),
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        data: p.data,
    };
}

;// CONCATENATED MODULE: ./packages/core/scope.ts
const SCOPE_VALUES = ['auto', 'change', 'stage'];
/** `auto` is `change` on a pull request and `stage` elsewhere. */
function resolveScope(input, onPullRequest) {
    if (input === 'change' || input === 'stage')
        return input;
    return onPullRequest ? 'change' : 'stage';
}
/**
 * In change scope, marks every criterion that is not about the change as progress
 * (`enforced: false`), unless the next stage is enforced too. `changeIds` are the ids the gate
 * wrote for the change itself.
 */
function markProgress(criteria, scope, changeIds, enforceNextStage) {
    if (scope === 'stage' || enforceNextStage)
        return [...criteria];
    return criteria.map((c) => (changeIds.has(c.id) ? c : { ...c, enforced: false }));
}
const ENFORCE_VALUES = ['auto', 'true', 'false'];
/**
 * Whether a gate fails its step when a criterion falls short. `auto`: yes, except on a push to
 * the default branch, where the run records where each component stands (the evidence promotion
 * requests are scored on, and what pull requests are compared with): a component that has not
 * reached its next stage yet is not a broken build. A crashed tool fails the step everywhere.
 */
function resolveEnforce(input, defaultBranchPush) {
    if (input === 'true')
        return true;
    if (input === 'false')
        return false;
    return !defaultBranchPush;
}

;// CONCATENATED MODULE: ./packages/core/maturity/read-maturity.ts
/**
 * Finds and reads a component's MATURITY.md (the config's `maturity-file`, possibly
 * `file#section`). The Markdown parser (mdast, micromark: a tenth of an action's bundle) is
 * loaded only when there is a file to parse.
 */


/** The file to read for `component`, or the warning that says why there is none. */
function maturityPath(root, component) {
    if (!component.maturityFile) {
        return { warning: `${component.id} has no maturity-file in the config and none can be derived from its paths` };
    }
    const [path] = component.maturityFile.split('#', 1);
    const abs = (0,external_node_path_.join)(root, path);
    if (!(0,external_node_fs_.existsSync)(abs))
        return { warning: `${component.id}: ${path} does not exist, so its current stage is unknown` };
    return { abs };
}
function parseAt(abs, component, parse) {
    return { record: parse((0,external_node_fs_.readFileSync)(abs, 'utf8'), component.maturityFile) };
}
async function readMaturityRecord(root, component) {
    const at = maturityPath(root, component);
    if (at.warning !== undefined)
        return { warning: at.warning };
    const { parseMaturityFile } = await Promise.all(/* import() */[__nccwpck_require__.e(182), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446));
    return parseAt(at.abs, component, parseMaturityFile);
}
/**
 * A synchronous reader for code that looks stages up on demand (dependency walks, one
 * component's dependents): the parser is loaded once, first; each file is still read only
 * when asked for.
 */
async function maturityReader(root) {
    const { parseMaturityFile } = await Promise.all(/* import() */[__nccwpck_require__.e(182), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446));
    return (component) => {
        const at = maturityPath(root, component);
        return at.warning !== undefined ? { warning: at.warning } : parseAt(at.abs, component, parseMaturityFile);
    };
}

// EXTERNAL MODULE: ./packages/core/stages.ts
var stages = __nccwpck_require__(6293);
;// CONCATENATED MODULE: ./packages/core/subject.ts




function findComponent(config, id) {
    const component = config.components.get(id);
    if (component)
        return component;
    const known = [...config.components.keys()];
    const hint = (0,load_config/* closest */.kp)(id, known);
    throw new core_errors/* ConfigurationError */.j(`"${id}" is not a component in ${config.file ?? 'the config (there is no config file)'}`, { at: 'component' }, hint
        ? `Did you mean "${hint}"?`
        : known.length
            ? `Known components: ${known.join(', ')}.`
            : 'Add it under `components:` in .github/maturity.yml.');
}
/** Loosely: `Player Experience`, `player_experience`, `PLAYER-EXPERIENCE` all read as `player-experience`. */
function looseKey(s) {
    return s
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-');
}
/**
 * A component named the way people write it in a form: its id, its display name (`name:` in the
 * config), or either with other spacing, case or separators. Unknown names get the error of
 * findComponent, with a suggestion.
 */
function findComponentByName(config, written) {
    const want = looseKey(written);
    for (const c of config.components.values())
        if (looseKey(c.id) === want || looseKey(c.name) === want)
            return c;
    return findComponent(config, written.trim());
}
async function resolveSubject(config, root, componentId, target) {
    const warnings = [];
    let component = null;
    let maturity = null;
    if (componentId) {
        component = findComponent(config, componentId);
        const lookup = await readMaturityRecord(root, component);
        if (lookup.record) {
            maturity = lookup.record;
            warnings.push(...lookup.record.warnings.map((w) => `${component.maturityFile}: ${w}`));
        }
        else {
            warnings.push(lookup.warning);
        }
    }
    const current = maturity?.stage ?? null;
    const resolvedTarget = target ?? (0,stages/* defaultTargetStage */.$A)(current ?? undefined);
    return { component, maturity, current, target: resolvedTarget, policy: config.policy[resolvedTarget], warnings };
}

;// CONCATENATED MODULE: ./packages/github/run-context.ts
/**
 * What the runner tells an action about the run: repository, commit, event, pull request.
 * Read from the environment and the event payload (GITHUB_EVENT_PATH) into plain data.
 */

function readPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return data && typeof data === 'object' ? data : {};
    }
    catch {
        return {};
    }
}
function readRunContext(env = process.env, cwd = process.cwd()) {
    const payload = readPayload(env);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pr = payload.pull_request;
    let pullRequest = null;
    if (pr && typeof pr.number === 'number') {
        const baseRepo = pr.base?.repo?.full_name;
        const headRepo = pr.head?.repo?.full_name;
        pullRequest = {
            number: pr.number,
            baseSha: pr.base?.sha ?? '',
            headSha: pr.head?.sha ?? '',
            baseRef: pr.base?.ref ?? '',
            headRef: pr.head?.ref ?? '',
            fromFork: !!baseRepo && headRepo !== baseRepo,
        };
    }
    const issue = payload.issue;
    const issueNumber = pullRequest?.number ?? (typeof issue?.number === 'number' ? issue.number : null);
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? {
            id: env.GITHUB_RUN_ID,
            attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
            url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
        }
        : null;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? null,
        owner: owner || null,
        repo: repo || null,
        sha: pullRequest?.headSha || env.GITHUB_SHA || null,
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || null,
        pullRequest,
        issueNumber,
        run,
        workspace: env.GITHUB_WORKSPACE || cwd,
        actor: env.GITHUB_ACTOR ?? null,
        defaultBranchPush: isDefaultBranchPush(env, payload),
        payload,
    };
}
function isDefaultBranchPush(env, payload) {
    const branch = payload.repository?.default_branch;
    return env.GITHUB_EVENT_NAME === 'push' && typeof branch === 'string' && env.GITHUB_REF === `refs/heads/${branch}`;
}

;// CONCATENATED MODULE: ./packages/action-io/gate-run.ts
/**
 * What the gates' shells share: the run they are in (the event, the config, the component and its
 * stage, the scope), one log for what they say on the way, and the parts of a result and of a
 * publication that are the same for every gate.
 */







/** Reads the event, the config and the subject; the subject's warnings are the log's first. */
async function startGateRun(gate, inputs) {
    const ctx = readRunContext();
    const config = await (0,load_config/* loadConfig */.Z9)(inputs.configPath, inputs.root, false, inputs.configExplicit);
    const subject = await resolveSubject(config, inputs.root, inputs.component, inputs.targetStage);
    const log = new RunLog(core_debug, info);
    for (const w of subject.warnings)
        log.warning(w);
    return {
        gate,
        ctx,
        config,
        subject,
        who: subject.component?.id ?? 'the whole report',
        scope: resolveScope(inputs.scope, ctx.pullRequest !== null),
        log,
        now: new Date(),
    };
}
/** The gate's result: its criteria, summary line and data, stamped with the run. */
function gateResult(run, parts) {
    return buildGateResult({
        gate: run.gate,
        component: run.subject.component?.id ?? null,
        current: run.subject.current,
        target: run.subject.target,
        context: run.ctx,
        now: run.now,
        scope: run.scope,
        ...parts,
    });
}
/** The publication's fields that come from the run and the common inputs, not from the gate's evaluation. */
function runPublication(run, inputs) {
    return {
        gate: run.gate,
        warnings: run.log.warnings,
        resultsDir: inputs.resultsDir,
        allowNoData: inputs.allowNoData,
        enforce: resolveEnforce(inputs.enforce, run.ctx.defaultBranchPush),
    };
}

// EXTERNAL MODULE: ./packages/github/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(1156);
;// CONCATENATED MODULE: ./packages/github/lazy-client.ts

/** Every method of GitHubApi: the compiler checks that none is missing. */
const METHODS = [
    'viewerLogin',
    'listIssueComments',
    'createIssueComment',
    'updateIssueComment',
    'deleteIssueComment',
    'listPullRequestFiles',
    'getFile',
    'listDirectory',
    'putFile',
    'branchSha',
    'createBranch',
    'deleteBranch',
    'defaultBranch',
    'listOpenIssues',
    'createIssue',
    'updateIssue',
    'closeIssue',
    'createPullRequest',
    'findOpenPullRequest',
    'listMilestones',
    'createMilestone',
    'getIssue',
    'addLabels',
    'removeLabel',
    'listLabels',
    'createLabel',
    'updateLabel',
    'permissionOf',
    'searchIssues',
    'listIssueEvents',
    'listArtifacts',
    'downloadArtifact',
];
/** Fails to compile when GitHubApi gains a method that METHODS does not list: add it above. */
const everyMethodListed = true;
void everyMethodListed;
function lazyGitHubClient(options) {
    let client;
    // After undici: octokit's fetch and proxy agent are undici's (undici-on-demand.ts).
    const load = () => (client ??= (0,undici_on_demand.withUndici)(() => Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(399)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5399))).then((m) => m.createGitHubClient(options)));
    const api = { owner: options.owner, repo: options.repo };
    for (const name of METHODS) {
        api[name] = async (...args) => (await load())[name](...args);
    }
    return api;
}

;// CONCATENATED MODULE: ./packages/core/redact.ts
/**
 * Credentials in URLs, never printed or written. A health, Prometheus or metrics URL may carry
 * `user:password@` or a token in its query (`?token=…`, `?api_key=…`); the runner masks only
 * the secrets it knows, and not what goes through the API (an incident issue, the history on
 * the data branch) or is too short to mask. Every URL shown or stored goes through `redactUrl`,
 * and every message that may quote one (an error of `fetch`, a server's answer) through
 * `redactUrls`.
 */
const REDACTED = '***';
/** Query parameters whose values are secrets (compared lower-case, `-` and `_` alike). */
const SECRET_PARAMS = new Set([
    'token',
    'access_token',
    'accesstoken',
    'auth',
    'auth_token',
    'authorization',
    'api_key',
    'apikey',
    'key',
    'secret',
    'client_secret',
    'password',
    'passwd',
    'pwd',
    'pass',
    'sig',
    'signature',
    'x-amz-signature',
    'x-amz-credential',
    'x-amz-security-token',
    'code',
    'session',
    'sessionid',
    'private_token',
    'jwt',
    'bearer',
    'credential',
    'credentials',
]);
function isSecretParam(name) {
    const n = name.toLowerCase().replace(/-/g, '_');
    return (SECRET_PARAMS.has(n) ||
        SECRET_PARAMS.has(n.replace(/_/g, '')) ||
        /(token|secret|passw|api_?key|signature|credential)/.test(n));
}
/** The query with the values of secret parameters replaced (the rest kept as written). */
function redactQuery(query) {
    return query
        .split('&')
        .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        let name = pair.slice(0, eq);
        try {
            name = decodeURIComponent(name.replace(/\+/g, ' '));
        }
        catch {
            // a malformed escape: judge the name as written
        }
        return isSecretParam(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
        .join('&');
}
/**
 * A URL fit to show and store: userinfo (`user:password@`) replaced by `***@`, the values of
 * secret query parameters by `***`, the fragment dropped. Text that is not a URL is returned
 * with the same rules applied as far as it looks like one.
 */
function redactUrl(url) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
    if (!m)
        return redactUrls(url);
    const [, scheme, authority, path, query] = m;
    const at = authority.lastIndexOf('@');
    const host = at >= 0 ? `${REDACTED}@${authority.slice(at + 1)}` : authority;
    return `${scheme}${host}${path}${query ? `?${redactQuery(query.slice(1))}` : ''}`;
}
/** Every URL inside a message (an error text, a server's answer) redacted. */
function redactUrls(text) {
    return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (u) => redactUrl(u));
}
/** `text` with each of `secrets` (exact values known to be secret) replaced; short ones too. */
function redactValues(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s)
            out = out.split(s).join(REDACTED);
    return out;
}
/** The credentials a URL carries (userinfo parts and secret query values), for `redactValues`. */
function urlSecrets(url) {
    const out = [];
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)[^?#]*(?:\?([^#]*))?/i.exec(url);
    if (!m)
        return out;
    const authority = m[1];
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
        // The password; a user name alone is a token (https://TOKEN@host).
        const userinfo = authority.slice(0, at);
        const colon = userinfo.indexOf(':');
        const secret = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
        if (secret) {
            out.push(secret);
            try {
                out.push(decodeURIComponent(secret));
            }
            catch {
                // kept as written
            }
        }
    }
    for (const pair of (m[2] ?? '').split('&')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && isSecretParam(pair.slice(0, eq)) && pair.slice(eq + 1))
            out.push(pair.slice(eq + 1));
    }
    return [...new Set(out)].filter((s) => s.length >= 3);
}

// EXTERNAL MODULE: ./packages/report/workflow-text.ts
var workflow_text = __nccwpck_require__(7794);
;// CONCATENATED MODULE: ./packages/action-io/github-setup.ts
/** The GitHub client for a run, when there is a token and a repository to talk to. */




/**
 * Bounds the tests shrink so that a hanging or flooding fake API is met in seconds:
 * MATURITY_ACTIONS_API_TIMEOUT_MS (per attempt; a call's budget is four times that, room
 * for the back-off of a few retries) and
 * MATURITY_ACTIONS_API_MAX_REPLY_BYTES. Unset, the client's defaults apply.
 */
function boundsFromEnv(env = process.env) {
    const positive = (name) => {
        const n = Number(env[name]);
        return Number.isFinite(n) && n > 0 ? n : undefined;
    };
    const timeoutMs = positive('MATURITY_ACTIONS_API_TIMEOUT_MS');
    const maxReplyBytes = positive('MATURITY_ACTIONS_API_MAX_REPLY_BYTES');
    return { ...(timeoutMs ? { timeoutMs, budgetMs: 4 * timeoutMs } : {}), ...(maxReplyBytes ? { maxReplyBytes } : {}) };
}
function githubFor(ctx, token) {
    if (!token || !ctx.owner || !ctx.repo)
        return null;
    // The retry log quotes the API's messages: one line each, URLs without credentials, the token never.
    const log = (m) => info((0,workflow_text/* logLine */.B)(redactUrls(m).split(token).join('***')));
    return lazyGitHubClient({
        token,
        owner: ctx.owner,
        repo: ctx.repo,
        log,
        note: (m) => warning((0,workflow_text/* logLine */.B)(redactUrls(m))),
        ...boundsFromEnv(),
    });
}

;// CONCATENATED MODULE: ./packages/action-io/names.ts
/**
 * Every action's input and output names, in one place. The action.yml files declare exactly
 * these (a test checks), and the code reads inputs only through these constants.
 */
const CommonInputs = {
    Config: 'config',
    Component: 'component',
    TargetStage: 'target-stage',
    GitHubToken: 'github-token',
    Comment: 'comment',
    ResultsDir: 'results-dir',
    AllowNoData: 'allow-no-data',
    WorkingDirectory: 'working-directory',
};
/** The inputs of the gates that judge a change (coverage-gate, quality-gate, security-gate). */
const ChangeInputs = {
    Scope: 'scope',
    Baseline: 'baseline',
    Enforce: 'enforce',
};
const names_CommonOutputs = {
    Passed: 'passed',
    Status: 'status',
    ResultFile: 'result-file',
};
const CoverageGateInputs = {
    CoverageFiles: 'coverage-files',
    TestResults: 'test-results',
    TestKind: 'test-kind',
    MinCoverage: 'min-coverage',
    MinDiffCoverage: 'min-diff-coverage',
    PathMap: 'path-map',
};
const CoverageGateOutputs = {
    Coverage: 'coverage',
    DiffCoverage: 'diff-coverage',
    TestsPassed: 'tests-passed',
    TestsFailed: 'tests-failed',
};
const QualityGateInputs = {
    RuffReport: 'ruff-report',
    PyrightReport: 'pyright-report',
    EslintReport: 'eslint-report',
    TscReport: 'tsc-report',
    RuffCommand: 'ruff-command',
    PyrightCommand: 'pyright-command',
    EslintCommand: 'eslint-command',
    TscCommand: 'tsc-command',
    CommandTimeoutMinutes: 'command-timeout-minutes',
    BaselineRef: 'baseline-ref',
    Docstrings: 'docstrings',
    PathMap: 'path-map',
};
const QualityGateOutputs = {
    Errors: 'errors',
    Warnings: 'warnings',
    NewErrors: 'new-errors',
    NewWarnings: 'new-warnings',
    DocstringCoverage: 'docstring-coverage',
};
const SecurityGateInputs = {
    BanditReport: 'bandit-report',
    PipAuditReport: 'pip-audit-report',
    SafetyReport: 'safety-report',
    SecretsReport: 'secrets-report',
    SarifFiles: 'sarif-files',
    AcceptedRisks: 'accepted-risks',
    SarifOutput: 'sarif-output',
    History: 'history',
    Manifest: 'manifest',
    PathMap: 'path-map',
};
const SecurityGateOutputs = {
    Critical: 'critical',
    High: 'high',
    Medium: 'medium',
    Low: 'low',
    Accepted: 'accepted',
    SarifFile: 'sarif-file',
};
const UptimeCheckInputs = {
    Urls: 'urls',
    Window: 'window',
    MinUptime: 'min-uptime',
    Interval: 'interval',
    LocustStats: 'locust-stats',
    K6Summary: 'k6-summary',
    PrometheusUrl: 'prometheus-url',
    PrometheusJob: 'prometheus-job',
    PrometheusRequestsMetric: 'prometheus-requests-metric',
    PrometheusLatencyMetric: 'prometheus-latency-metric',
    MetricsUrl: 'metrics-url',
    AlertRules: 'alert-rules',
    History: 'history',
    DataBranch: 'data-branch',
    Record: 'record',
    ProbeTimeout: 'probe-timeout',
    Retries: 'retries',
    Incidents: 'incidents',
    Mode: 'mode',
    SecurityResults: 'security-results',
    SecurityArtifact: 'security-artifact',
};
const UptimeCheckOutputs = {
    Uptime: 'uptime',
    P50: 'p50',
    P95: 'p95',
    P99: 'p99',
    ErrorRate: 'error-rate',
    Samples: 'samples',
    ResultFiles: 'result-files',
    Breaches: 'breaches',
};
const PromotionReportInputs = {
    Results: 'results',
    Artifacts: 'artifacts',
    IssueNumber: 'issue-number',
    Mode: 'mode',
    Commit: 'commit',
    Apply: 'apply',
    Project: 'project',
    ProjectToken: 'project-token',
    PullRequestToken: 'pull-request-token',
};
const PromotionReportOutputs = {
    Stage: 'stage',
    CriteriaFailed: 'criteria-failed',
    Ready: 'ready',
    PullRequest: 'pull-request',
};
const PlannerInputs = {
    Mode: 'mode',
    Enforce: 'enforce',
    BaselineArtifact: 'baseline-artifact',
    Results: 'results',
    Components: 'components',
};
const PlannerOutputs = {
    Matrix: 'matrix',
    Components: 'components',
    Count: 'count',
    Current: 'current',
    Target: 'target',
    BaselineRunId: 'baseline-run-id',
    Passed: 'passed',
};
const DashboardInputs = {
    Results: 'results',
    OutputDir: 'output-dir',
    History: 'history',
    DataBranch: 'data-branch',
    Issues: 'issues',
};
const DashboardOutputs = {
    Index: 'index',
    Components: 'components',
};

// EXTERNAL MODULE: ./packages/core/path-input.ts
var path_input = __nccwpck_require__(7104);
// EXTERNAL MODULE: ./packages/core/safe-write.ts
var safe_write = __nccwpck_require__(4209);
// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __nccwpck_require__(9430);
// EXTERNAL MODULE: ./packages/github/create-once.ts
var create_once = __nccwpck_require__(8586);
;// CONCATENATED MODULE: ./packages/github/sticky-comment.ts

function stickyMarker(gate, component) {
    return `<!-- maturity-actions:${gate}:${component ?? 'all'} -->`;
}
/** Our comments: written by `me` and starting with the marker (a person quoting it elsewhere is not matched), oldest first. */
function ours(comments, marker, me) {
    return comments
        .filter((c) => c.user?.login === me && typeof c.body === 'string' && c.body.startsWith(marker))
        .sort((a, b) => a.id - b.id);
}
/** Keeps the oldest copy and deletes the others (all ours). */
async function converge(api, copies) {
    const tagged = copies.map((c) => ({ ...c, order: c.id, author: c.user?.login ?? null }));
    const r = (await (0,create_once/* keepOldest */.b)(tagged, (extra) => api.deleteIssueComment(extra.id)));
    return { kept: copies.find((c) => c.id === r.kept.id), removed: r.retracted };
}
/** Creates or updates the marked comment. `body` must not contain the marker; it is prepended. */
async function upsertStickyComment(api, issue, marker, body) {
    const full = `${marker}\n${body}`;
    const me = await api.viewerLogin();
    const existing = ours(await api.listIssueComments(issue), marker, me);
    const candidate = existing[0];
    if (candidate) {
        if (candidate.body === full) {
            return { action: 'unchanged', comment: candidate, removedDuplicates: (await converge(api, existing)).removed };
        }
        const updated = await api.updateIssueComment(candidate.id, full);
        return {
            action: 'updated',
            comment: updated,
            removedDuplicates: (await converge(api, existing.map((c) => (c.id === updated.id ? updated : c)))).removed,
        };
    }
    const created = await api.createIssueComment(issue, full);
    // Another run may have created its copy at the same moment: everyone keeps the oldest.
    const after = ours(await api.listIssueComments(issue), marker, me);
    const copies = after.some((c) => c.id === created.id) ? after : [...after, created];
    const { kept, removed } = await converge(api, copies);
    if (kept.id !== created.id && kept.body !== full)
        await api.updateIssueComment(kept.id, full);
    return { action: kept.id === created.id ? 'created' : 'updated', comment: kept, removedDuplicates: removed };
}

;// CONCATENATED MODULE: ./packages/report/annotations.ts
const STEP_CAPS = { error: 10, warning: 10, notice: 10 };
/** What GitHub shows of a job's annotations. */
const JOB_LIMIT = 50;
/** The most one step can have shown: 10 of each level. */
const STEP_LIMIT = STEP_CAPS.error + STEP_CAPS.warning + STEP_CAPS.notice;
const LEVELS = ['error', 'warning', 'notice'];
/** Up to `caps` per level and `total` in all, errors before warnings before notices. */
function selectAnnotations(all, caps = STEP_CAPS, total = Infinity) {
    const byLevel = { error: [], warning: [], notice: [] };
    for (const a of all)
        byLevel[a.level].push(a);
    const selected = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of LEVELS) {
        const list = byLevel[level];
        list.sort((a, b) => Number(!!b.changed) - Number(!!a.changed) || (b.weight ?? 0) - (a.weight ?? 0));
        const take = Math.max(0, Math.min(caps[level], total - selected.length));
        selected.push(...list.slice(0, take));
        omitted[level] = list.length - Math.min(take, list.length);
    }
    return { selected, omitted };
}
/**
 * How many annotations a step may emit: its share (`share`, default every one GitHub shows of
 * a step), and no more than the job has left after `usedInJob` (what earlier steps emitted).
 */
function stepLimit(o) {
    return Math.max(0, Math.min(o.share ?? STEP_LIMIT, STEP_LIMIT, JOB_LIMIT - o.usedInJob));
}
/** The longest folded message: GitHub cuts annotation messages at 64 KB, people read far less. */
const FOLDED_CHARS = 1000;
function fold(level, messages) {
    const joined = messages.map((m) => m.message).join(' · ');
    const text = joined.length > FOLDED_CHARS ? `${joined.slice(0, FOLDED_CHARS - 1)}…` : joined;
    return { level, message: `${messages.length} more ${level}s (all in the job summary): ${text}` };
}
/**
 * The step's annotations within `limit` and 10 per level: `final` (the failure or closing
 * message) always, then `messages` (folded into one per level when they would not fit), then
 * the findings in what is left.
 */
function planAnnotations(o) {
    const used = { error: 0, warning: 0, notice: 0 };
    let total = 0;
    if (o.final) {
        used[o.final.level]++;
        total++;
    }
    const messages = [];
    for (const level of LEVELS) {
        const mine = o.messages.filter((m) => m.level === level);
        const room = Math.max(0, Math.min(STEP_CAPS[level] - used[level], o.limit - total));
        const kept = mine.length <= room ? mine : room > 0 ? [...mine.slice(0, room - 1), fold(level, mine.slice(room - 1))] : [];
        messages.push(...kept);
        used[level] += kept.length;
        total += kept.length;
    }
    const caps = {
        error: STEP_CAPS.error - used.error,
        warning: STEP_CAPS.warning - used.warning,
        notice: STEP_CAPS.notice - used.notice,
    };
    const { selected, omitted } = selectAnnotations(o.findings, caps, Math.max(0, o.limit - total));
    return { messages, findings: selected, omitted, total: total + selected.length };
}

;// CONCATENATED MODULE: ./packages/action-io/publish.ts
/**
 * Every gate's `writeOutputs()`: the result file, the job summary, the sticky comment,
 * annotations, outputs and the exit code. The only place gates touch @actions/core for
 * their results.
 *
 * A comment that cannot be written (a fork's read-only token, missing `permissions:`, an
 * API outage) never fails the gate: the summary has everything, and a warning says why.
 */












/**
 * The comment a gate posts: on the run's pull request or issue, when commenting is on and
 * there is a token. The body is rendered only then.
 */
function commentOn(ctx, api, enabled, body) {
    if (!enabled || !api || ctx.issueNumber === null)
        return null;
    return { api, issue: ctx.issueNumber, body: body(), fromFork: ctx.pullRequest?.fromFork ?? false };
}
function resultFileName(gate, component) {
    return `${gate}--${component ?? 'all'}.json`;
}
/** Where writeResultFile() puts a result. */
function resultFilePath(dir, result) {
    return (0,external_node_path_.join)(dir, resultFileName(result.gate, result.component));
}
function writeResultFile(dir, result) {
    const at = `input ${CommonInputs.ResultsDir}`;
    (0,path_input/* prepareOutputDir */.g$)(dir, dir, at);
    const path = resultFilePath(dir, result);
    (0,safe_write/* writeFileSafely */.kv)(path, `${JSON.stringify(result, null, 2)}\n`, at);
    return path;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        info(markdown.split('\n').map(workflow_text/* logLine */.B).join('\n'));
        return;
    }
    await summary.addRaw(markdown, true).write();
}
/**
 * Creates or updates a sticky comment; returns the warning when it cannot be written (a fork's
 * read-only token, missing `permissions:`, an outage): never a failure, the summary has it all.
 */
async function stickyCommentProblem(c) {
    try {
        const r = await upsertStickyComment(c.api, c.issue, c.marker, c.body);
        info((0,workflow_text/* logLine */.B)(`${c.name}: comment ${r.action} (${r.comment.html_url})${r.removedDuplicates ? `; removed ${r.removedDuplicates} duplicate(s)` : ''}`));
        return null;
    }
    catch (e) {
        if ((0,api_errors/* isPermissionDenied */.T1)(e)) {
            return c.fromFork
                ? `${c.name}: this pull request comes from a fork, whose token cannot comment; the results are in the job summary.`
                : `${c.name}: the token cannot comment on #${c.issue} (${e.message}); add \`permissions: pull-requests: write\` (or \`issues: write\`) to the job. The results are in the job summary.`;
        }
        const message = e instanceof api_errors/* GitHubApiError */.OS ? e.message : e.message;
        return `${c.name}: could not write the comment: ${message}. The results are in the job summary.`;
    }
}
/** Creates or updates a sticky comment; one that cannot be written is a warning, never a failure. */
async function writeStickyComment(c) {
    const problem = await stickyCommentProblem(c);
    if (problem)
        core.warning(problem);
}
const ANNOTATION_SHARE_ENV = 'MATURITY_ANNOTATION_SHARE';
/** MATURITY_ANNOTATION_SHARE: the most annotations one step of the job may emit (a workflow sets it on a job that runs several gates). */
function annotationShare() {
    const raw = (process.env[ANNOTATION_SHARE_ENV] ?? '').trim();
    if (raw === '')
        return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > STEP_LIMIT) {
        throw new core_errors/* ConfigurationError */.j(`expected a whole number from 1 to ${STEP_LIMIT}, found "${raw}"`, { at: `env ${ANNOTATION_SHARE_ENV}` }, `Give each gate of the job its share of GitHub's 50 annotations per job, e.g. 16 for three gates.`);
    }
    return n;
}
/**
 * What the earlier steps of maturity-actions in this job emitted, kept in the job's own
 * RUNNER_TEMP (a runner empties it for every job). Only on a runner: a local run keeps none.
 */
function ledgerFile() {
    return process.env.GITHUB_ACTIONS === 'true' && process.env.RUNNER_TEMP
        ? (0,external_node_path_.join)(process.env.RUNNER_TEMP, 'maturity-actions', 'annotations-emitted')
        : null;
}
function readLedger() {
    const file = ledgerFile();
    if (!file)
        return 0;
    try {
        const n = Number((0,external_node_fs_.readFileSync)(file, 'utf8').trim());
        return Number.isInteger(n) && n >= 0 ? n : 0;
    }
    catch {
        return 0;
    }
}
function addToLedger(count) {
    const file = ledgerFile();
    if (!file)
        return;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(file, '..'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, String(readLedger() + count));
}
function annotate(level, message, props) {
    if (level === 'error')
        error(message, props);
    else if (level === 'warning')
        warning(message, props);
    else
        notice(message, props);
}
/**
 * Every annotation of the step, within GitHub's limits: 10 of each level per step, the job's
 * share (annotations.ts), the final message counted and emitted last.
 */
function emitAnnotations(o) {
    const plan = planAnnotations({ ...o, limit: stepLimit({ share: annotationShare(), usedInJob: readLedger() }) });
    for (const m of plan.messages)
        annotate(m.level, m.message);
    for (const a of plan.findings) {
        const props = {
            title: a.title,
            file: a.file,
            startLine: a.startLine,
            endLine: a.endLine,
            startColumn: a.startLine === a.endLine || a.endLine === undefined ? a.startColumn : undefined,
            endColumn: a.startLine === a.endLine || a.endLine === undefined ? a.endColumn : undefined,
        };
        annotate(a.level, a.message, props);
    }
    const more = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
    if (more > 0)
        info(`${more} more finding(s) are listed in the job summary (GitHub shows 10 annotations of each level per step and 50 per job).`);
    addToLedger(plan.total);
    if (o.final?.fails)
        setFailed(o.final.message);
    else if (o.final)
        annotate(o.final.level, o.final.message);
}
function finalMessage(gate, status, failureMessage, allowNoData, enforce = true) {
    if ((status === 'fail' || status === 'no-data') && !enforce) {
        return {
            level: 'notice',
            fails: false,
            message: `${gate}: ${failureMessage} (recorded, not enforced on the default branch: pull requests are judged on their changes, promotion requests on these results)`,
        };
    }
    if (status === 'fail' || status === 'error' || (status === 'no-data' && !allowNoData))
        return { level: 'error', fails: true, message: `${gate}: ${failureMessage}` };
    if (status === 'no-data')
        return { level: 'warning', fails: false, message: `${gate}: ${failureMessage}` };
    return null;
}
const asWarnings = (gate, warnings) => warnings.map((w) => ({ level: 'warning', message: `${gate}: ${w}` }));
async function publishAll(p) {
    const files = p.results.map((r) => writeResultFile(p.resultsDir, r));
    await writeSummary(p.summary);
    // The worst of the results (error > fail > no-data > pass).
    const status = overallStatus(p.results.map((r) => ({ status: r.status })));
    core.setOutput(CommonOutputs.Passed, String(status === 'pass'));
    core.setOutput(CommonOutputs.Status, status);
    core.setOutput(CommonOutputs.ResultFile, '');
    for (const [name, value] of Object.entries(p.outputs))
        core.setOutput(name, value);
    for (const r of p.results)
        core.info(logLine(`${p.gate}: ${r.summary} (${r.status})`));
    core.info(`${p.gate}: ${files.length} result file(s) written to ${p.resultsDir}`);
    emitAnnotations({
        findings: [],
        messages: asWarnings(p.gate, p.warnings),
        final: finalMessage(p.gate, status, p.failureMessage, p.allowNoData),
    });
}
async function publish(p) {
    const file = writeResultFile(p.resultsDir, p.result);
    await writeSummary(p.summary);
    const messages = asWarnings(p.gate, p.warnings);
    const problem = p.comment
        ? await stickyCommentProblem({ name: p.gate, ...p.comment, marker: stickyMarker(p.gate, p.result.component) })
        : null;
    if (problem)
        messages.push({ level: 'warning', message: problem });
    const status = p.result.status;
    setOutput(names_CommonOutputs.Passed, String(status === 'pass'));
    setOutput(names_CommonOutputs.Status, status);
    setOutput(names_CommonOutputs.ResultFile, file);
    for (const [name, value] of Object.entries(p.outputs))
        setOutput(name, value);
    info((0,workflow_text/* logLine */.B)(`${p.gate}: ${p.result.summary} (${status}); result written to ${file}`));
    emitAnnotations({
        findings: p.annotations,
        messages,
        final: finalMessage(p.gate, status, p.failureMessage, p.allowNoData, p.enforce),
    });
}

;// CONCATENATED MODULE: ./packages/action-io/run-action.ts
/**
 * The one catch around an action's main: a user's mistake becomes one error annotation
 * (placed on the file and line when known) and exit code 1, without a stack trace; anything
 * else is reported as a bug, with the stack in the debug log.
 */




async function runAction(name, main) {
    try {
        const badEvent = eventPayloadError();
        if (badEvent)
            throw badEvent;
        await main();
    }
    catch (e) {
        if (e instanceof core_errors/* ConfigurationError */.j) {
            const { file, line, column } = e.place;
            error(`${name}: ${e.describe()}`, {
                title: `${name}: cannot run`,
                ...(file && !file.includes('#') ? { file } : {}),
                ...(line ? { startLine: line } : {}),
                ...(column ? { startColumn: column } : {}),
            });
        }
        else if (e instanceof api_errors/* GitHubApiError */.OS) {
            error(`${name}: ${e.message}`, { title: `${name}: GitHub API` });
        }
        else {
            const err = e instanceof Error ? e : new Error(String(e));
            core_debug(err.stack ?? err.message);
            error(`${name}: unexpected error: ${err.message}. This is a bug in maturity-actions; please report it with this step's log (re-run with debug logging for the stack trace).`);
        }
        // 1 is core.ExitCode.Failure, written out: stand-ins for @actions/core (@github/local-action's)
        // have no ExitCode.
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/checkout-files.ts
/** The files of the checkout, for PathResolver: existence checks, and a listing on demand. */



const SKIP_DIRS = new Set([
    '.git',
    'node_modules',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
]);
const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
const GIT_MAX_BUFFER = 512 * 1024 * 1024;
/** A listing that takes longer is given up for the folder walk: every command is bounded. */
const GIT_TIMEOUT_MS = 60_000;
function splitListing(out) {
    return out.toString('utf8').split('\0').filter(Boolean);
}
function gitListing(root) {
    try {
        const out = (0,external_node_child_process_namespaceObject.execFileSync)('git', GIT_LS_FILES, {
            cwd: root,
            maxBuffer: GIT_MAX_BUFFER,
            timeout: GIT_TIMEOUT_MS,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        return splitListing(out);
    }
    catch {
        return undefined;
    }
}
/** The same listing without blocking: git runs on its own while this process parses. */
function gitListingInBackground(root) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)('git', GIT_LS_FILES, { cwd: root, maxBuffer: GIT_MAX_BUFFER, timeout: GIT_TIMEOUT_MS, encoding: 'buffer' }, (error, stdout) => resolve(error ? undefined : splitListing(stdout)));
        child.stdin?.end();
    });
}
function walk(root, dir = '', out = []) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                walk(root, rel, out);
        }
        else if (e.isFile()) {
            out.push(rel);
        }
    }
    return out;
}
function checkoutFiles(root) {
    const known = new Map();
    let listing;
    let prefetched;
    return {
        exists(relative) {
            if (relative === '' || relative.startsWith('../') || relative.startsWith('/'))
                return false;
            let hit = known.get(relative);
            if (hit === undefined) {
                // Always on disk: git also lists files deleted from the working tree (and outside a
                // sparse checkout), which must not win over a file that is there.
                // `relative` is normal (no "..", no leading "/"): appended, not path.join()ed, per file.
                hit = (0,external_node_fs_.statSync)(root ? `${root}/${relative}` : relative, { throwIfNoEntry: false })?.isFile() ?? false;
                known.set(relative, hit);
            }
            return hit;
        },
        list() {
            listing ??= gitListing(root) ?? walk(root);
            return listing;
        },
        prefetch() {
            // Without git the folder is walked only when list() is called: the walk may be long and
            // is not needed when every report path resolves directly.
            prefetched ??= gitListingInBackground(root)
                .then((files) => {
                listing ??= files;
            })
                .catch(() => undefined);
            return prefetched;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/path-resolver.ts
/**
 * Maps the file names written in reports to paths relative to the checkout.
 *
 * Reports come from other machines and other working directories: Cobertura `<source>` roots
 * like `/home/runner/work/app/app/src`, LCOV `SF:` absolute paths, Windows separators, paths
 * relative to a sub-folder. In order:
 *  1. the user's `path-map` prefixes (`from=to`) are applied;
 *  2. a path under the checkout root is made relative to it;
 *  3. a path that names an existing file is taken as is;
 *  4. otherwise the report's name is matched by suffix against the checkout's files (the
 *     longest unambiguous match); the prefix learned this way is reused for the report's
 *     other files.
 * A name that still matches nothing is returned with `found: false`, to be listed, never dropped.
 */

function toPosix(p) {
    let s = p.replace(/\\/g, '/');
    if (/^[A-Za-z]:\//.test(s))
        s = `/${s}`; // C:/x -> /C:/x, absolute for posix logic
    return s;
}
function isAbsolute(p) {
    return p.startsWith('/');
}
/** What posix.normalize (and normalize below) would change: "//", "." and ".." segments, a trailing "/". */
const NOT_NORMAL = /\/\/|(?:^|\/)\.{1,2}(?:\/|$)|\/$/;
function normalize(p) {
    // Most report paths are already normal: test for it, which costs less than normalizing.
    if (p !== '' && !NOT_NORMAL.test(p))
        return p;
    const n = external_node_path_.posix.normalize(p);
    return n === '.' ? '' : n.replace(/^\.\//, '').replace(/\/$/, '');
}
/** Parses the `path-map` input: one `from=to` per line or comma-separated. */
function parsePathMap(text) {
    const out = [];
    for (const raw of text.split(/[\n,]/)) {
        const item = raw.trim();
        if (!item)
            continue;
        const eq = item.indexOf('=');
        if (eq < 0)
            throw new Error(`"${item}" is not of the form from=to`);
        const from = toPosix(item.slice(0, eq).trim());
        const to = toPosix(item.slice(eq + 1).trim());
        if (!from && !to)
            throw new Error(`"${item}" maps nothing to nothing: give a prefix on at least one side`);
        out.push({ from, to });
    }
    return out;
}
function applyMapping(p, mappings) {
    for (const { from, to } of mappings) {
        const f = from.replace(/\/$/, '');
        if (p === f || p.startsWith(`${f}/`) || (f === '' && !isAbsolute(p))) {
            const rest = f === '' ? p : p.slice(f.length).replace(/^\//, '');
            return to ? `${to.replace(/\/$/, '')}/${rest}` : rest;
        }
    }
    return p;
}
/**
 * The checkout's files by base name, built once per checkout and shared by every resolver
 * over it: coverage-gate makes one resolver per report, and building the index per report
 * made 10,000 report files cost 10,000 passes over the checkout (quadratic).
 */
const BASENAME_INDEX = new WeakMap();
function basenameIndex(files) {
    let index = BASENAME_INDEX.get(files);
    if (!index)
        BASENAME_INDEX.set(files, (index = indexByBasename(files.list())));
    return index;
}
class PathResolver {
    files;
    mappings;
    root;
    /** Prefixes learned by suffix matching: report prefix -> checkout prefix. */
    learned = new Map();
    constructor(root, files, mappings = []) {
        this.files = files;
        this.mappings = mappings;
        this.root = normalize(toPosix(root));
    }
    /** Resolves a report's file name; `sources` are the roots relative names are relative to. */
    resolve(raw, sources = []) {
        const name = toPosix(raw.trim());
        const candidates = this.candidates(name, sources);
        let fallback;
        for (const mapped of candidates) {
            const rel = this.underRoot(mapped);
            if (rel !== undefined && this.files.exists(rel))
                return { path: rel, found: true };
            const viaLearned = this.viaLearned(mapped);
            if (viaLearned)
                return { path: viaLearned, found: true };
            fallback ??= rel ?? mapped;
        }
        for (const mapped of candidates) {
            const bySuffix = this.bySuffix(mapped);
            if (bySuffix)
                return { path: bySuffix, found: true };
        }
        return { path: fallback ?? name, found: false };
    }
    /** The paths `name` may stand for (under each source root, then as is), normalized and mapped. */
    candidates(name, sources) {
        const out = [];
        if (isAbsolute(name))
            out.push(this.mapped(name));
        else {
            // Joined by hand: mapped() normalizes, and a report's thousands of names under the same
            // <source> made posix.join's own normalization a large share of the resolution's garbage.
            for (const s of sources)
                if (s.trim())
                    out.push(this.mapped(`${toPosix(s.trim())}/${name}`));
            out.push(this.mapped(name));
        }
        return out;
    }
    mapped(p) {
        const n = normalize(p);
        return this.mappings.length === 0 ? n : normalize(applyMapping(n, this.mappings));
    }
    underRoot(p) {
        if (!isAbsolute(p))
            return p;
        if (this.root && p.startsWith(`${this.root}/`))
            return p.slice(this.root.length + 1);
        return undefined;
    }
    /**
     * A path under a prefix learned before. Learned prefixes end at a `/` (or are empty), so
     * only the prefixes of `p` that end there are looked up, longest first: the cost is the
     * path's depth, not the number of prefixes learned (which a report whose every file sits
     * under another root makes as large as the report).
     */
    viaLearned(p) {
        if (this.learned.size === 0)
            return undefined;
        const ends = [0];
        for (let i = 0; i < p.length; i++)
            if (p[i] === '/')
                ends.push(i + 1);
        for (const end of ends.reverse()) {
            const from = p.slice(0, end);
            const to = this.learned.get(from);
            if (to === undefined)
                continue;
            const rel = to + p.slice(from.length);
            if (this.files.exists(rel))
                return rel;
        }
        return undefined;
    }
    /** The checkout file whose path is the longest suffix of `p` (or ends with `p`), if unique. */
    bySuffix(p) {
        const base = external_node_path_.posix.basename(p);
        if (!base)
            return undefined;
        const options = basenameIndex(this.files).get(base) ?? [];
        // The report's path ends with a checkout path (absolute path from another machine) ...
        const tails = options.filter((f) => p === f || p.endsWith(`/${f}`));
        if (tails.length > 0) {
            const best = tails.reduce((a, b) => (b.length > a.length ? b : a));
            if (tails.filter((t) => t.length === best.length).length === 1) {
                this.learned.set(p.slice(0, p.length - best.length), '');
                return best;
            }
            return undefined;
        }
        // ... or a checkout path ends with the report's relative path (run from a sub-folder).
        if (!isAbsolute(p)) {
            const heads = options.filter((f) => f.endsWith(`/${p}`));
            if (heads.length === 1) {
                const prefix = heads[0].slice(0, heads[0].length - p.length);
                this.learned.set('', prefix);
                return heads[0];
            }
        }
        return undefined;
    }
}
function indexByBasename(files) {
    const m = new Map();
    for (const f of files) {
        // The listing's paths are relative, with "/" and no trailing one: the name after the last "/"
        // is posix.basename's, at a fraction of its cost over a large checkout.
        const b = f.slice(f.lastIndexOf('/') + 1);
        const list = m.get(b);
        if (list)
            list.push(f);
        else
            m.set(b, [f]);
    }
    return m;
}

// EXTERNAL MODULE: ./packages/core/report-files.ts
var report_files = __nccwpck_require__(2918);
;// CONCATENATED MODULE: ./packages/core/result/read-results.ts
/**
 * Reads result files back (docs/result-format.md): each is validated against the versioned
 * schema; a file that is not JSON, not a result, or not a valid one is set aside with the
 * reason, never silently used. promotion-report and the dashboard both read results this way.
 */






/** Validates result files; the schema (and zod) loads on the first call that has files. */
async function validateResults(files) {
    const out = { results: [], setAside: [] };
    if (files.length === 0)
        return out;
    const { gateResultSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(803)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3803));
    for (const { file, text } of files) {
        let doc;
        try {
            doc = parseJsonText(text, file);
        }
        catch (e) {
            out.setAside.push({ file, reason: e instanceof core_errors/* ConfigurationError */.j ? e.message : 'not JSON' });
            continue;
        }
        if (!doc || typeof doc !== 'object' || doc.kind !== gate_result/* RESULT_KIND */.j_) {
            out.setAside.push({ file, reason: 'not a maturity-actions result file' });
            continue;
        }
        const parsed = gateResultSchema.safeParse(doc);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            out.setAside.push({
                file,
                reason: `not a valid result (version ${String(doc.version)}): ${issue.path.join('.')}: ${issue.message}`,
            });
            continue;
        }
        out.results.push({ file, result: parsed.data });
    }
    return out;
}
/** The result files under a folder, or matching globs (the `results` input). */
async function readResultFiles(patterns, root, inputName = 'results') {
    const paths = [];
    for (const p of patterns) {
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p);
        const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
        if (st?.isDirectory())
            paths.push(...(await (0,report_files/* globFiles */.CJ)('**/*.json', { cwd: abs, absolute: true, onlyFiles: true })).sort());
        else
            paths.push(...(await (0,report_files/* expandReportGlobs */.Cz)([p], root, `input ${inputName}`)));
    }
    return paths.map((f) => ({ file: (0,report_files/* displayPath */.Gt)(f, root), text: (0,external_node_fs_.readFileSync)(f, 'utf8') }));
}

;// CONCATENATED MODULE: ./packages/core/result/baseline.ts
/**
 * The baseline of a pull request: the results the same gate wrote for the same component on
 * the default branch (the workflow downloads the newest default-branch run's results). Gates
 * compare against it: quality-gate and security-gate count only the findings a change adds,
 * coverage-gate checks the change does not lower coverage already below its stage's bar, and
 * tests failing there too are not this change's doing. security-gate also carries first-seen
 * dates forward from it, so patch deadlines count from when a finding first appeared.
 */

/**
 * The newest result of `gate` for `component` among the files the `baseline` input names (a
 * folder, or globs). A folder with no result for the component is "no baseline", not an error:
 * the first run on a repository has none.
 */
async function findBaseline(patterns, root, gate, component) {
    if (patterns.length === 0)
        return { baseline: null, notes: [] };
    let files;
    try {
        files = await readResultFiles(patterns, root, 'baseline');
    }
    catch {
        return { baseline: null, notes: [`no baseline results at ${patterns.join(', ')}`] };
    }
    const { results, setAside } = await validateResults(files);
    const mine = results.filter((r) => r.result.gate === gate && r.result.component === component);
    mine.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
    const notes = setAside.map((s) => `baseline ${s.file} set aside: ${s.reason}`);
    if (mine.length === 0)
        notes.push(`no ${gate} result for ${component ?? 'the whole report'} among the baseline results (${files.length} file(s))`);
    return { baseline: mine[0] ?? null, notes };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/offsets.ts
/** Turns a byte offset in a file into a 1-based line and column (error paths only: it re-reads). */

async function lineColumnOfOffset(file, offset) {
    let line = 1;
    let lineStart = 0;
    let pos = 0;
    if (offset > 0) {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, {
            end: offset - 1,
            highWaterMark: 1 << 20,
        })) {
            let i = chunk.indexOf(10);
            while (i !== -1) {
                line++;
                lineStart = pos + i + 1;
                i = chunk.indexOf(10, i + 1);
            }
            pos += chunk.length;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/read-chunks.ts
/**
 * Reads a file (or the byte range [start, end) of it) in fixed-size chunks into two reused
 * buffers: the next chunk is read while the current one is processed, and nothing is
 * allocated per chunk (a read stream allocates a fresh buffer each time, which piles up
 * until the next GC). `onChunk` must not keep the chunk after it returns; copy what you need.
 *
 * A file that fits in one chunk (a regular file: its size is known) is read in one go with
 * blocking calls into a buffer shared by all such reads: 100,000 small reports through the
 * asynchronous path cost five thread-pool round trips and two 1 MB buffers each, which made
 * them minutes of waiting and garbage collection instead of seconds.
 */


const CHUNK_BYTES = 1 << 20;
/** The buffer small files are read into, one at a time (reads of small files never overlap: they are synchronous). */
let smallBuffer = null;
/** Reads a small regular file whole; false when it is not one (then the caller streams it). */
function readSmall(path, onChunk, chunkBytes, start, end) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const want = Math.min(stat.size, end) - start;
        if (!stat.isFile() || want > chunkBytes)
            return false;
        if (want <= 0)
            return true;
        if (!smallBuffer || smallBuffer.length < want)
            smallBuffer = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
        let got = 0;
        for (let n = 1; got < want && n > 0; got += n)
            n = (0,external_node_fs_.readSync)(fd, smallBuffer, got, want - got, start + got);
        if (got > 0)
            onChunk(smallBuffer.subarray(0, got));
        return true;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function read_chunks_forEachChunk(path, onChunk, chunkBytes = CHUNK_BYTES, start = 0, end = Number.POSITIVE_INFINITY) {
    if (readSmall(path, onChunk, chunkBytes, start, end))
        return;
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        let current = Buffer.allocUnsafe(chunkBytes);
        let spare = Buffer.allocUnsafe(chunkBytes);
        let position = start;
        const readAt = (into, at) => handle.read(into, 0, Math.max(0, Math.min(chunkBytes, end - at)), at);
        let reading = readAt(current, position);
        for (;;) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            reading = readAt(spare, position);
            try {
                onChunk(current.subarray(0, bytesRead));
            }
            catch (e) {
                await reading.catch(() => undefined); // do not leave a read in flight on a closed handle
                throw e;
            }
            [current, spare] = [spare, current];
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/coverage/arena.ts
/**
 * Hands out small typed arrays as views into large shared blocks. A report of 10,000 files
 * needs ~40,000 small arrays; allocating each as its own ArrayBuffer costs more than parsing
 * the lines they hold. The blocks live as long as any file that uses them: as long as the
 * parsed report does. Blocks start small and double up to 1 MB, so that a report of one
 * small file (100,000 of them, each its own arena) does not hold a megabyte each.
 */
const BLOCK_BYTES = 1 << 20;
const FIRST_BLOCK_BYTES = 4096;
class Arena {
    block = new ArrayBuffer(0);
    used = 0;
    take(bytes) {
        const aligned = (this.used + 3) & ~3;
        if (aligned + bytes > this.block.byteLength) {
            if (bytes > BLOCK_BYTES / 4)
                return { buffer: new ArrayBuffer(bytes), offset: 0 };
            const next = Math.min(BLOCK_BYTES, Math.max(FIRST_BLOCK_BYTES, this.block.byteLength * 2));
            this.block = new ArrayBuffer(Math.max(next, bytes));
            this.used = 0;
            return this.take(bytes);
        }
        this.used = aligned + bytes;
        return { buffer: this.block, offset: aligned };
    }
    uint8(length) {
        const { buffer, offset } = this.take(length);
        return new Uint8Array(buffer, offset, length);
    }
    int32(length) {
        const { buffer, offset } = this.take(length * 4);
        return new Int32Array(buffer, offset, length);
    }
}

;// CONCATENATED MODULE: ./packages/coverage/file-coverage.ts
/**
 * Line and branch coverage of one source file, stored compactly so that reports of
 * hundreds of MB fit in bounded memory: two bits per line (measured, covered), five int32
 * per branching line, and one int32 per branch not taken. No per-line objects.
 *
 * Branches carry identities when the format gives them, so that two runs of the same
 * code merge exactly (a branch covered by either run is covered once):
 *  - `arc`: coverage.py's arc destinations (Cobertura `missing-branches`, JSON `missing_branches`);
 *    only the missing destinations are stored, since total - missing = covered.
 *  - `lcov`: LCOV `BRDA` block/branch numbers; `lcov-dest`: coverage.py's LCOV (filed under
 *    the destination line); `istanbul`: branchMap id and index.
 * Without identities (Cobertura from other writers: only "1/2"), two runs merge as the
 * larger covered count per line: a lower bound, documented in ARCHITECTURE.md.
 */

/**
 * Whether two files' branch data can be merged line by line. Cobertura's lines (`arc`, or
 * `none` without identities) are the lines holding the branch; coverage.py's LCOV (`lcov-dest`)
 * files its branches under the destination line; LCOV and Istanbul ids live in their own spaces.
 */
function branchKindsCompatible(a, b) {
    if (a === null || b === null || a === b)
        return true;
    const cobertura = (k) => k === 'arc' || k === 'none';
    return cobertura(a) && cobertura(b);
}
const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++)
    POPCOUNT[i] = (i & 1) + POPCOUNT[i >> 1];
/**
 * The largest line number a report may give: line numbers are kept in int32 slots, and no
 * source file has two billion lines. Parsers refuse a larger one with the file and place.
 */
const MAX_LINE_NUMBER = 2 ** 31 - 1;
/** What a parser says about a line number it read; null when it is one. */
function lineNumberProblem(line) {
    if (!Number.isInteger(line) || line < 0)
        return 'a line number must be a whole number';
    if (line > MAX_LINE_NUMBER)
        return `line number ${line} is beyond any source file (at most ${MAX_LINE_NUMBER})`;
    return null;
}
/**
 * The dense part of a LineBits may grow to this many bytes plus DENSE_BYTES_PER_LINE for
 * every line recorded: memory follows what the report holds, not the largest number in it.
 * A real file's lines are dense (a 1,000-line module needs 125 bytes); a report with a few
 * lines numbered in the billions (8 of them allocated 512 MB before) keeps those few apart.
 */
const DENSE_SLACK_BYTES = 64;
const DENSE_BYTES_PER_LINE = 2;
/**
 * Growable bitset over line numbers: a dense bit array from line 0, and the lines beyond it
 * that were too far out to grow it for (`far`, ascending, none twice). Every line below
 * `bits.length * 8` is in the bits; every line in `far` is at or above it.
 */
class LineBits {
    bits = new Uint8Array(8);
    far = [];
    /** Lines recorded (with repeats): the budget for the dense part. */
    records = 0;
    set(line) {
        this.records++;
        const byte = line >>> 3;
        if (byte >= this.bits.length) {
            if (byte + 1 > DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * this.records)
                return this.putFar(line);
            let size = this.bits.length * 2;
            while (size <= byte)
                size *= 2;
            this.growTo(size);
        }
        this.bits[byte] |= 1 << (line & 7);
    }
    /** Sets a line wherever it belongs, without the growth budget (lines another bitset already holds). */
    put(line) {
        const byte = line >>> 3;
        if (byte < this.bits.length)
            this.bits[byte] |= 1 << (line & 7);
        else
            this.putFar(line);
    }
    putFar(line) {
        const far = this.far;
        if (far.length === 0 || line > far[far.length - 1])
            return void far.push(line);
        const at = lowerBound(far, line);
        if (far[at] !== line)
            far.splice(at, 0, line);
    }
    /** Widens the dense part to `size` bytes, moving the far lines it now covers into it. */
    growTo(size) {
        const next = new Uint8Array(size);
        next.set(this.bits);
        this.bits = next;
        const limit = size * 8;
        let moved = 0;
        while (moved < this.far.length && this.far[moved] < limit) {
            const line = this.far[moved++];
            next[line >>> 3] |= 1 << (line & 7);
        }
        if (moved)
            this.far.splice(0, moved);
    }
    has(line) {
        const byte = line >>> 3;
        if (byte < this.bits.length)
            return (this.bits[byte] & (1 << (line & 7))) !== 0;
        const at = lowerBound(this.far, line);
        return this.far[at] === line;
    }
    orWith(other) {
        if (other.bits.length > this.bits.length)
            this.growTo(other.bits.length);
        const o = other.bits;
        for (let i = 0; i < o.length; i++)
            this.bits[i] |= o[i];
        for (const line of other.far)
            this.put(line);
        this.records += other.records;
    }
    count() {
        let n = this.far.length;
        for (const b of this.bits)
            n += POPCOUNT[b];
        return n;
    }
    /** Count of lines set in both. */
    countAnd(other) {
        let n = 0;
        const len = Math.min(this.bits.length, other.bits.length);
        for (let i = 0; i < len; i++)
            n += POPCOUNT[this.bits[i] & other.bits[i]];
        // Lines dense here and far there; then lines far here (dense or far there).
        const limit = this.bits.length * 8;
        for (const line of other.far)
            if (line < limit && this.has(line))
                n++;
        for (const line of this.far)
            if (other.has(line))
                n++;
        return n;
    }
    /** Lines set here but not in `other` (all lines when other is undefined), in order. */
    *minus(other) {
        const shared = other ? Math.min(other.bits.length, this.bits.length) : 0;
        for (let i = 0; i < this.bits.length; i++) {
            const b = this.bits[i] & ~(other && i < shared ? other.bits[i] : 0);
            if (b === 0)
                continue;
            for (let k = 0; k < 8; k++) {
                if (!(b & (1 << k)))
                    continue;
                const line = i * 8 + k;
                if (other && i >= shared && other.has(line))
                    continue;
                yield line;
            }
        }
        for (const line of this.far)
            if (!other?.has(line))
                yield line;
    }
    /** True when no bit was ever set (the array is still the initial one). */
    get pristine() {
        return this.bits.length === 8 && this.far.length === 0 && this.bits.every((b) => b === 0);
    }
    /** Whether a dense part up to `maxLine` fits the budget of `lines` lines. */
    static denseFits(maxLine, lines) {
        return (maxLine >>> 3) + 1 <= DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * lines;
    }
    /** Replaces an empty bitset by one sized for lines up to `maxLine` (within the budget: see denseFits). */
    sizeFor(maxLine, arena) {
        this.bits = arena.uint8((maxLine >>> 3) + 1);
    }
    /** Gives back the slack of growth by doubling, when it is most of the array. */
    compact() {
        let end = this.bits.length;
        while (end > 0 && this.bits[end - 1] === 0)
            end--;
        if (end < this.bits.length / 2)
            this.bits = this.bits.slice(0, Math.max(end, 1));
    }
    /** For a worker thread's FileCoverageData. */
    static from(bits, far) {
        const b = new LineBits();
        b.bits = bits;
        b.far = far ? [...far] : [];
        return b;
    }
}
/** The first index of `sorted` whose value is >= `value`. */
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Growable int32 array. */
class IntList {
    data;
    length = 0;
    constructor(capacity) {
        this.data = new Int32Array(capacity);
    }
    reserve(extra) {
        if (this.length + extra <= this.data.length)
            return;
        let size = Math.max(8, this.data.length * 2);
        while (size < this.length + extra)
            size *= 2;
        const next = new Int32Array(size);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(v) {
        if (this.length === this.data.length)
            this.reserve(1);
        this.data[this.length++] = v;
    }
    compact() {
        if (this.length < this.data.length / 2)
            this.data = this.data.slice(0, this.length);
    }
    static copyOf(source, length, arena) {
        const list = new IntList(0);
        list.data = arena.int32(length);
        list.data.set(source.subarray(0, length));
        list.length = length;
        return list;
    }
}
/** Branch slot layout in `FileCoverage.slots`: one stride per branching line, sorted by line. */
const LINE = 0;
const TOTAL = 1;
const COVERED = 2;
const MISS_START = 3;
const MISS_COUNT = 4; // -1 when the identities are unknown
const STRIDE = 5;
/**
 * Scratch for parsers: collects one file's lines and branches as they stream by, then
 * `FileCoverage#load` copies them into exact-size arrays. Reused from file to file, so a
 * large report leaves no trail of outgrown arrays for the garbage collector.
 */
class CoverageBatch {
    /** Where the files' final arrays come from: one per parsed report. */
    arena = new Arena();
    lines = new Int32Array(1024);
    hits = new Uint8Array(1024);
    lineCount = 0;
    maxLine = 0;
    slots = new Int32Array(256 * STRIDE);
    /** Ints used in `slots` (STRIDE per branching line). */
    slotInts = 0;
    /** Branch lines arrived in ascending order, none twice. */
    sorted = true;
    miss = new Int32Array(256);
    missCount = 0;
    kinds = new Set();
    lastKind = null;
    reset() {
        this.lastKind = null;
        this.lineCount = 0;
        this.maxLine = 0;
        this.slotInts = 0;
        this.sorted = true;
        this.missCount = 0;
        this.kinds.clear();
    }
    addLine(line, hits) {
        if (this.lineCount === this.lines.length) {
            this.lines = grow(this.lines, this.lineCount + 1);
            const h = new Uint8Array(this.lines.length);
            h.set(this.hits);
            this.hits = h;
        }
        this.lines[this.lineCount] = line;
        this.hits[this.lineCount++] = hits > 0 ? 1 : 0;
        if (line > this.maxLine)
            this.maxLine = line;
    }
    addBranches(line, total, covered, kind, missing, missingCount = missing?.length ?? 0) {
        if (kind !== this.lastKind) {
            // A report gives every line the same kind: one Set insertion per run of them, not per line.
            this.kinds.add(kind);
            this.lastKind = kind;
        }
        if (this.slotInts + STRIDE > this.slots.length)
            this.slots = grow(this.slots, this.slotInts + STRIDE);
        if (this.slotInts > 0 && this.slots[this.slotInts - STRIDE + LINE] >= line)
            this.sorted = false;
        const s = this.slots;
        const at = this.slotInts;
        s[at + LINE] = line;
        s[at + TOTAL] = total;
        s[at + COVERED] = covered;
        if (missing) {
            if (this.missCount + missingCount > this.miss.length)
                this.miss = grow(this.miss, this.missCount + missingCount);
            s[at + MISS_START] = this.missCount;
            s[at + MISS_COUNT] = missingCount;
            for (let i = 0; i < missingCount; i++)
                this.miss[this.missCount++] = missing[i];
        }
        else {
            s[at + MISS_START] = 0;
            s[at + MISS_COUNT] = -1;
        }
        this.slotInts += STRIDE;
    }
}
function grow(a, need) {
    let size = a.length * 2;
    while (size < need)
        size *= 2;
    const next = new a.constructor(size);
    next.set(a);
    return next;
}
class FileCoverage {
    path;
    measured = new LineBits();
    covered = new LineBits();
    /** Branching lines, STRIDE int32 each, kept sorted by line (reports list lines in order). */
    slots = null;
    /** Ids of branches not taken, referenced from the slots. */
    miss = null;
    branchIdKind = null;
    /** Branch data was measured for this file (even if it has no branching lines). */
    branchMeasured = false;
    /** Per-file totals only (Istanbul coverage-summary.json): no line data at all. */
    summaryOnly = null;
    /**
     * The statement count the report declares, when its line list also holds executed lines
     * that are not statements: coverage.py's JSON `executed_lines` and LCOV `DA` include
     * docstrings and the like. Its missed lines are always statements, so covered statements
     * = declared - missed.
     */
    declaredStatements = null;
    constructor(path) {
        this.path = path;
    }
    /** Records a measurable line; hits > 0 marks it covered. Repeats within one report OR together. */
    addLine(line, hits) {
        this.measured.set(line);
        if (hits > 0)
            this.covered.set(line);
    }
    /**
     * Records the branches of a line. `missing` lists the ids of branches not taken when the
     * format identifies branches; pass undefined for count-only data. `missingCount` limits how
     * many entries of `missing` are used (callers reuse one array).
     */
    addBranches(line, total, covered, kind, missing, missingCount = missing?.length ?? 0) {
        this.branchMeasured = true;
        this.noteKind(kind);
        const at = this.slotOf(line);
        if (at >= 0) {
            // The same line reported twice in one report (several <class> entries for one file).
            this.mergeSlot(at, total, covered, missing ? Array.from({ length: missingCount }, (_, i) => missing[i]) : undefined);
            return;
        }
        const slot = this.insertSlot(-at - 1);
        const s = this.slots.data;
        s[slot + LINE] = line;
        s[slot + TOTAL] = total;
        s[slot + COVERED] = covered;
        this.writeMissing(slot, missing, missingCount);
    }
    /** Adds what a parser collected for this file (see CoverageBatch), in arrays taken from `batch.arena`. */
    load(batch) {
        const arena = batch.arena;
        if (this.measured.pristine && this.covered.pristine && batch.lineCount > 0 && LineBits.denseFits(batch.maxLine, batch.lineCount)) {
            this.measured.sizeFor(batch.maxLine, arena);
            this.covered.sizeFor(batch.maxLine, arena);
        }
        for (let i = 0; i < batch.lineCount; i++)
            this.addLine(batch.lines[i], batch.hits[i]);
        if (batch.slotInts === 0)
            return;
        this.branchMeasured = true;
        for (const kind of batch.kinds)
            this.noteKind(kind);
        if (this.slots === null && batch.sorted) {
            // The common case: copy exactly what the file has.
            this.slots = IntList.copyOf(batch.slots, batch.slotInts, arena);
            if (batch.missCount > 0)
                this.miss = IntList.copyOf(batch.miss, batch.missCount, arena);
            return;
        }
        const s = batch.slots;
        for (let at = 0; at < batch.slotInts; at += STRIDE) {
            const count = s[at + MISS_COUNT];
            const missing = count < 0 ? undefined : batch.miss.subarray(s[at + MISS_START], s[at + MISS_START] + count);
            this.addBranches(s[at + LINE], s[at + TOTAL], s[at + COVERED], this.branchIdKind ?? 'none', missing, Math.max(count, 0));
        }
    }
    /** Slot offset of a line, or -(insertion index) - 1 when absent. Appending in order is O(1). */
    slotOf(line) {
        const slots = this.slots;
        if (!slots || slots.length === 0)
            return -1;
        const d = slots.data;
        const n = slots.length / STRIDE;
        const last = d[(n - 1) * STRIDE + LINE];
        if (line > last)
            return -n - 1;
        if (line === last)
            return (n - 1) * STRIDE;
        let lo = 0;
        let hi = n - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const v = d[mid * STRIDE + LINE];
            if (v === line)
                return mid * STRIDE;
            if (v < line)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -lo - 1;
    }
    /** Opens a slot before slot index `index`; returns its offset. */
    insertSlot(index) {
        this.slots ??= new IntList(4 * STRIDE);
        const slots = this.slots;
        slots.reserve(STRIDE);
        const at = index * STRIDE;
        if (at < slots.length)
            slots.data.copyWithin(at + STRIDE, at, slots.length);
        slots.length += STRIDE;
        return at;
    }
    writeMissing(slot, missing, count) {
        const s = this.slots.data;
        if (!missing) {
            s[slot + MISS_START] = 0;
            s[slot + MISS_COUNT] = -1;
            return;
        }
        this.miss ??= new IntList(8);
        this.miss.reserve(count);
        s[slot + MISS_START] = this.miss.length;
        s[slot + MISS_COUNT] = count;
        for (let i = 0; i < count; i++)
            this.miss.data[this.miss.length++] = missing[i];
    }
    missingAt(slot) {
        const s = this.slots.data;
        const count = s[slot + MISS_COUNT];
        if (count < 0)
            return undefined;
        if (count === 0)
            return [];
        const start = s[slot + MISS_START];
        return Array.from(this.miss.data.subarray(start, start + count));
    }
    noteKind(kind) {
        if (this.branchIdKind === null)
            this.branchIdKind = kind;
        else if (this.branchIdKind !== kind)
            this.branchIdKind = 'none';
    }
    mergeSlot(slot, total, covered, missing) {
        const s = this.slots.data;
        const prevMissing = this.missingAt(slot);
        const prevTotal = s[slot + TOTAL];
        if (missing && prevMissing && this.branchIdKind !== 'none' && prevTotal === total) {
            // A branch is missing only if no run took it: intersect the missing multisets.
            const left = [...prevMissing];
            const both = [];
            for (const id of missing) {
                const k = left.indexOf(id);
                if (k >= 0) {
                    both.push(id);
                    left.splice(k, 1);
                }
            }
            this.writeMissing(slot, both, both.length);
            s[slot + COVERED] = total - both.length;
            return;
        }
        const merged = Math.max(prevTotal, total);
        s[slot + TOTAL] = merged;
        s[slot + COVERED] = Math.min(merged, Math.max(s[slot + COVERED], covered));
        this.writeMissing(slot, undefined, 0);
    }
    hasLine(line) {
        return this.measured.has(line);
    }
    isCovered(line) {
        return this.covered.has(line);
    }
    /** Measurable lines in ascending order. */
    lines() {
        return this.measured.minus();
    }
    /** Measurable lines not covered, ascending. */
    missedLines() {
        return this.measured.minus(this.covered);
    }
    branchLines() {
        const out = [];
        const n = this.slots ? this.slots.length : 0;
        for (let slot = 0; slot < n; slot += STRIDE)
            out.push(this.branchSlot(slot));
        return out;
    }
    branchesAt(line) {
        const slot = this.slotOf(line);
        return slot < 0 ? undefined : this.branchSlot(slot);
    }
    branchSlot(slot) {
        const s = this.slots.data;
        return { line: s[slot + LINE], total: s[slot + TOTAL], covered: s[slot + COVERED], missing: this.missingAt(slot) };
    }
    /**
     * Branching lines that ran without taking every branch (coverage.py's BrPart), counted in
     * place: no BranchLine objects, which a report of a million branching lines would allocate.
     */
    partialBranchLines() {
        if (!this.slots)
            return 0;
        const s = this.slots.data;
        let n = 0;
        for (let slot = 0; slot < this.slots.length; slot += STRIDE) {
            if (s[slot + COVERED] < s[slot + TOTAL] && this.covered.has(s[slot + LINE]))
                n++;
        }
        return n;
    }
    totals() {
        if (this.summaryOnly)
            return this.summaryOnly;
        let branches = 0;
        let coveredBranches = 0;
        const n = this.slots ? this.slots.length : 0;
        const s = this.slots?.data;
        for (let slot = 0; slot < n; slot += STRIDE) {
            branches += s[slot + TOTAL];
            coveredBranches += s[slot + COVERED];
        }
        const measured = this.measured.count();
        const covered = this.measured.countAnd(this.covered);
        const statements = this.declaredStatements ?? measured;
        return {
            statements,
            coveredStatements: this.declaredStatements === null ? covered : Math.max(0, statements - (measured - covered)),
            branches,
            coveredBranches,
        };
    }
    toData() {
        return {
            path: this.path,
            measured: this.measured.bits,
            covered: this.covered.bits,
            measuredFar: this.measured.far.length ? this.measured.far : null,
            coveredFar: this.covered.far.length ? this.covered.far : null,
            slots: this.slots ? this.slots.data.subarray(0, this.slots.length) : null,
            miss: this.miss ? this.miss.data.subarray(0, this.miss.length) : null,
            branchIdKind: this.branchIdKind,
            branchMeasured: this.branchMeasured,
            summaryOnly: this.summaryOnly,
            declaredStatements: this.declaredStatements,
        };
    }
    static fromData(d) {
        const f = new FileCoverage(d.path);
        f.measured = LineBits.from(d.measured, d.measuredFar);
        f.covered = LineBits.from(d.covered, d.coveredFar);
        if (d.slots) {
            f.slots = new IntList(0);
            f.slots.data = d.slots;
            f.slots.length = d.slots.length;
        }
        if (d.miss) {
            f.miss = new IntList(0);
            f.miss.data = d.miss;
            f.miss.length = d.miss.length;
        }
        f.branchIdKind = d.branchIdKind;
        f.branchMeasured = d.branchMeasured;
        f.summaryOnly = d.summaryOnly;
        f.declaredStatements = d.declaredStatements;
        return f;
    }
    /** Releases the slack left by growth; called once a report is read. */
    compact() {
        this.measured.compact();
        this.covered.compact();
        this.slots?.compact();
        this.miss?.compact();
    }
    /**
     * The first line measured in exactly one of the two files (0 when the declared statement
     * counts differ), or undefined when both measure the same code. Two runs of the same code
     * measure the same lines; a difference means the reports come from different versions.
     */
    firstLineDifference(other) {
        if (this.declaredStatements !== null && other.declaredStatements !== null && this.declaredStatements !== other.declaredStatements) {
            return 0;
        }
        const conflict = (a, b) => {
            for (const line of a.measured.minus(b.measured)) {
                // An executed line that is not a statement (see declaredStatements) may be known to one run only.
                if (a.declaredStatements !== null && a.covered.has(line))
                    continue;
                return line;
            }
            return undefined;
        };
        return conflict(this, other) ?? conflict(other, this);
    }
    /** Adds another run of the same file: lines and branches covered by either are covered once. */
    mergeFrom(other) {
        if (other.summaryOnly || this.summaryOnly) {
            throw new Error('summary-only coverage cannot be merged per line');
        }
        this.measured.orWith(other.measured);
        this.covered.orWith(other.covered);
        this.declaredStatements ??= other.declaredStatements;
        if (other.branchMeasured)
            this.branchMeasured = true;
        if (other.branchIdKind)
            this.noteKind(other.branchIdKind);
        for (const b of other.branchLines()) {
            const at = this.slotOf(b.line);
            if (at >= 0) {
                this.mergeSlot(at, b.total, b.covered, b.missing);
                continue;
            }
            const slot = this.insertSlot(-at - 1);
            const s = this.slots.data;
            s[slot + LINE] = b.line;
            s[slot + TOTAL] = b.total;
            s[slot + COVERED] = b.covered;
            this.writeMissing(slot, b.missing, b.missing?.length ?? 0);
        }
    }
}

;// CONCATENATED MODULE: ./packages/xml/xml-fix.ts
/** What to do about a report that is not well-formed XML. */
function xmlFix(message) {
    if (/truncated|ends/.test(message))
        return 'Regenerate the report: it is cut off (did the step that wrote it finish, or run out of disk space?).';
    if (/entit|DOCTYPE/.test(message))
        return 'Write the report without a DOCTYPE or entity references.';
    return 'Regenerate the report: it is not well-formed XML.';
}

;// CONCATENATED MODULE: ./packages/xml/xml-stream.ts
/**
 * A streaming, byte-level XML tokenizer for machine-written reports (Cobertura, JUnit).
 *
 * Why hand-written: coverage reports of large monorepos reach hundreds of MB and must be
 * parsed in bounded memory at close to disk speed. The best streaming library we measured
 * (saxes) decodes every chunk to a JS string and walks it character by character: 9-12x the
 * time of a plain byte scan of the file; this tokenizer takes about 2x (`npm run bench`). It
 * works on the UTF-8 bytes directly, never keeps the caller's chunks, and decodes only the
 * attribute values a caller asks for (numbers and raw bytes need no string at all).
 *
 * It is a well-formedness checker for the subset of XML that report writers use, and refuses
 * the rest with an error carrying the byte offset:
 *  - start/end tags must nest; exactly one root element; nothing but whitespace, comments and
 *    processing instructions outside it; a document that ends early is "truncated".
 *  - the five predefined entities and numeric character references are decoded; any other
 *    entity reference is an error. Entities are never expanded from a DTD.
 *  - a DOCTYPE with only an external identifier (Istanbul's Cobertura writer emits one) is
 *    skipped, never fetched; a DOCTYPE with an internal subset (where entity declarations
 *    live: XXE, "billion laughs") is refused.
 *  - UTF-16 documents are refused (reports are UTF-8 in practice).
 * Not checked, to stay fast: duplicate attribute names, the exact character classes of names.
 */
class XmlSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the document where the problem was found. */
    offset) {
        super(message);
        this.offset = offset;
        this.name = 'XmlSyntaxError';
    }
}
const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const HYPHEN = 0x2d;
/** Byte classes, looked up once per byte in the hot loops. */
const SPACE = 1;
const NAME_END = 2; // white space, '>', '/', '='
const NAME_BAD = 4; // '<', quotes, '&': never inside a name
const CLASS = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    CLASS[c] = SPACE | NAME_END;
for (const c of [0x3e, 0x2f, 0x3d])
    CLASS[c] = NAME_END;
for (const c of [0x3c, 0x22, 0x27, 0x26])
    CLASS[c] = NAME_BAD;
function isSpace(c) {
    return (CLASS[c] & SPACE) !== 0;
}
const EMPTY = Buffer.alloc(0);
/** Bounds the bytes kept between chunks, so a hostile file cannot make us buffer it whole. */
const MAX_TOKEN_BYTES = 16 * 1024 * 1024;
/** Thrown inside the tokenizer when a token runs past the end of the buffered bytes. */
const NEED_MORE = Symbol('need-more');
/** Per attribute in `Attributes.spans`: name start and end, value start and end, "&" in the value, name id. */
const NAME_START = 0;
const NAME_STOP = 1;
const VALUE_START = 2;
const VALUE_STOP = 3;
const HAS_AMP = 4;
const NAME_ID = 5;
const xml_stream_STRIDE = 6;
/** Attribute names interned per parser (see XmlStreamParser.attributeId); more are not given ids. */
const MAX_ATTRIBUTE_IDS = 64;
class Attributes {
    buf = Buffer.alloc(0);
    /** STRIDE int32 per attribute (see NAME_START...). */
    spans = new Int32Array(xml_stream_STRIDE * 16);
    count = 0;
    /** Absolute offset of the buffer start, for error offsets. */
    base = 0;
    grow() {
        const next = new Int32Array(this.spans.length * 2);
        next.set(this.spans);
        this.spans = next;
        return next;
    }
    idAt(i) {
        return this.spans[i * xml_stream_STRIDE + NAME_ID];
    }
    nameLength(i) {
        return this.spans[i * xml_stream_STRIDE + NAME_STOP] - this.spans[i * xml_stream_STRIDE + NAME_START];
    }
    nameIs(i, name) {
        const s = this.spans[i * xml_stream_STRIDE + NAME_START];
        if (this.spans[i * xml_stream_STRIDE + NAME_STOP] - s !== name.length)
            return false;
        for (let k = 0; k < name.length; k++)
            if (this.buf[s + k] !== name.charCodeAt(k))
                return false;
        return true;
    }
    indexOf(name) {
        for (let i = 0; i < this.count; i++)
            if (this.nameIs(i, name))
                return i;
        return -1;
    }
    has(name) {
        return this.indexOf(name) >= 0;
    }
    get(name) {
        const i = this.indexOf(name);
        return i < 0 ? undefined : this.valueAt(i);
    }
    getUint(name) {
        const i = this.indexOf(name);
        return i < 0 ? undefined : this.uintAt(i);
    }
    equals(name, value) {
        const i = this.indexOf(name);
        return i >= 0 && this.equalsAt(i, value);
    }
    raw(name, out) {
        const i = this.indexOf(name);
        return i >= 0 && this.rawAt(i, out);
    }
    uintAt(i) {
        const { buf, spans } = this;
        let s = spans[i * xml_stream_STRIDE + VALUE_START];
        let e = spans[i * xml_stream_STRIDE + VALUE_STOP];
        if (e - s > 15 || spans[i * xml_stream_STRIDE + HAS_AMP]) {
            // Too long for exact integer arithmetic here, or written with character references.
            const text = this.valueAt(i).trim();
            return /^\d+$/.test(text) ? Number(text) : Number.NaN;
        }
        while (s < e && isSpace(buf[s]))
            s++;
        while (e > s && isSpace(buf[e - 1]))
            e--;
        if (s === e)
            return Number.NaN;
        let n = 0;
        for (let k = s; k < e; k++) {
            const d = buf[k] - 0x30;
            if (d < 0 || d > 9)
                return Number.NaN;
            n = n * 10 + d;
        }
        return n;
    }
    equalsAt(i, value) {
        const s = this.spans[i * xml_stream_STRIDE + VALUE_START];
        const e = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        if (this.spans[i * xml_stream_STRIDE + HAS_AMP])
            return this.valueAt(i) === value;
        if (e - s !== value.length)
            return false;
        for (let k = 0; k < value.length; k++)
            if (this.buf[s + k] !== value.charCodeAt(k))
                return false;
        return true;
    }
    rawAt(i, out) {
        if (this.spans[i * xml_stream_STRIDE + HAS_AMP])
            return false;
        out.buf = this.buf;
        out.start = this.spans[i * xml_stream_STRIDE + VALUE_START];
        out.end = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        return true;
    }
    valueAt(i) {
        const s = this.spans[i * xml_stream_STRIDE + VALUE_START];
        const e = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        const raw = this.buf.toString('utf8', s, e);
        return this.spans[i * xml_stream_STRIDE + HAS_AMP] ? decodeEntities(raw, this.base + s) : raw;
    }
    toObject() {
        const out = {};
        for (let i = 0; i < this.count; i++)
            out[this.buf.toString('utf8', this.spans[i * xml_stream_STRIDE + NAME_START], this.spans[i * xml_stream_STRIDE + NAME_STOP])] =
                this.valueAt(i);
        return out;
    }
}
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the predefined entities and character references; anything else is an error. */
function decodeEntities(raw, offset) {
    return raw.replace(/&([^;&<\s]*)(;?)/g, (whole, name, semi) => {
        if (!semi)
            throw new XmlSyntaxError(`"&" must start an entity reference such as &amp; (found "${whole.slice(0, 20)}")`, offset);
        if (name in PREDEFINED)
            return PREDEFINED[name];
        const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
        if (m) {
            const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
            if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                throw new XmlSyntaxError(`character reference &${name}; is not a valid character`, offset);
            }
            return String.fromCodePoint(code);
        }
        throw new XmlSyntaxError(`entity reference &${name}; is not one of XML's predefined entities; entities are never expanded, so the report must not use them`, offset);
    });
}
class XmlStreamParser {
    handler;
    buf = EMPTY;
    pos = 0;
    /** Holds the unfinished token between writes; reused. */
    work = Buffer.allocUnsafe(64 * 1024);
    restLen = 0;
    /** `buf` is a view of `work` (else of the caller's chunk). */
    inWork = false;
    /** Absolute document offset of buf[0]. */
    base = 0;
    names = [];
    openedAt = [];
    rootSeen = false;
    enclosing = 0;
    /** End tags of a fragment's enclosing elements, in the order met. */
    outerCloses = [];
    rootClosed = false;
    started = false;
    attrs = new Attributes();
    knownNames = [];
    /** Only ASCII names are cached (compared byte to char); '' matches nothing. */
    lastName = '';
    textParts = null;
    /** Absolute offset of the tag being reported to the handler (for the handler's own errors). */
    tagOffset = 0;
    /** Scratch: where the name read by tagName ends. */
    at = 0;
    /** Whether the tag readAttributes read ends with "/>". */
    selfClosing = false;
    /** Interned attribute names (attributeId), as bytes. */
    attrNames = [];
    /** The name id each attribute position held in the previous tag (-1: none). */
    predicted = new Int32Array(16).fill(-1);
    shortcut = null;
    /**
     * `fragment`: parse a piece of a larger document that starts between two tokens, inside
     * `enclosing` open elements it has not seen (their closing tags are collected in
     * `outerCloses`), at byte `offset` of the document. Used to parse one report in parallel
     * pieces; the pieces are checked to fit together afterwards.
     */
    constructor(handler, fragment) {
        this.handler = handler;
        if (fragment) {
            this.enclosing = fragment.enclosing;
            this.base = fragment.offset;
            this.started = true;
            this.rootSeen = true;
        }
    }
    /** Sets or clears the handler's shortcut (see ElementShortcut), from inside a callback or between writes. */
    setShortcut(shortcut) {
        this.shortcut = shortcut;
    }
    /** Open elements outside this parser's own: a fragment's enclosing ones not yet closed. */
    outerDepth() {
        return this.enclosing - this.outerCloses.length;
    }
    /** The elements still open at the end of a fragment, outermost first. */
    get openNames() {
        return this.names;
    }
    /**
     * Ends a fragment: true when it ended between two tokens (so the next fragment starts
     * where a sequential parse would be), false when a token runs across the boundary.
     */
    endFragment() {
        for (let i = 0; i < this.restLen; i++)
            if ((CLASS[this.work[i]] & SPACE) === 0)
                return false;
        return !this.textParts;
    }
    /**
     * Feeds the next bytes. The parser does not keep `chunk` after returning (callers may reuse
     * it): the unfinished token at its end is copied into a work buffer that is reused too.
     */
    write(chunk) {
        if (!this.started) {
            this.started = true;
            chunk = this.checkEncoding(chunk);
        }
        if (this.restLen > 0) {
            const need = this.restLen + chunk.length;
            if (need > this.work.length) {
                const grown = Buffer.allocUnsafe(Math.max(need, this.work.length * 2));
                this.work.copy(grown, 0, 0, this.restLen);
                this.work = grown;
            }
            chunk.copy(this.work, this.restLen);
            this.buf = this.work.subarray(0, need);
            this.inWork = true;
        }
        else {
            this.buf = chunk;
            this.inWork = false;
        }
        this.pos = 0;
        this.run(false);
        this.keepRest();
    }
    /** Moves the unfinished tail of the current bytes to the start of the work buffer. */
    keepRest() {
        const tail = this.buf.length - this.pos;
        if (tail > MAX_TOKEN_BYTES) {
            throw new XmlSyntaxError('a single tag, comment or text run is larger than 16 MiB; this does not look like a report', this.base + this.pos);
        }
        if (tail > 0) {
            if (this.inWork) {
                this.work.copyWithin(0, this.pos, this.buf.length);
            }
            else {
                if (this.work.length < tail)
                    this.work = Buffer.allocUnsafe(Math.max(tail, 64 * 1024));
                this.buf.copy(this.work, 0, this.pos, this.buf.length);
            }
        }
        this.base += this.pos;
        this.restLen = tail;
        this.buf = EMPTY;
        this.pos = 0;
    }
    end() {
        this.buf = this.work.subarray(0, this.restLen);
        this.inWork = true;
        this.pos = 0;
        this.run(true);
        if (this.pos < this.buf.length) {
            // Something incomplete is left over: a tag, comment or text that never finished.
            const at = this.base + this.pos;
            if (this.names.length > 0)
                this.throwTruncated();
            throw new XmlSyntaxError('the document ends in the middle of a tag (truncated)', at);
        }
        if (!this.rootSeen)
            throw new XmlSyntaxError('the document is empty: no root element', this.base + this.pos);
        if (this.names.length > 0)
            this.throwTruncated();
    }
    throwTruncated() {
        const name = this.names[this.names.length - 1];
        throw new XmlSyntaxError(`the document ends before <${name}> is closed (truncated)`, this.openedAt[this.openedAt.length - 1]);
    }
    checkEncoding(chunk) {
        if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
            throw new XmlSyntaxError('the document is UTF-16; save the report as UTF-8', 0);
        }
        if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
            this.base = 3;
            return chunk.subarray(3);
        }
        return chunk;
    }
    run(final) {
        const b = this.buf;
        const len = b.length;
        try {
            for (;;) {
                const start = this.pos;
                // White space between tags (newlines, indentation) is the most common text of a
                // report and is never reported: skip it here, without a call per run of it.
                let i = start;
                while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                    i++;
                if (i >= len) {
                    if (final)
                        this.pos = len;
                    return; // else keep it: it may begin a text that continues in the next chunk
                }
                if (b[i] === LT) {
                    if (this.shortcut !== null && this.textParts === null) {
                        i = this.shortcut(b, i, len);
                        this.pos = i;
                        if (i >= len || b[i] !== LT)
                            continue;
                    }
                    this.pos = i;
                    this.markup(b, i, len);
                }
                else {
                    // Text runs to the next "<": wait for it, so that text (and any entity in it) is whole.
                    const lt = b.indexOf(LT, i);
                    if (lt < 0 && !final)
                        return;
                    this.characters(b, start, lt < 0 ? len : lt);
                }
            }
        }
        catch (e) {
            // A token runs past the buffered bytes: `pos` is still at its start, for the next chunk.
            if (e !== NEED_MORE)
                throw e;
        }
    }
    characters(b, start, end) {
        let hasAmp = false;
        let allSpace = true;
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (c === AMP)
                hasAmp = true;
            else if (allSpace && !isSpace(c))
                allSpace = false;
            else if (c === GT && i >= 2 && b[i - 1] === RBRACKET && b[i - 2] === RBRACKET) {
                throw new XmlSyntaxError('"]]>" is not allowed in text', this.base + i - 2);
            }
        }
        if (this.names.length === 0 && this.outerDepth() === 0) {
            if (!allSpace) {
                const what = this.rootSeen ? 'after the root element' : 'before the root element';
                throw new XmlSyntaxError(`text is not allowed ${what}; is this an XML report?`, this.base + start);
            }
        }
        else if (this.handler.text && !allSpace) {
            const raw = b.toString('utf8', start, end);
            this.pushText(hasAmp ? decodeEntities(raw, this.base + start) : raw);
        }
        else if (hasAmp) {
            decodeEntities(b.toString('utf8', start, end), this.base + start); // validate only
        }
        this.pos = end;
    }
    pushText(t) {
        (this.textParts ??= []).push(t);
    }
    flushText() {
        if (this.textParts) {
            const t = this.textParts.join('');
            this.textParts = null;
            this.handler.text?.(t);
        }
    }
    markup(b, start, len) {
        if (start + 1 >= len)
            throw NEED_MORE;
        const c = b[start + 1];
        if (c === SLASH)
            return this.endTag(b, start, len);
        if (c === BANG)
            return this.bang(b, start, len);
        if (c === QUESTION)
            return this.processingInstruction(b, start);
        return this.startTag(b, start, len);
    }
    readName(b, from, len) {
        let i = from;
        while (i < len) {
            const k = CLASS[b[i]];
            if (k === 0) {
                i++;
                continue;
            }
            if (k & NAME_END)
                break;
            throw new XmlSyntaxError(`unexpected "${String.fromCharCode(b[i])}" in a name`, this.base + i);
        }
        if (i >= len)
            throw NEED_MORE;
        if (i === from)
            throw new XmlSyntaxError('a tag must start with a name', this.base + from);
        return i;
    }
    /** The bytes at `from` are `name` followed by the end of a name (white space, ">", "/"). */
    matchesName(b, from, name, len) {
        const end = from + name.length;
        if (end >= len || name.length === 0)
            return false;
        for (let k = 0; k < name.length; k++)
            if (b[from + k] !== name.charCodeAt(k))
                return false;
        return (CLASS[b[end]] & NAME_END) !== 0 && b[end] !== EQ;
    }
    /**
     * Tag names repeat endlessly in a report: look them up among the names already seen
     * (compared as bytes) instead of allocating a new string per tag.
     */
    nameString(b, s, e) {
        const len = e - s;
        const known = this.knownNames;
        outer: for (let n = 0; n < known.length; n++) {
            const name = known[n];
            if (name.length !== len)
                continue;
            for (let k = 0; k < len; k++)
                if (b[s + k] !== name.charCodeAt(k))
                    continue outer;
            return name;
        }
        const name = b.toString('utf8', s, e);
        // Only ASCII names can be compared char-by-byte; a document has a few dozen at most.
        if (name.length !== len)
            return name;
        if (known.length < 64)
            known.push(name);
        return name;
    }
    /** The id of an attribute name, for XmlAttributes#idAt (ASCII names; -1 when the table is full). */
    attributeId(name) {
        // ASCII only: a name's bytes in the document are then its characters.
        if (name.length === 0 || !/^[\x21-\x7e]+$/.test(name))
            return -1;
        const bytes = Buffer.from(name, 'latin1');
        return this.attributeIdOf(bytes, 0, bytes.length);
    }
    /** The id of the name in `b[s..e)`, interning it when there is room. */
    attributeIdOf(b, s, e) {
        const ids = this.attrNames;
        outer: for (let id = 0; id < ids.length; id++) {
            const name = ids[id];
            if (name.length !== e - s)
                continue;
            for (let k = 0; k < name.length; k++)
                if (b[s + k] !== name[k])
                    continue outer;
            return id;
        }
        if (ids.length >= MAX_ATTRIBUTE_IDS)
            return -1;
        ids.push(Uint8Array.prototype.slice.call(b, s, e));
        return ids.length - 1;
    }
    startTag(b, start, len) {
        if (this.rootClosed) {
            throw new XmlSyntaxError('a second root element follows the first; the report may be two files concatenated', this.base + start);
        }
        const name = this.tagName(b, start + 1, len);
        const end = this.readAttributes(b, this.at, len);
        this.reportStart(b, name, start, end);
    }
    /**
     * The tag's name; `at` is set to its end. Reports repeat the same element thousands of times
     * in a row (<line .../>): the previous tag's name is tried before scanning for one.
     */
    tagName(b, from, len) {
        let name = this.lastName;
        if (this.matchesName(b, from, name, len)) {
            this.at = from + name.length;
            return name;
        }
        const nameEnd = this.readName(b, from, len);
        name = this.nameString(b, from, nameEnd);
        this.lastName = name;
        this.at = nameEnd;
        return name;
    }
    /**
     * Reads the attributes from `i` to the end of the tag into `attrs`; returns the offset after
     * the tag and sets `selfClosing`.
     */
    readAttributes(b, i, len) {
        let count = 0;
        for (;;) {
            const ws = i;
            while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                i++;
            if (i >= len)
                throw NEED_MORE;
            const c = b[i];
            if (c === GT) {
                this.selfClosing = false;
                this.attrs.count = count;
                return i + 1;
            }
            if (c === SLASH) {
                if (i + 1 >= len)
                    throw NEED_MORE;
                if (b[i + 1] !== GT)
                    throw new XmlSyntaxError('"/" in a tag must be followed by ">"', this.base + i);
                this.selfClosing = true;
                this.attrs.count = count;
                return i + 2;
            }
            if (i === ws)
                throw new XmlSyntaxError('attributes must be separated by white space', this.base + i);
            i = this.readAttribute(b, i, len, count++);
        }
    }
    /**
     * The name at `i` when it is the one the same position held in the previous tag (elements
     * of a report repeat their attributes in the same order): compared with its bytes, no scan
     * of byte classes and no lookup. Its end offset, or -1.
     */
    predictedName(b, i, len, position) {
        const id = position < this.predicted.length ? this.predicted[position] : -1;
        if (id < 0)
            return -1;
        const name = this.attrNames[id];
        const end = i + name.length;
        if (end >= len)
            return -1;
        for (let k = 0; k < name.length; k++)
            if (b[i + k] !== name[k])
                return -1;
        return (CLASS[b[end]] & NAME_END) !== 0 ? end : -1;
    }
    /** Reads `name="value"` at `i` as attribute `position`; returns the offset after it. */
    readAttribute(b, i, len, position) {
        const an = i;
        let anEnd = this.predictedName(b, i, len, position);
        let id;
        if (anEnd >= 0) {
            id = this.predicted[position];
        }
        else {
            anEnd = this.readName(b, i, len);
            id = this.attributeIdOf(b, an, anEnd);
            if (position < this.predicted.length)
                this.predicted[position] = id;
        }
        i = anEnd;
        // The usual form is name="value": test for it before the general white-space rules.
        if (b[i] !== EQ) {
            while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                i++;
            if (i >= len)
                throw NEED_MORE;
            if (b[i] !== EQ)
                throw new XmlSyntaxError(`attribute "${b.toString('utf8', an, anEnd)}" has no value`, this.base + an);
        }
        i++;
        while (i < len && (CLASS[b[i]] & SPACE) !== 0)
            i++;
        if (i >= len)
            throw NEED_MORE;
        const q = b[i];
        if (q !== DQUOTE && q !== SQUOTE) {
            throw new XmlSyntaxError(`the value of attribute "${b.toString('utf8', an, anEnd)}" must be quoted`, this.base + i);
        }
        const vs = i + 1;
        let hasAmp = 0;
        let k = vs;
        for (; k < len; k++) {
            const v = b[k];
            if ((CLASS[v] & NAME_BAD) === 0)
                continue; // the common case: digits, letters, spaces
            if (v === q)
                break;
            if (v === AMP)
                hasAmp = 1;
            else if (v === LT)
                throw new XmlSyntaxError('"<" is not allowed in an attribute value', this.base + k);
        }
        if (k >= len)
            throw NEED_MORE;
        const attrs = this.attrs;
        const o = position * xml_stream_STRIDE;
        const spans = o + xml_stream_STRIDE > attrs.spans.length ? attrs.grow() : attrs.spans;
        spans[o + NAME_START] = an;
        spans[o + NAME_STOP] = anEnd;
        spans[o + VALUE_START] = vs;
        spans[o + VALUE_STOP] = k;
        spans[o + HAS_AMP] = hasAmp;
        spans[o + NAME_ID] = id;
        return k + 1;
    }
    /** The whole tag is here (`b[start..end)`): report it. */
    reportStart(b, name, start, end) {
        if (this.textParts)
            this.flushText();
        const attrs = this.attrs;
        attrs.buf = b;
        attrs.base = this.base;
        this.tagOffset = this.base + start;
        this.pos = end;
        this.rootSeen = true;
        if (this.selfClosing) {
            // Never on the stack: nothing can be nested in it.
            const depth = this.outerDepth() + this.names.length + 1;
            this.handler.open(name, attrs, true, depth);
            if (this.handler.close)
                this.handler.close(name, depth);
            if (depth === 1)
                this.rootClosed = true;
            return;
        }
        this.names.push(name);
        this.openedAt.push(this.base + start);
        this.handler.open(name, attrs, false, this.outerDepth() + this.names.length);
    }
    endTag(b, start, len) {
        const nameEnd = this.readName(b, start + 2, len);
        let i = nameEnd;
        while (i < len && isSpace(b[i]))
            i++;
        if (i >= len)
            throw NEED_MORE;
        if (b[i] !== GT)
            throw new XmlSyntaxError('an end tag must end with ">"', this.base + i);
        const name = this.nameString(b, start + 2, nameEnd);
        const open = this.names[this.names.length - 1];
        const outer = this.outerDepth();
        if (open === undefined && outer === 0) {
            throw new XmlSyntaxError(`</${name}> closes an element that was never opened`, this.base + start);
        }
        if (open !== undefined && open !== name) {
            throw new XmlSyntaxError(`</${name}> does not match the open element <${open}>`, this.base + start);
        }
        this.flushText();
        this.tagOffset = this.base + start;
        this.pos = i + 1;
        const depth = outer + this.names.length;
        if (open === undefined) {
            this.outerCloses.push(name); // a fragment closing an element opened before it: checked when the pieces are joined
        }
        else {
            this.names.pop();
            this.openedAt.pop();
        }
        this.handler.close?.(name, depth);
        if (depth === 1)
            this.rootClosed = true;
    }
    bang(b, start, len) {
        if (this.startsWith(b, start, len, '<!--')) {
            const end = b.indexOf('-->', start + 4, 'latin1');
            if (end < 0)
                throw NEED_MORE;
            if (end > start + 4 && b[end - 1] === HYPHEN) {
                throw new XmlSyntaxError('a comment must not end with "--->"', this.base + end - 1);
            }
            this.handler.comment?.(b.toString('utf8', start + 4, end));
            this.pos = end + 3;
            return;
        }
        if (this.startsWith(b, start, len, '<![CDATA[')) {
            if (this.names.length === 0 && this.outerDepth() === 0)
                throw new XmlSyntaxError('CDATA is not allowed outside the root element', this.base + start);
            const end = b.indexOf(']]>', start + 9, 'latin1');
            if (end < 0)
                throw NEED_MORE;
            if (this.handler.text)
                this.pushText(b.toString('utf8', start + 9, end));
            this.pos = end + 3;
            return;
        }
        if (this.startsWith(b, start, len, '<!DOCTYPE'))
            return this.doctype(b, start, len);
        throw new XmlSyntaxError('unknown markup after "<!"', this.base + start);
    }
    doctype(b, start, len) {
        if (this.rootSeen)
            throw new XmlSyntaxError('a DOCTYPE must come before the root element', this.base + start);
        let quote = 0;
        for (let i = start + 9; i < len; i++) {
            const c = b[i];
            if (quote) {
                if (c === quote)
                    quote = 0;
            }
            else if (c === DQUOTE || c === SQUOTE) {
                quote = c;
            }
            else if (c === LBRACKET) {
                throw new XmlSyntaxError('the DOCTYPE has an internal subset (where entities are declared); entities are never expanded, so such reports are refused: write the report without a DOCTYPE', this.base + i);
            }
            else if (c === GT) {
                this.pos = i + 1;
                return;
            }
        }
        throw NEED_MORE;
    }
    processingInstruction(b, start) {
        const end = b.indexOf('?>', start + 2, 'latin1');
        if (end < 0)
            throw NEED_MORE;
        const target = b.toString('latin1', start + 2, Math.min(end, start + 40)).split(/\s/, 1)[0] ?? '';
        if (target.toLowerCase() === 'xml') {
            if (this.base + start !== 0 && !(this.base === 3 && start === 0)) {
                throw new XmlSyntaxError('the XML declaration must be at the very start of the document', this.base + start);
            }
            const decl = b.toString('latin1', start, end);
            const enc = /encoding\s*=\s*["']([^"']+)["']/.exec(decl)?.[1];
            if (enc && !/^(utf-?8|us-ascii|ascii)$/i.test(enc)) {
                throw new XmlSyntaxError(`the document declares encoding "${enc}"; only UTF-8 reports are supported`, this.base + start);
            }
        }
        this.pos = end + 2;
    }
    startsWith(b, start, len, s) {
        const n = Math.min(s.length, len - start);
        for (let k = 0; k < n; k++)
            if (b[start + k] !== s.charCodeAt(k))
                return false;
        if (n < s.length)
            throw NEED_MORE;
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/coverage/formats/cobertura-lines.ts
const cobertura_lines_LT = 0x3c;
const cobertura_lines_GT = 0x3e;
const cobertura_lines_SLASH = 0x2f;
const QUOTE = 0x22;
const cobertura_lines_AMP = 0x26;
const DIGIT_0 = 0x30;
/** Reads "50% (1/2)" from bytes; false when it is not of that form. */
function parseCondition(v, out) {
    const { buf, end } = v;
    // A loop, not Buffer#indexOf: the "(" is a few bytes in, and a native call per branching line costs more.
    let i = v.start;
    while (i < end && buf[i] !== 0x28)
        i++; // (
    if (i >= end)
        return false;
    i++;
    let covered = 0;
    let digits = 0;
    for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
        covered = covered * 10 + buf[i] - DIGIT_0;
    if (!digits || buf[i] !== 0x2f)
        return false; // /
    i++;
    let total = 0;
    digits = 0;
    for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
        total = total * 10 + buf[i] - DIGIT_0;
    if (!digits || buf[i] !== 0x29)
        return false; // )
    out.covered = covered;
    out.total = total;
    return true;
}
/**
 * Reads coverage.py's `missing-branches="24,exit"` (arc destinations; "exit" leaves the code
 * object and is stored as -1) into `ids`; returns the count, or -1 when malformed.
 */
function parseArcIds(v, ids) {
    const { buf, end } = v;
    let n = 0;
    let i = v.start;
    while (i < end) {
        while (i < end && (buf[i] === 0x20 || buf[i] === 0x2c))
            i++;
        if (i >= end)
            break;
        if (n === ids.length)
            return -1;
        if (buf[i] === 0x65 /* e */) {
            if (end - i < 4 || buf[i + 1] !== 0x78 || buf[i + 2] !== 0x69 || buf[i + 3] !== 0x74)
                return -1;
            ids[n++] = -1;
            i += 4;
            continue;
        }
        let value = 0;
        let digits = 0;
        for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
            value = value * 10 + buf[i] - DIGIT_0;
        if (!digits)
            return -1;
        ids[n++] = value;
    }
    return n;
}
/**
 * A branching line's branches. `missingCount` is how many ids missing-branches gave (-1: the
 * attribute was malformed, null: absent). The ids identify the branches (so two runs merge
 * exactly) only when they account for every branch not taken.
 */
function addBranchLine(batch, line, covered, total, ids, missingCount) {
    let count = missingCount ?? (covered === total ? 0 : -1); // nothing missing: identities do not matter
    if (count !== total - covered)
        count = -1;
    if (count < 0)
        batch.addBranches(line, total, covered, 'none');
    else
        batch.addBranches(line, total, covered, 'arc', ids, count);
}
/**
 * A fixed run of ASCII bytes, compared four at a time: most of a line's bytes are these
 * attribute names, and one 32-bit load per four bytes is what makes the shortcut fast.
 */
class Literal {
    length;
    words;
    tail;
    constructor(text) {
        const bytes = Buffer.from(text, 'latin1');
        this.length = bytes.length;
        const whole = bytes.length >> 2;
        this.words = new Uint32Array(whole);
        for (let w = 0; w < whole; w++)
            this.words[w] = bytes.readUInt32LE(w * 4);
        this.tail = Uint8Array.from(bytes.subarray(whole * 4));
    }
    /** Whether the literal is at `i` of the bytes `view` sees, all of it before `len`. */
    at(view, i, len) {
        if (i + this.length > len)
            return false;
        const words = this.words;
        for (let w = 0; w < words.length; w++)
            if (view.getUint32(i + w * 4, true) !== words[w])
                return false;
        const t = i + words.length * 4;
        for (let k = 0; k < this.tail.length; k++)
            if (view.getUint8(t + k) !== this.tail[k])
                return false;
        return true;
    }
}
const word = (text) => Buffer.from(text, 'latin1').readUInt32LE(0);
// `<line number="` and `" hits="`, which every line has, compared word by word with no loop.
const LINE_NUMBER = ['<lin', 'e nu', 'mber'].map(word);
const LINE_NUMBER_END = Buffer.from('="', 'latin1').readUInt16LE(0);
const LINE_NUMBER_LENGTH = 14;
const HITS = ['" hi', 'ts="'].map(word);
const HITS_LENGTH = 8;
const BRANCH_FALSE = new Literal(' branch="false"');
const CONDITION = new Literal(' branch="true" condition-coverage="');
const MISSING = new Literal(' missing-branches="');
/** Digits that fit exact integer arithmetic; longer values go the general way. */
const MAX_NUMBER_DIGITS = 9;
const MAX_HITS_DIGITS = 15;
/** XML's white space, by byte: one load instead of four comparisons (the indentation between lines). */
const cobertura_lines_SPACE = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    cobertura_lines_SPACE[c] = 1;
function cobertura_lines_isSpace(c) {
    return cobertura_lines_SPACE[c] === 1;
}
/** The closing quote of a value starting at `i`, or -1 (cut off, or written with "&" or "<"). */
function valueEnd(b, i, len) {
    for (; i < len; i++) {
        const c = b[i];
        if (c === QUOTE)
            return i;
        if (c === cobertura_lines_AMP || c === cobertura_lines_LT)
            return -1;
    }
    return -1;
}
/** The shortcut through a class's lines, feeding the handler's batch. */
class PlainLineScanner {
    batch;
    condition = { covered: 0, total: 0 };
    value = { buf: new Uint8Array(0), start: 0, end: 0 };
    ids = new Int32Array(64);
    /** Where the line being read ends, set by readLine. */
    end = 0;
    constructor(batch) {
        this.batch = batch;
    }
    /** Reads lines from `at` (a "<"); returns where the tokenizer goes on (see ElementShortcut). */
    scan = (b, at, len) => {
        const view = new DataView(b.buffer, b.byteOffset, b.length);
        let i = at;
        for (;;) {
            if (!this.readLine(b, view, i, len))
                return i;
            const done = this.end;
            // The white space before the next element, only if a "<" follows it here.
            i = done;
            while (i < len && cobertura_lines_isSpace(b[i]))
                i++;
            if (i >= len || b[i] !== cobertura_lines_LT)
                return done;
        }
    };
    /** One line at `i` in a known form: added to the batch, `end` set after it; false to leave it. */
    readLine(b, view, i, len) {
        if (!this.lineStartAt(view, i, len))
            return false;
        let k = this.digits(b, i + LINE_NUMBER_LENGTH, len, MAX_NUMBER_DIGITS);
        const number = this.digitsValue;
        if (k < 0 || number === 0)
            return false;
        if (k + HITS_LENGTH > len || view.getUint32(k, true) !== HITS[0] || view.getUint32(k + 4, true) !== HITS[1])
            return false;
        k = this.digits(b, k + HITS_LENGTH, len, MAX_HITS_DIGITS);
        const hits = this.digitsValue;
        if (k < 0 || k >= len || b[k] !== QUOTE)
            return false;
        k++;
        let missingCount; // undefined: not a branching line
        if (b[k] === cobertura_lines_SLASH) {
            // The usual end, "/>": no attribute to look for.
        }
        else if (BRANCH_FALSE.at(view, k, len))
            k += BRANCH_FALSE.length;
        else if (CONDITION.at(view, k, len)) {
            k = this.readBranches(b, view, k + CONDITION.length, len);
            if (k < 0)
                return false;
            missingCount = this.missingCount;
        }
        while (k < len && cobertura_lines_isSpace(b[k]))
            k++;
        if (k + 1 >= len || b[k] !== cobertura_lines_SLASH || b[k + 1] !== cobertura_lines_GT)
            return false;
        this.batch.addLine(number, hits);
        if (missingCount !== undefined) {
            const { covered, total } = this.condition;
            addBranchLine(this.batch, number, covered, total, this.ids, missingCount);
        }
        this.end = k + 2;
        return true;
    }
    /** Whether `<line number="` is at `i`. */
    lineStartAt(view, i, len) {
        return (i + LINE_NUMBER_LENGTH <= len &&
            view.getUint32(i, true) === LINE_NUMBER[0] &&
            view.getUint32(i + 4, true) === LINE_NUMBER[1] &&
            view.getUint32(i + 8, true) === LINE_NUMBER[2] &&
            view.getUint16(i + 12, true) === LINE_NUMBER_END);
    }
    /** The number digits() read last. */
    digitsValue = 0;
    /** 1 to `max` decimal digits at `k`, their number into `digitsValue`; the offset after them, or -1. */
    digits(b, k, len, max) {
        let value = 0;
        const start = k;
        for (; k < len && k - start <= max; k++) {
            const d = b[k] - DIGIT_0;
            if (d < 0 || d > 9)
                break;
            value = value * 10 + d;
        }
        if (k === start || k - start > max)
            return -1;
        this.digitsValue = value;
        return k;
    }
    /** What readBranches found in missing-branches (see addBranchLine). */
    missingCount = null;
    /**
     * condition-coverage's value from `k` and an optional missing-branches after it, into
     * `condition`, `ids` and `missingCount`; the offset after them, or -1 to leave the line.
     */
    readBranches(b, view, k, len) {
        const value = this.value;
        const end = valueEnd(b, k, len);
        if (end < 0)
            return -1;
        value.buf = b;
        value.start = k;
        value.end = end;
        const c = this.condition;
        // A malformed or impossible condition is the general path's to read or report.
        if (!parseCondition(value, c) || c.total === 0 || c.covered > c.total)
            return -1;
        k = end + 1;
        this.missingCount = null;
        if (!MISSING.at(view, k, len))
            return k;
        k += MISSING.length;
        const missingEnd = valueEnd(b, k, len);
        if (missingEnd < 0)
            return -1;
        value.start = k;
        value.end = missingEnd;
        this.missingCount = parseArcIds(value, this.ids);
        return missingEnd + 1;
    }
}

;// CONCATENATED MODULE: ./packages/coverage/formats/cobertura.ts
/**
 * Cobertura XML (coverage.py / pytest-cov, Istanbul/c8, and other writers), stream-parsed.
 *
 * Only `<class>` lines count; the `<method>` lines some writers add repeat them. A branching
 * line carries `condition-coverage="50% (1/2)"`; coverage.py adds `missing-branches="7,exit"`
 * (the destinations not taken), which lets two runs of the same code merge exactly.
 */





const cobertura_CONDITION = /^\s*(\d+(?:\.\d+)?)%\s*\(\s*(\d+)\s*\/\s*(\d+)\s*\)\s*$/;
const RATE_ELEMENTS = new Set(['coverage', 'package', 'class']);
/** The elements enclosing a <class> in Cobertura: coverage, packages, package, classes. */
const CLASS_DEPTH = 4;
/**
 * The Cobertura handler of the tokenizer's events: builds the files' coverage one <class> at
 * a time. Its state is what a streaming read needs: the file being read, whether inside a
 * <method> (whose lines repeat the class's) or a <source>.
 */
class CoberturaHandler {
    file;
    files = new Map();
    sources = [];
    producer;
    convention = 'unknown';
    current;
    methodDepth = 0;
    inSource = false;
    rootVersion;
    sourceText = '';
    parser;
    // Attribute name ids of <line> (XmlStreamParser#attributeId): compared as numbers per line.
    numberId = -2;
    hitsId = -2;
    branchId = -2;
    conditionId = -2;
    missingId = -2;
    // Reused for every line: parsed straight from the attribute bytes (the hot path of a large
    // report), with the string path kept for error messages.
    line = { number: 0, hits: 0, branch: false, conditionAt: -1, missingAt: -1 };
    raw = { buf: Buffer.alloc(0), start: 0, end: 0 };
    condition = { covered: 0, total: 0 };
    arcIds = new Int32Array(64);
    /** One <class> at a time is collected here, then loaded into its file in one go. */
    batch = new CoverageBatch();
    scanner = new PlainLineScanner(this.batch);
    /**
     * Set on the tokenizer inside a class's <lines>: lines in a known form are read there without
     * the general path. Like onLine, only a class's own lines, never a method's (they repeat them),
     * even where a report nests one inside the other.
     */
    plainLines = (b, at, len) => this.current && this.methodDepth === 0 ? this.scanner.scan(b, at, len) : at;
    constructor(file) {
        this.file = file;
    }
    /** The tokenizer feeding this handler: for the offset of errors, and the attribute ids. */
    attach(parser) {
        this.parser = parser;
        this.numberId = parser.attributeId('number');
        this.hitsId = parser.attributeId('hits');
        this.branchId = parser.attributeId('branch');
        this.conditionId = parser.attributeId('condition-coverage');
        this.missingId = parser.attributeId('missing-branches');
    }
    fail(message, fix) {
        throw new core_errors/* ReportError */.$(message, { file: this.file, offset: this.parser?.tagOffset }, fix);
    }
    comment(text) {
        const m = /Generated by coverage\.py[^\d]*?([\d.]+)?/.exec(text) ?? /coverage\.readthedocs\.io\/en\/([\d.]+)/.exec(text);
        if (m) {
            this.producer = `coverage.py${m[1] ? ` ${m[1]}` : ''}`;
            this.convention = 'coveragepy';
        }
    }
    open(name, attrs, _selfClosing, depth) {
        if (name === 'line') {
            // By far the most frequent element: nothing else to check for it.
            if (this.current && this.methodDepth === 0)
                this.onLine(attrs);
            return;
        }
        if (depth === 1)
            this.openRoot(name, attrs);
        if (RATE_ELEMENTS.has(name)) {
            this.checkRate(name, attrs, 'line-rate');
            this.checkRate(name, attrs, 'branch-rate');
        }
        switch (name) {
            case 'source':
                this.inSource = true;
                this.sourceText = '';
                break;
            case 'class':
                this.openClass(attrs);
                break;
            case 'method':
                this.methodDepth++;
                break;
            case 'lines':
                if (this.current && this.methodDepth === 0)
                    this.parser?.setShortcut(this.plainLines);
                break;
        }
    }
    close(name) {
        if (name === 'line')
            return;
        if (name === 'source') {
            this.inSource = false;
            this.sources.push(this.sourceText.trim());
        }
        else if (name === 'class') {
            this.current?.load(this.batch);
            this.batch.reset();
            this.current = undefined;
        }
        else if (name === 'method') {
            this.methodDepth--;
        }
        else if (name === 'lines') {
            this.parser?.setShortcut(null);
        }
    }
    text(t) {
        if (this.inSource)
            this.sourceText += t;
    }
    report() {
        // coverage.py signs its report in a comment; the version is on the root element.
        if (this.convention === 'coveragepy' && this.producer === 'coverage.py' && this.rootVersion)
            this.producer = `coverage.py ${this.rootVersion}`;
        const { file, producer, convention, sources, files } = this;
        return { file, format: 'cobertura', producer, convention, sources, files };
    }
    openRoot(name, attrs) {
        if (name !== 'coverage') {
            const junit = name === 'testsuites' || name === 'testsuite';
            this.fail(junit ? 'this is a JUnit test report, not a coverage report' : `the root element is <${name}>, not Cobertura's <coverage>`, junit ? 'Pass it in `test-results` instead of `coverage-files`.' : 'Pass a Cobertura, LCOV, coverage.py JSON or Istanbul JSON report.');
        }
        const version = attrs.get('version');
        this.rootVersion = version;
        if (this.convention === 'unknown' && version === '0.1' && attrs.has('lines-valid')) {
            // Istanbul's cobertura writer: version="0.1" and its own DOCTYPE.
            this.producer = 'istanbul';
            this.convention = 'istanbul';
        }
    }
    openClass(attrs) {
        const filename = attrs.get('filename');
        if (filename === undefined || filename.trim() === '')
            this.fail('<class> has no filename attribute');
        const key = filename.trim();
        let current = this.files.get(key);
        if (!current) {
            current = new FileCoverage(key);
            this.files.set(key, current);
        }
        this.current = current;
        this.batch.reset();
    }
    checkRate(name, attrs, rate) {
        const raw = attrs.get(rate);
        if (raw === undefined)
            return;
        const v = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) {
            this.fail(`<${name} ${rate}="${raw}">: a rate must be a number from 0 to 1`, 'Regenerate the report; it looks corrupted.');
        }
    }
    /** A <line> of the current class: its statement, and its branches when it has some. */
    onLine(attrs) {
        const line = this.readLine(attrs);
        const number = line.number;
        if (!(number >= 1))
            this.fail(`<line number="${attrs.get('number') ?? ''}">: a line number must be a whole number from 1`);
        if (number > MAX_LINE_NUMBER)
            this.fail(`<line number="${attrs.get('number') ?? ''}">: ${lineNumberProblem(number)}`);
        if (!(line.hits >= 0))
            this.fail(`<line number="${number}" hits="${attrs.get('hits') ?? ''}">: hits must be a whole number`);
        this.batch.addLine(number, line.hits);
        if (line.branch && line.conditionAt >= 0)
            this.addBranches(attrs, line);
    }
    /** One pass over the attributes, comparing name ids (this runs for every line of every file). */
    readLine(attrs) {
        const line = this.line;
        line.number = Number.NaN;
        line.hits = Number.NaN;
        line.branch = false;
        line.conditionAt = -1;
        line.missingAt = -1;
        for (let i = 0; i < attrs.count; i++) {
            const id = attrs.idAt(i);
            if (id === this.numberId)
                line.number = attrs.uintAt(i);
            else if (id === this.hitsId)
                line.hits = attrs.uintAt(i);
            else if (id === this.branchId)
                line.branch = attrs.equalsAt(i, 'true');
            else if (id === this.conditionId)
                line.conditionAt = i;
            else if (id === this.missingId)
                line.missingAt = i;
        }
        return line;
    }
    /** A branching line: "covered/total" from condition-coverage, identities from missing-branches. */
    addBranches(attrs, line) {
        const { covered, total } = this.readCondition(attrs, line.number, line.conditionAt);
        let missingCount = null;
        if (line.missingAt >= 0)
            missingCount = attrs.rawAt(line.missingAt, this.raw) ? parseArcIds(this.raw, this.arcIds) : -1;
        addBranchLine(this.batch, line.number, covered, total, this.arcIds, missingCount);
    }
    readCondition(attrs, number, at) {
        const condition = this.condition;
        if (!attrs.rawAt(at, this.raw) || !parseCondition(this.raw, condition)) {
            const cond = attrs.valueAt(at);
            const m = cobertura_CONDITION.exec(cond);
            if (!m)
                this.fail(`<line number="${number}" condition-coverage="${cond}">: expected the form "50% (1/2)"`);
            condition.covered = Number(m[2]);
            condition.total = Number(m[3]);
        }
        if (condition.total === 0 || condition.covered > condition.total) {
            this.fail(`<line number="${number}" condition-coverage="${attrs.valueAt(at)}">: covered branches must be between 0 and the total, and the total above 0`);
        }
        return condition;
    }
}
/** Turns the tokenizer's syntax errors into report errors (with the file and the offset). */
function asReportError(file, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof XmlSyntaxError)
            throw new core_errors/* ReportError */.$(e.message, { file, offset: e.offset }, xmlFix(e.message));
        throw e;
    }
}
/**
 * `fragment`: parse a piece of the report starting at a <class> tag at byte `offset`
 * (see parallel-cobertura.ts); its elements are assumed nested in CLASS_DEPTH others.
 */
function cobertura_createCoberturaParser(file, fragment) {
    const handler = new CoberturaHandler(file);
    const parser = new XmlStreamParser(handler, fragment && { enclosing: CLASS_DEPTH, offset: fragment.offset });
    handler.attach(parser);
    return {
        write(chunk) {
            asReportError(file, () => parser.write(chunk));
        },
        end() {
            asReportError(file, () => parser.end());
            return handler.report();
        },
        endFragment() {
            const between = parser.endFragment();
            return {
                report: handler.report(),
                complete: between && handler.current === undefined && handler.methodDepth === 0 && !handler.inSource,
                openNames: [...parser.openNames],
                outerCloses: [...parser.outerCloses],
            };
        },
    };
}

;// CONCATENATED MODULE: ./packages/coverage/formats/coveragepy-json.ts
/**
 * coverage.py's JSON report (`coverage json`). Branches are arcs `[from, to]`; a branch's
 * identity is its destination (negative = leaving the code object, written "exit" in
 * Cobertura and stored as -1 in both), which makes it merge exactly with coverage.py's Cobertura.
 *
 * `executed_branches` is every arc executed from a branch line, not only the arcs coverage.py
 * counts as that line's possible branches: after multi-line statements are mapped to their
 * first line it repeats arcs, has arcs from a line to itself (comprehensions, generators), and
 * arcs an exception took (to a handler, or out of the function). Measured on coverage.py 6.5
 * over 5,982 standard-library tests (tests/fixtures/coveragepy-stdlib): repeats and self-arcs
 * account for 255 of the 284 lines whose arcs do not add up; the rest cannot be told apart
 * without coverage.py's own analysis of the source. So each file's branch counts are the
 * report's own `summary` (as coverage.py's TOTAL adds them up), and per line: the missing arcs
 * as listed, the executed ones without repeats, self-arcs and arcs also listed as missing; when
 * those still add up to more than the summary, the surplus is taken off the lines with the most
 * executed arcs (an exception's arc is an extra one there) and the file's branches are kept as
 * counts without identities, which merge as a lower bound (like Cobertura without them).
 */


function isCoveragePyJson(doc) {
    const d = doc;
    return !!d && typeof d === 'object' && !!d.meta && typeof d.meta === 'object' && !!d.files && typeof d.files === 'object';
}
/** Line numbers; coverage.py records an empty module's execution as line 0, which is not a line. */
function lineList(value, file, at) {
    if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n >= 0)) {
        throw new core_errors/* ReportError */.$('expected a list of line numbers', { file, at }, 'Regenerate the report with `coverage json`.');
    }
    const huge = value.find((n) => n > MAX_LINE_NUMBER);
    if (huge !== undefined)
        throw new core_errors/* ReportError */.$(lineNumberProblem(huge), { file, at }, 'Regenerate the report with `coverage json`.');
    return value.filter((n) => n > 0);
}
function arcList(value, file, at) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every((a) => Array.isArray(a) && a.length === 2 && a.every((n) => Number.isInteger(n) && Math.abs(n) <= MAX_LINE_NUMBER))) {
        throw new core_errors/* ReportError */.$('expected a list of [from, to] arcs', { file, at }, 'Regenerate the report with `coverage json`.');
    }
    return value;
}
/** The summary's branch counts, when it has them (coverage.py 5.0 and later). */
function summaryBranches(summary, file, at) {
    const total = summary?.num_branches;
    const covered = summary?.covered_branches;
    if (total === undefined || covered === undefined)
        return null;
    if (!Number.isInteger(total) || !Number.isInteger(covered) || total < 0 || covered < 0 || covered > total) {
        throw new core_errors/* ReportError */.$(`the summary's branch counts are not counts (num_branches ${JSON.stringify(total)}, covered_branches ${JSON.stringify(covered)})`, { file, at: `${at}.summary` }, 'Regenerate the report with `coverage json`.');
    }
    return { total, covered };
}
/** A destination as an identity: every exit from the code object is one (-1), as in Cobertura. */
const identity = (to) => (to < 0 ? -1 : to);
function arcsPerLine(executed, missing) {
    const perLine = new Map();
    const entry = (from) => {
        let e = perLine.get(from);
        if (!e)
            perLine.set(from, (e = { executed: new Set(), missing: [] }));
        return e;
    };
    for (const [from, to] of missing)
        entry(from).missing.push(to);
    for (const [from, to] of executed) {
        const e = entry(from);
        if (to !== from && !e.missing.includes(to))
            e.executed.add(to);
    }
    return perLine;
}
/** Adds a file's branches so that their counts are the summary's (see the module comment). */
function addArcs(fc, executed, missing, summary) {
    const perLine = arcsPerLine(executed, missing);
    let listed = 0;
    for (const e of perLine.values())
        listed += e.executed.size + e.missing.length;
    if (!summary || listed === summary.total) {
        for (const [line, e] of perLine)
            if (e.executed.size + e.missing.length > 0)
                fc.addBranches(line, e.executed.size + e.missing.length, e.executed.size, 'arc', e.missing.map(identity));
        return;
    }
    // More executed arcs than the summary counts: take the surplus off the lines with the most,
    // one at a time (a line keeps at least one executed arc when it had two or more).
    const covered = new Map([...perLine].map(([line, e]) => [line, e.executed.size]));
    let surplus = listed - summary.total;
    while (surplus > 0) {
        let most = null;
        for (const [line, c] of covered)
            if (c >= 2 && (most === null || c > covered.get(most)))
                most = line;
        if (most === null)
            break; // nothing left to take from without emptying a line
        covered.set(most, covered.get(most) - 1);
        surplus--;
    }
    for (const [line, e] of perLine) {
        const c = covered.get(line);
        if (c + e.missing.length > 0)
            fc.addBranches(line, c + e.missing.length, c, 'none');
    }
}
function fromCoveragePyJson(doc, file) {
    if (Array.isArray(doc.files))
        throw new core_errors/* ReportError */.$('files must be an object of file name to coverage, not a list', { file, at: 'files' }, 'Regenerate the report with `coverage json`.');
    const files = new Map();
    const branch = doc.meta.branch_coverage === true;
    for (const [name, data] of Object.entries(doc.files)) {
        const at = `files["${name}"]`;
        if (!data || typeof data !== 'object')
            throw new core_errors/* ReportError */.$('expected an object', { file, at });
        const fc = new FileCoverage(name);
        const declared = data.summary?.num_statements;
        if (declared !== undefined) {
            if (!Number.isInteger(declared) || declared < 0) {
                throw new core_errors/* ReportError */.$(`num_statements must be a count (found ${JSON.stringify(declared)})`, { file, at: `${at}.summary.num_statements` });
            }
            // executed_lines also lists executed non-statements (docstrings); the summary has the statement count.
            fc.declaredStatements = declared;
        }
        for (const line of lineList(data.executed_lines, file, `${at}.executed_lines`))
            fc.addLine(line, 1);
        for (const line of lineList(data.missing_lines, file, `${at}.missing_lines`))
            fc.addLine(line, 0);
        if (branch) {
            fc.branchMeasured = true;
            addArcs(fc, arcList(data.executed_branches, file, `${at}.executed_branches`), arcList(data.missing_branches, file, `${at}.missing_branches`), summaryBranches(data.summary, file, at));
        }
        files.set(name, fc);
    }
    const version = doc.meta.version;
    return {
        file,
        format: 'coveragepy-json',
        producer: `coverage.py${version ? ` ${version}` : ''}`,
        convention: 'coveragepy',
        sources: [],
        files,
    };
}

;// CONCATENATED MODULE: ./packages/coverage/formats/branch-ids.ts
/**
 * Branch identities are stored as numbers (see FileCoverage). Formats that name branches with
 * strings (LCOV block/branch fields, Istanbul branch ids) intern them here, process-wide, so
 * that the same name in two reports gets the same number.
 */
const ids = new Map();
function branchId(name) {
    let id = ids.get(name);
    if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
    }
    return id;
}

;// CONCATENATED MODULE: ./packages/coverage/formats/istanbul.ts
/**
 * Istanbul's JSON reports (c8, nyc, jest): `coverage-final.json` (per statement and branch)
 * and `coverage-summary.json` (per-file totals only, so it cannot be merged per line).
 * Line coverage follows istanbul-lib-coverage: a line is measured when a statement starts
 * on it and covered when any such statement ran.
 */



function isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
function isIstanbulFinal(doc) {
    if (!isObject(doc))
        return false;
    const first = Object.values(doc)[0];
    return isObject(first) && isObject(first.statementMap) && isObject(first.s);
}
function isIstanbulSummary(doc) {
    return isObject(doc) && isObject(doc.total) && isObject(doc.total.lines);
}
function count(v, file, at) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new core_errors/* ReportError */.$(`expected a count, found ${JSON.stringify(v)}`, { file, at }, 'Regenerate the report.');
    }
    return v;
}
function fromIstanbulFinal(doc, file) {
    const files = new Map();
    for (const [key, data] of Object.entries(doc)) {
        const name = typeof data.path === 'string' && data.path ? data.path : key;
        const at = `["${key}"]`;
        if (!isObject(data.statementMap) || !isObject(data.s)) {
            throw new core_errors/* ReportError */.$('expected statementMap and s', { file, at }, 'Regenerate the report.');
        }
        const fc = new FileCoverage(name);
        for (const [id, loc] of Object.entries(data.statementMap)) {
            const line = loc?.start?.line;
            if (!Number.isInteger(line) || line < 1)
                throw new core_errors/* ReportError */.$('statement without a start line', { file, at: `${at}.statementMap["${id}"]` });
            if (line > MAX_LINE_NUMBER)
                throw new core_errors/* ReportError */.$(`line ${line} is beyond any source file (at most ${MAX_LINE_NUMBER})`, { file, at: `${at}.statementMap["${id}"]` }, 'Regenerate the report.');
            fc.addLine(line, count(data.s[id] ?? 0, file, `${at}.s["${id}"]`));
        }
        if (isObject(data.branchMap) && isObject(data.b)) {
            fc.branchMeasured = true;
            const perLine = new Map();
            for (const [id, counts] of Object.entries(data.b)) {
                const meta = data.branchMap[id];
                const line = meta?.loc?.start?.line ?? meta?.line ?? meta?.locations?.[0]?.start?.line;
                if (!Number.isInteger(line) || line < 0 || line > MAX_LINE_NUMBER || !Array.isArray(counts)) {
                    throw new core_errors/* ReportError */.$('branch without a line or counts', { file, at: `${at}.b["${id}"]` });
                }
                let e = perLine.get(line);
                if (!e)
                    perLine.set(line, (e = { total: 0, covered: 0, missing: [] }));
                counts.forEach((c, i) => {
                    e.total++;
                    if (count(c, file, `${at}.b["${id}"][${i}]`) > 0)
                        e.covered++;
                    else
                        e.missing.push(branchId(`istanbul:${id}:${i}`));
                });
            }
            for (const [line, e] of perLine)
                fc.addBranches(line, e.total, e.covered, 'istanbul', e.missing);
        }
        files.set(name, fc);
    }
    return { file, format: 'istanbul-final', producer: 'istanbul', convention: 'istanbul', sources: [], files };
}
function fromIstanbulSummary(doc, file) {
    const files = new Map();
    for (const [key, data] of Object.entries(doc)) {
        if (key === 'total')
            continue;
        const metric = (m, what) => {
            const at = `["${key}"].${what}`;
            if (!isObject(m))
                return { total: 0, covered: 0 };
            const total = count(m.total, file, `${at}.total`);
            const covered = count(m.covered, file, `${at}.covered`);
            if (covered > total)
                throw new core_errors/* ReportError */.$(`covered (${covered}) exceeds total (${total})`, { file, at });
            if (typeof m.pct === 'number' && !(m.pct >= 0 && m.pct <= 100)) {
                throw new core_errors/* ReportError */.$(`pct ${m.pct} is not a percentage`, { file, at: `${at}.pct` });
            }
            return { total, covered };
        };
        const lines = metric(data.lines, 'lines');
        const branches = metric(data.branches, 'branches');
        const fc = new FileCoverage(key);
        fc.summaryOnly = {
            statements: lines.total,
            coveredStatements: lines.covered,
            branches: branches.total,
            coveredBranches: branches.covered,
        };
        fc.branchMeasured = branches.total > 0;
        files.set(key, fc);
    }
    return { file, format: 'istanbul-summary', producer: 'istanbul', convention: 'istanbul', sources: [], files };
}

;// CONCATENATED MODULE: ./packages/coverage/formats/json-document.ts
/**
 * JSON coverage reports are parsed whole (JSON.parse is native and fast); this collects the
 * bytes, parses them (core/json-text.ts) and picks the format by shape.
 */




function describeJson(doc) {
    if (Array.isArray(doc))
        return 'a JSON array (lint or scan findings?)';
    if (doc && typeof doc === 'object') {
        const keys = Object.keys(doc).slice(0, 5);
        return keys.length ? `a JSON object with keys ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty JSON object';
    }
    return `a JSON ${doc === null ? 'null' : typeof doc}`;
}
function createJsonCoverageParser(file) {
    const chunks = [];
    return {
        write(chunk) {
            chunks.push(Buffer.from(chunk)); // the reader reuses its buffer
        },
        end() {
            const text = Buffer.concat(chunks).toString('utf8');
            const doc = parseJsonText(text, file);
            if (isCoveragePyJson(doc))
                return fromCoveragePyJson(doc, file);
            if (isIstanbulSummary(doc))
                return fromIstanbulSummary(doc, file);
            if (isIstanbulFinal(doc))
                return fromIstanbulFinal(doc, file);
            throw new core_errors/* ReportError */.$(`this is ${describeJson(doc)}, not a coverage report`, { file }, 'Pass coverage.py JSON (`coverage json`) or Istanbul coverage-final.json / coverage-summary.json.');
        },
    };
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/coverage/formats/lcov.ts
/**
 * LCOV tracefiles (c8, node --test, coverage.py `lcov`, gcov/lcov), read line by line.
 *
 * A branch is identified by its BRDA block and branch fields within its line, so that two
 * runs merge exactly. coverage.py 6.x numbers BRDA entries by its own order (missing arcs
 * first) and writes the arc's destination as the line: for its reports the identity is
 * (line, block) instead, which is stable between runs.
 */




const BAD_LINE_NUMBER_FIX = 'Regenerate the report; a tracefile edited by hand or by another tool may carry a corrupt line number.';
/** Reads a tracefile line by line: one record per line, files between SF and end_of_record. */
class LcovParser {
    file;
    files = new Map();
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    rest = '';
    lineNo = 0;
    current;
    currentStart = 0;
    branches = new Map();
    sawRecord = false;
    /** DA lines with a third field: coverage.py's LCOV (see the file comment). */
    checksums = false;
    declaredLf = null;
    constructor(file) {
        this.file = file;
    }
    write(chunk) {
        const text = this.rest + this.decoder.write(chunk);
        const lines = text.split('\n');
        this.rest = lines.pop() ?? '';
        for (const l of lines)
            this.onLine(l);
    }
    end() {
        const last = this.rest + this.decoder.end();
        if (last !== '')
            this.onLine(last);
        if (!this.sawRecord)
            this.fail('the report is empty', 'Check that the tests ran and wrote coverage.');
        if (this.current) {
            throw new core_errors/* ReportError */.$(`the record for ${this.current.path} (line ${this.currentStart}) has no end_of_record: the file is truncated`, { file: this.file, line: this.lineNo }, 'Regenerate the report.');
        }
        const convention = this.checksums ? 'coveragepy' : 'istanbul';
        return {
            file: this.file,
            format: 'lcov',
            producer: convention === 'coveragepy' ? 'coverage.py' : undefined,
            convention,
            sources: [],
            files: this.files,
        };
    }
    fail(message, fix) {
        throw new core_errors/* ReportError */.$(message, { file: this.file, line: this.lineNo }, fix);
    }
    onLine(raw) {
        this.lineNo++;
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.trim() === '')
            return;
        if (text === 'end_of_record') {
            if (!this.current)
                this.fail('end_of_record without a preceding SF record');
            this.flushFile();
            return;
        }
        const colon = text.indexOf(':');
        const tag = colon > 0 ? text.slice(0, colon) : '';
        if (!/^[A-Z]+$/.test(tag)) {
            this.fail(
            // The line is not quoted: a file passed here by mistake may hold secrets.
            this.sawRecord ? 'this line is not an LCOV record (TAG:value)' : 'this is not an LCOV tracefile (no TN:, SF: or DA: records)', 'Pass an LCOV tracefile (for example from `c8 --reporter=lcovonly` or `coverage lcov`).');
        }
        this.sawRecord = true;
        this.record(tag, text.slice(colon + 1));
    }
    record(tag, value) {
        switch (tag) {
            case 'SF':
                return this.startFile(value);
            case 'DA':
                return this.lineRecord(value);
            case 'BRDA':
                return this.branchRecord(value);
            case 'LF':
                if (!this.current)
                    this.fail('LF record before any SF record');
                this.declaredLf = this.int(value.trim(), 'LF');
                return;
            default:
                // TN, VER, FN, FNDA, FNF, FNH, FNL, FNA, BRF, BRH, LH: totals we recompute or do not use.
                return;
        }
    }
    startFile(value) {
        if (this.current) {
            this.fail(`SF record while the record for ${this.current.path} (line ${this.currentStart}) is still open`, 'Each SF record must end with end_of_record.');
        }
        const path = value.trim();
        if (path === '')
            this.fail('SF record without a file name');
        let current = this.files.get(path);
        if (!current) {
            current = new FileCoverage(path);
            this.files.set(path, current);
        }
        this.current = current;
        this.currentStart = this.lineNo;
    }
    /** DA:line,hits[,checksum] */
    lineRecord(value) {
        if (!this.current)
            this.fail('DA record before any SF record');
        const parts = value.split(',');
        const line = this.lineNumber(parts[0], 'DA line number');
        if (line === 0)
            return; // coverage.py marks an empty module's execution as line 0
        const hits = Number(parts[1]);
        if (parts[1] === undefined || !Number.isFinite(hits) || hits < 0) {
            this.fail(`DA hit count must be a number of at least 0 (found "${parts[1] ?? ''}")`, 'Regenerate the report; a negative count is a corrupted tracefile.');
        }
        if (parts.length > 2)
            this.checksums = true;
        this.current.addLine(line, hits > 0 ? 1 : 0);
    }
    /** BRDA:line,block,branch,taken */
    branchRecord(value) {
        if (!this.current)
            this.fail('BRDA record before any SF record');
        const parts = value.split(',');
        if (parts.length < 4)
            this.fail(`BRDA needs line,block,branch,taken (found "${value}")`);
        const line = this.lineNumber(parts[0], 'BRDA line number');
        const taken = parts[parts.length - 1].trim();
        if (taken !== '-' && !Number.isFinite(Number(taken)))
            this.fail(`BRDA taken count must be a number or "-" (found "${taken}")`);
        let entry = this.branches.get(line);
        if (!entry)
            this.branches.set(line, (entry = { ids: new Map(), seen: new Map() }));
        const id = this.branchIdentity(entry, parts);
        const hit = taken !== '-' && Number(taken) > 0;
        entry.ids.set(id, (entry.ids.get(id) ?? false) || hit);
    }
    /**
     * coverage.py numbers branches by its own order (missed first), so its identity is the
     * destination line and block; two exits of one block share line 0, told apart by order.
     */
    branchIdentity(entry, parts) {
        const branchName = parts.slice(2, -1).join(',');
        let key = this.checksums ? `${parts[1]}` : `${parts[1]},${branchName}`;
        if (this.checksums) {
            const n = (entry.seen.get(key) ?? 0) + 1;
            entry.seen.set(key, n);
            if (n > 1)
                key += `#${n}`;
        }
        return branchId(key);
    }
    flushFile() {
        const current = this.current;
        if (!current)
            return;
        // coverage.py's DA lines include executed non-statements; its LF is the statement count.
        if (this.checksums && this.declaredLf !== null)
            current.declaredStatements = this.declaredLf;
        this.declaredLf = null;
        for (const [line, { ids }] of this.branches) {
            let covered = 0;
            const missing = [];
            for (const [id, taken] of ids) {
                if (taken)
                    covered++;
                else
                    missing.push(id);
            }
            current.addBranches(line, ids.size, covered, this.checksums ? 'lcov-dest' : 'lcov', missing);
        }
        this.branches = new Map();
        this.current = undefined;
    }
    int(s, what) {
        const v = s === undefined ? Number.NaN : Number(s);
        if (!Number.isInteger(v) || v < 0)
            this.fail(`${what} must be a whole number (found "${s ?? ''}")`);
        return v;
    }
    lineNumber(s, what) {
        const v = this.int(s, what);
        const problem = lineNumberProblem(v);
        if (problem)
            this.fail(`${what}: ${problem}`, BAD_LINE_NUMBER_FIX);
        return v;
    }
}
function createLcovParser(file) {
    return new LcovParser(file);
}

;// CONCATENATED MODULE: ./packages/coverage/parallel-cobertura.ts
/**
 * Parses a large Cobertura report in pieces on several threads.
 *
 * The report is cut just before `<class` tags near equal offsets. The first piece is parsed
 * here as the start of the document; every other piece in a worker, as a fragment assumed to
 * start between classes, inside <coverage><packages><package><classes>. The assumption is then
 * checked: each piece must have ended between two tokens and outside any class, and the end
 * tags a piece met for elements opened before it must close, in order, what the pieces before
 * left open; at the end nothing may be left open. If anything does not fit (a cut inside a
 * comment, an unusual layout) or a piece finds an error, the caller parses the whole report
 * sequentially, which reports the first error with its true position.
 */




/** Parses bytes [start, end) of the report as a fragment. Never throws: errors are outcomes. */
async function parseCoberturaFragment(task) {
    try {
        const parser = createCoberturaParser(task.display, { offset: task.start });
        await forEachChunk(task.path, (chunk) => parser.write(chunk), undefined, task.start, task.end);
        const end = parser.endFragment();
        return { ok: true, complete: end.complete, openNames: end.openNames, outerCloses: end.outerCloses, files: [...end.report.files.values()].map((f) => f.toData()) };
    }
    catch (e) {
        return { ok: false, reason: e.message };
    }
}
/** The buffers behind an outcome's arrays, to transfer them instead of copying. */
function transferListOf(outcome) {
    if (!outcome.ok)
        return [];
    const buffers = new Set();
    for (const f of outcome.files) {
        for (const a of [f.measured, f.covered, f.slots, f.miss])
            if (a && a.buffer instanceof ArrayBuffer)
                buffers.add(a.buffer);
    }
    return [...buffers];
}
const WINDOW = 256 * 1024;
const CLASS_TAG = Buffer.from('<class');
/**
 * Offsets of `<class` tags near size*k/parts, each preceded by only white space since the
 * previous ">", so that the cut is between two tags (verified again after parsing).
 */
async function findCuts(path, size, parts) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    const cuts = [];
    try {
        const window = Buffer.allocUnsafe(WINDOW);
        for (let k = 1; k < parts; k++) {
            const target = Math.floor((size * k) / parts);
            const { bytesRead } = await handle.read(window, 0, WINDOW, target);
            const view = window.subarray(0, bytesRead);
            for (let at = view.indexOf(CLASS_TAG); at >= 0; at = view.indexOf(CLASS_TAG, at + 1)) {
                const next = view[at + CLASS_TAG.length];
                if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d)
                    continue;
                let back = at - 1;
                while (back >= 0 && (view[back] === 0x20 || view[back] === 0x09 || view[back] === 0x0a || view[back] === 0x0d))
                    back--;
                if (back < 0 || view[back] !== 0x3e)
                    continue;
                const cut = target + at;
                if (cut > (cuts[cuts.length - 1] ?? 0))
                    cuts.push(cut);
                break;
            }
        }
    }
    finally {
        await handle.close();
    }
    return cuts;
}
/** Whether the pieces fit together as one well-formed document. */
function piecesFit(first, rest) {
    if (!first.complete)
        return false;
    const stack = [...first.openNames];
    for (const piece of rest) {
        if (!piece.ok || !piece.complete)
            return false;
        if (stack.length !== CLASS_DEPTH)
            return false; // each piece was parsed assuming this depth
        for (const name of piece.outerCloses)
            if (stack.pop() !== name)
                return false;
        stack.push(...piece.openNames);
    }
    return stack.length === 0;
}
/**
 * Parses the report in `cuts.length + 1` pieces, or returns undefined when it cannot be done
 * that way (then parse it sequentially). Errors in the first piece are the report's own and
 * are thrown, as a sequential parse would.
 */
async function parseCoberturaInPieces(path, display, size, parts, run) {
    const cuts = await findCuts(path, size, parts);
    if (cuts.length === 0)
        return undefined;
    const bounds = [...cuts, size];
    const others = cuts.map((start, k) => run({ path, display, start, end: bounds[k + 1] }));
    const firstParser = cobertura_createCoberturaParser(display);
    let first;
    try {
        await read_chunks_forEachChunk(path, (chunk) => firstParser.write(chunk), undefined, 0, cuts[0]);
        first = firstParser.endFragment();
    }
    finally {
        await Promise.all(others); // never leave workers running behind a thrown error
    }
    const rest = await Promise.all(others);
    if (!piecesFit(first, rest))
        return undefined;
    const report = first.report;
    for (const piece of rest) {
        if (!piece.ok)
            return undefined;
        for (const data of piece.files) {
            const fc = FileCoverage.fromData(data);
            const existing = report.files.get(fc.path);
            if (existing)
                existing.mergeFrom(fc);
            else
                report.files.set(fc.path, fc);
        }
    }
    report.pieces = rest.length + 1;
    return report;
}

;// CONCATENATED MODULE: ./packages/coverage/read-coverage.ts
/**
 * Reads every coverage report the patterns match, detecting each one's format from its
 * content, and merges them per line into one view of the checkout's files: unit and
 * integration runs of the same code add up, and nothing counts twice.
 */












function sniff(first) {
    let i = 0;
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf)
        i = 3;
    while (i < first.length && (first[i] === 0x20 || first[i] === 0x0a || first[i] === 0x0d || first[i] === 0x09))
        i++;
    const c = first[i];
    if (c === 0x3c)
        return 'xml';
    if (c === 0x7b || c === 0x5b)
        return 'json';
    const head = first.toString('utf8', i, Math.min(first.length, i + 200));
    if (/^(TN|SF|VER|FN|FNDA|DA|BRDA|LF|LH|BRF|BRH):/.test(head))
        return 'lcov';
    return 'unknown';
}
function parserFor(kind, display) {
    switch (kind) {
        case 'xml':
            return cobertura_createCoberturaParser(display);
        case 'json':
            return createJsonCoverageParser(display);
        case 'lcov':
            return createLcovParser(display);
        default:
            return undefined;
    }
}
/**
 * What the start of an unknown file looks like, without quoting it: a report in the wrong
 * place may be a `.env` or a key file, and its first bytes must not reach the log.
 */
function describeStart(bytes) {
    const head = bytes.subarray(0, Math.min(bytes.length, 512));
    if (head.includes(0) || head.some((b) => b < 9 || (b > 13 && b < 32)))
        return 'binary data';
    const text = head.toString('utf8');
    if (text.includes('\ufffd'))
        return 'bytes that are not UTF-8 text';
    const first = text.split(/\r?\n/, 1)[0];
    if (/^\s*[A-Za-z_][A-Za-z0-9_]*\s*=/.test(first))
        return 'a NAME=value line, like a .env file';
    if (/^\s*<!doctype html|^\s*<html/i.test(first))
        return 'an HTML page';
    return `a line of ${first.length} character(s) that is not XML, JSON or an LCOV record`;
}
async function startsLikeXml(absPath) {
    const handle = await (0,promises_namespaceObject.open)(absPath, 'r');
    try {
        const head = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return sniff(head.subarray(0, bytesRead)) === 'xml';
    }
    finally {
        await handle.close();
    }
}
/** Stream-parses one report (a large Cobertura report on several threads, when given). Errors carry line and column. */
async function parseCoverageFile(absPath, display, parallel) {
    const size = (0,external_node_fs_.statSync)(absPath).size;
    if (size === 0) {
        throw new core_errors/* ReportError */.$('the report is empty (0 bytes)', { file: display }, 'Check that the test step ran and wrote coverage.');
    }
    const pieces = parallel?.pieces(size) ?? 1;
    if (parallel && pieces > 1 && (await startsLikeXml(absPath))) {
        try {
            const report = await parseCoberturaInPieces(absPath, display, size, pieces, parallel.run);
            if (report) {
                for (const f of report.files.values())
                    f.compact();
                return report;
            }
        }
        catch (e) {
            if (!(e instanceof core_errors/* ReportError */.$))
                throw e;
            // An error in the first piece: fall through, so the sequential parse reports it with its position.
        }
    }
    let parser;
    let head;
    try {
        await read_chunks_forEachChunk(absPath, (chunk) => {
            if (parser) {
                parser.write(chunk);
                return;
            }
            // Until the first non-blank byte, keep (a copy of) what was read to tell the format.
            head = head ? Buffer.concat([head, chunk]) : Buffer.from(chunk);
            if (head.toString('utf8').trim() === '')
                return;
            parser = parserFor(sniff(head), display);
            if (!parser) {
                throw new core_errors/* ReportError */.$(`unknown report format (it starts with ${describeStart(head)})`, { file: display }, 'Pass Cobertura XML, LCOV, coverage.py JSON, or Istanbul coverage-final.json / coverage-summary.json.');
            }
            parser.write(head);
            head = undefined;
        });
        if (!parser) {
            throw new core_errors/* ReportError */.$('the report is empty (only white space)', { file: display }, 'Check that the test step ran and wrote coverage.');
        }
        const report = parser.end();
        for (const f of report.files.values())
            f.compact();
        return report;
    }
    catch (e) {
        if (e instanceof core_errors/* ReportError */.$ && e.offset !== undefined && e.place.line === undefined) {
            const { line, column } = await lineColumnOfOffset(absPath, e.offset);
            throw new core_errors/* ReportError */.$(e.message, { ...e.place, line, column }, e.fix);
        }
        throw e;
    }
}
/** Reads and merges all reports. */
async function readCoverage(options) {
    const { root, checkout } = options;
    const inputName = options.inputName ?? 'coverage-files';
    const paths = await (0,report_files/* expandReportGlobs */.Cz)(options.patterns, root, inputName);
    const merged = new Map();
    const reports = [];
    // Report paths from another machine are matched against the checkout's listing: list it
    // (a git process) while the first report is parsed, instead of after it.
    const listed = paths.length > 0 ? checkout.prefetch?.() : undefined;
    for (const abs of paths) {
        const display = (0,report_files/* displayPath */.Gt)(abs, root);
        const report = await parseCoverageFile(abs, display, options.parallel);
        await listed;
        // One resolver per report: prefixes learned from one report's paths apply to that report.
        const resolver = new PathResolver(root, checkout, options.pathMap ?? []);
        const own = new Map();
        const unmatched = [];
        for (const [raw, fc] of report.files) {
            const { path, found } = resolver.resolve(raw, report.sources);
            if (!found)
                unmatched.push(raw);
            const prev = own.get(path);
            if (prev)
                prev.coverage.mergeFrom(fc);
            else
                own.set(path, { coverage: fc, found });
        }
        for (const [path, { coverage, found }] of own)
            addToMerged(merged, path, found, coverage, report, display);
        reports.push({ file: display, format: report.format, producer: report.producer, files: report.files.size, pieces: report.pieces ?? 1, unmatched });
    }
    const files = [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, reports };
}
function addToMerged(merged, path, found, coverage, report, display) {
    const existing = merged.get(path);
    if (!existing) {
        merged.set(path, { path, found, coverage, convention: report.convention, reports: [display] });
        return;
    }
    const first = existing.reports[0];
    if (existing.coverage.summaryOnly || coverage.summaryOnly) {
        throw new core_errors/* ReportError */.$(`${path} is in ${first} and in ${display}, and one of them has only per-file totals (coverage-summary.json), which cannot be merged per line`, { file: display }, 'Pass coverage-final.json instead of coverage-summary.json, or only one of the two reports.');
    }
    if (!branchKindsCompatible(existing.coverage.branchIdKind, coverage.branchIdKind)) {
        throw new core_errors/* ReportError */.$(`${path} has branch data in ${first} and in ${display} in two formats that identify branches differently, so they cannot be merged branch by branch`, { file: display }, 'Pass the reports of every run in the same format (all Cobertura, all LCOV, or all coverage.py JSON).');
    }
    const diff = existing.coverage.firstLineDifference(coverage);
    if (diff !== undefined) {
        throw new core_errors/* ReportError */.$(diff === 0
            ? `${path} is in ${first} and in ${display} with different statement counts: the reports come from different versions of the file`
            : `${path} is in ${first} and in ${display} with different lines (line ${diff} is measured in only one): the reports come from different versions of the file, or from different tools`, { file: display }, 'Produce all reports from the same commit with the same tool, or pass only one of them.');
    }
    existing.coverage.mergeFrom(coverage);
    existing.reports.push(display);
    if (existing.convention !== report.convention)
        existing.convention = 'unknown';
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/coverage/thread-plan.ts
/**
 * How many pieces (threads) to parse a Cobertura report in, from what a thread costs and
 * gives, measured by `npm run bench` (it prints these figures again, "Threads"): one thread is
 * chosen unless more are estimated to finish sooner by a clear margin, and their memory fits
 * well within what the machine has free.
 *
 * Estimated time with k pieces: the parse shared over k threads, where each thread beyond
 * the first adds `addedThreadGain` of one thread's speed (only where there is a core for
 * it), plus, for k > 1, starting the workers (they start together, while this thread parses
 * its own piece) and joining their files into the report.
 */

const MB = 1024 * 1024;
/**
 * Measured on the reference machine (2 vCPUs, which share one physical core, as on GitHub's
 * 2-core runners), at 200 MB: one thread parses 150-190 MB/s; two threads together 1.0-1.2
 * times that (each slows the other; the gain is taken at its best, 0.2, so that machines with
 * cores to spare keep their threads), and each worker adds 20-29 MB of peak memory.
 */
const MEASURED_COSTS = {
    bytesPerSecond: 150 * MB,
    addedThreadGain: 0.2,
    workerStartSeconds: 0.04,
    joinSecondsPerByte: 0.01 / (100 * MB),
    workerBytes: 23 * MB,
};
/** More pieces than this stop paying: each adds a worker's start and memory. */
const MAX_PIECES = 4;
/** The share of free memory the workers may take together. */
const MEMORY_SHARE = 0.25;
/**
 * More threads only when estimated at least 20% faster: their memory is certain, their gain
 * an estimate, and a smaller one than the parse alone shows. On 2 vCPUs the whole action
 * measured 2 threads 0-5% faster than one at 200 MB, for 15% more peak memory; so 2 vCPUs
 * parse on one thread, while 4 (estimated a third faster with 4 pieces) use threads.
 */
const MARGIN = 0.8;
function estimatedSeconds(bytes, pieces, cores, costs) {
    const speed = 1 + Math.max(0, Math.min(pieces, cores) - 1) * costs.addedThreadGain;
    const parse = bytes / (costs.bytesPerSecond * speed);
    return pieces === 1 ? parse : parse + costs.workerStartSeconds + bytes * costs.joinSecondsPerByte;
}
/** The number of pieces for a report of `bytes` on `machine`: 1 means one thread. */
function planPieces(bytes, machine, costs = MEASURED_COSTS) {
    const oneThread = estimatedSeconds(bytes, 1, machine.cores, costs);
    let best = 1;
    let bestSeconds = oneThread;
    for (let k = 2; k <= Math.min(MAX_PIECES, machine.cores); k++) {
        if ((k - 1) * costs.workerBytes > machine.freeBytes * MEMORY_SHARE)
            break;
        const seconds = estimatedSeconds(bytes, k, machine.cores, costs);
        // The fastest plan among those clearly faster than one thread.
        if (seconds < oneThread * MARGIN && seconds < bestSeconds) {
            best = k;
            bestSeconds = seconds;
        }
    }
    return best;
}
/** This machine: the cores this process may use, and the memory free for it (a container's limit counts). */
function thisMachine() {
    let freeBytes = (0,external_node_os_namespaceObject.freemem)();
    const limit = process.constrainedMemory?.() ?? 0;
    if (limit > 0)
        freeBytes = Math.min(freeBytes, Math.max(0, limit - process.memoryUsage.rss()));
    return { cores: (0,external_node_os_namespaceObject.availableParallelism)(), freeBytes };
}

;// CONCATENATED MODULE: ./packages/coverage/worker-runner.ts
/**
 * Runs report pieces (parallel-cobertura.ts) on worker threads. The worker script is the
 * bundled `cobertura-worker.js` beside the action's index.js; without it (running from
 * source), reports are parsed on one thread. How many pieces: thread-plan.ts.
 */



/** A worker's default young generation is small; a parse allocates steadily (per-file arrays), and scavenges then cost more than the parse. */
const YOUNG_GENERATION_MB = 32;
/** MATURITY_ACTIONS_THREADS may force a number of pieces (tests, the benchmark); no more than this. */
const MAX_FORCED = 16;
function workerRunner(script) {
    return (task) => new Promise((resolve) => {
        const worker = new external_node_worker_threads_.Worker(script, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        let settled = false;
        const settle = (outcome) => {
            if (!settled)
                resolve(outcome);
            settled = true;
        };
        worker.once('message', (m) => settle(m));
        worker.once('error', (e) => settle({ ok: false, reason: e.message }));
        worker.once('exit', (code) => settle({ ok: false, reason: `the worker exited with code ${code}` }));
    });
}
/**
 * Parallel parsing with the worker script at `script`, when it exists. MATURITY_ACTIONS_THREADS
 * forces the number of pieces (1: one thread); otherwise thread-plan.ts decides per report.
 */
function parallelOptions(script, env = process.env) {
    if (!(0,external_node_fs_.existsSync)(script))
        return undefined;
    const forced = Number(env.MATURITY_ACTIONS_THREADS);
    if (Number.isInteger(forced) && forced >= 1) {
        const pieces = Math.min(forced, MAX_FORCED);
        return { run: workerRunner(script), pieces: () => pieces };
    }
    return { run: workerRunner(script), pieces: (bytes) => planPieces(bytes, thisMachine()) };
}

;// CONCATENATED MODULE: ./packages/diff/unified-diff.ts
/** A diff that cannot be read: the caller treats its changed lines as unknown. */
class DiffFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DiffFormatError';
    }
}
async function parse(text) {
    const { parsePatch } = await __nccwpck_require__.e(/* import() */ 726).then(__nccwpck_require__.bind(__nccwpck_require__, 5726));
    try {
        return parsePatch(text);
    }
    catch (e) {
        throw new DiffFormatError(e.message);
    }
}
function addedLines(patch) {
    const lines = [];
    for (const hunk of patch.hunks) {
        let next = hunk.newStart;
        for (const line of hunk.lines) {
            if (line.startsWith('+'))
                lines.push(next++);
            else if (line.startsWith(' '))
                next++;
            // '-' lines exist only in the old file; '\' is "No newline at end of file"
        }
    }
    return lines;
}
/** Added line numbers (in the new file) of a patch made of hunks. Throws DiffFormatError. */
async function addedLinesOfPatch(patch) {
    return (await parse(patch)).flatMap(addedLines);
}
/** git's destination prefix (`b/`), which jsdiff keeps. */
function newPath(name) {
    if (!name || name === '/dev/null')
        return null;
    return name.replace(/^b\//, '');
}
/** Added lines per new path, from `git diff` output. Deleted files are left out. Throws DiffFormatError. */
async function addedLinesOfGitDiff(diff) {
    const out = new Map();
    for (const patch of await parse(diff)) {
        const path = newPath(patch.newFileName);
        if (path === null)
            continue;
        out.set(path, [...(out.get(path) ?? []), ...addedLines(patch)]);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/diff/changed-lines.ts
/**
 * Which lines a pull request changes: from `git diff` against the base when the checkout has
 * the history, otherwise from the pull request files API (paginated). The API leaves out the
 * patch of binary files and, past GitHub's diff limits, of large ones: those files are
 * listed as unknown, not as unchanged. When neither source answers (a shallow checkout and
 * an API that fails), the result says the lines are unknown, with why: never "no lines
 * changed", which would let a gate pass a pull request on missing evidence.
 */


/** What to do when the changed lines are unknown (or incomplete). */
const CHANGED_LINES_FIX = 'Check out with `fetch-depth: 0` (actions/checkout) so that `git diff` against the base measures them, or give the job a token that can read the pull request (`pull-requests: read`).';
/** The changed lines when they are known; null outside pull requests and when unknown. */
function knownLines(changed) {
    return changed && changed.source !== 'unknown' ? changed : null;
}
/** Whether a pull request changed this line (false outside pull requests, and when unknown). */
function isChangedLine(changed, path, line) {
    return knownLines(changed)?.files.get(path)?.has(line) ?? false;
}
async function git(root, args) {
    try {
        const r = await getExecOutput('git', args, { cwd: root, silent: true, ignoreReturnCode: true });
        return { ok: r.exitCode === 0, stdout: r.stdout };
    }
    catch {
        return { ok: false, stdout: '' };
    }
}
/** undefined when the base commit or the merge base is not in the checkout (shallow clone). */
async function changedLinesFromGit(root, baseSha) {
    if (!/^[0-9a-f]{7,64}$/i.test(baseSha))
        return undefined;
    if (!(await git(root, ['cat-file', '-e', `${baseSha}^{commit}`])).ok)
        return undefined;
    if (!(await git(root, ['merge-base', baseSha, 'HEAD'])).ok)
        return undefined;
    const diff = await git(root, [
        '-c',
        'core.quotepath=off',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--unified=0',
        '-M',
        '--diff-filter=AMRC',
        `${baseSha}...HEAD`,
    ]);
    if (!diff.ok)
        return undefined;
    const files = new Map();
    try {
        for (const [path, lines] of await addedLinesOfGitDiff(diff.stdout))
            files.set(path, new Set(lines));
    }
    catch (e) {
        if (e instanceof DiffFormatError)
            return undefined; // the API's patches are the next source
        throw e;
    }
    return { source: 'git', files, unknown: [], truncated: false };
}
/** A patch's added lines; null when it cannot be read (a cut or malformed patch: its lines are unknown). */
async function patchLines(patch) {
    try {
        return await addedLinesOfPatch(patch);
    }
    catch (e) {
        if (e instanceof DiffFormatError)
            return null;
        throw e;
    }
}
async function changedLinesFromApi(api, pull) {
    const { files: listed, truncated } = await api.listPullRequestFiles(pull);
    const files = new Map();
    const unknown = [];
    for (const f of listed) {
        if (f.status === 'removed')
            continue;
        const lines = typeof f.patch === 'string' && f.patch.length > 0 ? await patchLines(f.patch) : null;
        if (lines)
            files.set(f.filename, new Set(lines));
        else if (!(f.status === 'renamed' && (f.changes ?? 0) === 0))
            unknown.push(f.filename); // a pure rename changes no line
    }
    return { source: 'api', files, unknown, truncated };
}
/**
 * The lines a pull request changes (null outside pull requests): git first, then the API;
 * when neither works, an UnknownChange saying why.
 */
async function changedLinesFor(ctx, root, api) {
    const pr = ctx.pullRequest;
    if (!pr)
        return null;
    const fromGit = pr.baseSha ? await changedLinesFromGit(root, pr.baseSha) : undefined;
    if (fromGit)
        return fromGit;
    const shallow = 'the checkout has no history to diff against the base';
    if (!api)
        return { source: 'unknown', reason: `${shallow} and there is no token for the pull request files API` };
    try {
        return await changedLinesFromApi(api, pr.number);
    }
    catch (e) {
        return {
            source: 'unknown',
            reason: `${shallow}, and listing the pull request's files failed (${e.message})`,
        };
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/glob.ts
/** Glob matching of repository paths (component paths, coverage categories). */

function compileGlobs(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch_default()(globs, { dot: true });
}

;// CONCATENATED MODULE: ./packages/junit/attribution.ts
/**
 * Which component a test case belongs to (docs/journeys.md, journey 1: test results count for their
 * own component only). A case belongs to the component whose `tests` globs match its file. The
 * file is, in order: the case's `file` attribute (pytest's xunit1, jest-junit's
 * addFileAttribute, node's junit reporter on newer Node), its suite's `file`/`filepath`
 * attribute, or pytest's dotted `classname` read as a module path
 * (`tests.unit.test_registry.TestRegistry` -> `tests/unit/test_registry.py`). A case whose file
 * cannot be found is unattributed: it counts for no component, and the summary says how to
 * make the report name its files.
 */

/** Candidate module files of a dotted classname, longest first. */
function moduleCandidates(classname) {
    const parts = classname.split('.').filter(Boolean);
    const out = [];
    for (let n = parts.length; n > 0; n--)
        out.push(`${parts.slice(0, n).join('/')}.py`);
    return out;
}
/**
 * The repository path of a case's file, or null. `resolve` maps a report's file name to a
 * checkout path (suffix matching, path-map) and returns null when it matches nothing.
 */
function caseFile(c, resolve) {
    for (const raw of [c.file, c.suiteFile]) {
        if (!raw)
            continue;
        const hit = resolve(raw);
        if (hit)
            return hit;
    }
    if (c.classname && /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(c.classname)) {
        for (const candidate of moduleCandidates(c.classname)) {
            const hit = resolve(candidate);
            if (hit)
                return hit;
        }
    }
    return null;
}
/** An attributor for one component: its `tests` globs against each case's file. */
function componentAttributor(testGlobs, resolve) {
    const mine = compileGlobs(testGlobs);
    const cache = new Map();
    return (c) => {
        const key = `${c.file ?? ''}\u0000${c.suiteFile ?? ''}\u0000${c.classname ?? ''}`;
        let a = cache.get(key);
        if (a === undefined) {
            const file = caseFile(c, resolve);
            a = file === null ? 'unattributed' : mine(file) ? 'mine' : 'other';
            cache.set(key, a);
        }
        return a;
    };
}

;// CONCATENATED MODULE: ./packages/junit/junit.ts
/**
 * JUnit XML test results (pytest --junitxml, jest-junit, node --test-reporter=junit, surefire),
 * stream-parsed. Counts come from the `<testcase>` elements themselves, not from the suites'
 * summary attributes, which writers fill in inconsistently.
 */







const MAX_FAILURES_KEPT = 200;
const MAX_FAILING_IDS = 10_000;
const MAX_MESSAGE = 500;
function emptyTestResults() {
    return {
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        expectedFailures: 0,
        total: 0,
        failures: [],
        failureCount: 0,
        failingIds: [],
        reports: [],
        attribution: null,
    };
}
/** The id a failing case is known by across runs. */
function testCaseId(classname, name) {
    return `${classname ?? ''}::${name}`;
}
/** An error outranks a failure, which outranks a skip (pytest can write several). */
const OUTCOME_RANK = { passed: 0, skipped: 1, failed: 2, error: 3 };
/**
 * The tally of one JUnit file, fed by the XML tokenizer's events: cases as they close, the
 * suites' `file` attributes for attribution, and the text of the failure being read.
 */
class JUnitTally {
    display;
    into;
    attribute;
    tagOffset;
    counts = { passed: 0, failed: 0, errors: 0, skipped: 0, expectedFailures: 0 };
    suites = 0;
    sawRoot = false;
    current;
    captureText = false;
    text = '';
    /** The `file`/`filepath` of each open <testsuite>, innermost last. */
    suiteFiles = [];
    attribution;
    constructor(display, into, attribute, tagOffset) {
        this.display = display;
        this.into = into;
        this.attribute = attribute;
        this.tagOffset = tagOffset;
        this.attribution = attribute
            ? (into.attribution ??= { other: 0, unattributed: 0, unattributedExamples: [] })
            : null;
    }
    open(name, attrs, depth) {
        if (depth === 1)
            this.checkRoot(name);
        if (name === 'testsuite') {
            this.suites++;
            this.suiteFiles.push(attrs.get('file') || attrs.get('filepath') || undefined);
        }
        else if (name === 'testcase') {
            this.finishCase();
            const line = attrs.getUint('line');
            this.current = {
                name: attrs.get('name') ?? '(unnamed test)',
                classname: attrs.get('classname') || undefined,
                file: attrs.get('file') || undefined,
                line: line !== undefined && !Number.isNaN(line) ? line : undefined,
                outcome: 'passed',
            };
        }
        else if (this.current && (name === 'failure' || name === 'error' || name === 'skipped')) {
            this.outcome(this.current, name, attrs);
        }
    }
    close(name) {
        if (name === 'testcase')
            this.finishCase();
        else if (name === 'testsuite')
            this.suiteFiles.pop();
        else if (name === 'failure' || name === 'error')
            this.captureText = false;
    }
    addText(t) {
        if (this.captureText && this.text.length < MAX_MESSAGE)
            this.text += t;
    }
    checkRoot(name) {
        this.sawRoot = true;
        if (name === 'testsuites' || name === 'testsuite')
            return;
        throw new core_errors/* ReportError */.$(name === 'coverage'
            ? 'this is a Cobertura coverage report, not JUnit test results'
            : `the root element is <${name}>, not JUnit's <testsuites> or <testsuite>`, { file: this.display, offset: this.tagOffset() }, name === 'coverage'
            ? 'Pass it in `coverage-files` instead of `test-results`.'
            : 'Pass JUnit XML (pytest --junitxml, jest-junit, node --test-reporter=junit).');
    }
    outcome(c, name, attrs) {
        const outcome = name === 'failure' ? 'failed' : name === 'error' ? 'error' : 'skipped';
        if (name === 'error')
            c.teardownError = /^failed on teardown/.test(attrs.get('message') ?? '');
        if (name === 'skipped' && attrs.get('type') === 'pytest.xfail')
            c.xfail = true;
        if (OUTCOME_RANK[outcome] <= OUTCOME_RANK[c.outcome])
            return;
        c.outcome = outcome;
        if (outcome === 'skipped')
            return;
        c.message = attrs.get('message');
        this.captureText = true;
        this.text = '';
    }
    /** Another component's case, or one nobody claims: tallied apart, not counted. */
    setAside(c) {
        if (!this.attribute || !this.attribution)
            return false;
        const suiteFile = this.suiteFiles.findLast((f) => f !== undefined);
        const who = this.attribute({ classname: c.classname, file: c.file, suiteFile });
        if (who === 'mine')
            return false;
        if (who === 'other')
            this.attribution.other++;
        else {
            this.attribution.unattributed++;
            if (this.attribution.unattributedExamples.length < 5)
                this.attribution.unattributedExamples.push(testCaseId(c.classname, c.name));
        }
        return true;
    }
    finishCase() {
        const c = this.current;
        this.current = undefined;
        if (!c || this.setAside(c))
            return;
        const counts = this.counts;
        // pytest writes a test that passed but whose fixture failed in teardown as a single
        // testcase holding only <error message="failed on teardown ...">, and counts it as both
        // "1 passed" and "1 error" in its summary: so do we.
        if (c.teardownError && c.outcome === 'error')
            counts.passed++;
        if (c.xfail && c.outcome === 'skipped')
            counts.expectedFailures++;
        if (c.outcome === 'passed')
            counts.passed++;
        else if (c.outcome === 'failed')
            counts.failed++;
        else if (c.outcome === 'error')
            counts.errors++;
        else
            counts.skipped++;
        if (c.outcome === 'failed' || c.outcome === 'error')
            this.recordFailure(c);
    }
    recordFailure(c) {
        const into = this.into;
        into.failureCount++;
        if (into.failingIds.length < MAX_FAILING_IDS)
            into.failingIds.push(testCaseId(c.classname, c.name));
        if (into.failures.length >= MAX_FAILURES_KEPT)
            return;
        into.failures.push({
            name: c.name,
            classname: c.classname,
            file: c.file,
            line: c.line,
            outcome: c.outcome,
            message: (c.message ?? this.text).trim().slice(0, MAX_MESSAGE) || undefined,
            report: this.display,
        });
    }
}
/**
 * Parses one JUnit file's bytes into `into`. With an attributor, only the cases it calls `mine`
 * are counted; the others are tallied in `into.attribution`.
 */
async function parseJUnitFile(absPath, display, into, attribute) {
    if ((0,external_node_fs_.statSync)(absPath).size === 0) {
        throw new core_errors/* ReportError */.$('the test report is empty (0 bytes)', { file: display }, 'Check that the test step ran and wrote its JUnit XML.');
    }
    const tally = new JUnitTally(display, into, attribute, () => parser.tagOffset);
    const parser = new XmlStreamParser({
        open: (name, attrs, _self, depth) => tally.open(name, attrs, depth),
        close: (name) => tally.close(name),
        text: (t) => tally.addText(t),
    });
    try {
        await read_chunks_forEachChunk(absPath, (chunk) => parser.write(chunk));
        parser.end();
    }
    catch (e) {
        const offset = e instanceof XmlSyntaxError ? e.offset : e instanceof core_errors/* ReportError */.$ ? e.offset : undefined;
        if (offset !== undefined) {
            const { line, column } = await lineColumnOfOffset(absPath, offset);
            const message = e.message;
            throw new core_errors/* ReportError */.$(message, { file: display, line, column }, e instanceof core_errors/* ReportError */.$ ? e.fix : xmlFix(message));
        }
        throw e;
    }
    if (!tally.sawRoot)
        throw new core_errors/* ReportError */.$('the test report has no root element', { file: display });
    const counts = tally.counts;
    into.passed += counts.passed;
    into.failed += counts.failed;
    into.errors += counts.errors;
    into.skipped += counts.skipped;
    into.expectedFailures += counts.expectedFailures;
    into.total += counts.passed + counts.failed + counts.errors + counts.skipped;
    into.reports.push({ file: display, counts, suites: tally.suites });
}
/** Reads every JUnit file the patterns match and sums them (only one component's cases, with an attributor). */
async function readTestResults(patterns, root, attribute, inputName = 'test-results') {
    const results = emptyTestResults();
    for (const abs of await (0,report_files/* expandReportGlobs */.Cz)(patterns, root, inputName)) {
        await parseJUnitFile(abs, (0,report_files/* displayPath */.Gt)(abs, root), results, attribute);
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/report/markdown.ts
/**
 * Markdown building blocks for summaries and comments. Anything that comes from outside
 * (file names from reports, test names, issue text) goes through `escapeText` or `code`, so
 * it cannot open a link, mention a person, inject HTML or break a table.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * What makes links and images (their brackets), emphasis, code spans, strikethrough and table
 * cells; a backslash escapes each. With the brackets escaped, `(`, `)` and `!` are inert.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
/** A `#` that would start a heading where the text begins a line (`- # x` is a heading in a list item). */
const LEADING_HASH = /^(\s*)#/;
/** Every CommonMark line ending (a lone `\r` ends a line as much as `\n` does). */
const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * What GitHub would turn into a link on its own (GFM autolink literals: `https://…`, `www.…`,
 * e-mail addresses) or a mention or reference (`@user`, `#12`): broken with a zero-width space,
 * which a reader does not see.
 */
function defuseAutolinks(s) {
    return s
        .replace(/@/g, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/**
 * Untrusted text as inert Markdown inline text: HTML-escaped, Markdown punctuation escaped
 * (links, images, emphasis, code spans, a leading `#` heading marker), @mentions, #references
 * and autolinks defused, every line ending flattened, table pipes escaped.
 */
function escapeText(s) {
    // Markdown punctuation is escaped before HTML escaping, so that the "#" of an entity it
    // writes (&#39;) is left alone.
    return escapeHtml(defuseAutolinks(s).replace(MARKDOWN_PUNCTUATION, '\\$&').replace(LEADING_HASH, '$1\\#')).replace(LINE_BREAK, ' ');
}
/**
 * Untrusted text (a file name, a rule id, a package name) in a `<code>` span that is inert
 * under CommonMark and safe inside tables. Markdown still applies between `<code>` and
 * `</code>`, so HTML escaping is not enough: Markdown punctuation is escaped with backslashes
 * (rendered as the character itself), every line ending (a lone `\r` too) becomes a space,
 * `&` becomes `&amp;` (so `&#13;` in the text stays text), and autolinks are defused.
 */
function code(s) {
    const inert = escapeHtml(defuseAutolinks(s).replace(MARKDOWN_PUNCTUATION, '\\$&'))
        .replace(/\\\|/g, '&#124;')
        .replace(LINE_BREAK, ' ');
    return `<code>${inert}</code>`;
}
/**
 * A URL as a Markdown link destination: the characters that could end the destination or
 * start Markdown of their own (brackets, parentheses, angle brackets, quotes, spaces, line
 * endings) percent-encoded, so that the link goes where the URL says and nowhere else.
 */
function linkUrl(url) {
    return url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : align?.[i] === 'c' ? ':---:' : '---'));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(sep), ...rows.map(line)].join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
/**
 * Joins sections within a size limit (GitHub: 1 MiB per step summary, 65,536 characters per
 * comment). Lowest-priority sections go first; a note says what was left out and where the
 * complete data is. Whatever still does not fit is cut at a line boundary.
 */
function fitSections(sections, limit, unit, note) {
    const size = unit === 'bytes' ? byteLength : (s) => s.length;
    const kept = sections.map((s, i) => ({ ...s, i }));
    const render = (items, omitted) => items.map((s) => s.markdown).join('\n\n') + (omitted ? `\n\n${note(omitted)}` : '');
    let omitted = 0;
    let text = render(kept, 0);
    while (size(text) > limit && kept.length > 1) {
        let drop = 0;
        for (let k = 1; k < kept.length; k++)
            if (kept[k].priority < kept[drop].priority || (kept[k].priority === kept[drop].priority && k > drop))
                drop = k;
        kept.splice(drop, 1);
        omitted++;
        text = render(kept, omitted);
    }
    if (size(text) <= limit)
        return text;
    const tail = `\n\n${note(omitted + 1)}`;
    let cut = text;
    while (size(cut) + size(tail) > limit)
        cut = cut.slice(0, Math.floor(cut.length * 0.9)).replace(/\n[^\n]*$/, '');
    return cut + tail;
}
/** A job summary within GitHub's 1 MiB: empty sections dropped, then the lowest priorities. */
function fitSummary(sections, limitBytes) {
    return fitSections(sections.filter((s) => s.markdown), limitBytes, 'bytes', (n) => `_${n} section(s) left out to stay within GitHub's 1 MiB summary limit; the result file has everything._`);
}
/** A pull request or issue comment within GitHub's 65,536 characters. */
function fitComment(sections, limitChars) {
    return fitSections(sections.filter((s) => s.markdown), limitChars, 'chars', (n) => `_${n} section(s) left out to fit in a comment; see the job summary._`);
}
/** The line that ends every sticky comment: where the full report is. Empty without a run. */
function runFooter(runUrl) {
    return runUrl ? `<sub>[Full report in the job summary](${runUrl}) · updated on every run</sub>` : '';
}
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;
const COMMENT_LIMIT_CHARS = 65_536 - 512;

;// CONCATENATED MODULE: ./packages/coverage/totals.ts
const ZERO_TOTALS = Object.freeze({
    files: 0,
    statements: 0,
    coveredStatements: 0,
    branches: 0,
    coveredBranches: 0,
});
function addTotals(a, b, files = 1) {
    return {
        files: a.files + files,
        statements: a.statements + b.statements,
        coveredStatements: a.coveredStatements + b.coveredStatements,
        branches: a.branches + b.branches,
        coveredBranches: a.coveredBranches + b.coveredBranches,
    };
}
function sumTotals(items) {
    let t = ZERO_TOTALS;
    for (const item of items)
        t = addTotals(t, item);
    return t;
}
/**
 * A percentage computed exactly as coverage.py does (`(100.0 * numerator) / denominator`),
 * or null when there is nothing to measure: no data is never shown as 0% or 100%.
 */
function percent(t, metric) {
    let num;
    let den;
    switch (metric) {
        case 'lines':
            num = t.coveredStatements;
            den = t.statements;
            break;
        case 'branches':
            num = t.coveredBranches;
            den = t.branches;
            break;
        case 'combined':
            num = t.coveredStatements + t.coveredBranches;
            den = t.statements + t.branches;
            break;
    }
    if (den === 0)
        return null;
    return (100 * num) / den;
}
/**
 * Rounds like Python's `round(x, digits)`: correctly rounded from the exact binary value,
 * ties to even. JavaScript's toFixed breaks exact ties upwards instead; a double is an exact
 * tie at `digits` decimals only when x * 2^(digits+1) is an odd integer (e.g. 12.625).
 * Returns the scaled integer (x * 10^digits, rounded).
 */
function roundScaled(x, digits) {
    const scale = 10 ** digits;
    const doubled = x * 2 ** (digits + 1);
    if (Number.isInteger(doubled) && Math.abs(doubled % 2) === 1) {
        const low = Math.floor(x * scale);
        return low % 2 === 0 ? low : low + 1;
    }
    return Math.round(Number(x.toFixed(digits)) * scale);
}
function formatScaled(n, digits) {
    if (digits === 0)
        return String(n);
    const s = String(n).padStart(digits + 1, '0');
    return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
/**
 * The percentage as coverage.py displays it at `--precision=digits` (Numbers.display_covered):
 * rounded half-even, except that a value that is not exactly 0 or 100 never displays as such.
 */
function formatCoveragePercent(pc, digits = 2) {
    const near0 = 1 / 10 ** digits;
    if (pc > 0 && pc < near0)
        return formatScaled(1, digits);
    if (pc > 100 - near0 && pc < 100)
        return formatScaled(10 ** (digits + 2) - 1, digits);
    return formatScaled(roundScaled(pc, digits), digits);
}
/** Python's round(x, digits) as a number. */
function roundHalfEven(x, digits = 2) {
    return roundScaled(x, digits) / 10 ** digits;
}
/**
 * coverage.py's `should_fail_under`: the total rounded to the display precision is compared
 * with the bar; a bar of 100 must be met exactly.
 */
function meetsBar(pc, bar, digits = 2) {
    if (bar >= 100)
        return pc >= 100;
    return roundHalfEven(pc, digits) >= bar;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/change-criteria.ts


const HELD_ID = 'coverage.held';
/**
 * The coverage bar a component already met to reach its current stage, for tests of `kind`:
 * Staging was entered on unit coverage (the Staging bar), Production on integration coverage
 * (the Production bar). Null when nothing of that kind was promised yet.
 */
function heldBarFor(current, kind, minFor) {
    if (current === null || current === 'development')
        return null;
    if (kind === 'unit')
        return minFor('staging');
    if (kind === 'integration' && current === 'production')
        return minFor('production');
    return null;
}
const NEW_FAILURES_ID = 'tests.new-failures';
/**
 * Coverage may not fall below the bar of the stage the component is in (Staging keeps ≥ the
 * Staging bar it was promoted on). Coverage already below that bar on the default branch is
 * debt the change did not add: it passes as long as the change does not lower it further.
 */
function heldCriterion(headline, current, bar, baseline, evidence) {
    if (current === null || current === 'development' || bar === null)
        return null;
    const base = {
        id: HELD_ID,
        title: `Coverage kept at the ${stages/* STAGE_TITLES */.XV[current]} bar`,
        bar,
        comparator: '>=',
        unit: '%',
        evidence,
    };
    if (headline.percent === null || headline.display === null) {
        return {
            ...base,
            status: 'no-data',
            measured: null,
            detail: 'no measurable code of the component in the coverage reports',
        };
    }
    const measured = Number(headline.display);
    if (meetsBar(headline.percent, bar))
        return {
            ...base,
            status: 'pass',
            measured,
            detail: `${headline.display}% (the ${stages/* STAGE_TITLES */.XV[current]} bar is ${bar}%)`,
        };
    const comparable = baseline && baseline.headline !== null && baseline.metric === headline.metric;
    if (comparable && measured >= baseline.headline) {
        return {
            ...base,
            status: 'pass',
            measured,
            detail: `below the bar already on the default branch (${baseline.headline}% at ${shortSha(baseline.commit)}); this change does not lower it`,
        };
    }
    const why = comparable
        ? `the default branch has ${baseline.headline}% (${shortSha(baseline.commit)}): this change lowers it by ${points(baseline.headline - measured)}`
        : 'no default-branch result to compare with: run the quality workflow on the default branch so that existing debt is told apart from this change';
    return {
        ...base,
        status: 'fail',
        measured,
        gap: round2(bar - measured),
        detail: `${headline.display}% is below the ${stages/* STAGE_TITLES */.XV[current]} bar of ${bar}%; ${why}`,
    };
}
/** Failing tests of the component that do not fail on the default branch. */
function newFailuresCriterion(tests, baseline, kind) {
    const known = new Set(baseline?.failingIds ?? []);
    const fresh = tests.failingIds.filter((id) => !known.has(id));
    const existing = tests.failingIds.length - fresh.length;
    const evidence = tests.reports.map((r) => ({ file: r.file, tool: 'JUnit XML' }));
    const base = {
        id: NEW_FAILURES_ID,
        title: `${kind[0].toUpperCase()}${kind.slice(1)} tests this change breaks`,
        bar: 0,
        comparator: '<=',
        unit: 'tests',
        evidence,
    };
    const basis = baseline
        ? `${existing} failing on the default branch too (not counted)`
        : 'no default-branch result: every failure counts';
    const detail = fresh.length
        ? `${fresh.slice(0, 3).join('; ')}${fresh.length > 3 ? ` and ${fresh.length - 3} more` : ''}; ${basis}`
        : basis;
    return {
        ...base,
        status: fresh.length ? 'fail' : 'pass',
        measured: fresh.length,
        ...(fresh.length ? { gap: fresh.length } : {}),
        detail,
    };
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'an unknown commit';
}
function points(n) {
    const v = round2(n);
    return `${v} point${v === 1 ? '' : 's'}`;
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/coverage-gate-result.ts
/** Per-file rows kept in the result file (worst first); the rest is summarized by the totals. */
const MAX_FILES_IN_RESULT = 2000;
function compact(f) {
    return { percent: f.display === null ? null : Number(f.display), ...f.totals };
}
function resultData(ev, tests) {
    const files = [...ev.files]
        .sort((a, b) => b.missedLines - a.missedLines || (a.path < b.path ? -1 : 1))
        .slice(0, MAX_FILES_IN_RESULT)
        .map((f) => ({ path: f.path, found: f.found, ...compact(f) }));
    return {
        metric: ev.headline.metric,
        headline: compact(ev.headline),
        lines: compact(ev.lines),
        branches: compact(ev.branches),
        bar: ev.bar,
        categories: ev.categories.map((c) => ({ id: c.id, bar: c.bar, ...compact(c) })),
        components: ev.componentsBreakdown.map((c) => ({ id: c.id, ...compact(c) })),
        diff: ev.diff && {
            source: ev.diff.source,
            percent: ev.diff.display === null ? null : Number(ev.diff.display),
            changedLines: ev.diff.changedLines,
            coveredLines: ev.diff.coveredLines,
            bar: ev.diff.bar,
            uncovered: ev.diff.ranges.slice(0, 500),
            unknownFiles: ev.diff.unknownFiles,
            incomplete: ev.diff.incomplete,
        },
        tests: tests && {
            passed: tests.passed,
            failed: tests.failed,
            errors: tests.errors,
            skipped: tests.skipped,
            total: tests.total,
            // Every failing case's id: this result is a later pull request's baseline.
            failing: tests.failingIds,
            attribution: tests.attribution,
        },
        files,
        filesOmitted: Math.max(0, ev.files.length - files.length),
        unmatched: ev.unmatched.slice(0, 500),
    };
}
/** Uncovered changed lines (warnings, largest ranges first) and failed tests that say where they are. */
function annotationsFor(ev, tests, resolve) {
    const out = [];
    for (const r of ev.diff?.ranges ?? []) {
        out.push({
            level: 'warning',
            title: 'Not covered by tests',
            message: r.start === r.end
                ? `Changed line ${r.start} is not covered by tests.`
                : `Changed lines ${r.start}-${r.end} are not covered by tests.`,
            file: r.path,
            startLine: r.start,
            endLine: r.end,
            changed: true,
            weight: r.lines,
        });
    }
    for (const f of tests?.failures ?? []) {
        const where = f.file ? resolve(f.file) : undefined;
        out.push({
            level: 'error',
            title: `Test ${f.outcome === 'error' ? 'error' : 'failed'}: ${f.name}`.slice(0, 200),
            message: (f.message ?? `${f.classname ?? ''} ${f.name}`).slice(0, 1000),
            ...(where?.found ? { file: where.path, startLine: f.line } : {}),
            weight: where?.found ? 1 : 0,
        });
    }
    return out;
}
/** The comparison a pull request needs from the default branch's coverage-gate result. */
function coverageBaseline(b) {
    if (!b)
        return null;
    const data = b.result.data;
    const failing = Array.isArray(data.tests?.failing)
        ? data.tests.failing.filter((x) => typeof x === 'string')
        : [];
    return {
        file: b.file,
        commit: b.result.commit,
        headline: typeof data.headline?.percent === 'number' ? data.headline.percent : null,
        metric: typeof data.metric === 'string' ? data.metric : null,
        failingIds: failing,
    };
}

;// CONCATENATED MODULE: ./packages/coverage/report.ts
const FORMAT_NAMES = {
    cobertura: 'Cobertura XML',
    lcov: 'LCOV',
    'coveragepy-json': 'coverage.py JSON',
    'istanbul-final': 'Istanbul coverage-final.json',
    'istanbul-summary': 'Istanbul coverage-summary.json',
};

;// CONCATENATED MODULE: ./actions/coverage-gate/coverage-gate.ts






const METRIC_TITLE = {
    combined: 'lines + branches',
    lines: 'lines',
    branches: 'branches',
};
/** The headline metric: the producing tool's own, unless the policy names one. */
function headlineMetric(files, configured) {
    if (configured !== 'auto')
        return configured;
    return files.length > 0 && files.every((f) => f.convention === 'istanbul') ? 'lines' : 'combined';
}
function figure(totals, metric) {
    const pc = percent(totals, metric);
    return { totals, metric, percent: pc, display: pc === null ? null : formatCoveragePercent(pc) };
}
function numeric(display) {
    return display === null ? null : Number(display);
}
function gapTo(bar, display) {
    const v = numeric(display);
    return v === null ? undefined : Math.round((bar - v) * 100) / 100;
}
/**
 * Counts each file's totals once: the headline, the categories, the components and the file
 * table all sum them (13,000 files of a 200 MB report: 10-25 ms a pass).
 */
function totalsOnce() {
    const counted = new Map();
    return (f) => {
        let t = counted.get(f);
        if (!t)
            counted.set(f, (t = f.coverage.totals()));
        return t;
    };
}
function fileFigure(f, metric, totalsOf) {
    const t = totalsOf(f);
    // As coverage.py counts BrPart: a line that ran but did not take every branch.
    const partial = f.coverage.summaryOnly ? 0 : f.coverage.partialBranchLines();
    return {
        ...figure({ files: 1, ...t }, metric),
        path: f.path,
        found: f.found,
        missedLines: t.statements - t.coveredStatements,
        partialBranches: partial,
    };
}
function evidenceOf(files, reports) {
    const used = new Set(files.flatMap((f) => f.reports));
    return reports
        .filter((r) => used.has(r.file))
        .map((r) => ({ file: r.file, tool: r.producer ?? FORMAT_NAMES[r.format] }));
}
/** Groups uncovered changed lines into ranges; non-measurable lines between them do not split a range. */
function uncoveredChangedRanges(file, changed) {
    const ranges = [];
    let changedLines = 0;
    let covered = 0;
    let open = null;
    for (const line of file.coverage.lines()) {
        const isChanged = changed.has(line);
        const isCovered = file.coverage.isCovered(line);
        if (isChanged) {
            changedLines++;
            if (isCovered)
                covered++;
        }
        if (isChanged && !isCovered) {
            if (open) {
                open.end = line;
                open.lines++;
            }
            else {
                open = { path: file.path, start: line, end: line, lines: 1 };
                ranges.push(open);
            }
        }
        else {
            open = null; // a covered or unchanged measurable line ends the range
        }
    }
    return { ranges, changedLines, covered };
}
function evaluateDiff(scope, changed, bar, inScope) {
    if (changed.source === 'unknown') {
        return {
            source: 'unknown',
            changedLines: 0,
            coveredLines: 0,
            percent: null,
            display: null,
            bar,
            ranges: [],
            unknownFiles: [],
            truncated: false,
            incomplete: changed.reason,
        };
    }
    let changedLines = 0;
    let coveredLines = 0;
    const ranges = [];
    for (const f of scope) {
        const lines = changed.files.get(f.path);
        if (!lines || f.coverage.summaryOnly)
            continue;
        const r = uncoveredChangedRanges(f, lines);
        changedLines += r.changedLines;
        coveredLines += r.covered;
        ranges.push(...r.ranges);
    }
    const pc = changedLines === 0 ? null : (100 * coveredLines) / changedLines;
    // Changed files with coverage data whose lines GitHub did not send: unknown, not unchanged.
    const unknown = new Set(changed.unknown);
    const measuredUnknown = scope.filter((f) => unknown.has(f.path)).map((f) => f.path);
    const incomplete = changed.truncated
        ? 'the pull request changes more files than GitHub lists (3000), so the changed lines of the files past that are not known'
        : measuredUnknown.length
            ? `GitHub sent no diff for ${measuredUnknown.length} changed file(s) with coverage data (${measuredUnknown.slice(0, 3).join(', ')}${measuredUnknown.length > 3 ? ', …' : ''}), so their changed lines are not known`
            : null;
    return {
        source: changed.source,
        changedLines,
        coveredLines,
        percent: pc,
        display: pc === null ? null : formatCoveragePercent(pc),
        bar,
        ranges: ranges.sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1) || a.start - b.start),
        unknownFiles: changed.unknown.filter(inScope),
        truncated: changed.truncated,
        incomplete,
    };
}
/**
 * Coverage of changed lines: failing on the lines that are known fails; otherwise, when some
 * changed lines are unknown, there is no verdict (no-data), never a pass on missing evidence.
 * Null when the pull request changes no measurable line of the scope, all of them known.
 */
function diffCriterion(diff, evidence) {
    const base = {
        id: 'coverage.diff',
        title: 'Coverage of changed lines',
        bar: diff.bar,
        comparator: '>=',
        unit: '%',
        evidence,
    };
    const from = diff.source === 'git' ? 'git diff' : 'the pull request files API';
    const ok = diff.percent !== null && meetsBar(diff.percent, diff.bar);
    if (diff.percent !== null && diff.display !== null && (ok ? diff.incomplete === null : true)) {
        const partly = diff.incomplete ? `; besides, ${diff.incomplete}` : '';
        return {
            ...base,
            status: ok ? 'pass' : 'fail',
            measured: Number(diff.display),
            ...(ok ? {} : { gap: gapTo(diff.bar, diff.display) }),
            detail: `${diff.coveredLines} of ${diff.changedLines} changed lines (from ${from})${partly}`,
        };
    }
    if (diff.incomplete === null)
        return null;
    const known = diff.percent !== null ? ` (${diff.display}% of the ${diff.changedLines} changed lines that are known)` : '';
    return { ...base, status: 'no-data', measured: null, detail: `${diff.incomplete}${known}. ${CHANGED_LINES_FIX}` };
}
function coverageCriterion(id, title, fig, bar, evidence, what) {
    if (fig.percent === null || fig.display === null) {
        return {
            id,
            title,
            status: 'no-data',
            measured: null,
            bar,
            comparator: '>=',
            unit: '%',
            detail: `no measurable ${what} in the coverage reports`,
            evidence,
        };
    }
    const ok = meetsBar(fig.percent, bar);
    const t = fig.totals;
    const detail = fig.metric === 'lines'
        ? `${t.coveredStatements} of ${t.statements} lines`
        : fig.metric === 'branches'
            ? `${t.coveredBranches} of ${t.branches} branches`
            : t.branches === 0
                ? `${t.coveredStatements} of ${t.statements} lines (no branches)`
                : `${t.coveredStatements} of ${t.statements} lines and ${t.coveredBranches} of ${t.branches} branches`;
    return {
        id,
        title,
        status: ok ? 'pass' : 'fail',
        measured: Number(fig.display),
        bar,
        comparator: '>=',
        unit: '%',
        ...(ok ? {} : { gap: gapTo(bar, fig.display) }),
        detail,
        evidence,
    };
}
const TEST_TITLES = {
    unit: 'Unit tests passing',
    integration: 'Integration tests passing',
    e2e: 'E2E tests passing',
};
function testsCriterion(tests, policy, kind) {
    const ran = tests.passed + tests.failed + tests.errors;
    const bar = policy.tests['pass-rate'];
    const evidence = tests.reports.map((r) => ({ file: r.file, tool: 'JUnit XML' }));
    const xfailed = tests.expectedFailures ? ` (${tests.expectedFailures} expected failures)` : '';
    const detail = `${tests.passed} passed, ${tests.failed} failed, ${tests.errors} errors, ${tests.skipped} skipped${xfailed}`;
    if (ran < Math.max(1, policy.tests['min-tests'])) {
        return {
            id: `tests.${kind}`,
            title: TEST_TITLES[kind],
            status: 'no-data',
            measured: null,
            bar,
            comparator: '>=',
            unit: '%',
            detail: `${detail}: no test ran`,
            evidence,
        };
    }
    const rate = (100 * tests.passed) / ran;
    const ok = bar >= 100 ? tests.failed + tests.errors === 0 : rate >= bar;
    const shown = Math.floor(rate * 100) / 100; // never round a failing rate up to 100
    return {
        id: `tests.${kind}`,
        title: TEST_TITLES[kind],
        status: ok ? 'pass' : 'fail',
        measured: shown,
        bar,
        comparator: '>=',
        unit: '%',
        ...(ok ? {} : { gap: Math.round((bar - shown) * 100) / 100 }),
        detail,
        evidence,
    };
}
/** Each category's figure: a file counts in the first category whose globs match it. */
function categoryFigures(model, scopeFiles, metric, totalsOf) {
    const matchers = model.categories.map((c) => ({ id: c.id, match: compileGlobs(c.globs) }));
    const byCategory = new Map();
    for (const f of scopeFiles) {
        const hit = matchers.find((m) => m.match(f.path));
        if (!hit)
            continue;
        const list = byCategory.get(hit.id) ?? [];
        list.push(f);
        byCategory.set(hit.id, list);
    }
    return model.categories
        .filter((c) => byCategory.has(c.id))
        .map((c) => {
        const files = byCategory.get(c.id);
        return {
            ...figure(sumTotals(files.map(totalsOf)), metric),
            id: c.id,
            bar: model.policy.coverage.categories[c.id],
            files: files.length,
        };
    });
}
/** A whole-report run: every configured component's own figure. */
function componentFigures(model, totalsOf) {
    return model.components.map((c) => {
        const match = compileGlobs(c.paths);
        const files = model.files.filter((f) => match(f.path));
        return {
            ...figure(sumTotals(files.map(totalsOf)), headlineMetric(files, model.policy.coverage.metric)),
            id: c.id,
            name: c.name,
            files: files.length,
        };
    });
}
/** What a pull request is judged on: its changed lines, the coverage it holds, the tests it breaks. */
function changeCriteria(model, headline, diff, evidence) {
    const out = [];
    const c = diff ? diffCriterion(diff, evidence) : null;
    if (c)
        out.push(c);
    if (model.scope !== 'change')
        return out;
    const held = heldCriterion(headline, model.current, model.heldBar, model.baseline, evidence);
    if (held)
        out.push(held);
    if (model.tests)
        out.push(newFailuresCriterion(model.tests, model.baseline, model.testKind));
    return out;
}
function evaluateCoverage(model) {
    const { component, policy } = model;
    const inScope = component ? compileGlobs(component.paths) : () => true;
    const scopeFiles = model.files.filter((f) => inScope(f.path));
    const metric = headlineMetric(scopeFiles, policy.coverage.metric);
    const totalsOf = totalsOnce();
    const totals = sumTotals(scopeFiles.map(totalsOf));
    const headline = figure(totals, metric);
    const bar = model.minCoverage ?? policy.coverage.min;
    const evidence = evidenceOf(scopeFiles, model.reports);
    const categories = categoryFigures(model, scopeFiles, metric, totalsOf);
    const criteria = [
        coverageCriterion('coverage.total', `Test coverage (${METRIC_TITLE[metric]})`, headline, bar, evidence, 'code'),
    ];
    for (const c of categories) {
        const globs = model.categories.find((x) => x.id === c.id).globs;
        const title = `Coverage of ${categoryTitle(c.id)} (${globs.join(', ')})`;
        criteria.push(coverageCriterion(`coverage.category.${c.id}`, title, c, c.bar, evidence, 'code'));
    }
    if (model.tests)
        criteria.push(testsCriterion(model.tests, policy, model.testKind));
    const diffBar = model.minDiffCoverage ?? policy.coverage.diff ?? bar;
    const diff = model.changed ? evaluateDiff(scopeFiles, model.changed, diffBar, inScope) : null;
    criteria.push(...changeCriteria(model, headline, diff, evidence));
    const changeIds = new Set(['coverage.diff', HELD_ID, NEW_FAILURES_ID]);
    const judged = markProgress(criteria, model.scope, changeIds, model.enforceNextStage);
    return {
        reportFiles: model.files.length,
        scopeFiles,
        headline,
        lines: figure(totals, 'lines'),
        branches: figure(totals, 'branches'),
        bar,
        categories,
        componentsBreakdown: component ? [] : componentFigures(model, totalsOf),
        files: scopeFiles.map((f) => fileFigure(f, metric, totalsOf)),
        diff,
        unmatched: model.reports.flatMap((r) => r.unmatched.map((path) => ({ report: r.file, path }))),
        criteria: judged,
    };
}
function categoryTitle(id) {
    return { critical: 'critical paths', business: 'business logic', utilities: 'utilities', ui: 'UI' }[id];
}

// EXTERNAL MODULE: ./packages/core/config/defaults.ts
var defaults = __nccwpck_require__(653);
;// CONCATENATED MODULE: ./packages/action-io/inputs.ts
/** Reading action inputs with clear errors (the input's name, what was expected, what was found). */




function stringInput(name) {
    return getInput(name).trim();
}
function optionalInput(name) {
    const v = stringInput(name);
    return v === '' ? null : v;
}
function listInput(name) {
    return (0,report_files/* splitList */.ry)(getInput(name));
}
function numberInput(name, range) {
    const raw = optionalInput(name);
    if (raw === null)
        return null;
    const v = Number(raw.replace(/%$/, ''));
    if (!Number.isFinite(v) || v < range.min || v > range.max) {
        throw new core_errors/* ConfigurationError */.j(`expected a number from ${range.min} to ${range.max}, found "${raw}"`, {
            at: `input ${name}`,
        });
    }
    return v;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function booleanInput(name, fallback) {
    const raw = optionalInput(name)?.toLowerCase();
    if (raw === undefined)
        return fallback;
    if (TRUE.has(raw))
        return true;
    if (FALSE.has(raw))
        return false;
    throw new core_errors/* ConfigurationError */.j(`expected true or false, found "${raw}"`, { at: `input ${name}` });
}
function enumInput(name, values) {
    const raw = optionalInput(name)?.toLowerCase();
    if (raw === undefined)
        return null;
    if (values.includes(raw))
        return raw;
    throw new core_errors/* ConfigurationError */.j(`expected one of ${values.join(', ')}, found "${raw}"`, { at: `input ${name}` });
}
/** A `path-map` input: one `from=to` prefix pair per line or comma. */
function pathMapInput(name) {
    try {
        return parsePathMap(stringInput(name));
    }
    catch (e) {
        throw new core_errors/* ConfigurationError */.j(e.message, { at: `input ${name}` }, 'Write one `from=to` prefix pair per line.');
    }
}

;// CONCATENATED MODULE: ./packages/action-io/common-inputs.ts
/** The inputs every gate takes (README: config, component, target-stage, github-token, ...). */







function readCommonInputs() {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const wd = optionalInput(CommonInputs.WorkingDirectory);
    const root = wd ? (0,path_input/* resolveInputPath */.qL)(wd, workspace) : workspace;
    if (wd)
        (0,path_input/* requireDirectory */.T)(root, wd, `input ${CommonInputs.WorkingDirectory}`);
    const dir = optionalInput(CommonInputs.ResultsDir);
    const config = optionalInput(CommonInputs.Config);
    return {
        root,
        configPath: config ?? defaults/* DEFAULT_CONFIG_PATH */.Bi,
        configExplicit: config !== null,
        component: optionalInput(CommonInputs.Component),
        targetStage: enumInput(CommonInputs.TargetStage, ['staging', 'production']),
        githubToken: stringInput(CommonInputs.GitHubToken),
        comment: booleanInput(CommonInputs.Comment, true),
        resultsDir: dir ? (0,path_input/* resolveInputPath */.qL)(dir, root) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'maturity-results'),
        allowNoData: booleanInput(CommonInputs.AllowNoData, false),
    };
}
function readChangeInputs() {
    return {
        scope: enumInput(ChangeInputs.Scope, SCOPE_VALUES),
        baseline: listInput(ChangeInputs.Baseline),
        enforce: enumInput(ChangeInputs.Enforce, ENFORCE_VALUES),
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/inputs.ts
/** coverage-gate's inputs, read once into a typed object. */




function parseInputs() {
    const coverageFiles = listInput(CoverageGateInputs.CoverageFiles);
    if (coverageFiles.length === 0) {
        throw new core_errors/* ConfigurationError */.j('no coverage report given', { at: `input ${CoverageGateInputs.CoverageFiles}` }, 'Set `coverage-files` to your report, e.g. `coverage.xml` (pytest --cov-report=xml) or `coverage/lcov.info`.');
    }
    return {
        ...readCommonInputs(),
        ...readChangeInputs(),
        coverageFiles,
        testResults: listInput(CoverageGateInputs.TestResults),
        testKind: enumInput(CoverageGateInputs.TestKind, ['unit', 'integration', 'e2e']),
        minCoverage: numberInput(CoverageGateInputs.MinCoverage, { min: 0, max: 100 }),
        minDiffCoverage: numberInput(CoverageGateInputs.MinDiffCoverage, { min: 0, max: 100 }),
        pathMap: pathMapInput(CoverageGateInputs.PathMap),
    };
}

;// CONCATENATED MODULE: ./packages/report/criteria.ts
/** Renders a gate's criteria the same way in every summary and comment. Pure. */



const STATUS_ICON = { pass: '✅', fail: '❌', 'no-data': '⚪', error: '⚠️' };
const STATUS_WORD = {
    pass: 'passed',
    fail: 'failed',
    'no-data': 'no data',
    error: 'error',
};
const COMPARATOR = {
    '>=': '≥',
    '<=': '≤',
    '==': '=',
    '<': '<',
    '>': '>',
};
function singular(unit) {
    if (unit.endsWith('ies'))
        return `${unit.slice(0, -3)}y`;
    return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}
/** A value with its unit: percentages with two decimals (the figure is already rounded as the tool rounds it). */
function formatValue(value, unit, exact = true) {
    if (typeof value === 'string')
        return value;
    if (unit === '%')
        return `${exact ? value.toFixed(2) : String(value)}%`;
    if (unit === '')
        return String(value);
    // "1 finding", "3 findings": units are written in the plural.
    return `${value} ${value === 1 ? singular(unit) : unit}`;
}
function formatMeasured(c) {
    if (c.measured === null)
        return `_${STATUS_WORD[c.status]}_`;
    return formatValue(c.measured, c.unit);
}
function formatBar(c) {
    if (c.bar === null)
        return '';
    const v = formatValue(c.bar, c.unit, false);
    return c.comparator ? `${COMPARATOR[c.comparator]} ${v}` : v;
}
function formatGap(c) {
    if (c.gap === undefined)
        return '';
    if (c.unit === '%')
        return `${c.gap.toFixed(2)} points`;
    return formatValue(c.gap, c.unit);
}
function evidenceCell(c) {
    return c.evidence
        .map((e) => {
        const label = e.file ? code(e.file) : e.tool ? escapeText(e.tool) : 'link';
        const tool = e.file && e.tool ? ` (${escapeText(e.tool)})` : '';
        return e.url && /^https?:\/\//.test(e.url) ? `[${label}](${linkUrl(e.url)})${tool}` : `${label}${tool}`;
    })
        .join('<br>');
}
function plainTable(criteria) {
    const rows = (0,gate_result/* worstFirst */.md)(criteria).map((c) => [
        STATUS_ICON[c.status],
        c.detail ? `${escapeText(c.title)}<br><sub>${escapeText(c.detail)}</sub>` : escapeText(c.title),
        formatMeasured(c),
        formatBar(c),
        formatGap(c),
        evidenceCell(c),
    ]);
    return table(['', 'Criterion', 'Measured', 'Bar', 'Short by', 'Evidence'], rows, ['c', 'l', 'r', 'r', 'r', 'l']);
}
/**
 * The criteria table. On a pull request (criteria marked `enforced: false`) the judged ones come
 * first, then the progress toward the target stage under its own heading, so nobody reads a red
 * cross there as the reason the check failed.
 */
function criteriaTable(criteria, target) {
    const judged = criteria.filter((c) => c.enforced !== false);
    const progress = criteria.filter((c) => c.enforced === false);
    if (progress.length === 0)
        return plainTable(criteria);
    const stage = target ? (stages/* STAGE_TITLES */.XV[target] ?? target) : 'the next stage';
    const head = judged.length
        ? `**What this change does** (judged)\n\n${plainTable(judged)}`
        : '_Nothing of this change is judged here._';
    return `${head}\n\n**Progress toward ${escapeText(stage)}** (shown, not enforced on pull requests)\n\n${plainTable(progress)}`;
}
function gateTitle(gateTitleText, result) {
    const target = stages/* STAGE_TITLES */.XV[result.stage.target] ?? result.stage.target;
    const who = result.component ? `${code(result.component)} ` : 'whole report, ';
    const currentTitle = result.stage.current
        ? (stages/* STAGE_TITLES */.XV[result.stage.current] ?? result.stage.current)
        : null;
    if (result.scope === 'change') {
        return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}this change${currentTitle ? ` (in ${currentTitle})` : ''}, progress toward ${target}`;
    }
    const current = currentTitle ? `${currentTitle} → ` : '→ ';
    return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}${current}${target} bars`;
}
/** Each warning as a GitHub alert (`> [!WARNING]`), escaped; blank-line separated. */
function warningCallouts(warnings) {
    return warnings.map((w) => `> [!WARNING]\n> ${escapeText(w)}`).join('\n\n');
}
/** A gate's summary for a stage: its title, its figures on one line, the warnings, the criteria and any notes. */
function stageSummary(title, result, figures, warnings, ...notes) {
    return [
        `## ${gateTitle(title, result)}`,
        figures.join(' · '),
        warningCallouts(warnings),
        criteriaTable(result.criteria, result.stage.target),
        ...notes,
    ]
        .filter(Boolean)
        .join('\n\n');
}
/** One line per failing criterion: what fell short and by how much. */
function shortfalls(criteria) {
    return (0,gate_result/* worstFirst */.md)(criteria)
        .filter((c) => c.enforced !== false && (c.status === 'fail' || c.status === 'error'))
        .map((c) => {
        if (c.status === 'error')
            return `${c.title}: ${c.detail ?? 'could not be measured'}`;
        const gap = formatGap(c);
        const over = c.comparator === '<=' || c.comparator === '<';
        if (over)
            return `${c.title}: ${formatMeasured(c)}, ${gap ? `${gap} over` : 'over'} the bar ${formatBar(c)}`;
        if (c.measured !== null && typeof c.measured === 'string')
            return `${c.title}: ${c.measured}${c.detail ? ` (${c.detail})` : ''}`;
        return `${c.title} is ${formatMeasured(c)}, ${gap ? `${gap} short of` : 'short of'} the bar ${formatBar(c)}`;
    });
}

;// CONCATENATED MODULE: ./actions/coverage-gate/render.ts
/** coverage-gate's job summary, PR comment and messages. Pure functions of the evaluation. */






const GATE_TITLE = 'Coverage gate';
/** Rows of the worst-files table; the result file keeps more. */
const MAX_FILE_ROWS = 300;
function pct(f) {
    return f.display === null ? '_no data_' : `${f.display}%`;
}
function counts(f) {
    const t = f.totals;
    return [`${t.coveredStatements}/${t.statements}`, t.branches ? `${t.coveredBranches}/${t.branches}` : '—'];
}
/** Compresses sorted line numbers into "3-5, 9". */
function lineRanges(lines, max = 12) {
    const parts = [];
    let start = -1;
    let prev = -1;
    let total = 0;
    const push = () => {
        if (start < 0)
            return;
        total++;
        if (parts.length < max)
            parts.push(start === prev ? String(start) : `${start}-${prev}`);
    };
    for (const l of lines) {
        if (l === prev + 1) {
            prev = l;
            continue;
        }
        push();
        start = prev = l;
    }
    push();
    return parts.join(', ') + (total > max ? `, … (${total - max} more)` : '');
}
/** The one line that goes into the result and the logs. */
function oneLine(ev, who, target) {
    const stage = stages/* STAGE_TITLES */.XV[target];
    if (ev.headline.display === null)
        return `${who}: no measurable code in the coverage reports`;
    return `${who}: coverage ${ev.headline.display}% against the ${stage} bar of ${ev.bar}%`;
}
/** The failure message: names the component, the figure, the bar, and what to do. */
function failureMessage(result, ev, who, target, reportNames = []) {
    const stage = stages/* STAGE_TITLES */.XV[target];
    const lines = shortfalls(result.criteria);
    const failing = result.criteria.filter((c) => c.status === 'fail' && c.enforced !== false);
    const advice = [];
    if (failing.some((c) => c.id === 'coverage.total' || c.id.startsWith('coverage.category.'))) {
        advice.push('add tests for the files with the most missed lines (listed in the job summary)');
    }
    if (failing.some((c) => c.id === 'coverage.diff'))
        advice.push('cover the changed lines annotated in the pull request');
    if (failing.some((c) => c.id === 'coverage.held'))
        advice.push('add tests so that coverage stays at the bar of the stage the component is in');
    if (failing.some((c) => c.id.startsWith('tests.')))
        advice.push('fix the failing tests (annotated where the report says where they are)');
    if (lines.length === 0) {
        // no-data: nothing failed, but nothing could be measured either.
        const missing = result.criteria
            .filter((c) => c.status === 'no-data')
            .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
        const named = reportNames.length ? ` (${reportNames.slice(0, 5).join(', ')})` : '';
        const scope = ev.reportFiles === 0 && reportNames.length
            ? ` The report(s)${named} list no source file at all; check that the test step measured coverage (run with --cov, or the tool's coverage option).`
            : ev.scopeFiles.length === 0
                ? ` None of the ${ev.reportFiles} file(s) in the reports${named} is under ${who}'s paths; check \`paths\` in the config and that the coverage run measured this component.`
                : '';
        return `${who} could not be measured: ${missing.join('; ')}.${scope}`;
    }
    const head = result.scope === 'change'
        ? `${who}: this change falls short: ${lines.join('; ')}.`
        : `${who} does not meet the ${stage} bars: ${lines.join('; ')}.`;
    return advice.length ? `${head} To pass, ${advice.join(', and ')}.` : head;
}
function filesSection(ev) {
    const worst = [...ev.files]
        .filter((f) => f.missedLines > 0 || f.partialBranches > 0)
        .sort((a, b) => b.missedLines - a.missedLines || b.partialBranches - a.partialBranches || (a.path < b.path ? -1 : 1));
    if (worst.length === 0)
        return '';
    const byPath = new Map(ev.scopeFiles.map((f) => [f.path, f]));
    const rows = worst.slice(0, MAX_FILE_ROWS).map((f) => {
        const src = byPath.get(f.path);
        const missing = src && !src.coverage.summaryOnly ? lineRanges(src.coverage.missedLines()) : '';
        return [
            code(f.path),
            String(f.totals.statements),
            String(f.missedLines),
            f.totals.branches ? `${f.partialBranches}` : '—',
            pct(f),
            missing ? code(missing) : '',
        ];
    });
    const more = worst.length > MAX_FILE_ROWS
        ? `\n\n…and ${worst.length - MAX_FILE_ROWS} more files with missed lines (the result file lists up to 2,000).`
        : '';
    return `### Files with the most missed lines\n\n${table(['File', 'Statements', 'Missed', 'Partial branches', 'Coverage', 'Missing lines'], rows, ['l', 'r', 'r', 'r', 'r', 'l'])}${more}`;
}
function categoriesSection(ev) {
    if (ev.categories.length === 0)
        return '';
    const rows = ev.categories.map((c) => {
        const [l, b] = counts(c);
        const ok = c.display !== null && Number(c.display) >= c.bar;
        return [
            ok ? STATUS_ICON.pass : STATUS_ICON.fail,
            escapeText(categoryTitle(c.id)),
            String(c.files),
            l,
            b,
            pct(c),
            `≥ ${c.bar}%`,
        ];
    });
    return `### Coverage by category\n\nFirst matching category wins; files in no category count only toward the total.\n\n${table(['', 'Category', 'Files', 'Lines', 'Branches', 'Coverage', 'Bar'], rows, ['c', 'l', 'r', 'r', 'r', 'r', 'r'])}`;
}
function componentsSection(ev) {
    if (ev.componentsBreakdown.length === 0)
        return '';
    const rows = ev.componentsBreakdown.map((c) => [
        code(c.id),
        escapeText(c.name),
        String(c.files),
        ...counts(c),
        pct(c),
    ]);
    return `### Coverage by component\n\n${table(['Component', 'Name', 'Files', 'Lines', 'Branches', 'Coverage'], rows, ['l', 'l', 'r', 'r', 'r', 'r'])}`;
}
function diffSection(ev) {
    const d = ev.diff;
    if (!d)
        return '';
    const parts = [`### Changed lines\n`];
    if (d.source === 'unknown')
        return `${parts[0]}\n⚠️ The changed lines are not known: ${escapeText(d.incomplete ?? '')}. ${CHANGED_LINES_FIX}`;
    if (d.changedLines === 0)
        parts.push(d.incomplete
            ? 'No changed line of this scope is known to be measurable.'
            : 'The pull request changes no measurable line of this scope.');
    else
        parts.push(`${d.coveredLines} of ${d.changedLines} changed lines are covered (${pct(d)}; bar ≥ ${d.bar}%), from ${d.source === 'git' ? '`git diff` against the base' : 'the pull request files API'}.`);
    if (d.ranges.length) {
        const rows = d.ranges
            .slice(0, 200)
            .map((r) => [code(r.path), r.start === r.end ? String(r.start) : `${r.start}-${r.end}`, String(r.lines)]);
        parts.push(`\n${table(['File', 'Lines not covered', 'Measurable lines'], rows, ['l', 'l', 'r'])}`);
        if (d.ranges.length > 200)
            parts.push(`\n…and ${d.ranges.length - 200} more ranges (see the result file).`);
    }
    if (d.unknownFiles.length) {
        parts.push(`\n⚠️ GitHub sent no diff for ${d.unknownFiles.length} changed file(s) (binary, or past its diff size limits), so their changed lines are not counted: ${d.unknownFiles.slice(0, 20).map(code).join(', ')}. Check out with \`fetch-depth: 0\` to measure them from \`git diff\`.`);
    }
    if (d.truncated)
        parts.push('\n⚠️ GitHub lists at most 3000 files of a pull request; later files are not counted.');
    return parts.join('\n');
}
function attributionNote(tests, who) {
    const a = tests.attribution;
    if (!a || (a.other === 0 && a.unattributed === 0))
        return '';
    const parts = [`Only ${escapeText(who)}'s own test cases count here (the files its \`tests\` globs match)`];
    if (a.other)
        parts.push(`${a.other} case(s) of other test files were left out`);
    if (a.unattributed) {
        parts.push(`${a.unattributed} case(s) name no file this run could find (e.g. ${a.unattributedExamples.slice(0, 3).map(code).join(', ')}) and count for no component: pytest's classname must be the test module's dotted path, or make the report write a \`file\` attribute (pytest \`-o junit_family=xunit1\`, jest-junit \`addFileAttribute\`)`);
    }
    return `\n\n${parts.join('; ')}.`;
}
function testsSection(tests, who) {
    if (!tests)
        return '';
    const rows = tests.reports.map((r) => [
        code(r.file),
        String(r.counts.passed),
        String(r.counts.failed),
        String(r.counts.errors),
        String(r.counts.skipped),
    ]);
    let out = `### Test results\n\n${table(['Report', 'Passed', 'Failed', 'Errors', 'Skipped'], rows, ['l', 'r', 'r', 'r', 'r'])}${attributionNote(tests, who)}`;
    if (tests.failures.length) {
        const list = tests.failures
            .slice(0, 50)
            .map((f) => `- ${f.outcome === 'error' ? '⚠️ error' : '❌ failed'}: ${code([f.classname, f.name].filter(Boolean).join('::'))}${f.message ? ` — ${escapeText(f.message.split('\n')[0].slice(0, 200))}` : ''}`)
            .join('\n');
        out += `\n\n${list}${tests.failureCount > 50 ? `\n- …and ${tests.failureCount - 50} more` : ''}`;
    }
    return out;
}
function reportsSection(ev, reports) {
    const rows = reports.map((r) => [
        code(r.file),
        FORMAT_NAMES[r.format],
        escapeText(r.producer ?? 'unknown'),
        String(r.files),
        String(r.unmatched.length),
    ]);
    let out = `### Reports read\n\n${table(['Report', 'Format', 'Written by', 'Files', 'Not in checkout'], rows, ['l', 'l', 'l', 'r', 'r'])}`;
    if (ev.unmatched.length) {
        const list = ev.unmatched
            .slice(0, 100)
            .map((u) => `- ${code(u.path)} (in ${code(u.report)})`)
            .join('\n');
        out += `\n\n${details(`⚠️ ${ev.unmatched.length} file name(s) in the reports match nothing in the checkout`, `They still count toward the whole-report total but belong to no component. Map them with the \`path-map\` input (\`from=to\`).\n\n${list}${ev.unmatched.length > 100 ? `\n- …and ${ev.unmatched.length - 100} more` : ''}`)}`;
    }
    return out;
}
function head(ctx) {
    const { result, ev } = ctx;
    const t = ev.headline.totals;
    const figures = [
        `**${pct(ev.headline)}** ${ev.headline.metric === 'combined' ? 'coverage (lines + branches, as coverage.py reports it)' : `${ev.headline.metric} coverage`}`,
        `lines ${pct(ev.lines)} (${t.coveredStatements}/${t.statements})`,
        t.branches ? `branches ${pct(ev.branches)} (${t.coveredBranches}/${t.branches})` : 'no branch data',
        `${t.files} file(s)`,
    ];
    return stageSummary(GATE_TITLE, result, figures, ctx.warnings);
}
function renderSummary(ctx, limitBytes) {
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: diffSection(ctx.ev), priority: 60 },
        { markdown: categoriesSection(ctx.ev), priority: 50 },
        { markdown: componentsSection(ctx.ev), priority: 45 },
        { markdown: testsSection(ctx.tests, ctx.result.component ?? 'the whole report'), priority: 40 },
        { markdown: filesSection(ctx.ev), priority: 20 },
        { markdown: reportsSection(ctx.ev, ctx.reports), priority: 30 },
    ];
    return fitSummary(sections, limitBytes);
}
function renderComment(ctx, limitChars) {
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: diffSection(ctx.ev), priority: 60 },
        { markdown: categoriesSection(ctx.ev), priority: 50 },
        {
            markdown: filesSection(ctx.ev)
                ? details('Files with the most missed lines', filesSection(ctx.ev).replace(/^### .*\n\n/, ''))
                : '',
            priority: 20,
        },
        { markdown: runFooter(ctx.runUrl), priority: 90 },
    ];
    return fitComment(sections, limitChars);
}

;// CONCATENATED MODULE: ./actions/coverage-gate/coverage-gate-action.ts
/**
 * coverage-gate, the action: parseInputs() -> read reports -> evaluateCoverage() (pure) ->
 * publish(). Everything that touches the runner or the network is here or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.






















const GATE = 'coverage-gate';
async function readEvidence(run, inputs) {
    const checkout = checkoutFiles(inputs.root);
    const parallel = parallelOptions((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'cobertura-worker.js'));
    const data = await readCoverage({
        root: inputs.root,
        patterns: inputs.coverageFiles,
        checkout,
        pathMap: inputs.pathMap,
        parallel,
    });
    for (const r of data.reports)
        run.log.debug(`${r.file}: ${r.format}, ${r.files} files, parsed in ${r.pieces} piece(s)`);
    const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
    const tests = inputs.testResults.length ? await readTests(run, inputs, resolver) : null;
    const api = githubFor(run.ctx, inputs.githubToken);
    const changed = await changedLinesFor(run.ctx, inputs.root, api);
    const found = await findBaseline(inputs.baseline, inputs.root, GATE, run.subject.component?.id ?? null);
    if (run.scope === 'change')
        for (const note of found.notes)
            run.log.warning(note);
    return { data, tests, changed, baseline: found.baseline, resolver, api };
}
/** The test results; a component's own are told apart by its `tests` globs. */
async function readTests(run, inputs, resolver) {
    const resolveFound = (raw) => {
        const r = resolver.resolve(raw);
        return r.found ? r.path : null;
    };
    const { component } = run.subject;
    const attribute = component ? componentAttributor(component.tests, resolveFound) : undefined;
    return readTestResults(inputs.testResults, inputs.root, attribute);
}
function evaluate(run, inputs, e, testKind) {
    const { config, subject } = run;
    return evaluateCoverage({
        files: e.data.files,
        reports: e.data.reports,
        tests: e.tests,
        component: subject.component,
        categories: config.categories,
        policy: subject.policy,
        minCoverage: inputs.minCoverage,
        minDiffCoverage: inputs.minDiffCoverage,
        testKind,
        changed: e.changed,
        components: [...config.components.values()],
        scope: run.scope,
        current: subject.current,
        heldBar: heldBarFor(subject.current, testKind, (stage) => config.policy[stage].coverage.min),
        baseline: coverageBaseline(e.baseline),
        enforceNextStage: config.pullRequests.enforceNextStage,
    });
}
async function publishCoverage(run, inputs, e, ev, testKind) {
    const { tests } = e;
    const result = gateResult(run, {
        criteria: ev.criteria,
        summary: oneLine(ev, run.who, run.subject.target),
        data: resultData(ev, tests),
        testKind: tests ? testKind : null,
    });
    const renderCtx = {
        result,
        ev,
        tests,
        reports: e.data.reports,
        warnings: run.log.warnings,
        runUrl: run.ctx.run?.url ?? null,
    };
    const reportFiles = e.data.reports.map((r) => r.file);
    await publish({
        ...runPublication(run, inputs),
        result,
        summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
        comment: commentOn(run.ctx, e.api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
        annotations: annotationsFor(ev, tests, (p) => e.resolver.resolve(p)),
        outputs: {
            [CoverageGateOutputs.Coverage]: ev.headline.display ?? '',
            [CoverageGateOutputs.DiffCoverage]: ev.diff?.display ?? '',
            [CoverageGateOutputs.TestsPassed]: tests ? String(tests.passed) : '',
            [CoverageGateOutputs.TestsFailed]: tests ? String(tests.failed + tests.errors) : '',
        },
        failureMessage: failureMessage(result, ev, run.who, run.subject.target, reportFiles),
    });
}
async function coverage_gate_action_main() {
    const inputs = parseInputs();
    const run = await startGateRun(GATE, inputs);
    const evidence = await readEvidence(run, inputs);
    const testKind = inputs.testKind ?? 'unit';
    const ev = evaluate(run, inputs, evidence, testKind);
    await publishCoverage(run, inputs, evidence, ev, testKind);
    run.log.debug(`${GATE}: ${ev.scopeFiles.length} files in scope`);
}
/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
async function run() {
    await runAction(GATE, coverage_gate_action_main);
}


/***/ }),

/***/ 8351:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _coverage_gate_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1694);

await (0,_coverage_gate_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ EVIDENCE_KINDS),
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   Pg: () => (/* binding */ defaultEvidence),
/* harmony export */   mU: () => (/* binding */ BREACH_KINDS),
/* harmony export */   me: () => (/* binding */ SEVERITY_LEVELS),
/* harmony export */   nW: () => (/* binding */ defaultTests),
/* harmony export */   ob: () => (/* binding */ CATEGORY_IDS),
/* harmony export */   xB: () => (/* binding */ SEED_POLICY)
/* harmony export */ });
/* unused harmony export GROUP_TITLES */
const CATEGORY_IDS = ['critical', 'business', 'utilities', 'ui'];
/** The seeds' incident severities, P0 (system down, data loss) to P3 (cosmetic). */
const SEVERITY_LEVELS = ['P0', 'P1', 'P2', 'P3'];
/** Which kinds of maintenance breach get which severity. */
const BREACH_KINDS = [
    'uptime',
    'error-rate',
    'latency',
    'patch-critical',
    'patch-high',
    'patch-medium',
];
const SEED_CATEGORY_BARS = { critical: 90, business: 80, utilities: 70, ui: 60 };
function seedPolicy(stage) {
    return {
        coverage: { min: stage === 'staging' ? 70 : 80, diff: null, metric: 'auto', categories: { ...SEED_CATEGORY_BARS } },
        tests: { 'pass-rate': 100, 'min-tests': 1 },
        lint: { 'max-errors': 0, 'max-warnings': null },
        types: { 'max-errors': 0, 'max-warnings': 0 },
        docs: { 'docstring-coverage': 100 },
        security: {
            max: { critical: 0, high: 0, medium: 0, low: null },
            'acceptable-severities': ['low'],
            'patch-within-hours': { critical: 24, high: 7 * 24, medium: 30 * 24 },
        },
        uptime: { min: 99.5, window: '7d', 'min-sample-coverage': 90 },
        performance: {
            'api-p95-ms': 500,
            'db-p95-ms': 100,
            'page-load-p95-ms': 3000,
            'min-concurrent-users': 100,
            'min-requests-per-second': 50,
            'max-memory-mb': 512,
            'max-cpu-percent': 50,
            'max-error-rate': 0.5,
        },
        'min-days-in-staging': 7,
        maintenance: {
            uptime: 99.5,
            'rolling-window': '30d',
            'grace-days': 7,
            // P1 "major functionality broken": users were (or are) turned away; P2 "minor": slow, or a
            // high finding left open; P3 for a medium finding past its 30 days.
            severity: {
                uptime: 'P1',
                'error-rate': 'P1',
                latency: 'P2',
                'patch-critical': 'P1',
                'patch-high': 'P2',
                'patch-medium': 'P3',
            },
        },
    };
}
const SEED_POLICY = {
    staging: seedPolicy('staging'),
    production: seedPolicy('production'),
};
/**
 * Default coverage categories (first match wins). The seeds name critical paths "auth, data
 * persistence"; a repository that defines `categories` replaces this list entirely.
 */
const DEFAULT_CATEGORIES = {
    critical: ['**/auth/**', '**/persistence/**'],
    business: [],
    utilities: ['**/utils/**', '**/util/**', '**/helpers/**'],
    ui: ['**/frontend/**', '**/ui/**'],
};
const DEFAULT_CONFIG_PATH = '.github/maturity.yml';
/** The seeds' functional groups. Others are allowed; these get their display names. */
const GROUP_TITLES = {
    'core-infrastructure': 'Core Infrastructure',
    'ai-agent-systems': 'AI/Agent Systems',
    'player-experience': 'Player Experience',
    'therapeutic-content': 'Therapeutic Content',
    'monitoring-operations': 'Monitoring & Operations',
};
const EVIDENCE_KINDS = [
    'readme',
    'integration-tests',
    'user-guide',
    'api-reference',
    'troubleshooting',
    'rollback',
];
/**
 * Where the seeds keep each document a stage asks for, for a component whose code is in
 * `dir` (its first path's folder). Each entry lists alternatives: a glob, or `file#Heading`
 * for a section of a file. Matching ignores case. `<id>` forms: `model-management` and
 * `model_management`.
 *  - README with usage examples: `<dir>/README.md` (a fenced code block required).
 *  - Integration tests: `tests/integration/test_<component>_*.py` (COMPONENT_MATURITY_CRITERIA).
 *  - User docs, API reference, troubleshooting: the README sections the seeds' example README
 *    has (Usage, API, Troubleshooting), or a file under docs/.
 *  - Rollback: `docs/operations/<component>_ROLLBACK.md` (COMPONENT_PROMOTION_GUIDE, step 5).
 */
function defaultEvidence(id, dir) {
    const snake = id.replace(/-/g, '_');
    const ids = snake === id ? id : `{${id},${snake}}`;
    const readme = dir ? `${dir}/README.md` : 'README.md';
    return {
        readme: [readme],
        'integration-tests': [`tests/integration/test_${ids}_*.py`, `tests/integration/test_${ids}.py`],
        'user-guide': [`${readme}#Usage`, `docs/**/${ids}*{USER_GUIDE,GUIDE}*.md`],
        'api-reference': [`${readme}#API`, `docs/api/**/${ids}*`],
        troubleshooting: [`${readme}#Troubleshooting`, `docs/**/${ids}*TROUBLESHOOTING*.md`],
        rollback: [`docs/operations/${ids}_ROLLBACK.md`],
    };
}
/**
 * Where the seeds keep a component's tests when the config does not say (`components.<id>.tests`):
 * `tests/test_<component>.py`, `tests/integration/test_<component>_*.py`,
 * `tests/e2e/test_<component>_e2e.py`, or a folder named after it under tests/; JavaScript tests
 * named after it. A JUnit case counts for the component whose globs match its file.
 */
function defaultTests(id) {
    const snake = id.replace(/-/g, '_');
    const ids = snake === id ? id : `{${id},${snake}}`;
    return [
        `tests/**/test_${ids}.py`,
        `tests/**/test_${ids}_*.py`,
        `tests/**/${ids}/**`,
        `tests/**/${ids}{.,_,-}*{test,spec}.{js,mjs,cjs,ts,tsx}`,
    ];
}


/***/ }),

/***/ 9846:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ mergePolicy),
/* harmony export */   Ve: () => (/* binding */ defaultComponent),
/* harmony export */   X1: () => (/* binding */ evidenceOf),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   ht: () => (/* binding */ defaultMaturityFile),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony export staticPrefix */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(425);
/* harmony import */ var _path_input_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7104);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2918);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(653);
/**
 * Reads `.github/maturity.yml` into a normalized MaturityConfig. A bad file fails with the
 * key path, the line, what was expected and what was found. An absent file means the seed
 * defaults and no components. The config's model and defaults are here; its parsing (YAML,
 * the zod schema: a fifth of an action's start) is in parse-config.ts, loaded only when
 * there is a file to parse.
 */






/** A glob's static directory part (picomatch's own scan): `src/components/neo4j/**` -> `src/components/neo4j`. */
function staticPrefix(glob) {
    const { base, isGlob } = picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(glob);
    return isGlob ? base : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(base) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(base); // a plain file path: its directory
}
function defaultMaturityFile(paths) {
    const dir = paths[0] !== undefined ? staticPrefix(paths[0]) : '';
    return dir ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'MATURITY.md') : undefined;
}
function evidenceOf(id, paths, raw) {
    const out = (0,_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultEvidence */ .Pg)(id, paths[0] !== undefined ? staticPrefix(paths[0]) : '');
    for (const kind of _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .EVIDENCE_KINDS */ .At) {
        const v = raw?.[kind];
        if (v !== undefined)
            out[kind] = typeof v === 'string' ? [v] : v;
    }
    return out;
}
/** A component with every default filled in, as the config would give it (for code and tests that build one). */
function defaultComponent(id, paths) {
    return {
        id,
        name: id,
        paths,
        tests: (0,_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultTests */ .nW)(id),
        maturityFile: defaultMaturityFile(paths),
        dependsOn: [],
        health: [],
        evidence: evidenceOf(id, paths, undefined),
        maintenance: [],
        alertRules: [`monitoring/alerts/${id}.rules.yml`, `monitoring/alerts/${id}.rules.yaml`],
        notApplicable: {},
        latency: 'api',
    };
}
/** Deep-merges a partial stage policy over the seed policy (arrays and nulls replace). */
function mergePolicy(base, override) {
    const merge = (a, b) => {
        if (b === undefined)
            return a;
        if (b === null || Array.isArray(b) || typeof b !== 'object' || typeof a !== 'object' || a === null)
            return b;
        const out = { ...a };
        for (const [k, v] of Object.entries(b))
            out[k] = merge(out[k], v);
        return out;
    };
    return merge(structuredClone(base), override);
}
function defaultConfig() {
    return {
        file: null,
        components: new Map(),
        categories: _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .CATEGORY_IDS */ .ob.map((id) => ({ id, globs: _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CATEGORIES */ .Bl[id] })),
        policy: { staging: structuredClone(_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .SEED_POLICY */ .xB.staging), production: structuredClone(_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .SEED_POLICY */ .xB.production) },
        pullRequests: { enforceNextStage: false },
    };
}
/**
 * Reads the config at `configPath` (absolute, or relative to root). A missing file gives the
 * defaults, unless it is `required` (an action that needs components) or the user named it
 * (`explicit`: a typo must not turn a 95% bar into the seed's 70%).
 */
async function loadConfig(configPath, root, required = false, explicit = false) {
    const abs = (0,_path_input_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInputPath */ .qL)(configPath, root);
    const shown = (0,_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(abs, root);
    const at = 'input config';
    if (!(0,_path_input_js__WEBPACK_IMPORTED_MODULE_2__/* .fileExists */ .hR)(abs, shown, at)) {
        if (explicit) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`the config file ${shown} does not exist (looked in ${root})`, { at }, 'Check the `config` input: it is absolute, or relative to the repository root.');
        }
        if (required) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`the config file ${shown} does not exist`, { at }, 'Create it (see the README) or point the `config` input at it.');
        }
        return defaultConfig();
    }
    const text = (0,_path_input_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputFile */ .jH)(abs, shown, at);
    if (text.includes('\u0000'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('is not a text file (it holds NUL bytes)', { file: shown }, 'Point the `config` input at your .github/maturity.yml.');
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(867), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5293));
    return parseConfig(text.replace(/^\ufeff/, ''), shown);
}
// ---- "did you mean" ------------------------------------------------------------------
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
    }
    return d[a.length][b.length];
}
/** The closest known word within a small edit distance. */
function closest(word, known) {
    let best;
    let bestD = Infinity;
    const w = word.toLowerCase().replace(/[_\s]/g, '-');
    for (const k of known) {
        const d = distance(w, k.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = k;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ReportError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Errors a user can fix: a bad input, config file or report. Each names the place (file,
 * line, column, key path or element) and what to do. The action's single catch prints them
 * as one annotation without a stack trace; anything else is a bug and says so.
 */
class ConfigurationError extends Error {
    place;
    fix;
    constructor(message, place = {}, 
    /** What the user should do about it. */
    fix) {
        super(message);
        this.place = place;
        this.fix = fix;
        this.name = 'ConfigurationError';
    }
    /** `file:line:column: at: message. fix` */
    describe() {
        const { file, line, column, at } = this.place;
        let where = file ?? '';
        if (file && line)
            where += `:${line}${column ? `:${column}` : ''}`;
        const head = [where, at].filter(Boolean).join(': ');
        const text = head ? `${head}: ${this.message}` : this.message;
        if (!this.fix)
            return text;
        return `${text.replace(/[.\s]*$/, '.')} ${this.fix}`;
    }
}
/** A report that cannot be read: malformed, truncated, empty, or not the format expected. */
class ReportError extends ConfigurationError {
    /** Byte offset in the report, turned into line:column by the reader before it is shown. */
    offset;
    constructor(message, place = {}, fix) {
        const { offset, ...rest } = place;
        super(message, rest, fix);
        this.name = 'ReportError';
        if (offset !== undefined)
            this.offset = offset;
    }
}


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ requireDirectory),
/* harmony export */   g$: () => (/* binding */ prepareOutputDir),
/* harmony export */   hR: () => (/* binding */ fileExists),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* unused harmony exports fileSystemError, writeOutputFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(425);
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4209);
/**
 * The one resolver for paths a user gives in inputs (`config`, `working-directory`,
 * `results-dir`, `sarif-output`, `history`, `output-dir`, `issues`, `accepted-risks`,
 * `alert-rules`): absolute, or relative to the checkout. A path the user set that does not
 * exist is an error naming the input; a folder where a file is expected, and the reverse, are
 * errors; an output never overwrites a file that is not its own kind; a file system refusal
 * (no permission, read-only, not a folder) is the user's to fix and says so, never "a bug".
 */




/** A path input's value, absolute: as written when absolute, else under `root`. */
function resolveInputPath(value, root) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value);
}
function statOf(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        return null;
    }
}
const FS_REASONS = {
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOENT: 'it does not exist',
    EEXIST: 'a file is in the way',
    ENOSPC: 'the disk is full',
    EIO: 'the file system refused the write',
    ENAMETOOLONG: 'the path is too long',
    ELOOP: 'the path has a symbolic link loop',
};
/** A file system error as the user's problem with one path, naming the input. */
function fileSystemError(e, shown, at, doing) {
    const code = e.code ?? '';
    const reason = FS_REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`cannot ${doing} ${shown}: ${reason}`, { at }, doing === 'write'
        ? 'Point the input at a writable file in the workspace or $RUNNER_TEMP.'
        : 'Check the path and that the step before wrote it.');
}
/** A folder input that must exist (`working-directory`). */
function requireDirectory(abs, shown, at) {
    const s = statOf(abs);
    if (!s)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`the folder ${shown} does not exist`, { at }, 'Check the path: it is relative to the repository root (the checkout).');
    if (!s.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${shown} is a file, not a folder`, { at }, 'Give the folder that holds it.');
}
/** Whether a file input is there; a folder in its place is an error. */
function fileExists(abs, shown, at) {
    const s = statOf(abs);
    if (!s)
        return false;
    if (s.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${shown} is a folder, not a file`, { at }, 'Give the path of the file itself.');
    return true;
}
/** The text of a file input that must exist. */
function readInputFile(abs, shown, at) {
    if (!fileExists(abs, shown, at))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${shown} does not exist`, { at }, 'Check the path: it is absolute, or relative to the repository root (the checkout).');
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw fileSystemError(e, shown, at, 'read');
    }
}
/** A folder the action writes into (`results-dir`, `output-dir`): created when absent; a file in its place is an error. */
function prepareOutputDir(abs, shown, at) {
    const s = statOf(abs);
    if (s && !s.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${shown} is a file, not a folder`, { at }, 'Give a folder to write into.');
    (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureWritableDir */ .gA)(abs, at);
}
/**
 * Writes a file the action owns (`sarif-output`, `history`). A folder in its place is an error;
 * an existing file is overwritten only when `isOurs(text)` says it is this output's kind (a
 * `history: .github/maturity.yml` must not replace the config).
 */
function writeOutputFile(abs, shown, at, text, isOurs, kind) {
    const s = statOf(abs);
    if (s?.isDirectory())
        throw new ConfigurationError(`${shown} is a folder, not a file`, { at }, `Give the path of the ${kind} file to write.`);
    // Only a regular file is read to see whose it is: reading a FIFO would wait forever (the
    // safe writer below refuses it, and devices, with their own message).
    if (s?.isFile()) {
        let existing;
        try {
            existing = readFileSync(abs, 'utf8');
        }
        catch (e) {
            throw fileSystemError(e, shown, at, 'read');
        }
        if (existing.trim() && !isOurs(existing)) {
            throw new ConfigurationError(`${shown} exists and is not a ${kind}; it is left as it is`, { at }, `Point the input at a new file (or at a ${kind} written by an earlier run).`);
        }
    }
    writeFileSafely(abs, text, at);
}


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   Cz: () => (/* binding */ expandReportGlobs),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(425);



/** Splits a list input: newline- or comma-separated, blank entries ignored. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * The files `patterns` match (tinyglobby). It is loaded on first use: most report inputs name
 * a file, which needs no glob, and a run that never globs does not pay for loading it.
 */
async function globFiles(patterns, options) {
    const { globSync } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    return globSync(patterns, options);
}
/**
 * Returns absolute paths of the files the patterns match under `root`, in a stable order,
 * without duplicates. Negated patterns (`!**\/vendor/**`) exclude.
 */
async function expandReportGlobs(patterns, root, inputName) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    for (const pattern of include) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, pattern);
        let matches;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(abs) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs).isFile()) {
            matches = [abs];
        }
        else {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(pattern) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, pattern) : pattern;
            matches = await globFiles(rel.replace(/\\/g, '/'), {
                cwd: root,
                absolute: true,
                dot: true,
                ignore,
                onlyFiles: true,
            });
        }
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`"${pattern}" matches no file (looked in ${root})`, { at: inputName }, 'Check that the step producing the report ran, and that the path is relative to the repository root.');
        }
        for (const m of matches.sort())
            found.add(m);
    }
    return [...found];
}
function inside(file, dir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(dir, file);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel.replace(/\\/g, '/') : null;
}
/**
 * The path to show a user: relative to the repository root when inside it; a report in the
 * runner's temporary folder as its place there (`maturity-reports/unit-coverage.xml`, the
 * artifact's own layout), never the runner's absolute path.
 */
function displayPath(file, root, runnerTemp = process.env.RUNNER_TEMP) {
    return inside(file, root) ?? (runnerTemp ? inside(file, runnerTemp) : null) ?? file;
}


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ RESULT_VERSION),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   gX: () => (/* binding */ overallStatus),
/* harmony export */   j_: () => (/* binding */ RESULT_KIND),
/* harmony export */   md: () => (/* binding */ worstFirst)
/* harmony export */ });
/* unused harmony export meets */
const RESULT_KIND = 'maturity-actions/gate-result';
const RESULT_VERSION = 1;
const STATUSES = ['pass', 'fail', 'no-data', 'error'];
const SEVERITY = { error: 3, fail: 2, 'no-data': 1, pass: 0 };
/**
 * The gate's status: the worst of its enforced criteria's (error > fail > no-data > pass);
 * progress-only criteria (`enforced: false`) never change it. No enforced criteria = no-data.
 */
function overallStatus(criteria) {
    const judged = criteria.filter((c) => c.enforced !== false);
    if (judged.length === 0)
        return 'no-data';
    let worst = 'pass';
    for (const c of judged)
        if (SEVERITY[c.status] > SEVERITY[worst])
            worst = c.status;
    return worst;
}
/** Worst first, then by id: the order summaries and comments show criteria in. */
function worstFirst(criteria) {
    return [...criteria].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
}
/** Compares a measured number with its bar. */
function meets(measured, comparator, bar) {
    switch (comparator) {
        case '>=':
            return measured >= bar;
        case '<=':
            return measured <= bar;
        case '==':
            return measured === bar;
        case '<':
            return measured < bar;
        case '>':
            return measured > bar;
    }
}


/***/ }),

/***/ 4209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gA: () => (/* binding */ ensureWritableDir),
/* harmony export */   kv: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export appendFileSafely */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(425);
/**
 * Writing the files an input names (result files, the dashboard, SARIF, histories) without
 * ever hanging or writing somewhere that is not a file. `writeFileSync` to a FIFO blocks until
 * something reads it, forever in a runner; a path under /proc, /sys or /dev reaches the
 * kernel, not a disk. So before writing: the folder must be a real folder outside those, the
 * target a regular file or not there yet; and the file is opened non-blocking, so a FIFO
 * that appears in between fails instead of waiting. Every refusal is a ConfigurationError
 * naming where the path came from (`at`) and the path.
 */



/** Kernel interfaces, not storage (Linux; absent elsewhere, where nothing matches). */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
function kindOf(s) {
    if (s.isDirectory())
        return 'a folder';
    if (s.isFIFO())
        return 'a named pipe (FIFO)';
    if (s.isSocket())
        return 'a socket';
    if (s.isCharacterDevice() || s.isBlockDevice())
        return 'a device';
    if (s.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** The nearest folder of `path` that exists, with links resolved. */
function existingAncestor(path) {
    let p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p)) {
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
        if (up === p)
            break;
        p = up;
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return p; // a link to something that is no path (`pipe:[123]` under /proc/self/fd)
    }
}
function under(path, root) {
    return path === root || path.startsWith(`${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
}
/** Makes sure `dir` is (or can be made) a folder on real storage; creates it. */
function ensureWritableDir(dir, at) {
    const real = existingAncestor(dir);
    const special = SPECIAL_ROOTS.find((root) => under(real, root));
    const fix = 'Name a folder in the workspace or under $RUNNER_TEMP.';
    if (special)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${dir} is under ${special}, which holds kernel interfaces, not files`, { at }, fix);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`cannot create the folder ${dir} (${e.code ?? e.message})`, { at }, fix);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${dir} is not a folder`, { at }, fix);
}
/** Refuses a target that exists and is not a regular file (following a link to what it names). */
function checkTarget(path, at) {
    const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!link)
        return;
    const target = link.isSymbolicLink() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false }) : link;
    if (target && !target.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${path} is ${kindOf(target)}, not a file that can be written`, { at }, 'Name a new file, or a regular file to replace.');
    }
}
/** Writes (replaces) a file, never blocking on a special file. `at` names where the path came from (`input sarif-output`). */
function writeFileSafely(path, data, at) {
    writeWith(path, data, at, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC);
}
/** Appends to a file, never blocking on a special file. */
function appendFileSafely(path, data, at) {
    if (data === '')
        return void ensureWritableDir(dirname(path), at);
    writeWith(path, data, at, constants.O_APPEND);
}
function writeWith(path, data, at, mode) {
    ensureWritableDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), at);
    checkTarget(path, at);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | mode, 0o644);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`cannot write ${path} (${e.code ?? e.message})`, { at }, 'Name a file in a folder the job can write.');
    }
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at, bytes.length - at);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ defaultTargetStage),
/* harmony export */   XV: () => (/* binding */ STAGE_TITLES),
/* harmony export */   YA: () => (/* binding */ parseStage)
/* harmony export */ });
/* unused harmony exports STAGES, stageIndex, nextStage */
/** The maturity stages, in order. No skipping forward; demotion is possible. */
const STAGES = (/* unused pure expression or super */ null && (['development', 'staging', 'production']));
const STAGE_TITLES = {
    development: 'Development',
    staging: 'Staging',
    production: 'Production',
};
const ALIASES = {
    development: 'development',
    dev: 'development',
    staging: 'staging',
    stage: 'staging',
    production: 'production',
    prod: 'production',
};
/** Reads a stage name as people write it ("Staging", "staging 🧪", "PROD"); undefined if none. */
function parseStage(text) {
    const word = /[A-Za-z]+/.exec(text)?.[0]?.toLowerCase();
    return word ? ALIASES[word] : undefined;
}
function stageIndex(stage) {
    return STAGES.indexOf(stage);
}
/** The stage a component is evaluated for: the next one, or production's maintenance bars once there. */
function defaultTargetStage(current) {
    if (current === 'staging' || current === 'production')
        return 'production';
    return 'staging';
}
/** The stage a promotion from `stage` goes to; null from Production. */
function nextStage(stage) {
    return stage === 'development' ? 'staging' : stage === 'staging' ? 'production' : null;
}


/***/ }),

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   PH: () => (/* binding */ mayHaveApplied),
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   Tp: () => (/* binding */ describeRequestFailure),
/* harmony export */   vO: () => (/* binding */ ReplyError),
/* harmony export */   vQ: () => (/* binding */ neverSent),
/* harmony export */   zU: () => (/* binding */ failureKind)
/* harmony export */ });
/* harmony import */ var _report_workflow_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7794);
/** GitHub API failures, classified so callers can degrade (a fork's read-only token) or explain. */

/** Failures after which the server may have done what was asked: no answer, a 5xx, a reply cut or garbled. */
const AMBIGUOUS = new Set(['timeout', 'server', 'network', 'too-large', 'malformed']);
function responseMessage(e) {
    const data = e.response?.data;
    return String((data && typeof data === 'object' ? data.message : undefined) ?? e.message ?? '');
}
function kindOf(error) {
    const e = error;
    if (e.kind === 'too-large' || e.kind === 'malformed')
        return e.kind;
    const status = e.status ?? 0;
    const headers = e.response?.headers ?? {};
    const message = responseMessage(e);
    if (e.name === 'TimeoutError' || e.name === 'AbortError' || /aborted|timeout/i.test(message))
        return 'timeout';
    if (status === 429 ||
        (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message))))
        return 'rate-limit';
    if (status === 401 || status === 403)
        return 'permission';
    if (status === 404)
        return 'not-found';
    if (status === 422 || status === 409 || status === 400)
        return 'invalid';
    if (status >= 500)
        return 'server';
    if (status === 0)
        return 'network';
    return 'other';
}
/** A request that never left this machine (refused, no such host): nothing can have been applied. */
function neverSent(error) {
    const e = error;
    const text = `${e.message ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`;
    return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(text);
}
function describeRequestFailure(error, timeoutMs) {
    const e = error;
    const kind = kindOf(error);
    if (kind === 'timeout')
        return `no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
    const message = (0,_report_workflow_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(responseMessage(e) || 'unknown error');
    if (kind === 'too-large' || kind === 'malformed')
        return message;
    return e.status ? `HTTP ${e.status} (${message})` : message;
}
class GitHubApiError extends Error {
    status;
    kind;
    mayHaveApplied;
    constructor(message, status, kind, 
    /** The request was a write that GitHub may have applied although no good answer came back. */
    mayHaveApplied = false) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.mayHaveApplied = mayHaveApplied;
        this.name = 'GitHubApiError';
    }
    static from(error, what, timeoutMs, note, write = false) {
        if (error instanceof GitHubApiError)
            return error;
        const status = error.status ?? 0;
        const kind = kindOf(error);
        const text = `${what} failed: ${describeRequestFailure(error, timeoutMs)}${note ? `; ${note}` : ''}`;
        return new GitHubApiError(text, status, kind, write && AMBIGUOUS.has(kind) && !neverSent(error));
    }
}
/** Why a reply could not be used although it arrived: too large, or not the JSON it claims to be. */
class ReplyError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'ReplyError';
    }
}
function failureKind(error) {
    return error instanceof GitHubApiError ? error.kind : kindOf(error);
}
/** The token may not write here: a fork pull request's read-only GITHUB_TOKEN, or missing `permissions:`. */
function isPermissionDenied(error) {
    return failureKind(error) === 'permission';
}
/** A write that failed in a way that leaves open whether GitHub applied it. */
function mayHaveApplied(error) {
    return error instanceof GitHubApiError && error.mayHaveApplied;
}


/***/ }),

/***/ 8586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ createOnce),
/* harmony export */   b: () => (/* binding */ keepOldest)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9430);
/**
 * The one write path for things GitHub creates with a POST (comments, issues, labels,
 * branches, pull requests, milestones). Such a POST is not idempotent: repeated after a 502
 * that came *after* GitHub applied it, it makes a second comment or issue. So the client never
 * repeats one blindly (retry.ts); here, after a failure that leaves open whether it was
 * applied, we first look for what it would have made (by its marker or body, title and
 * labels, name) and take that; only when it is not there is the create tried again.
 *
 * Overlapping runs are the other source of copies: two runs that both looked, saw nothing and
 * created. `keepOldest` makes every run converge on the oldest copy and retract the others,
 * only those written by the same account (never a person's).
 */

async function createOnce(c) {
    const attempts = c.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        try {
            return await c.create();
        }
        catch (e) {
            if (!(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(e))
                throw e;
            const found = await c.find();
            if (found !== null)
                return found;
            if (attempt >= attempts)
                throw e;
        }
    }
}
/**
 * Keeps the oldest of `copies` (by `order`) and retracts the others written by the same
 * account. Retracting one that is gone already (the run we raced did it), or that the token
 * may not touch, is not an error.
 */
async function keepOldest(copies, retract) {
    const sorted = [...copies].sort((a, b) => a.order - b.order);
    const kept = sorted[0];
    if (!kept)
        return null;
    let retracted = 0;
    for (const extra of sorted.slice(1)) {
        if (extra.author === null || extra.author !== kept.author)
            continue;
        try {
            await retract(extra, kept);
            retracted++;
        }
        catch (e) {
            if (!(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermissionDenied */ .T1)(e) &&
                !(e instanceof Error && 'kind' in e && e.kind === 'not-found'))
                throw e;
        }
    }
    return { kept, retracted };
}


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici),
/* harmony export */   withUndici: () => (/* binding */ withUndici)
/* harmony export */ });
let undici;
/** Reads undici's chunk. */
async function loadUndici() {
    undici ??= await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4371, 19));
    return undici;
}
/**
 * Imports a module that imports @actions/github, after undici: @actions/github makes its
 * default proxy agent while it loads (lib/utils.js), so undici must be there first. How the
 * GitHub client (lazy-client.ts) and the Projects client (promotion-report) are loaded.
 */
async function withUndici(load) {
    await loadUndici();
    return load();
}
function loaded(what) {
    if (!undici) {
        throw new Error(`undici's ${what} was made before undici was loaded: import what imports @actions/github through withUndici()`);
    }
    return undici;
}
/**
 * @actions/http-client makes one in `getAgentDispatcher()` when a proxy is set, synchronously,
 * while @actions/github loads and whenever octokit is made: after `withUndici()`. The
 * constructor returns undici's own instance, so callers get undici's class, not this stand-in.
 */
class ProxyAgent {
    constructor(options) {
        return new (loaded('ProxyAgent').ProxyAgent)(options);
    }
}
/** @actions/github's fetch for octokit (with the proxy's dispatcher). Async, so it loads undici itself. */
async function fetch(...args) {
    return (await loadUndici()).fetch(...args);
}


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ logLine),
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Untrusted text in the step's log. The runner reads every line of stdout that starts with
 * `::` as a workflow command (`::add-mask::`, `::stop-commands::`, `::error::`); @actions/core
 * escapes the messages of the commands it writes, but `core.info` writes text as it is. A
 * server's error text with a line break, or a URL someone wrote, could then start a command of
 * its own. Log lines built from such text go through `logLine`.
 */
/** Every line ending the runner (or a terminal) would split on. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** One log line: line breaks shown as ⏎, and a `::` that would open the line defused. */
function logLine(text) {
    return text.replace(LINE_BREAKS, ' ⏎ ').replace(/^(\s*):(?=:)/, '$1:\u200b');
}
/**
 * Untrusted text for a log line or a message: one line (a newline would let a server's message
 * start a workflow command), control characters and runs of white space as one space, and short
 * (cut at `max` characters with an ellipsis).
 */
function oneLine(text, max = 300) {
    // \p{Cc}: U+0000-U+001F and U+007F-U+009F, the control characters.
    const flat = text
        .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8351);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
