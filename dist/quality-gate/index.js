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

/***/ 2476:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _quality_gate_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7997);

await (0,_quality_gate_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7997:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    const { parseMaturityFile } = await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(117)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6117));
    return parseAt(at.abs, component, parseMaturityFile);
}
/**
 * A synchronous reader for code that looks stages up on demand (dependency walks, one
 * component's dependents): the parser is loaded once, first; each file is still read only
 * when asked for.
 */
async function maturityReader(root) {
    const { parseMaturityFile } = await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(117)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6117));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/findings/fingerprint.ts
/**
 * Fingerprints that survive line shifts: a finding is known by its tool, rule, file and the
 * text of the line it is on (white space collapsed), plus its ordinal among findings with
 * the same key in that file (two identical `import os` lines stay two findings). Inserting
 * lines above a finding, or re-indenting it, leaves its fingerprint unchanged; editing the
 * line itself makes it a new finding, as a reviewer would see it.
 *
 * A finding whose line text is unknown (no file, no line: a dependency, a file-level message)
 * uses its message instead. Fingerprints are 16 hex digits of a SHA-256; the key layout is
 * versioned (`v1`) so a later change cannot silently match old baselines.
 */

function normalizeLineText(text) {
    return text.trim().replace(/\s+/g, ' ');
}
function keyOf(f, lineText) {
    const text = f.path && f.start ? lineText(f.path, f.start.line) : undefined;
    const anchor = text !== undefined ? `line:${normalizeLineText(text)}` : `message:${normalizeLineText(f.message)}`;
    const where = f.path ?? (f.pkg ? `pkg:${f.pkg.name}@${f.pkg.version ?? ''}` : '');
    return `v1\0${f.tool}\0${f.rule}\0${where}\0${anchor}`;
}
function hash(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 16);
}
/**
 * Sets `fingerprint` on every finding (in place) and returns them. Ordinals follow the
 * position in the file (line, then column), so they do not depend on the report's order.
 */
function fingerprintFindings(findings, lineText) {
    const groups = new Map();
    for (const f of findings) {
        const key = keyOf(f, lineText);
        const g = groups.get(key);
        if (g)
            g.push(f);
        else
            groups.set(key, [f]);
    }
    for (const [key, group] of groups) {
        if (group.length > 1)
            group.sort((a, b) => (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0));
        group.forEach((f, i) => {
            f.fingerprint = hash(`${key}\0${i}`);
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/findings/locate.ts
function locateFindings(findings, resolve, inScope) {
    const resolved = new Map();
    const unmatched = new Map();
    const kept = [];
    const outside = [];
    const unresolved = [];
    for (const f of findings) {
        if (f.path === null) {
            kept.push(f); // a dependency finding: in scope wherever the report was scoped
            continue;
        }
        let r = resolved.get(f.path);
        if (!r) {
            r = resolve(f.path);
            resolved.set(f.path, r);
        }
        if (!r.found) {
            unmatched.set(f.path, (unmatched.get(f.path) ?? 0) + 1);
            unresolved.push(f);
            continue;
        }
        const located = r.path === f.path ? f : { ...f, path: r.path };
        if (inScope && !inScope(r.path))
            outside.push(located);
        else
            kept.push(located);
    }
    return {
        inScope: kept,
        outOfScope: outside.length,
        outside,
        unresolved,
        unmatched: [...unmatched]
            .map(([path, n]) => ({ path, findings: n }))
            .sort((a, b) => b.findings - a.findings || (a.path < b.path ? -1 : 1)),
    };
}

;// CONCATENATED MODULE: ./packages/findings/source-lines.ts
/**
 * Line text of repository files, for fingerprints: each file is read once, on first use,
 * and only files that have findings are read. Files that are missing, binary or too large
 * give no text (the fingerprint then falls back to the message).
 */


const MAX_FILE_BYTES = 8 * 1024 * 1024;
function checkoutLineText(root) {
    const cache = new Map();
    const load = (path) => {
        try {
            const full = (0,external_node_path_.join)(root, path);
            const size = (0,external_node_fs_.statSync)(full).size;
            if (size > MAX_FILE_BYTES)
                return null;
            const text = (0,external_node_fs_.readFileSync)(full, 'utf8');
            if (text.includes('\0'))
                return null;
            return text.split(/\r\n|\r|\n/);
        }
        catch {
            return null;
        }
    };
    return (path, line) => {
        let lines = cache.get(path);
        if (lines === undefined) {
            lines = load(path);
            cache.set(path, lines);
        }
        return lines?.[line - 1];
    };
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

;// CONCATENATED MODULE: ./packages/action-io/run-tool.ts
/**
 * Runs a checker (ruff, pyright, ESLint, tsc) and captures what it prints. These tools exit
 * non-zero when they find problems, so the exit code alone says little: a run is judged by
 * its output (see judgeToolRun), and a tool that crashed is an error, never a pass.
 *
 * Bounded: a command that runs past its time-out, or prints more than MAX_STDOUT_BYTES, is
 * stopped (its whole process group: `npx` starts the tool as a child), and the result says
 * which bound it hit; stderr keeps only its last STDERR_TAIL_BYTES. The command line is split
 * into words as @actions/exec splits it (quotes group words), and run without a shell.
 */

/** Far above any report these tools print for a repository (ruff's JSON for 100,000 findings is ~60 MB). */
const MAX_STDOUT_BYTES = 256 * 2 ** 20;
const STDERR_TAIL_BYTES = 64 * 1024;
/** The default time-out, like a step's `timeout-minutes`. */
const DEFAULT_COMMAND_TIMEOUT_MS = 15 * 60_000;
/** After SIGTERM, how long a tool gets to exit before SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** Splits a command line into words: whitespace separates, double or single quotes group, backslash escapes a quote inside double quotes. */
function splitCommandLine(line) {
    const words = [];
    let word = '';
    let quote = null;
    let started = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = null;
            else if (c === '\\' && quote === '"' && line[i + 1] === '"')
                word += line[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            started = true;
        }
        else if (/\s/.test(c)) {
            if (started)
                words.push(word);
            word = '';
            started = false;
        }
        else {
            word += c;
            started = true;
        }
    }
    if (started)
        words.push(word);
    return words;
}
async function runToolCommand(command, cwd, bounds = {}) {
    const [program, ...args] = splitCommandLine(command);
    if (!program)
        return { command, exitCode: 127, stdout: '', stderr: 'the command is empty' };
    const child = (0,external_node_child_process_namespaceObject.spawn)(program, args, {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so that stopping it stops what it started (`npx` runs the tool as a child).
        detached: process.platform !== 'win32',
    });
    const captured = new Captured(command, bounds.maxStdoutBytes ?? MAX_STDOUT_BYTES);
    return waitBounded(child, captured, bounds.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS);
}
/** What a run printed: stdout whole up to its bound, the tail of stderr; and why it was stopped, if it was. */
class Captured {
    command;
    maxStdout;
    out = [];
    outBytes = 0;
    err = Buffer.alloc(0);
    stopped;
    constructor(command, maxStdout) {
        this.command = command;
        this.maxStdout = maxStdout;
    }
    /** False (and the chunk dropped) when it takes stdout past the bound. */
    addStdout(chunk) {
        this.outBytes += chunk.length;
        if (this.outBytes > this.maxStdout)
            return false;
        this.out.push(chunk);
        return true;
    }
    addStderr(chunk) {
        this.err = Buffer.concat([this.err, chunk]);
        if (this.err.length > STDERR_TAIL_BYTES)
            this.err = this.err.subarray(this.err.length - STDERR_TAIL_BYTES);
    }
    /** The program could not be started: its error is all there is to say. */
    setStderr(text) {
        this.err = Buffer.from(text);
    }
    /** A stopped run's stdout is dropped: part of a report would be read as the whole. */
    result(exitCode) {
        return {
            command: this.command,
            exitCode,
            stdout: this.stopped ? '' : Buffer.concat(this.out).toString('utf8'),
            stderr: this.err.toString('utf8'),
            ...(this.stopped ? { stopped: this.stopped } : {}),
        };
    }
}
/**
 * Captures the child's output until it ends, stopping it (SIGTERM, then SIGKILL after a grace
 * period) at the time-out or when its stdout passes the bound. Settles once, with the exit
 * code: 127 when it could not be started, 128 when a signal ended it.
 */
function waitBounded(child, captured, timeoutMs) {
    return new Promise((resolve) => {
        let graceTimer;
        let exited = null;
        let done = false;
        const finish = (exitCode) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            clearTimeout(graceTimer);
            resolve(captured.result(exitCode));
        };
        const stop = (why) => {
            if (captured.stopped)
                return;
            captured.stopped = why;
            signal(child.pid, 'SIGTERM', () => child.kill('SIGTERM'));
            graceTimer = setTimeout(() => signal(child.pid, 'SIGKILL', () => child.kill('SIGKILL')), KILL_GRACE_MS);
            // Exited already, but something it started still holds the pipes open: do not wait for it.
            if (exited !== null)
                finish(exited);
        };
        const timer = setTimeout(() => stop(`it ran longer than ${formatDuration(timeoutMs)}`), timeoutMs);
        child.stdout.on('data', (chunk) => {
            if (captured.stopped)
                return;
            if (!captured.addStdout(chunk))
                stop(`it printed more than ${Math.round(captured.maxStdout / 2 ** 20)} MB`);
        });
        child.stderr.on('data', (chunk) => captured.addStderr(chunk));
        // The program could not be started (not installed, not on PATH).
        child.on('error', (e) => {
            captured.setStderr(e.message);
            finish(127);
        });
        child.on('exit', (code, sig) => {
            exited = code ?? (sig ? 128 : 1);
            if (captured.stopped)
                finish(exited);
        });
        child.on('close', (code, sig) => finish(code ?? (sig ? 128 : 1)));
    });
}
/** Signals the child's whole process group (where there is one), else the child. */
function signal(pid, sig, fallback) {
    try {
        if (pid !== undefined && process.platform !== 'win32')
            process.kill(-pid, sig);
        else
            fallback();
    }
    catch {
        fallback();
    }
}
function formatDuration(ms) {
    return ms >= 60_000 ? `${Math.round((ms / 60_000) * 10) / 10} min` : `${Math.round(ms / 100) / 10} s`;
}
/** The last lines of a tool's stderr, for an error message. */
function stderrTail(stderr, lines = 3) {
    const kept = stderr.trim().split(/\r?\n/).slice(-lines).join(' | ');
    return kept.length > 500 ? `…${kept.slice(-500)}` : kept;
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
;// CONCATENATED MODULE: ./packages/findings/formats/quality-shape.ts
/**
 * Shape checks shared by the JSON lint and type-check report parsers (ruff, pyright, ESLint).
 * A report that parses as JSON but has the wrong shape is refused with the element and field
 * (`[3].location.row`), what was there, and the command that makes a good report: a report we
 * cannot read is never read as "no findings".
 */

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A short, bounded rendering of a JSON value for an error message. */
function showValue(value) {
    if (value === undefined)
        return 'missing';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
/** Fails with the place in the report, the problem and the fix; one per report format. */
class ShapeCheck {
    file;
    expected;
    fix;
    constructor(file, 
    /** What the report should be: "ruff's JSON report". */
    expected, 
    /** How to make a good one. */
    fix) {
        this.file = file;
        this.expected = expected;
        this.fix = fix;
    }
    /** `where` is the element (`[3]`, '' for the top), `field` the key path in it (`location.row`); joined only on failure. */
    fail(where, field, problem) {
        const at = where && field ? `${where}.${field}` : where || field || 'the report';
        throw new core_errors/* ReportError */.$(`${at}: ${problem}, so this is not ${this.expected}`, { file: this.file, at }, this.fix);
    }
    string(value, where, field) {
        if (typeof value !== 'string')
            this.fail(where, field, `expected a string, found ${showValue(value)}`);
        return value;
    }
    optionalString(value, where, field) {
        return value === undefined || value === null ? undefined : this.string(value, where, field);
    }
    array(value, where, field) {
        if (!Array.isArray(value))
            this.fail(where, field, `expected an array, found ${showValue(value)}`);
        return value;
    }
    record(value, where, field) {
        if (!isRecord(value))
            this.fail(where, field, `expected an object, found ${showValue(value)}`);
        return value;
    }
    count(value, where, field) {
        if (!Number.isInteger(value) || value < 0)
            this.fail(where, field, `expected a whole number, found ${showValue(value)}`);
        return value;
    }
    optionalCount(value, where, field) {
        return value === undefined || value === null ? undefined : this.count(value, where, field);
    }
    /**
     * A 1-based position from a line and a column already 1-based (`base` 1) or 0-based
     * (`base` 0). No line: no position. A column below 1 after conversion (ESLint with the
     * typescript-eslint parser writes 0 on parse errors) is left out rather than invented.
     */
    position(line, column, where, field, base) {
        if (line === undefined || line === null)
            return undefined;
        if (!Number.isInteger(line))
            this.fail(where, field, `the line must be a whole number, found ${showValue(line)}`);
        const oneBasedLine = line + 1 - base;
        if (oneBasedLine < 1)
            return undefined; // ESLint's file-level messages have line 0
        if (column === undefined || column === null)
            return { line: oneBasedLine };
        if (!Number.isInteger(column))
            this.fail(where, field, `the column must be a whole number, found ${showValue(column)}`);
        const oneBasedColumn = column + 1 - base;
        return oneBasedColumn >= 1 ? { line: oneBasedLine, column: oneBasedColumn } : { line: oneBasedLine };
    }
}
const QUALITY_FORMATS = (/* unused pure expression or super */ null && (['ruff', 'pyright', 'eslint', 'tsc']));
/** What each report is called in messages, and the command that makes a good one. */
const QUALITY_REPORTS = {
    ruff: { name: "ruff's JSON report", command: 'ruff check --output-format json --output-file ruff.json' },
    pyright: { name: "pyright's --outputjson report", command: 'pyright --outputjson > pyright.json' },
    eslint: { name: "ESLint's JSON report", command: 'eslint --format json --output-file eslint.json' },
    tsc: { name: "tsc's output", command: 'tsc --noEmit --pretty false > tsc.txt' },
};
/** The fix text for a report that is not what `format` needs. */
function makeReportFix(format) {
    return `Make ${QUALITY_REPORTS[format].name} with \`${QUALITY_REPORTS[format].command}\`.`;
}
function shapeCheck(file, format) {
    return new ShapeCheck(file, QUALITY_REPORTS[format].name, makeReportFix(format));
}

;// CONCATENATED MODULE: ./packages/findings/formats/eslint.ts

const ESLINT_PARSE_ERROR_RULE = 'eslint-parse-error';
const ESLINT_FILE_MESSAGE_RULE = 'eslint';
/** True when `doc` looks like ESLint's JSON: an array of `{filePath, messages}`. */
function isEslintJson(doc) {
    if (!Array.isArray(doc) || doc.length === 0)
        return false;
    const first = doc[0];
    return isRecord(first) && 'filePath' in first && 'messages' in first;
}
/** True when `doc` looks like `--format json-with-metadata`. */
function isEslintJsonWithMetadata(doc) {
    return (isRecord(doc) &&
        Array.isArray(doc.results) &&
        isRecord(doc.metadata) &&
        (doc.results.length === 0 || isEslintJson(doc.results)));
}
function ruleUrls(doc) {
    const urls = new Map();
    const meta = isRecord(doc) && isRecord(doc.metadata) && isRecord(doc.metadata.rulesMeta) ? doc.metadata.rulesMeta : {};
    for (const [rule, m] of Object.entries(meta)) {
        const url = isRecord(m) && isRecord(m.docs) ? m.docs.url : undefined;
        if (typeof url === 'string' && url)
            urls.set(rule, url);
    }
    return urls;
}
function toFinding(entry, path, where, check, urls) {
    const m = check.record(entry, where, '');
    const severity = m.severity;
    if (severity !== 1 && severity !== 2)
        check.fail(where, 'severity', `expected 1 (warning) or 2 (error), found ${showValue(severity)}`);
    const ruleId = check.optionalString(m.ruleId, where, 'ruleId');
    const rule = ruleId || (m.fatal === true ? ESLINT_PARSE_ERROR_RULE : ESLINT_FILE_MESSAGE_RULE);
    const finding = {
        tool: 'eslint',
        rule,
        level: severity === 2 ? 'error' : 'warning',
        message: check.string(m.message, where, 'message'),
        path,
    };
    const start = check.position(m.line, m.column, where, 'line', 1);
    if (start)
        finding.start = start;
    const end = check.position(m.endLine, m.endColumn, where, 'endLine', 1);
    if (end)
        finding.end = end;
    const url = urls.get(rule);
    if (url)
        finding.url = url;
    return finding;
}
/** Parses ESLint's JSON report or json-with-metadata (already parsed JSON); `file` names it in errors. */
function fromEslintJson(doc, file) {
    const check = shapeCheck(file, 'eslint');
    const results = check.array(isEslintJsonWithMetadata(doc) ? doc.results : doc, '', '');
    const urls = ruleUrls(doc);
    const findings = [];
    let errors = 0;
    let warnings = 0;
    let suppressed = 0;
    for (let i = 0; i < results.length; i++) {
        const where = `[${i}]`;
        const r = check.record(results[i], where, '');
        const path = check.string(r.filePath, where, 'filePath');
        const messages = check.array(r.messages, where, 'messages');
        for (let j = 0; j < messages.length; j++)
            findings.push(toFinding(messages[j], path, `${where}.messages[${j}]`, check, urls));
        errors += check.count(r.errorCount, where, 'errorCount');
        warnings += check.count(r.warningCount, where, 'warningCount');
        if (r.suppressedMessages !== undefined)
            suppressed += check.array(r.suppressedMessages, where, 'suppressedMessages').length;
    }
    const report = {
        tool: 'eslint',
        file,
        findings,
        summary: { errors, warnings, files: results.length },
    };
    if (suppressed > 0)
        report.excluded = [{ reason: 'turned off by eslint-disable comments in the source', count: suppressed }];
    return report;
}

;// CONCATENATED MODULE: ./packages/findings/formats/pyright.ts

/** The rule of a diagnostic pyright gives no rule. */
const PYRIGHT_UNRULED = 'pyright';
const pyright_LEVELS = { error: 'error', warning: 'warning', information: 'note' };
/** True when `doc` looks like pyright's --outputjson (an object with `generalDiagnostics`). */
function isPyrightJson(doc) {
    return isRecord(doc) && Array.isArray(doc.generalDiagnostics);
}
function pyright_toFinding(entry, where, check) {
    const d = check.record(entry, where, '');
    const severity = check.string(d.severity, where, 'severity');
    const level = pyright_LEVELS[severity];
    if (!level)
        check.fail(where, 'severity', `expected "error", "warning" or "information", found ${showValue(severity)}`);
    const file = check.optionalString(d.file, where, 'file');
    const finding = {
        tool: 'pyright',
        rule: check.optionalString(d.rule, where, 'rule') || PYRIGHT_UNRULED,
        level,
        message: check.string(d.message, where, 'message'),
        path: file ? file : null,
    };
    if (d.range !== undefined && d.range !== null) {
        const range = check.record(d.range, where, 'range');
        const start = lspPosition(range.start, where, 'range.start', check);
        if (start)
            finding.start = start;
        const end = lspPosition(range.end, where, 'range.end', check);
        if (end)
            finding.end = end;
    }
    return finding;
}
function lspPosition(value, where, field, check) {
    if (value === undefined || value === null)
        return undefined;
    const p = check.record(value, where, field);
    return check.position(p.line, p.character, where, field, 0);
}
/** Parses pyright's --outputjson report (already parsed JSON); `file` names it in errors. */
function fromPyrightJson(doc, file) {
    const check = shapeCheck(file, 'pyright');
    const root = check.record(doc, '', '');
    const entries = check.array(root.generalDiagnostics, '', 'generalDiagnostics');
    const findings = new Array(entries.length);
    for (let i = 0; i < entries.length; i++)
        findings[i] = pyright_toFinding(entries[i], `generalDiagnostics[${i}]`, check);
    const report = { tool: 'pyright', file, findings };
    const version = check.optionalString(root.version, '', 'version');
    if (version)
        report.version = version;
    if (root.summary !== undefined && root.summary !== null) {
        const s = check.record(root.summary, '', 'summary');
        const summary = {};
        const errors = check.optionalCount(s.errorCount, 'summary', 'errorCount');
        if (errors !== undefined)
            summary.errors = errors;
        const warnings = check.optionalCount(s.warningCount, 'summary', 'warningCount');
        if (warnings !== undefined)
            summary.warnings = warnings;
        const notes = check.optionalCount(s.informationCount, 'summary', 'informationCount');
        if (notes !== undefined)
            summary.notes = notes;
        const files = check.optionalCount(s.filesAnalyzed, 'summary', 'filesAnalyzed');
        if (files !== undefined)
            summary.files = files;
        report.summary = summary;
    }
    return report;
}

;// CONCATENATED MODULE: ./packages/findings/formats/ruff.ts

const RUFF_SYNTAX_ERROR_RULE = 'invalid-syntax';
const SEVERITY_LEVELS = {
    error: 'error',
    fatal: 'error',
    warning: 'warning',
    info: 'note',
    information: 'note',
    note: 'note',
    hint: 'note',
    help: 'note',
};
/** True when `doc` looks like ruff's JSON (an array of objects with `filename` and `message`). */
function isRuffJson(doc) {
    if (!Array.isArray(doc) || doc.length === 0)
        return false;
    const first = doc[0];
    return isRecord(first) && 'filename' in first && 'message' in first && ('code' in first || 'location' in first);
}
function levelOf(severity) {
    return severity === undefined ? 'error' : (SEVERITY_LEVELS[severity.toLowerCase()] ?? 'error');
}
function ruff_toFinding(entry, where, check) {
    const d = check.record(entry, where, '');
    const code = check.optionalString(d.code, where, 'code');
    const name = check.optionalString(d.name, where, 'name');
    const message = check.string(d.message, where, 'message');
    const path = check.optionalString(d.filename, where, 'filename');
    // No code: a syntax error (older ruff: no name either) or, in the newer shape, its name.
    const rule = code || name || RUFF_SYNTAX_ERROR_RULE;
    const finding = {
        tool: 'ruff',
        rule,
        level: levelOf(check.optionalString(d.severity, where, 'severity')),
        message: typeof d.cell === 'number' ? `${message} (notebook cell ${d.cell})` : message,
        path: path === undefined || path === '' ? null : path,
    };
    if (name !== undefined && name !== rule)
        finding.ruleName = name;
    const start = positionOf(d.location, where, 'location', check);
    if (start)
        finding.start = start;
    const end = positionOf(d.end_location, where, 'end_location', check);
    if (end)
        finding.end = end;
    const url = check.optionalString(d.url, where, 'url');
    if (url)
        finding.url = url;
    return finding;
}
function positionOf(value, where, field, check) {
    if (value === undefined || value === null)
        return undefined;
    const l = check.record(value, where, field);
    return check.position(l.row, l.column, where, field, 1);
}
/** Parses ruff's JSON report (already parsed JSON); `file` names it in errors. */
function fromRuffJson(doc, file) {
    const check = shapeCheck(file, 'ruff');
    const entries = check.array(doc, '', '');
    const findings = new Array(entries.length);
    for (let i = 0; i < entries.length; i++)
        findings[i] = ruff_toFinding(entries[i], `[${i}]`, check);
    return { tool: 'ruff', file, findings };
}

;// CONCATENATED MODULE: ./packages/findings/formats/tsc.ts
/**
 * The text tsc prints with `--pretty false` (tsc 5.9): one diagnostic per line,
 *   path(line,col): error TS2322: message
 *   error TS2688: message                       (no file: options, tsconfig, type libraries)
 * and an elaborated message continues on the next lines, indented by two spaces per level;
 * those lines are kept, joined to the message with newlines. Lines and columns are 1-based.
 * Categories: error -> error, warning -> warning, message -> note.
 *
 * tsc prints nothing at all when it finds nothing, so empty text is a clean run. Only --pretty
 * (and watch mode) adds "Found N errors in M files."; that line, when present, becomes the
 * summary. Anything else, pretty output included, is refused with the line it is on: text
 * that is not tsc's is never read as "no errors".
 */


const tsc_LEVELS = { error: 'error', warning: 'warning', message: 'note' };
/** `(12,5): error TS2322: ` after the path; unanchored, so each line is scanned once. */
const LOCATED = /\((\d+),(\d+)\): (error|warning|message) TS(\d+): /;
/** `error TS2688: ` at the start of a line: a diagnostic without a file. */
const UNLOCATED = /^(error|warning|message) TS(\d+): /;
/** `Found 4 errors in 3 files.`, `Found 1 error.`, `Found 2 errors in the same file, starting at: a.ts:3` */
const FOUND = /^Found (\d+) errors?\b/;
/** `a.ts:12:5 - error TS2322: ` (--pretty), after the colours are gone. */
const PRETTY = /^\S.*:\d+:\d+ - (error|warning|message) TS\d+: /;
/** True when `text` has a first meaningful line that tsc --pretty false would print. */
function looksLikeTscOutput(text) {
    const first = firstLine(text);
    return first !== undefined && (UNLOCATED.test(first) || (LOCATED.test(first) && !first.startsWith(' ')));
}
/** True when `text` looks like tsc's --pretty output (colours, `file:line:col - error TS`). */
function looksLikeTscPretty(text) {
    const first = firstLine(text);
    return first !== undefined && PRETTY.test(stripColours(first));
}
function firstLine(text) {
    const start = text.search(/\S/);
    if (start < 0)
        return undefined;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    return text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
}
function stripColours(line) {
    // eslint-disable-next-line no-control-regex -- ANSI colour codes are what is removed
    return line.includes('\u001b') ? line.replace(/\u001b\[[0-9;]*m/g, '') : line;
}
/** Parses `tsc --noEmit --pretty false` output; `file` names it in errors. */
function parseTscText(text, file) {
    const findings = [];
    const continuation = [];
    let summary;
    const flush = () => {
        const last = findings[findings.length - 1];
        if (last && continuation.length)
            last.message += `\n${continuation.join('\n')}`;
        continuation.length = 0;
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line.trim() === '')
            continue;
        if (line.startsWith(' ')) {
            // Continues the diagnostic above; with none above (or after the total), it is not tsc's.
            if (!findings.length || summary)
                throw notTscOutput(line, i + 1, file);
            continuation.push(line);
            continue;
        }
        flush();
        const unlocated = UNLOCATED.exec(line);
        if (unlocated) {
            findings.push({
                tool: 'tsc',
                rule: `TS${unlocated[2]}`,
                level: tsc_LEVELS[unlocated[1]],
                message: line.slice(unlocated[0].length),
                path: null,
            });
            continue;
        }
        const located = LOCATED.exec(line);
        if (located && located.index > 0 && !summary) {
            findings.push({
                tool: 'tsc',
                rule: `TS${located[4]}`,
                level: tsc_LEVELS[located[3]],
                message: line.slice(located.index + located[0].length),
                path: line.slice(0, located.index),
                start: { line: Number(located[1]), column: Number(located[2]) },
            });
            continue;
        }
        const found = FOUND.exec(line);
        if (found && !summary) {
            summary = { errors: Number(found[1]) };
            continue;
        }
        throw notTscOutput(line, i + 1, file);
    }
    flush();
    const report = { tool: 'tsc', file, findings };
    if (summary)
        report.summary = summary;
    return report;
}
function notTscOutput(line, lineNumber, file) {
    const plain = stripColours(line);
    // Not quoted: a file passed here by mistake (a .env) may hold secrets.
    const why = PRETTY.test(plain)
        ? "this is tsc's --pretty output, which is not read: its layout is for people"
        : 'this line is not one tsc --pretty false prints (file(line,col): error TSnnnn: message)';
    return new core_errors/* ReportError */.$(why, { file, line: lineNumber, column: 1 }, makeReportFix('tsc'));
}

;// CONCATENATED MODULE: ./packages/findings/formats/quality-report.ts
/**
 * Reads a lint or type-check report (ruff JSON, pyright --outputjson, ESLint JSON, tsc
 * --pretty false text), telling the format from the content. Given the format the user said
 * (the input the file was passed to), a report of anything else is refused with what it is
 * and the command that makes the right one: pyright's JSON given as ruff's report, a coverage
 * report, an empty or truncated file, text printed before the JSON. Nothing is ever read as
 * "no findings" unless it is a report that says so.
 */









/** The tool of an empty JSON array read without an expected format: ruff and ESLint both print `[]`. */
const EMPTY_ARRAY_TOOL = 'ruff or eslint';
const ANY_FIX = `Give ruff's JSON (\`${QUALITY_REPORTS.ruff.command}\`), pyright's (\`${QUALITY_REPORTS.pyright.command}\`), ESLint's (\`${QUALITY_REPORTS.eslint.command}\`) or tsc's output (\`${QUALITY_REPORTS.tsc.command}\`).`;
/**
 * Parses a report whose text is `text`; `file` names it in the result and in errors.
 * With `expected`, anything but that tool's report is refused, naming what it is instead.
 */
function parseQualityReport(text, file, expected) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        // tsc prints nothing when it finds nothing; every other tool prints a document.
        if (expected === 'tsc')
            return { tool: 'tsc', file, findings: [] };
        const what = text.length === 0 ? 'the report is empty (0 bytes)' : 'the report is empty (only white space)';
        const fix = expected
            ? `${expected} always writes a report, even with no findings: check that it ran and that its output went to this file. ${makeReportFix(expected)}`
            : `Check that the tool ran and that its output went to this file. ${ANY_FIX}`;
        throw new core_errors/* ReportError */.$(what, { file }, fix);
    }
    const found = identify(text, file, expected);
    if (found.format === null) {
        if (found.emptyArray && (expected === 'ruff' || expected === 'eslint'))
            return { tool: expected, file, findings: [] };
        if (found.emptyArray && !expected)
            return { tool: EMPTY_ARRAY_TOOL, file, findings: [] };
        if (expected === 'tsc' && (found.what === TEXT || found.what === TSC_PRETTY))
            return parseTscText(text, file); // refuses it with the line
        const fix = expected ? makeReportFix(expected) : ANY_FIX;
        throw new core_errors/* ReportError */.$(expected
            ? `this is ${found.what}, not ${QUALITY_REPORTS[expected].name}`
            : `this is ${found.what}, not a lint or type-check report`, { file }, found.hint ? `${found.hint} ${fix}` : fix);
    }
    if (expected && found.format !== expected) {
        throw new core_errors/* ReportError */.$(`this is ${QUALITY_REPORTS[found.format].name}, not ${QUALITY_REPORTS[expected].name}`, { file }, `${makeReportFix(expected)} This file is ${found.format}'s: give it as the ${found.format} report.`);
    }
    switch (found.format) {
        case 'ruff':
            return fromRuffJson(found.doc, file);
        case 'pyright':
            return fromPyrightJson(found.doc, file);
        case 'eslint':
            return fromEslintJson(found.doc, file);
        case 'tsc':
            return parseTscText(text, file);
    }
}
/** Reads and parses a report file; `shown` is how the file is named in errors (default: `path`). */
async function readQualityReport(path, expected, shown = path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT') {
            throw new core_errors/* ConfigurationError */.j('the report file does not exist', { file: shown }, 'Check the path, and that the step writing the report ran before this one.');
        }
        if (code === 'EISDIR')
            throw new core_errors/* ConfigurationError */.j('is a directory, not a report file', { file: shown }, 'Give the report file itself.');
        throw new core_errors/* ConfigurationError */.j(`the report file cannot be read (${code ?? e.message})`, { file: shown });
    }
    return parseQualityReport(text, shown, expected);
}
/** The description of plain text that no rule recognised. */
const TEXT = 'text that is no known report';
const TSC_PRETTY = "tsc's --pretty output";
function identify(text, file, expected) {
    const head = text.slice(0, 8192);
    if (head.includes('\u0000') || countOf(head, '\ufffd') > 8)
        return { format: null, what: 'binary data' };
    const start = nextNonSpace(head, 0);
    const first = head[start];
    // A tsc line can start with `[` too: `[slug].ts(3,5): error TS2322: ...`.
    if (first === '[' && /[^\s{}[\]"\d-]/.test(head[start + 1] ?? '') && looksLikeTscOutput(head))
        return { format: 'tsc' };
    if (first === '[' || first === '{') {
        const lines = jsonLines(text);
        if (lines)
            return { format: null, what: `JSON Lines (one object a line${lines})` };
        return identifyJson(parseJson(text, file, expected));
    }
    if (first === '<')
        return { format: null, what: `an XML document (${xmlRoot(head)})` };
    const scalar = jsonScalar(head, text.length);
    if (scalar.is)
        return { format: null, what: describeOtherJson(scalar.value) };
    if (looksLikeTscOutput(text))
        return { format: 'tsc' };
    if (looksLikeTscPretty(text))
        return { format: null, what: TSC_PRETTY };
    return identifyText(head) ?? { format: null, what: TEXT };
}
function identifyJson(doc) {
    if (isPyrightJson(doc))
        return { format: 'pyright', doc };
    if (isEslintJson(doc) || isEslintJsonWithMetadata(doc))
        return { format: 'eslint', doc };
    if (isRuffJson(doc))
        return { format: 'ruff', doc };
    if (Array.isArray(doc) && doc.length === 0)
        return { format: null, what: 'an empty JSON array', emptyArray: true };
    return { format: null, what: describeOtherJson(doc) };
}
/** Known JSON documents that are not ours, by shape. */
function describeOtherJson(doc) {
    if (doc === null)
        return 'JSON null';
    if (Array.isArray(doc)) {
        const item = doc[0];
        if (isRecord(item) && 'check_name' in item && 'fingerprint' in item)
            return 'a GitLab Code Quality report (`--output-format gitlab`)';
        return isRecord(item)
            ? `a JSON array of objects with keys ${keyList(item)}`
            : `a JSON array of ${item === null ? 'null' : typeof item}s`;
    }
    if (!isRecord(doc))
        return `a JSON ${typeof doc}`;
    if (isRecord(doc.meta) && isRecord(doc.files) && 'totals' in doc)
        return "coverage.py's JSON coverage report (`coverage json`)";
    if (isRecord(doc.total) && isRecord(doc.total.lines))
        return 'an Istanbul coverage-summary.json';
    const firstValue = Object.values(doc)[0];
    if (isRecord(firstValue) && 'statementMap' in firstValue)
        return 'an Istanbul coverage-final.json';
    if (Array.isArray(doc.runs) && ('version' in doc || '$schema' in doc))
        return 'a SARIF log (`--output-format sarif`)';
    if (Array.isArray(doc.results) && isRecord(doc.metrics))
        return "bandit's JSON report";
    const keys = Object.keys(doc);
    return keys.length ? `a JSON object with keys ${keyList(doc)}` : 'an empty JSON object';
}
/** Other tools' text output, and text printed before a JSON report. */
function identifyText(head) {
    const lines = head.split('\n', 200).map((l) => l.replace(/\r$/, ''));
    const jsonAt = lines.findIndex((l) => l.startsWith('{') || l.startsWith('['));
    if (jsonAt > 0) {
        const before = lines.slice(0, jsonAt).find((l) => l.trim() !== '') ?? '';
        return {
            format: null,
            what: `text followed by JSON on line ${jsonAt + 1} (it starts with "${clip(before.trim())}")`,
            hint: "Write only the tool's standard output to the report file (no `2>&1`; `npm run --silent` for npm scripts).",
        };
    }
    for (const line of lines) {
        if (/^\s+\S.*:\d+:\d+ - (error|warning|information): /.test(line) ||
            /^\d+ errors?, \d+ warnings?, \d+ informations?/.test(line)) {
            return { format: null, what: "pyright's text output (it needs --outputjson)" };
        }
        if (/^\S.*:\d+:\d+: [A-Z]+\d+ /.test(line) || /^Found \d+ errors?\.$/.test(line) || line === 'All checks passed!') {
            return { format: null, what: "ruff's text output (it needs --output-format json)" };
        }
        if (/^\s+\d+:\d+\s+(error|warning)\s+\S/.test(line) || /^✖ \d+ problems? \(/.test(line)) {
            return { format: null, what: "ESLint's stylish text output (it needs --format json)" };
        }
    }
    return undefined;
}
/** When the text is JSON Lines (ruff `--output-format json-lines`), what its first line holds. */
function jsonLines(text) {
    const start = nextNonSpace(text, 0);
    const end = text.indexOf('\n', start);
    if (end < 0 || text[nextNonSpace(text, end)] !== '{')
        return undefined;
    const line = text.slice(start, end).trim();
    if (!line.startsWith('{') || !line.endsWith('}'))
        return undefined;
    try {
        const doc = JSON.parse(line);
        return isRecord(doc) ? `, keys ${keyList(doc)}` : '';
    }
    catch {
        return undefined;
    }
}
/** A short text that is a JSON scalar (`null`, `42`, `"x"`, `true`): not a report, but say what it is. */
function jsonScalar(head, length) {
    if (length > 200 || !/^\s*(null|true|false|-?\d|")/.test(head))
        return { is: false };
    try {
        return { is: true, value: JSON.parse(head) };
    }
    catch {
        return { is: false };
    }
}
/** Native JSON.parse, with the place and reason of a failure (core/json-text.ts) and the command to rerun. */
function parseJson(text, file, expected) {
    try {
        return parseJsonText(text, file);
    }
    catch (e) {
        if (!(e instanceof core_errors/* ReportError */.$))
            throw e;
        throw new core_errors/* ReportError */.$(e.message, e.place, expected ? `Regenerate it. ${makeReportFix(expected)}` : `Regenerate it. ${ANY_FIX}`);
    }
}
function xmlRoot(head) {
    const root = /<([A-Za-z_][\w:.-]*)/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
    return root ? `<${root[1]}>` : 'no root element';
}
function keyList(o) {
    const keys = Object.keys(o);
    return (keys
        .slice(0, 5)
        .map((k) => `"${k}"`)
        .join(', ') + (keys.length > 5 ? ', ...' : ''));
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function nextNonSpace(text, from) {
    let i = from;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i;
}
function countOf(s, ch) {
    let n = 0;
    for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./actions/quality-gate/collect.ts
/**
 * quality-gate's edge: reads the tools' reports (or runs the tools), the baseline, the
 * component's Python sources and the repository files the evidence checks look at. Only
 * plain data leaves this file; the judging is in quality-gate.ts.
 */













/** Exit codes that mean "ran and reported" (the others mean it crashed or was misused). */
const REPORTING_EXIT_CODES = {
    ruff: [0, 1],
    eslint: [0, 1],
    pyright: [0, 1],
    tsc: [0, 1, 2],
};
function levelCounts(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        c[f.level]++;
    return c;
}
function toolRun(tool, source, kind, report, error) {
    return {
        tool,
        source,
        kind,
        error,
        reportCounts: report ? levelCounts(report.findings) : { error: 0, warning: 0, note: 0 },
        ...(report?.summary
            ? {
                toolSummary: {
                    errors: report.summary.errors,
                    warnings: report.summary.warnings,
                    notes: report.summary.notes,
                },
            }
            : {}),
        ...(report?.version ? { version: report.version } : {}),
    };
}
async function fromCommand(tool, command, root, timeoutMs) {
    const out = await runToolCommand(command, root, { timeoutMs });
    const fail = (why) => ({ run: toolRun(tool, command, 'command', null, why), findings: [] });
    if (out.stopped)
        return fail(`was stopped: ${out.stopped}${out.stderr.trim() ? `; it said: ${stderrTail(out.stderr)}` : ''}. Raise \`command-timeout-minutes\`, or run the tool in an earlier step and pass its report`);
    if (out.exitCode === 127 && !out.stdout)
        return fail(`could not be started (${stderrTail(out.stderr)}); install it in an earlier step`);
    let report;
    try {
        report = parseQualityReport(out.stdout, `the output of \`${command}\``, tool);
    }
    catch (e) {
        const why = e instanceof core_errors/* ReportError */.$ ? e.message : e.message;
        return fail(`exited with ${out.exitCode} without printing its report (${why})${out.stderr.trim() ? `; it said: ${stderrTail(out.stderr)}` : ''}`);
    }
    if (!REPORTING_EXIT_CODES[tool].includes(out.exitCode) ||
        (out.exitCode !== 0 && report.findings.length === 0 && tool !== 'tsc')) {
        return fail(`exited with ${out.exitCode}, which means it did not finish${out.stderr.trim() ? `: ${stderrTail(out.stderr)}` : ''}`);
    }
    return { run: toolRun(tool, command, 'command', report, null), findings: report.findings };
}
/** Reads every report and runs every command; a bad report file is a ConfigurationError. */
async function collectFindings(tools, root, commandTimeoutMs) {
    const runs = [];
    const findings = [];
    for (const t of tools) {
        if (t.command) {
            const r = await fromCommand(t.tool, t.command, root, commandTimeoutMs);
            runs.push(r.run);
            findings.push(...r.findings);
            continue;
        }
        for (const file of await (0,report_files/* expandReportGlobs */.Cz)(t.reports, root, `input ${t.tool}-report`)) {
            const shown = (0,report_files/* displayPath */.Gt)(file, root);
            const report = await readQualityReport(file, t.tool, shown);
            runs.push(toolRun(t.tool, shown, 'report', report, null));
            for (const f of report.findings)
                findings.push(f);
        }
    }
    return { runs, findings };
}
/** Line text of files at a git revision (the base of a pull request), for baseline fingerprints. */
function gitLineText(root, ref) {
    try {
        (0,external_node_child_process_namespaceObject.execFileSync)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
    }
    catch {
        return null;
    }
    const cache = new Map();
    return (path, line) => {
        let lines = cache.get(path);
        if (lines === undefined) {
            try {
                lines = (0,external_node_child_process_namespaceObject.execFileSync)('git', ['show', `${ref}:${path}`], {
                    cwd: root,
                    maxBuffer: 64 * 1024 * 1024,
                    stdio: ['ignore', 'pipe', 'ignore'],
                })
                    .toString('utf8')
                    .split(/\r\n|\r|\n/);
            }
            catch {
                lines = null;
            }
            cache.set(path, lines);
        }
        return lines?.[line - 1];
    };
}
/**
 * The fingerprints of the baseline: from earlier quality-gate results (their `fingerprints`),
 * or from the base branch's tool reports, fingerprinted against the base commit's files.
 */
async function readBaseline(b, log) {
    const files = await (0,report_files/* expandReportGlobs */.Cz)(b.patterns, b.root, 'input baseline');
    const fingerprints = [];
    const reports = [];
    for (const file of files) {
        const shown = (0,report_files/* displayPath */.Gt)(file, b.root);
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const trimmed = text.trimStart();
        if (trimmed.startsWith('{') && trimmed.includes(gate_result/* RESULT_KIND */.j_)) {
            const doc = parseJsonText(text, shown);
            if (doc.kind === gate_result/* RESULT_KIND */.j_) {
                const fps = doc.data?.fingerprints;
                if (doc.gate !== 'quality-gate') {
                    throw new core_errors/* ReportError */.$(`is a ${doc.gate ?? 'gate'} result, not a quality-gate result`, { file: shown }, "Give the result-file of an earlier quality-gate run, or the base branch's tool reports.");
                }
                if (!Array.isArray(fps)) {
                    throw new core_errors/* ReportError */.$('is a quality-gate result without the fingerprints of its findings (data.fingerprints)', { file: shown, at: 'data.fingerprints' }, "Give the result-file of a quality-gate run of this version, or the base branch's tool reports.");
                }
                if (b.component && doc.component !== b.component)
                    log.warning(`the baseline ${shown} is for component ${doc.component ?? '(whole report)'}, not ${b.component}`);
                for (const f of fps)
                    if (typeof f === 'string')
                        fingerprints.push(f);
                continue;
            }
        }
        const report = parseQualityReport(text, shown);
        reports.push(...locateFindings(report.findings, b.resolve, b.inScope).inScope);
    }
    if (reports.length) {
        let lineText = b.ref ? gitLineText(b.root, b.ref) : null;
        if (!lineText) {
            log.warning(b.ref
                ? `the baseline commit ${b.ref} is not in the checkout (use fetch-depth: 0): baseline findings are matched against the current files, so findings on shifted lines may count as new`
                : 'no baseline-ref (and not a pull request): baseline findings are matched against the current files');
            lineText = b.checkoutText;
        }
        fingerprints.push(...fingerprintFindings(reports, lineText).map((f) => f.fingerprint));
    }
    return { source: files.map((f) => (0,report_files/* displayPath */.Gt)(f, b.root)).join(', '), fingerprints };
}
/**
 * What a pull request's findings are compared with: the default branch's quality-gate result for
 * the component (a folder or globs of result files: the workflow's downloaded artifact), else the
 * base branch's tool reports given as files. None yet (the first runs on a repository): null,
 * with a note, and the changed lines decide what is new.
 */
async function changeBaseline(patterns, log, b) {
    if (patterns.length === 0)
        return null;
    const found = await findBaseline(patterns, b.root, 'quality-gate', b.component);
    if (found.baseline) {
        const fps = found.baseline.result.data.fingerprints;
        return {
            source: found.baseline.file,
            fingerprints: Array.isArray(fps) ? fps.filter((f) => typeof f === 'string') : [],
        };
    }
    const reports = patterns.filter((p) => !(0,external_node_fs_.statSync)((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(b.root, p), { throwIfNoEntry: false })?.isDirectory());
    if (reports.length === 0 || found.notes.some((n) => n.startsWith('no baseline results'))) {
        for (const note of found.notes)
            log.warning(note);
        return null;
    }
    return readBaseline({ ...b, patterns: reports }, log);
}
/** A RepoReader over the checkout (files up to 2 MB are read). */
function checkoutReader(root, checkout) {
    return {
        list: () => checkout.list(),
        read(path) {
            try {
                const full = (0,external_node_path_.join)(root, path);
                if ((0,external_node_fs_.statSync)(full).size > 2 * 1024 * 1024)
                    return undefined;
                return (0,external_node_fs_.readFileSync)(full, 'utf8');
            }
            catch {
                return undefined;
            }
        },
    };
}
/**
 * Docstring coverage of the component's Python files; null when it has none. The Python
 * parser (@lezer/python) is loaded only when there are files to parse.
 */
async function measureComponentDocstrings(component, repo) {
    const inScope = compileGlobs(component.paths);
    const files = repo.list().filter((f) => f.endsWith('.py') && inScope(f));
    if (files.length === 0)
        return null;
    const sources = files.flatMap((path) => {
        const source = repo.read(path);
        return source === undefined ? [] : [{ path, source }];
    });
    const { measureDocstrings } = await Promise.all(/* import() */[__nccwpck_require__.e(283), __nccwpck_require__.e(816)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6816));
    const m = measureDocstrings(sources);
    return {
        total: m.total,
        documented: m.documented,
        missing: m.missing.map((e) => ({ path: e.path, name: e.name, kind: e.kind, line: e.line })),
        files: sources.length,
        syntaxErrors: m.syntaxErrors.map((s) => ({ path: s.path, line: s.line })),
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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

;// CONCATENATED MODULE: ./actions/quality-gate/inputs.ts
/** quality-gate's inputs, read once into a typed object. */





const TOOL_INPUTS = [
    { tool: 'ruff', report: QualityGateInputs.RuffReport, command: QualityGateInputs.RuffCommand },
    { tool: 'eslint', report: QualityGateInputs.EslintReport, command: QualityGateInputs.EslintCommand },
    { tool: 'pyright', report: QualityGateInputs.PyrightReport, command: QualityGateInputs.PyrightCommand },
    { tool: 'tsc', report: QualityGateInputs.TscReport, command: QualityGateInputs.TscCommand },
];
function parseInputs() {
    const tools = TOOL_INPUTS.map(({ tool, report, command }) => ({
        tool,
        reports: listInput(report),
        command: optionalInput(command),
    }));
    for (const t of tools) {
        if (t.reports.length && t.command) {
            throw new core_errors/* ConfigurationError */.j(`both a ${t.tool} report and a ${t.tool} command are given`, { at: `inputs ${t.tool}-report and ${t.tool}-command` }, 'Give the report file, or the command that prints it, not both.');
        }
    }
    return {
        ...readCommonInputs(),
        tools: tools.filter((t) => t.reports.length || t.command),
        ...readChangeInputs(),
        baselineRef: optionalInput(QualityGateInputs.BaselineRef),
        docstrings: booleanInput(QualityGateInputs.Docstrings, true),
        pathMap: pathMapInput(QualityGateInputs.PathMap),
        commandTimeoutMs: (numberInput(QualityGateInputs.CommandTimeoutMinutes, { min: 0.01, max: 360 }) ??
            DEFAULT_COMMAND_TIMEOUT_MS / 60_000) * 60_000,
    };
}

// EXTERNAL MODULE: ./packages/coverage/totals.ts
var totals = __nccwpck_require__(2382);
;// CONCATENATED MODULE: ./packages/evidence/evidence-kinds.ts
/** What to add, for a failure message ("To pass, add ..."). */
const EVIDENCE_ADVICE = {
    readme: 'a component README with a usage example (a fenced code block)',
    'integration-tests': 'integration tests',
    'user-guide': 'user documentation',
    'api-reference': 'an API reference',
    troubleshooting: 'a troubleshooting guide',
    rollback: 'a rollback procedure',
};
const EVIDENCE_TITLES = {
    readme: 'Component README with a usage example',
    'integration-tests': 'Integration tests written',
    'user-guide': 'User documentation',
    'api-reference': 'API reference',
    troubleshooting: 'Troubleshooting guide',
    rollback: 'Rollback procedure documented',
};

;// CONCATENATED MODULE: ./packages/findings/baseline.ts
function compareWithBaseline(findings, baseline) {
    const remaining = new Map();
    let total = 0;
    for (const fp of baseline) {
        remaining.set(fp, (remaining.get(fp) ?? 0) + 1);
        total++;
    }
    const introduced = [];
    const existing = [];
    for (const f of findings) {
        const left = f.fingerprint ? (remaining.get(f.fingerprint) ?? 0) : 0;
        if (left > 0) {
            remaining.set(f.fingerprint, left - 1);
            existing.push(f);
        }
        else {
            introduced.push(f);
        }
    }
    return { introduced, existing, fixed: total - existing.length };
}

;// CONCATENATED MODULE: ./packages/findings/introduced.ts
/**
 * What a change introduces (docs/journeys.md, journey 1: a change is judged on what it does).
 * quality-gate and security-gate both ask this of their findings, in this order of evidence:
 *
 * 1. A baseline (the default branch's result for the same gate and component): a finding is
 *    introduced when its fingerprint is not among the baseline's. Fingerprints survive line
 *    shifts (fingerprint.ts), and matching is by multiset: a baseline with two identical
 *    findings excuses two, not three.
 * 2. No baseline, but the lines the pull request changed (packages/diff/changed-lines.ts): a
 *    finding is introduced when it is on a changed line. A finding about a whole file counts
 *    when the file changed; one about a dependency (no file) when the change touches its
 *    manifest (or, when the report names none, a dependency manifest). Files whose changed
 *    lines are unknown (no patch in the API answer) count whole: unknown is not unchanged.
 * 3. Neither: every finding counts, and the note says so.
 * On a pull request whose changed lines are unknown (a shallow checkout and a failed API
 * call) or incomplete (more files than GitHub lists), the basis is `unknown`: every finding
 * may be the change's, so a bar is met only if it is met by all of them, and otherwise the
 * answer is no-data, never a pass (nor a failure blamed on the change).
 *
 * Pure and general: any Finding, whatever the tool.
 */



/** File names that declare dependencies (a dependency finding without a manifest of its own is placed in one of these). */
const DEPENDENCY_MANIFESTS = new Set([
    'requirements.txt',
    'requirements.in',
    'constraints.txt',
    'pyproject.toml',
    'setup.py',
    'setup.cfg',
    'Pipfile',
    'Pipfile.lock',
    'poetry.lock',
    'uv.lock',
    'package.json',
    'package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
]);
function isManifest(path) {
    const base = external_node_path_.posix.basename(path);
    return DEPENDENCY_MANIFESTS.has(base) || /^requirements[\w.-]*\.(txt|in)$/.test(base);
}
function onChangedLines(findings, changed) {
    const unknown = new Set(changed.unknown);
    const touched = (path) => changed.files.has(path) || unknown.has(path);
    const manifestTouched = [...changed.files.keys(), ...unknown].some(isManifest);
    return findings.filter((f) => {
        if (f.path === null)
            return f.pkg?.manifest ? touched(f.pkg.manifest) : manifestTouched;
        if (unknown.has(f.path))
            return true;
        if (!f.start)
            return changed.files.has(f.path);
        const lines = changed.files.get(f.path);
        if (!lines)
            return false;
        const last = f.end?.line ?? f.start.line;
        for (let line = f.start.line; line <= last; line++)
            if (lines.has(line))
                return true;
        return false;
    });
}
function changedLinesNote(changed) {
    const source = changed.source === 'git' ? 'git diff against the base' : "the pull request's files";
    const parts = [
        `no baseline: a finding counts as introduced when it is on a line this pull request changed (from ${source})`,
    ];
    if (changed.unknown.length)
        parts.push(`${changed.unknown.length} changed file(s) have no line information, so every finding in them counts`);
    return `${parts.join('; ')}. Pass the default branch's results as \`baseline\` to compare findings exactly.`;
}
/**
 * The findings a change introduces, and on what basis that was decided. `baseline` is the
 * fingerprints of the default branch's result; `changed` the pull request's changed lines.
 */
function introducedFindings(findings, baseline, changed) {
    if (baseline)
        return {
            introduced: compareWithBaseline(findings, baseline.fingerprints).introduced,
            basis: 'baseline',
            note: null,
        };
    if (changed && (changed.source === 'unknown' || changed.truncated)) {
        const why = changed.source === 'unknown' ? changed.reason : 'the pull request changes more files than GitHub lists (3000)';
        return {
            introduced: [...findings],
            basis: 'unknown',
            note: `no baseline, and the changed lines are not known (${why}): any finding in scope may be this change's, so a bar is judged only when all of them meet it. ${CHANGED_LINES_FIX} Or pass the default branch's results as \`baseline\`.`,
        };
    }
    if (changed)
        return { introduced: onChangedLines(findings, changed), basis: 'changed-lines', note: changedLinesNote(changed) };
    return {
        introduced: [...findings],
        basis: 'all',
        note: "no baseline and no changed lines: every finding in scope counts as introduced. Pass the default branch's results as `baseline`.",
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/quality-gate.ts






const QUALITY_TOOLS = (/* unused pure expression or super */ null && (['ruff', 'eslint', 'pyright', 'tsc']));
const TOOL_CONCERN = {
    ruff: 'lint',
    eslint: 'lint',
    pyright: 'types',
    tsc: 'types',
};
const TOOL_TITLES = {
    ruff: 'ruff',
    eslint: 'ESLint',
    pyright: 'pyright',
    tsc: 'tsc',
};
/** The documents each target stage requires (cumulative: production asks for staging's too). */
const REQUIRED_EVIDENCE = {
    staging: ['readme', 'integration-tests'],
    production: ['readme', 'integration-tests', 'user-guide', 'api-reference', 'troubleshooting', 'rollback'],
};
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
const zero = () => ({ error: 0, warning: 0, note: 0 });
function count(findings, tool) {
    const c = zero();
    for (const f of findings)
        if (!tool || f.tool === tool)
            c[f.level]++;
    return c;
}
function rank(findings, introduced, pull) {
    const changed = knownLines(pull);
    const ranked = findings.map((f) => ({
        ...f,
        introduced: introduced ? introduced.has(f) : true,
        changed: !!(f.path && f.start && changed?.files.get(f.path)?.has(f.start.line)),
    }));
    ranked.sort((a, b) => Number(b.introduced) - Number(a.introduced) ||
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        Number(b.changed) - Number(a.changed) ||
        ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0) ||
        (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
        (a.start?.column ?? 0) - (b.start?.column ?? 0));
    return ranked;
}
const CONCERN_TITLES = {
    lint: {
        errors: 'Lint errors',
        warnings: 'Lint warnings',
        tools: 'ruff or ESLint',
        inputs: '`ruff-report` or `eslint-report`',
    },
    types: {
        errors: 'Type errors',
        warnings: 'Type warnings',
        tools: 'pyright or tsc',
        inputs: '`pyright-report` or `tsc-report`',
    },
};
const BASIS_DETAIL = {
    baseline: (n) => `${n} more on the default branch already (not counted)`,
    'changed-lines': (n) => `${n} more on lines this change did not touch (not counted)`,
    unknown: () => 'the changed lines are not known, so every finding in scope counts',
    all: () => 'no default-branch result and no changed lines: every finding counts',
};
function concernCriterion(concern, level, bar, tools, basis) {
    const titles = CONCERN_TITLES[concern];
    const newOnly = basis !== null;
    const id = `${concern}.${newOnly ? 'new-' : ''}${level === 'error' ? 'errors' : 'warnings'}`;
    const title = `${level === 'error' ? titles.errors : titles.warnings}${newOnly ? ' introduced' : ''}`;
    const mine = tools.filter((t) => TOOL_CONCERN[t.tool] === concern);
    const evidence = mine.map((t) => t.kind === 'report'
        ? { file: t.source, tool: TOOL_TITLES[t.tool] }
        : { tool: `${TOOL_TITLES[t.tool]} (${t.source})` });
    const base = { id, title, bar, comparator: '<=', unit: 'findings', evidence };
    if (mine.length === 0) {
        return { ...base, status: 'no-data', measured: null, detail: `no ${titles.tools} report: set ${titles.inputs}` };
    }
    const broken = mine.filter((t) => t.error !== null);
    if (broken.length > 0) {
        return {
            ...base,
            status: 'error',
            measured: null,
            detail: broken.map((t) => `${TOOL_TITLES[t.tool]}: ${t.error}`).join('; '),
        };
    }
    const measured = mine.reduce((n, t) => n + (newOnly ? t.introduced[level] : t.inScope[level]), 0);
    const all = mine.reduce((n, t) => n + t.inScope[level], 0);
    const per = mine.map((t) => `${TOOL_TITLES[t.tool]} ${newOnly ? t.introduced[level] : t.inScope[level]}`).join(', ');
    const ok = measured <= bar;
    if (!ok && basis === 'unknown') {
        // Any of them may be this change's, or none: no verdict on missing evidence.
        return {
            ...base,
            status: 'no-data',
            measured: null,
            detail: `${per} in scope, and the changed lines are not known, so which are this change's cannot be told. ${CHANGED_LINES_FIX}`,
        };
    }
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured,
        ...(ok ? {} : { gap: measured - bar }),
        detail: basis ? `${per}; ${BASIS_DETAIL[basis](all - measured)}` : per,
    };
}
function docstringCriterion(d) {
    const base = {
        id: 'docs.docstrings',
        title: 'Public API documented (docstrings)',
        bar: d.bar,
        comparator: '>=',
        unit: '%',
        evidence: [{ tool: 'docstring scan (Python parser)' }],
    };
    if (d.percent === null || d.display === null) {
        return {
            ...base,
            status: 'no-data',
            measured: null,
            detail: `no public modules, classes or functions in ${d.files} Python file(s)`,
        };
    }
    const ok = (0,totals/* meetsBar */.wx)(d.percent, d.bar);
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured: Number(d.display),
        ...(ok ? {} : { gap: Math.round((d.bar - Number(d.display)) * 100) / 100 }),
        detail: `${d.documented} of ${d.total} public names have a docstring${d.missing.length ? `; first missing: ${d.missing[0].name} (${d.missing[0].path}:${d.missing[0].line})` : ''}`,
    };
}
function evidenceCriterion(check) {
    const ok = check.found !== null;
    return {
        id: `evidence.${check.kind}`,
        title: EVIDENCE_TITLES[check.kind],
        status: ok ? 'pass' : 'fail',
        measured: ok ? 'present' : 'missing',
        bar: 'present',
        comparator: null,
        unit: '',
        detail: check.detail,
        evidence: ok ? [{ file: check.found.replace(/#.*$/, '') }] : [],
    };
}
/** The ids of the criteria about a change: enforced on pull requests, the rest is progress. */
const CHANGE_IDS = new Set(['lint.new-errors', 'lint.new-warnings', 'types.new-errors', 'types.new-warnings']);
/**
 * One row per tool. Two reports of the same tool would count its findings twice in the per-tool
 * rows: they are merged, with every source named.
 */
function toolRowsOf(model, introduced) {
    const merged = new Map();
    for (const r of model.runs) {
        const t = {
            ...r,
            reportCounts: { ...r.reportCounts },
            inScope: count(model.findings, r.tool),
            introduced: introduced ? count(introduced, r.tool) : null,
        };
        const seen = merged.get(t.tool);
        if (!seen)
            merged.set(t.tool, t);
        else {
            seen.source = `${seen.source}, ${t.source}`;
            seen.error = seen.error ?? t.error;
            for (const l of ['error', 'warning', 'note'])
                seen.reportCounts[l] += t.reportCounts[l];
        }
    }
    return [...merged.values()];
}
/** The lint and type bars, over the whole scope (basis null) or over what a change introduced. */
function concernCriteria(policy, toolRows, basis) {
    const list = [
        concernCriterion('lint', 'error', policy.lint['max-errors'], toolRows, basis),
        concernCriterion('types', 'error', policy.types['max-errors'], toolRows, basis),
        concernCriterion('types', 'warning', policy.types['max-warnings'], toolRows, basis),
    ];
    const maxLintWarnings = policy.lint['max-warnings'];
    if (maxLintWarnings !== null)
        list.push(concernCriterion('lint', 'warning', maxLintWarnings, toolRows, basis));
    return list;
}
function docstringFigures(model) {
    const d = model.docstrings;
    if (!d)
        return null;
    const pc = d.total === 0 ? null : (100 * d.documented) / d.total;
    return {
        ...d,
        percent: pc,
        display: pc === null ? null : (0,totals/* formatCoveragePercent */.b7)(pc),
        bar: model.policy.docs['docstring-coverage'],
    };
}
function evaluateQuality(model) {
    const change = model.scope === 'change';
    const intro = change ? introducedFindings(model.findings, model.baseline, model.changed) : null;
    const fixed = change && model.baseline ? compareWithBaseline(model.findings, model.baseline.fingerprints).fixed : null;
    const toolRows = toolRowsOf(model, intro?.introduced ?? null);
    const criteria = [
        ...(intro ? concernCriteria(model.policy, toolRows, intro.basis) : []),
        ...concernCriteria(model.policy, toolRows, null),
    ];
    const docstrings = docstringFigures(model);
    if (docstrings)
        criteria.push(docstringCriterion(docstrings));
    const required = new Set(REQUIRED_EVIDENCE[model.target]);
    for (const check of model.evidence)
        if (required.has(check.kind))
            criteria.push(evidenceCriterion(check));
    return {
        tools: toolRows,
        counts: count(model.findings),
        introducedCounts: intro ? count(intro.introduced) : null,
        introducedBasis: intro?.basis ?? null,
        introducedNote: intro?.note ?? null,
        findings: rank(model.findings, intro ? new Set(intro.introduced) : null, model.changed),
        fixed,
        docstrings,
        criteria: markProgress(criteria, model.scope, CHANGE_IDS, model.enforceNextStage),
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/quality-gate-result.ts

/** Findings listed in the result file (worst first); every fingerprint is kept regardless. */
const MAX_FINDINGS_IN_RESULT = 2000;
const MAX_MISSING_DOCSTRINGS_IN_RESULT = 1000;
const ANNOTATION_LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
function resultData(ev, unmatched, baselineSource) {
    return {
        counts: ev.counts,
        introduced: ev.introducedCounts,
        fixed: ev.fixed,
        baseline: baselineSource,
        tools: ev.tools.map((t) => ({
            tool: t.tool,
            source: t.source,
            kind: t.kind,
            error: t.error,
            version: t.version ?? null,
            report: t.reportCounts,
            inScope: t.inScope,
            introduced: t.introduced,
            toolSummary: t.toolSummary ?? null,
        })),
        // Every in-scope fingerprint, so that this result can be the baseline of a later run.
        fingerprints: ev.findings.map((f) => f.fingerprint).filter(Boolean),
        findings: ev.findings.slice(0, MAX_FINDINGS_IN_RESULT).map((f) => ({
            tool: f.tool,
            rule: f.rule,
            level: f.level,
            path: f.path,
            line: f.start?.line ?? null,
            column: f.start?.column ?? null,
            message: f.message,
            fingerprint: f.fingerprint ?? null,
            introduced: f.introduced,
        })),
        findingsOmitted: Math.max(0, ev.findings.length - MAX_FINDINGS_IN_RESULT),
        docstrings: ev.docstrings && {
            percent: ev.docstrings.display === null ? null : Number(ev.docstrings.display),
            documented: ev.docstrings.documented,
            total: ev.docstrings.total,
            bar: ev.docstrings.bar,
            missing: ev.docstrings.missing.slice(0, MAX_MISSING_DOCSTRINGS_IN_RESULT),
        },
        unmatched: unmatched.slice(0, 500),
    };
}
/**
 * Findings on their exact line and column (in new-only mode, only those the change
 * introduces), then public names without a docstring as notices. selectAnnotations spends
 * GitHub's per-step caps on changed lines and errors first.
 */
function annotationsFor(ev, changedLine) {
    const out = [];
    for (const f of ev.findings) {
        if (!f.introduced || !f.path || !f.start)
            continue;
        const sameLine = !f.end || f.end.line === f.start.line;
        out.push({
            level: ANNOTATION_LEVEL[f.level],
            title: `${TOOL_TITLES[f.tool] ?? f.tool} ${f.rule}`,
            message: f.url ? `${f.message}\n${f.url}` : f.message,
            file: f.path,
            startLine: f.start.line,
            endLine: f.end?.line ?? f.start.line,
            ...(sameLine && f.start.column ? { startColumn: f.start.column } : {}),
            ...(sameLine && f.end?.column ? { endColumn: f.end.column } : {}),
            changed: f.changed,
        });
    }
    for (const m of ev.docstrings?.missing ?? []) {
        out.push({
            level: 'notice',
            title: 'Missing docstring',
            message: `Public ${m.kind} ${m.name} has no docstring.`,
            file: m.path,
            startLine: m.line,
            endLine: m.line,
            changed: changedLine(m.path, m.line),
        });
    }
    return out;
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

;// CONCATENATED MODULE: ./actions/quality-gate/render.ts





const GATE_TITLE = 'Quality gate';
/** Finding rows in the summary (~250 bytes each: well within 1 MiB) and in the comment. */
const SUMMARY_FINDING_ROWS = 2000;
const COMMENT_FINDING_ROWS = 30;
const LINT_FIXERS = { ruff: '`ruff check --fix`', eslint: '`eslint --fix`' };
const LEVEL_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function oneLine(ev, who) {
    const c = ev.counts;
    const parts = [`${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`];
    if (ev.introducedCounts)
        parts.push(`${ev.introducedCounts.error} new error(s), ${ev.introducedCounts.warning} new warning(s)`);
    if (ev.docstrings?.display)
        parts.push(`docstrings ${ev.docstrings.display}%`);
    return `${who}: ${parts.join('; ')}`;
}
function failureMessage(result, ev, who, target) {
    const stage = stages/* STAGE_TITLES */.XV[target];
    const lines = shortfalls(result.criteria);
    const failing = new Set(result.criteria
        .filter((c) => c.enforced !== false && (c.status === 'fail' || c.status === 'error'))
        .map((c) => c.id.replace('.new-', '.')));
    const advice = [];
    if (failing.has('lint.errors') || failing.has('lint.warnings')) {
        const fixers = ev.tools
            .filter((t) => t.inScope.error + t.inScope.warning > 0)
            .map((t) => LINT_FIXERS[t.tool])
            .filter(Boolean);
        advice.push(`fix the lint findings annotated in the files${fixers.length ? ` (${fixers.join(' and ')} fix many)` : ''}`);
    }
    if (failing.has('types.errors') || failing.has('types.warnings'))
        advice.push('fix the type errors annotated in the files');
    if (failing.has('docs.docstrings'))
        advice.push(`add docstrings to the ${ev.docstrings?.missing.length ?? 0} public name(s) listed in the job summary`);
    const docs = result.criteria.filter((c) => c.id.startsWith('evidence.') && c.status === 'fail' && c.enforced !== false);
    if (docs.length) {
        const what = docs.map((c) => EVIDENCE_ADVICE[c.id.slice('evidence.'.length)] ?? c.title);
        advice.push(`add ${what.join(', ')} where the summary says they are looked for (or point \`evidence:\` in the config at yours)`);
    }
    if (lines.length === 0) {
        const missing = result.criteria
            .filter((c) => c.status === 'no-data')
            .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
        return `${who} could not be measured: ${missing.join('; ')}.`;
    }
    const head = result.scope === 'change'
        ? `${who}: this change falls short: ${lines.join('; ')}.`
        : `${who} does not meet the ${stage} bars: ${lines.join('; ')}.`;
    return advice.length ? `${head} To pass, ${advice.join(', and ')}.` : head;
}
function toolsSection(ev) {
    if (ev.tools.length === 0)
        return '';
    const newOnly = ev.introducedCounts !== null;
    const rows = ev.tools.map((t) => {
        const own = t.toolSummary ? `${t.toolSummary.errors ?? '—'} / ${t.toolSummary.warnings ?? '—'}` : '—';
        return [
            escapeText(TOOL_TITLES[t.tool]),
            t.kind === 'report' ? code(t.source) : `${code(t.source)} (run)`,
            t.error
                ? `⚠️ ${escapeText(t.error)}`
                : `${t.reportCounts.error} / ${t.reportCounts.warning} / ${t.reportCounts.note}`,
            own,
            `${t.inScope.error} / ${t.inScope.warning} / ${t.inScope.note}`,
            ...(newOnly ? [`${t.introduced.error} / ${t.introduced.warning}`] : []),
        ];
    });
    const header = [
        'Tool',
        'Evidence',
        'Whole report (errors / warnings / notes)',
        "Tool's own summary",
        'In scope',
        ...(newOnly ? ['Introduced'] : []),
    ];
    return `### Tools\n\n${table(header, rows, ['l', 'l', 'r', 'r', 'r', 'r'])}`;
}
function render_location(f, blobUrl) {
    if (!f.path)
        return f.pkg ? code(`${f.pkg.name}${f.pkg.version ? `@${f.pkg.version}` : ''}`) : '';
    const where = f.start ? `${f.path}:${f.start.line}${f.start.column ? `:${f.start.column}` : ''}` : f.path;
    if (!blobUrl || !f.start)
        return code(where);
    const href = `${blobUrl}/${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.start.line}`;
    return `[${code(where)}](${linkUrl(href)})`;
}
function findingsTable(findings, max, blobUrl, newOnly) {
    const rows = findings
        .slice(0, max)
        .map((f) => [
        LEVEL_ICON[f.level],
        `${escapeText(TOOL_TITLES[f.tool] ?? f.tool)} ${f.url && /^https:\/\//.test(f.url) ? `[${code(f.rule)}](${linkUrl(f.url)})` : code(f.rule)}`,
        render_location(f, blobUrl),
        escapeText(f.message.split('\n')[0].slice(0, 300)) +
            (f.changed ? ' <sub>(changed line)</sub>' : '') +
            (newOnly && !f.introduced ? ' <sub>(existing)</sub>' : ''),
    ]);
    const more = findings.length > max
        ? `\n\n…and ${findings.length - max} more (the result file lists ${Math.min(findings.length, 2000)}; the tools' reports have them all).`
        : '';
    return table(['', 'Rule', 'Where', 'Message'], rows, ['c', 'l', 'l', 'l']) + more;
}
function findingsSection(ev, max, blobUrl) {
    if (ev.findings.length === 0)
        return '';
    const newOnly = ev.introducedCounts !== null;
    const existing = ev.findings.filter((f) => !f.introduced).length;
    const where = ev.introducedBasis === 'baseline'
        ? 'already on the default branch'
        : ev.introducedBasis === 'unknown'
            ? "not known to be this change's"
            : 'not on changed lines';
    const title = newOnly
        ? `### Findings: ${ev.introducedCounts.error + ev.introducedCounts.warning + ev.introducedCounts.note} introduced by this change, ${existing} ${where}${ev.fixed !== null ? `, ${ev.fixed} fixed` : ''}`
        : `### Findings (${ev.findings.length})`;
    return `${title}\n\n${findingsTable(ev.findings, max, blobUrl, newOnly)}`;
}
function docstringsSection(ev) {
    const d = ev.docstrings;
    if (!d)
        return '';
    const figure = d.display === null
        ? 'no public names'
        : `${d.display}% (${d.documented} of ${d.total} public modules, classes and functions)`;
    let out = `### API documentation\n\nDocstrings: ${figure} in ${plural(d.files, 'Python file')}; bar ≥ ${d.bar}%.`;
    if (d.missing.length) {
        const rows = d.missing.slice(0, 300).map((m) => [code(m.name), escapeText(m.kind), code(`${m.path}:${m.line}`)]);
        out += `\n\n${details(`${d.missing.length} public name(s) without a docstring`, table(['Name', 'Kind', 'Where'], rows) + (d.missing.length > 300 ? `\n\n…and ${d.missing.length - 300} more (see the result file).` : ''))}`;
    }
    if (d.syntaxErrors.length)
        out += `\n\n⚠️ ${d.syntaxErrors.length} file(s) have syntax errors and were measured as far as they parse: ${d.syntaxErrors
            .slice(0, 10)
            .map((s) => code(`${s.path}:${s.line}`))
            .join(', ')}.`;
    return out;
}
function evidenceSection(result) {
    const docs = result.criteria.filter((c) => c.id.startsWith('evidence.'));
    if (docs.length === 0)
        return '';
    const rows = docs.map((c) => [c.status === 'pass' ? '✅' : '❌', escapeText(c.title), escapeText(c.detail ?? '')]);
    return `### Documents and tests in the repository\n\n${table(['', 'Required', 'Found / looked for'], rows, ['c', 'l', 'l'])}`;
}
function scopeSection(ctx) {
    const parts = [];
    if (ctx.outOfScope)
        parts.push(`${ctx.outOfScope} finding(s) are on files outside this component's paths and are not counted here.`);
    if (ctx.unmatched.length) {
        const list = ctx.unmatched
            .slice(0, 100)
            .map((u) => `- ${code(u.path)}: ${u.findings} finding(s)`)
            .join('\n');
        parts.push(details(`⚠️ ${ctx.unmatched.length} file name(s) in the reports match nothing in the checkout`, `Their findings are not counted for any component. Map them with the \`path-map\` input (\`from=to\`).\n\n${list}${ctx.unmatched.length > 100 ? `\n- …and ${ctx.unmatched.length - 100} more` : ''}`));
    }
    return parts.join('\n\n');
}
function head(ctx) {
    const { result, ev } = ctx;
    const c = ev.counts;
    const figures = [
        `**${plural(c.error, 'error')}**, **${plural(c.warning, 'warning')}**, ${plural(c.note, 'note')} in scope`,
    ];
    if (ev.introducedCounts)
        figures.push(`**${ev.introducedCounts.error} new error(s), ${ev.introducedCounts.warning} new warning(s)** introduced by this change`);
    if (ev.introducedNote)
        figures.push(escapeText(ev.introducedNote));
    if (ev.docstrings?.display)
        figures.push(`docstrings ${ev.docstrings.display}%`);
    return stageSummary(GATE_TITLE, result, figures, ctx.warnings);
}
function renderSummary(ctx, limitBytes) {
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: toolsSection(ctx.ev), priority: 70 },
        { markdown: evidenceSection(ctx.result), priority: 60 },
        { markdown: docstringsSection(ctx.ev), priority: 50 },
        { markdown: scopeSection(ctx), priority: 40 },
        { markdown: findingsSection(ctx.ev, SUMMARY_FINDING_ROWS, ctx.blobUrl), priority: 20 },
    ];
    return fitSummary(sections, limitBytes);
}
function renderComment(ctx, limitChars) {
    const findings = findingsSection(ctx.ev, COMMENT_FINDING_ROWS, ctx.blobUrl);
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: toolsSection(ctx.ev), priority: 60 },
        {
            markdown: findings
                ? details(findings.split('\n')[0].replace(/^### /, ''), findings.replace(/^### .*\n\n/, ''))
                : '',
            priority: 30,
        },
        { markdown: runFooter(ctx.runUrl), priority: 90 },
    ];
    return fitComment(sections, limitChars);
}

;// CONCATENATED MODULE: ./actions/quality-gate/quality-gate-action.ts
/**
 * quality-gate, the action: parseInputs() -> read reports / run tools, baseline, sources ->
 * evaluateQuality() (pure) -> publish(). Everything that touches the runner or the network
 * is here, in collect.ts or in action-io.
 */
// First: checks the event payload before @actions/github reads it while being imported.




















const GATE = 'quality-gate';
/**
 * The documents and tests the target stage asks of a component. The finder (and the Markdown
 * parser it reads READMEs with) loads only for a run about a component.
 */
async function checkEvidence(repo, component, kinds) {
    const { EvidenceFinder } = await Promise.all(/* import() */[__nccwpck_require__.e(241), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6593));
    const finder = new EvidenceFinder(repo);
    return kinds.map((kind) => finder.check(kind, component.evidence[kind]));
}
/** The tools' findings, placed in the checkout and fingerprinted, and the baseline a change is compared with. */
async function readFindings(run, inputs, checkout) {
    const { component } = run.subject;
    const resolver = new PathResolver(inputs.root, checkout, inputs.pathMap);
    const resolve = (p) => resolver.resolve(p);
    const inScope = component ? compileGlobs(component.paths) : null;
    const lineText = checkoutLineText(inputs.root);
    const { runs, findings } = await collectFindings(inputs.tools, inputs.root, inputs.commandTimeoutMs);
    const located = locateFindings(findings, resolve, inScope);
    fingerprintFindings(located.inScope, lineText);
    run.log.debug(`${GATE}: ${findings.length} findings read, ${located.inScope.length} in scope`);
    const baseline = run.scope === 'change'
        ? await changeBaseline(inputs.baseline, run.log, {
            ref: inputs.baselineRef ?? run.ctx.pullRequest?.baseSha ?? null,
            root: inputs.root,
            resolve,
            inScope,
            checkoutText: lineText,
            component: component?.id ?? null,
        })
        : null;
    if (inputs.tools.length === 0)
        run.log.warning('no report and no command given for ruff, ESLint, pyright or tsc: lint and type criteria have no data');
    return { runs, located, baseline };
}
/** The component's docstrings and the documents and tests its target stage asks for. */
async function readComponentEvidence(run, inputs, checkout) {
    const { component, target } = run.subject;
    if (!component)
        return { docstrings: null, evidence: [] };
    const repo = checkoutReader(inputs.root, checkout);
    return {
        docstrings: inputs.docstrings ? await measureComponentDocstrings(component, repo) : null,
        evidence: await checkEvidence(repo, component, REQUIRED_EVIDENCE[target]),
    };
}
async function quality_gate_action_main() {
    const inputs = parseInputs();
    const run = await startGateRun(GATE, inputs);
    const { component } = run.subject;
    const checkout = checkoutFiles(inputs.root);
    const { runs, located, baseline } = await readFindings(run, inputs, checkout);
    const api = githubFor(run.ctx, inputs.githubToken);
    const changed = await changedLinesFor(run.ctx, inputs.root, api);
    const { docstrings, evidence } = await readComponentEvidence(run, inputs, checkout);
    const ev = evaluateQuality({
        runs,
        findings: located.inScope,
        outOfScope: located.outOfScope,
        unmatched: located.unmatched,
        baseline,
        changed,
        component,
        policy: run.subject.policy,
        target: run.subject.target,
        docstrings,
        evidence,
        scope: run.scope,
        enforceNextStage: run.config.pullRequests.enforceNextStage,
    });
    const result = gateResult(run, {
        criteria: ev.criteria,
        summary: oneLine(ev, run.who),
        data: resultData(ev, located.unmatched, baseline?.source ?? null),
    });
    const renderCtx = {
        result,
        ev,
        warnings: run.log.warnings,
        unmatched: located.unmatched,
        outOfScope: located.outOfScope,
        runUrl: run.ctx.run?.url ?? null,
        blobUrl: blobUrlOf(run.ctx),
    };
    await publish({
        ...runPublication(run, inputs),
        result,
        summary: renderSummary(renderCtx, SUMMARY_LIMIT_BYTES),
        comment: commentOn(run.ctx, api, inputs.comment, () => renderComment(renderCtx, COMMENT_LIMIT_CHARS)),
        annotations: annotationsFor(ev, (path, line) => isChangedLine(changed, path, line)),
        outputs: outputsOf(ev),
        failureMessage: failureMessage(result, ev, run.who, run.subject.target),
    });
    if (component)
        run.log.debug(`${GATE}: component folder ${(0,load_config/* staticPrefix */.nG)(component.paths[0] ?? '')}`);
}
/** Links to a finding's line: the commit's files on the server. */
function blobUrlOf(ctx) {
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    return ctx.owner && ctx.repo && ctx.sha ? `${server}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}` : null;
}
function outputsOf(ev) {
    return {
        [QualityGateOutputs.Errors]: String(ev.counts.error),
        [QualityGateOutputs.Warnings]: String(ev.counts.warning),
        [QualityGateOutputs.NewErrors]: ev.introducedCounts ? String(ev.introducedCounts.error) : '',
        [QualityGateOutputs.NewWarnings]: ev.introducedCounts ? String(ev.introducedCounts.warning) : '',
        [QualityGateOutputs.DocstringCoverage]: ev.docstrings?.display ?? '',
    };
}
/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
async function run() {
    await runAction(GATE, quality_gate_action_main);
}


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
/* harmony export */   nG: () => (/* binding */ staticPrefix),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
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

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b7: () => (/* binding */ formatCoveragePercent),
/* harmony export */   wx: () => (/* binding */ meetsBar)
/* harmony export */ });
/* unused harmony exports ZERO_TOTALS, addTotals, sumTotals, percent, roundHalfEven */
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
/******/ var __webpack_exports__ = __nccwpck_require__(2476);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
