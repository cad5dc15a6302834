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

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ak: () => (/* binding */ checkAlertRules),
  Ux: () => (/* binding */ checkMetrics),
  Yo: () => (/* binding */ isPermission),
  $F: () => (/* binding */ probeTargets),
  $k: () => (/* binding */ queryPrometheus),
  Ay: () => (/* binding */ queryResourceUsage),
  A$: () => (/* binding */ readLoadReports)
});

// UNUSED EXPORTS: MAX_REPLY_BYTES

// EXTERNAL MODULE: ./packages/core/redact.ts
var redact = __nccwpck_require__(3591);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/bounded-body.ts
var bounded_body = __nccwpck_require__(1014);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __nccwpck_require__(425);
// EXTERNAL MODULE: ./packages/core/report-files.ts
var report_files = __nccwpck_require__(2918);
// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __nccwpck_require__(9430);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./packages/core/json-text.ts
var json_text = __nccwpck_require__(3082);
// EXTERNAL MODULE: ./packages/uptime/load/model.ts
var model = __nccwpck_require__(8013);
;// CONCATENATED MODULE: ./packages/uptime/load/k6.ts
/**
 * k6's `--summary-export` JSON as a LoadTestModel. Shape from k6's js/summary-wrapper.js
 * (`oldJSONSummary`): `{root_group, metrics}`, each metric the object of its summary values,
 * a Rate metric's `rate` renamed `value`. The data `handleSummary()` receives (`{metrics:
 * {name: {type, contains, values}}, state}`, written with `JSON.stringify(data)`) is read too.
 *
 * - `http_req_duration` (Trend, ms): `med` is p50, `p(95)`, `p(99)` (only when the run's
 *   `summaryTrendStats` asks for it; k6's default is `avg, min, med, max, p(90), p(95)`).
 *   The values are milliseconds whatever `summaryTimeUnit` says (that option formats the text
 *   summary only).
 * - `http_reqs` (Counter): `count` requests, `rate` per second.
 * - `http_req_failed` (Rate): `value` is the share of true samples, and a true sample is a
 *   failed request, so `passes` counts failed requests and `fails` the others (k6's text
 *   summary shows them as ✓ and ✗). Failure rate = passes / (passes + fails). Absent before
 *   k6 0.31: failures are then unknown.
 * - Peak users: `vus.max` (the most VUs active at once), else `vus_max` (VUs allocated).
 * - Endpoints: k6 exports a sub-metric only when a threshold names it, e.g.
 *   `http_req_duration{name:/api/x}`. Sub-metrics of the three metrics above whose tags are
 *   `name` (or `url`) and optionally `method` become endpoints, joined on those tags; others
 *   (`{expected_response:true}`, `{status:200}`...) are not endpoints. Tag parsing follows k6's
 *   `AddSubmetric`: `key:value` pairs split on `,`, spaces and quotes trimmed.
 */





const K6_FIX = 'Write it with `k6 run --summary-export=summary.json script.js`, or return `JSON.stringify(data)` from handleSummary().';
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function pathText(path) {
    if (path.length === 0)
        return '(top level)';
    return path
        .map((p, i) => typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (i ? `.${p}` : p) : `[${JSON.stringify(p)}]`)
        .join('');
}
function fail(ctx, path, message) {
    ctx.tree ??= (0,main.parseTree)(ctx.text);
    const node = ctx.tree ? (0,main.findNodeAtLocation)(ctx.tree, path) : undefined;
    const where = node ? (0,json_text/* lineColumnAt */.IX)(ctx.text, node.offset) : {};
    throw new errors/* ReportError */.$(message, { file: ctx.file, at: pathText(path), ...where }, K6_FIX);
}
function describe(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return 'a string';
    return String(v);
}
/** A metric's summary values, in either shape (`{values: {...}}` or the values themselves). */
function valuesOf(ctx, metrics, name) {
    const m = metrics[name];
    if (m === undefined)
        return null;
    if (!isRecord(m))
        fail(ctx, ['metrics', name], `the metric ${name} must be an object, not ${describe(m)}`);
    if (isRecord(m.values) && typeof m.type === 'string') {
        const values = { ...m.values };
        if (m.type === 'rate' && 'rate' in values)
            values.value = values.rate;
        return { values, path: ['metrics', name, 'values'] };
    }
    return { values: m, path: ['metrics', name] };
}
function optNumber(ctx, v, key, opts = {}) {
    if (!v)
        return null;
    const raw = v.values[key];
    if (raw === undefined || raw === null)
        return null;
    const ok = typeof raw === 'number' &&
        Number.isFinite(raw) &&
        raw >= 0 &&
        (!opts.integer || Number.isInteger(raw)) &&
        (opts.max === undefined || raw <= opts.max);
    if (!ok) {
        const expected = opts.integer
            ? 'a whole number ≥ 0'
            : opts.max !== undefined
                ? `a number from 0 to ${opts.max}`
                : 'a number ≥ 0';
        fail(ctx, [...v.path, key], `${key} must be ${expected}, not ${describe(raw)}`);
    }
    return raw;
}
function endpointOf(ctx, name, method, f) {
    const requests = optNumber(ctx, f.reqs, 'count', { integer: true });
    const passes = optNumber(ctx, f.failed, 'passes', { integer: true });
    const fails = optNumber(ctx, f.failed, 'fails', { integer: true });
    const rate = optNumber(ctx, f.failed, 'value', { max: 1 });
    let failureRate = null;
    if (passes !== null && fails !== null)
        failureRate = passes + fails > 0 ? (100 * passes) / (passes + fails) : null;
    else if (rate !== null)
        failureRate = 100 * rate;
    return {
        name,
        method,
        requests,
        failures: passes,
        p50: optNumber(ctx, f.duration, 'med'),
        p95: optNumber(ctx, f.duration, 'p(95)'),
        p99: optNumber(ctx, f.duration, 'p(99)'),
        rps: optNumber(ctx, f.reqs, 'rate'),
        failureRate,
    };
}
const ENDPOINT_METRICS = { http_req_duration: 'duration', http_reqs: 'reqs', http_req_failed: 'failed' };
/** k6's sub-metric name `metric{k:v,...}` -> its tags, as k6's AddSubmetric reads them. */
function k6SubmetricTags(suffix) {
    const tags = new Map();
    for (const kv of suffix.trim().split(',')) {
        if (kv === '')
            continue;
        const colon = kv.indexOf(':');
        const key = (colon < 0 ? kv : kv.slice(0, colon)).trim().replace(/^["']+|["']+$/g, '');
        const value = colon < 0
            ? ''
            : kv
                .slice(colon + 1)
                .trim()
                .replace(/^["']+|["']+$/g, '');
        tags.set(key, value);
    }
    return tags;
}
/** Parses a k6 summary export (or handleSummary data). Pure. */
function parseK6Summary(text, file) {
    if (text.trim() === '')
        throw new errors/* ReportError */.$('the file is empty', { file }, K6_FIX);
    const doc = (0,json_text/* parseJsonText */.lk)(text, file);
    const ctx = { file, text };
    if (!isRecord(doc) || !isRecord(doc.metrics)) {
        fail(ctx, isRecord(doc) && 'metrics' in doc ? ['metrics'] : [], 'is not a k6 summary export: it has no "metrics" object');
    }
    const metrics = doc.metrics;
    const notes = [];
    const aggregate = aggregateOf(ctx, metrics, notes);
    const endpoints = submetricEndpoints(ctx, metrics, notes);
    const peakUsers = peakUsersOf(ctx, metrics);
    if (peakUsers === null)
        notes.push(`${file} has no vus or vus_max metric: peak users unknown.`);
    const durationSeconds = durationOf(doc, aggregate);
    // The export has no start time, so it gives no window for Prometheus.
    return { tool: 'k6', file, endpoints, aggregate, peakUsers, durationSeconds, window: null, notes };
}
/** All requests, from the untagged metrics: a run without durations or a request count made no HTTP requests. */
function aggregateOf(ctx, metrics, notes) {
    const duration = valuesOf(ctx, metrics, 'http_req_duration');
    const reqs = valuesOf(ctx, metrics, 'http_reqs');
    if (!duration || !reqs) {
        fail(ctx, ['metrics'], `has no ${!duration ? 'http_req_duration' : 'http_reqs'} metric: the test made no HTTP requests, or this is not a k6 summary`);
    }
    const failed = valuesOf(ctx, metrics, 'http_req_failed');
    if (!failed)
        notes.push(`${ctx.file} has no http_req_failed metric (k6 before 0.31): failures are unknown.`);
    const aggregate = endpointOf(ctx, model/* AGGREGATE_NAME */.CH, null, { duration, reqs, failed });
    if (aggregate.p95 === null)
        notes.push(`${ctx.file} has no p(95) of http_req_duration: add "p(95)" to summaryTrendStats.`);
    return aggregate;
}
/**
 * Endpoints from the sub-metrics tagged with a name (or url) and perhaps a method, the three
 * metrics of one endpoint joined on those tags. Other sub-metrics are noted, except k6's own
 * `{expected_response:true}`, which every run may have.
 */
function submetricEndpoints(ctx, metrics, notes) {
    const groups = new Map();
    const ignored = [];
    for (const key of Object.keys(metrics)) {
        const m = /^(http_req_duration|http_reqs|http_req_failed)\{(.*)\}$/s.exec(key);
        if (!m)
            continue;
        const tags = k6SubmetricTags(m[2]);
        const name = tags.get('name') ?? tags.get('url');
        const extra = [...tags.keys()].filter((k) => k !== 'name' && k !== 'url' && k !== 'method');
        if (name === undefined || name === '' || extra.length > 0 || (tags.has('name') && tags.has('url'))) {
            if (!(tags.size === 1 && tags.has('expected_response')))
                ignored.push(key);
            continue;
        }
        const method = tags.get('method') || null;
        const id = `${method ?? ''}\u0000${name}`;
        let g = groups.get(id);
        if (!g)
            groups.set(id, (g = { name, method, duration: null, reqs: null, failed: null }));
        g[ENDPOINT_METRICS[m[1]]] = valuesOf(ctx, metrics, key);
    }
    if (ignored.length > 0)
        notes.push(`sub-metrics not read as endpoints (tags other than name, url, method): ${ignored.join(', ')}.`);
    return [...groups.values()].map((g) => endpointOf(ctx, g.name, g.method, g));
}
/** The most VUs active at once (`vus.max`), else the VUs allocated (`vus_max`); null when neither is there. */
function peakUsersOf(ctx, metrics) {
    const vus = valuesOf(ctx, metrics, 'vus');
    const vusMax = valuesOf(ctx, metrics, 'vus_max');
    return (optNumber(ctx, vus, 'max', { integer: true }) ??
        optNumber(ctx, vusMax, 'max', { integer: true }) ??
        optNumber(ctx, vusMax, 'value', { integer: true }));
}
/** handleSummary data has the run's length; the export does not, so it is requests / rate (k6's rate is count / duration). */
function durationOf(doc, aggregate) {
    const state = doc.state;
    if (isRecord(state) && typeof state.testRunDurationMs === 'number' && state.testRunDurationMs >= 0)
        return state.testRunDurationMs / 1000;
    if (aggregate.requests && aggregate.rps)
        return aggregate.requests / aggregate.rps;
    return null;
}
async function readK6Summary(path) {
    return parseK6Summary(await (0,promises_namespaceObject.readFile)(path, 'utf8'), path);
}

;// CONCATENATED MODULE: ./packages/uptime/load/csv.ts
/**
 * A strict reader for the CSV that Python's `csv.writer` writes with its default `excel`
 * dialect (what Locust uses): comma separated, `"` quotes a field that holds a comma, a quote
 * or a line break, a quote inside a quoted field is doubled, rows end with `\r\n` (a bare `\n`
 * is accepted too). RFC 4180, without leniency: a stray quote, text after a closing quote or
 * an unclosed quote is an error at its line and column, never a guess.
 *
 * Hand-written rather than a dependency: the grammar is a dozen lines, and what a dependency
 * would not give is exactly what matters here (the line and column of every field, so that a
 * wrong value is reported where it is). The Locust reader checks headers and values itself.
 */

/**
 * Splits CSV text into rows. A byte-order mark is skipped; an empty last line is not a row;
 * any other empty line is an error (Python's writer never writes one).
 */
function readCsv(text, file, fix) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const c = { text, file, fix, i: start, line: 1, lineStart: start };
    const rows = [];
    while (c.i < text.length) {
        const rowStart = c.i;
        const rowLineStart = c.lineStart;
        const row = readRow(c);
        if (row.fields.length === 1 && row.fields[0] === '' && text[rowStart] !== '"') {
            if (c.i >= text.length)
                break; // the empty line after the last line break
            csv_fail(c, 'an empty line inside the data', rowStart, row.line, rowLineStart);
        }
        rows.push(row);
    }
    return rows;
}
function csv_fail(c, message, at, atLine = c.line, atLineStart = c.lineStart) {
    throw new errors/* ReportError */.$(message, { file: c.file, line: atLine, column: at - atLineStart + 1 }, c.fix);
}
/** One row: fields until an unquoted line break (consumed) or the end of the text. */
function readRow(c) {
    const row = { line: c.line, fields: [], columns: [] };
    for (;;) {
        row.columns.push(c.i - c.lineStart + 1);
        row.fields.push(c.text[c.i] === '"' ? quotedField(c) : plainField(c));
        if (c.i >= c.text.length)
            return row;
        if (c.text[c.i] === ',') {
            c.i++;
            continue;
        }
        // A line break ends the row.
        c.i += c.text[c.i] === '\r' ? 2 : 1;
        c.line++;
        c.lineStart = c.i;
        return row;
    }
}
/** A field in quotes, from its opening quote; it may hold commas, doubled quotes and line breaks. */
function quotedField(c) {
    const { text } = c;
    const openLine = c.line;
    const openLineStart = c.lineStart;
    const open = c.i;
    let value = '';
    c.i++;
    for (;;) {
        if (c.i >= text.length)
            csv_fail(c, 'a quoted field is not closed (the file ends inside it: truncated?)', open, openLine, openLineStart);
        const ch = text[c.i];
        if (ch === '"') {
            if (text[c.i + 1] === '"') {
                value += '"';
                c.i += 2;
                continue;
            }
            c.i++;
            break;
        }
        if (ch === '\n') {
            c.line++;
            c.lineStart = c.i + 1;
        }
        value += ch;
        c.i++;
    }
    // After the closing quote: the field's end (a comma, a line break or the end of the text), nothing else.
    const after = text[c.i];
    if (after !== undefined && after !== ',' && after !== '\n' && !(after === '\r' && text[c.i + 1] === '\n')) {
        csv_fail(c, 'text follows the closing quote of a field (a quote inside a field must be doubled)', c.i);
    }
    return value;
}
/** A field without quotes, up to a comma or a line break: it may hold neither a quote nor a lone carriage return. */
function plainField(c) {
    const { text } = c;
    const start = c.i;
    while (c.i < text.length) {
        const ch = text[c.i];
        if (ch === ',' || ch === '\n' || (ch === '\r' && text[c.i + 1] === '\n'))
            break;
        if (ch === '"')
            csv_fail(c, 'a quote inside an unquoted field (the field should be quoted and the quote doubled)', c.i);
        if (ch === '\r')
            csv_fail(c, 'a carriage return that does not end a line', c.i);
        c.i++;
    }
    return text.slice(start, c.i);
}

;// CONCATENATED MODULE: ./packages/uptime/load/locust.ts
/**
 * Locust's `--csv <prefix>` files as a LoadTestModel. Shapes from locust/stats.py (`StatsCSV`,
 * `StatsCSVFileWriter`) and docs.locust.io "Retrieve test statistics in CSV format":
 *
 * - `<prefix>_stats.csv`: `Type, Name, Request Count, Failure Count, Median Response Time,
 *   Average Response Time, Min Response Time, Max Response Time, Average Content Size,
 *   Requests/s, Failures/s`, then one column per reported percentile (`50%, 66%, 75%, 80%,
 *   90%, 95%, 98%, 99%, 99.9%, 99.99%, 100%` by default). One row per (Type, Name), sorted,
 *   then the total: Type empty, Name `Aggregated`. Percentiles of an entry without requests
 *   are `N/A`. The file is rewritten every second while Locust runs, so a file without the
 *   Aggregated row last was cut short.
 * - `<prefix>_stats_history.csv`: `Timestamp, User Count, Type, Name, Requests/s, Failures/s`,
 *   the percentiles, `Total Request Count, Total Failure Count, ...`; a row is appended every
 *   second (only the Aggregated row unless `--csv-full-history`). Peak users = the largest
 *   User Count; the duration = last Timestamp - first.
 *
 * Header names are matched ignoring case, and Locust 1.x's `# requests` / `# failures` are
 * accepted for Request Count / Failure Count. Failures are counted among requests (Locust's
 * `on_request` logs the request, then the error), so failure rate = failures / requests.
 * p50 is the `50%` column, else Median Response Time; p95/p99 are `95%`/`99%`, null (with a
 * note) when the run reported other percentiles.
 */





const LOCUST_FIX = 'Write it with `locust --headless --csv <prefix>` (Locust 1.0 or later): it writes <prefix>_stats.csv and <prefix>_stats_history.csv.';
const STATS_HEADERS = {
    type: ['type'],
    name: ['name'],
    requests: ['request count', '# requests'],
    failures: ['failure count', '# failures'],
    median: ['median response time'],
    rps: ['requests/s'],
    p50: ['50%'],
    p95: ['95%'],
    p99: ['99%'],
};
const REQUIRED_STATS = ['type', 'name', 'requests', 'failures', 'rps'];
const CANONICAL = {
    type: 'Type',
    name: 'Name',
    requests: 'Request Count',
    failures: 'Failure Count',
    median: 'Median Response Time',
    rps: 'Requests/s',
    p50: '50%',
    p95: '95%',
    p99: '99%',
};
const HISTORY_HEADERS = { timestamp: 'timestamp', users: 'user count' };
function columnIndex(header, names) {
    return header.fields.findIndex((f) => names.includes(f.trim().toLowerCase()));
}
function checkHeader(header, file) {
    const seen = new Map();
    header.fields.forEach((f, i) => {
        const key = f.trim().toLowerCase();
        if (key === '')
            throw new errors/* ReportError */.$('the header has an empty column name', { file, line: header.line, column: header.columns[i] }, LOCUST_FIX);
        if (seen.has(key))
            throw new errors/* ReportError */.$(`the header names "${f}" twice`, { file, line: header.line, column: header.columns[i] }, LOCUST_FIX);
        seen.set(key, i);
    });
}
/** A number as Python writes one (`12`, `3.5`, `1e-05`); `N/A` is null. */
function num(row, i, what, file, integer = false) {
    const raw = row.fields[i];
    if (raw === 'N/A')
        return null;
    const ok = integer ? /^\d+$/.test(raw) : /^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw);
    if (!ok) {
        const expected = integer ? 'a whole number ≥ 0' : 'a number ≥ 0';
        const shown = raw === '' ? 'an empty field' : `"${raw.slice(0, 20)}"`;
        throw new errors/* ReportError */.$(`${what} must be ${expected} or N/A, not ${shown}`, { file, line: row.line, column: row.columns[i] }, LOCUST_FIX);
    }
    return Number(raw);
}
function dataRows(rows, header, file) {
    const body = rows.slice(1);
    for (const r of body) {
        if (r.fields.length !== header.fields.length) {
            // More fields: point at the first extra one; fewer: at the last one there is.
            const col = r.fields.length > header.fields.length ? r.columns[header.fields.length] : r.columns[r.fields.length - 1];
            throw new errors/* ReportError */.$(`the row has ${r.fields.length} field(s) where the header has ${header.fields.length}`, { file, line: r.line, column: col }, LOCUST_FIX);
        }
    }
    return body;
}
function parseStats(stats, notes) {
    const { file } = stats;
    if (stats.text.trim() === '')
        throw new errors/* ReportError */.$('the file is empty', { file }, LOCUST_FIX);
    const rows = readCsv(stats.text, file, LOCUST_FIX);
    const header = rows[0];
    checkHeader(header, file);
    const idx = statsColumns(header, file, notes);
    const body = dataRows(rows, header, file);
    if (body.length === 0) {
        throw new errors/* ReportError */.$('has a header but no rows (not even Aggregated): the run ended before Locust wrote its statistics', { file, line: header.line }, LOCUST_FIX);
    }
    return statsRows(body, idx, file);
}
/**
 * Where each column of `_stats.csv` is (-1: absent). Refuses the history file given in its
 * place (an easy slip: the names differ by a suffix) and a header without the columns every
 * Locust version writes; notes the percentiles the run did not report.
 */
function statsColumns(header, file, notes) {
    const idx = {};
    for (const col of Object.keys(STATS_HEADERS))
        idx[col] = columnIndex(header, STATS_HEADERS[col]);
    if (columnIndex(header, ['timestamp']) >= 0 && columnIndex(header, ['user count']) >= 0) {
        throw new errors/* ReportError */.$('this is the _stats_history.csv file, not _stats.csv', { file, line: 1 }, 'Give the <prefix>_stats.csv file (the history beside it is read too).');
    }
    const missing = REQUIRED_STATS.filter((c) => idx[c] < 0);
    if (missing.length > 0) {
        throw new errors/* ReportError */.$(`is not Locust's _stats.csv: the header has no ${missing.map((c) => `"${CANONICAL[c]}"`).join(', ')} column`, { file, line: header.line, column: 1 }, LOCUST_FIX);
    }
    for (const p of ['p95', 'p99']) {
        if (idx[p] < 0)
            notes.push(`${file} has no "${CANONICAL[p]}" column (the run reported other percentiles): ${p} is unknown.`);
    }
    if (idx.p50 < 0 && idx.median < 0)
        notes.push(`${file} has no "50%" or "Median Response Time" column: p50 is unknown.`);
    return idx;
}
/**
 * The endpoints (one row per Type and Name) and the Aggregated row, which must come last:
 * Locust writes it last, so a file without it there was cut short while being rewritten.
 */
function statsRows(body, idx, file) {
    const seen = new Set();
    const endpoints = [];
    let aggregate;
    body.forEach((r, k) => {
        const e = statsEndpoint(r, idx, file);
        const at = { file, line: r.line, column: r.columns[idx.name] };
        if (e.method === null && e.name === model/* AGGREGATE_NAME */.CH) {
            if (k !== body.length - 1)
                throw new errors/* ReportError */.$('the Aggregated row must be the last row', at, LOCUST_FIX);
            aggregate = e;
            return;
        }
        const key = `${e.method ?? ''}\u0000${e.name}`;
        if (seen.has(key))
            throw new errors/* ReportError */.$(`"${(0,model/* endpointLabel */.md)(e)}" has two rows`, at, LOCUST_FIX);
        seen.add(key);
        endpoints.push(e);
    });
    if (!aggregate) {
        const last = body[body.length - 1];
        throw new errors/* ReportError */.$('has no Aggregated row last: the file was cut short (Locust rewrites it every second) or is not a Locust _stats.csv', { file, line: last.line }, LOCUST_FIX);
    }
    return { endpoints, aggregate };
}
/** One row of `_stats.csv`: an empty Type is the Aggregated row's (method null). */
function statsEndpoint(r, idx, file) {
    const type = r.fields[idx.type].trim();
    const name = r.fields[idx.name];
    if (name.trim() === '')
        throw new errors/* ReportError */.$('the Name is empty', { file, line: r.line, column: r.columns[idx.name] }, LOCUST_FIX);
    const get = (c, what, integer = false) => (idx[c] >= 0 ? num(r, idx[c], what, file, integer) : null);
    const requests = get('requests', 'Request Count', true);
    const failures = get('failures', 'Failure Count', true);
    return {
        name,
        method: type === '' ? null : type,
        requests,
        failures,
        // A run whose percentile list leaves out 0.5 has no 50% column; the median is the same figure.
        p50: idx.p50 >= 0 ? get('p50', '50%') : get('median', 'Median Response Time'),
        p95: get('p95', '95%'),
        p99: get('p99', '99%'),
        rps: get('rps', 'Requests/s'),
        failureRate: (0,model/* failureRateOf */.cG)(requests, failures),
    };
}
function parseHistory(history) {
    const { file } = history;
    if (history.text.trim() === '')
        throw new errors/* ReportError */.$('the file is empty', { file }, LOCUST_FIX);
    const rows = readCsv(history.text, file, LOCUST_FIX);
    const header = rows[0];
    checkHeader(header, file);
    const ts = columnIndex(header, [HISTORY_HEADERS.timestamp]);
    const users = columnIndex(header, [HISTORY_HEADERS.users]);
    if (ts < 0 || users < 0) {
        const missing = [ts < 0 ? '"Timestamp"' : '', users < 0 ? '"User Count"' : ''].filter(Boolean).join(' and ');
        throw new errors/* ReportError */.$(`is not Locust's _stats_history.csv: the header has no ${missing} column`, { file, line: header.line, column: 1 }, LOCUST_FIX);
    }
    const body = dataRows(rows, header, file);
    let peak = null;
    let first = null;
    let last = null;
    for (const r of body) {
        const t = num(r, ts, 'Timestamp', file, true);
        const u = num(r, users, 'User Count', file, true);
        if (t === null)
            throw new errors/* ReportError */.$('Timestamp must be a whole number of seconds, not N/A', { file, line: r.line, column: r.columns[ts] }, LOCUST_FIX);
        if (last !== null && t < last) {
            throw new errors/* ReportError */.$(`the Timestamp goes back in time (${t} after ${last})`, { file, line: r.line, column: r.columns[ts] }, LOCUST_FIX);
        }
        first ??= t;
        last = t;
        if (u !== null && (peak === null || u > peak))
            peak = u;
    }
    return {
        peakUsers: peak,
        durationSeconds: first !== null && last !== null ? last - first : null,
        window: first !== null && last !== null && last > first ? { start: first, end: last } : null,
    };
}
/** Parses Locust's `_stats.csv` and, when given, its `_stats_history.csv`. Pure. */
function parseLocustCsv(stats, history) {
    const notes = [];
    const { endpoints, aggregate } = parseStats(stats, notes);
    let peakUsers = null;
    let durationSeconds = null;
    let window = null;
    if (history) {
        ({ peakUsers, durationSeconds, window } = parseHistory(history));
        if (peakUsers === null)
            notes.push(`${history.file} has no rows: peak users unknown.`);
    }
    else {
        notes.push(`no _stats_history.csv beside ${stats.file}: peak users unknown.`);
    }
    return { tool: 'locust', file: stats.file, endpoints, aggregate, peakUsers, durationSeconds, window, notes };
}
/** `<prefix>_stats.csv` (or the prefix itself) -> the stats file and its history file. */
function locustFiles(path) {
    const prefix = path.replace(/_stats\.csv$/i, '');
    return { stats: `${prefix}_stats.csv`, history: `${prefix}_stats_history.csv` };
}
/** Reads `<prefix>_stats.csv` and, when it exists, `<prefix>_stats_history.csv` beside it. */
async function readLocustCsv(path) {
    const { stats, history } = locustFiles(path);
    if (!(0,external_node_fs_.existsSync)(stats)) {
        throw new errors/* ReportError */.$('does not exist', { file: stats }, LOCUST_FIX);
    }
    const statsText = await (0,promises_namespaceObject.readFile)(stats, 'utf8');
    const historyText = (0,external_node_fs_.existsSync)(history) ? await (0,promises_namespaceObject.readFile)(history, 'utf8') : null;
    return parseLocustCsv({ text: statsText, file: stats }, historyText === null ? null : { text: historyText, file: history });
}

;// CONCATENATED MODULE: ./packages/uptime/load/read-load-report.ts
/**
 * Reads a load-test report by its name: a `.json` file is a k6 summary export, anything else
 * a Locust `--csv` output (`<prefix>_stats.csv`, or the prefix itself), read with the
 * `_stats_history.csv` beside it.
 */



async function readLoadReport(path) {
    if (/\.json$/i.test(path))
        return readK6Summary(path);
    if (/_stats_history\.csv$/i.test(path)) {
        throw new errors/* ReportError */.$('is the history file', { file: path }, 'Give the <prefix>_stats.csv file: the history beside it is read with it.');
    }
    if (/_(failures|exceptions)\.csv$/i.test(path)) {
        throw new errors/* ReportError */.$('is not the statistics file', { file: path }, 'Give the <prefix>_stats.csv file that Locust writes with --csv <prefix>.');
    }
    return readLocustCsv(path);
}

;// CONCATENATED MODULE: ./packages/uptime/prometheus-text.ts
/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for "the metrics endpoint
 * serves valid Prometheus text". Rules from prometheus.io "Exposition formats" (text format
 * details); where that page is silent, as Prometheus's own scrape parser (promparse) and
 * client_golang's expfmt decide. Every error is a ReportError at the line and column.
 *
 * Lines and tokens
 * - Lines end with `\n`; the last line too. A `\r` is an error (the format is `\n` only).
 *   Empty lines are ignored; tokens are separated by blanks and tabs.
 * - `# HELP name docstring` (escapes `\\` and `\n` only) and `# TYPE name type` (`counter`,
 *   `gauge`, `histogram`, `summary`, `untyped`, in lower case); other `#` lines are comments.
 *   One HELP and one TYPE per name, both before the name's first sample.
 * - `name{label="value",...} value [timestamp]`: names `[a-zA-Z_:][a-zA-Z0-9_:]*`, label names
 *   `[a-zA-Z_][a-zA-Z0-9_]*` (not `__name__`, not twice), label values with the escapes `\\`,
 *   `\"` and `\n` only, a trailing comma allowed. The value is a Go float (`1`, `-2.5e3`,
 *   `+Inf`, `-Inf`, `NaN`, hex floats); the timestamp an int64 of milliseconds.
 *
 * Families
 * - A histogram `x` has only `x_bucket{le=...}`, `x_sum`, `x_count`; a summary `x` has
 *   `x{quantile=...}`, `x_sum`, `x_count`; other types only `x`. A sample whose name is no
 *   open family's starts an untyped family of that name.
 * - All lines of a family form one uninterrupted group; no two samples share name and labels.
 * - Each histogram series (labels without `le`) has buckets in increasing `le`, with
 *   cumulative (non-decreasing) counts, ending in `le="+Inf"`, whose value equals `x_count`
 *   when that is given. Summary quantiles are in [0, 1] and increasing. Counters are not negative.
 */

const PROMETHEUS_TEXT_FIX = 'Serve the text exposition format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats), as the Prometheus client libraries write it.';
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_START = /[a-zA-Z_]/;
const LABEL_CHAR = /[a-zA-Z0-9_]/;
/**
 * Parses a float as Go's strconv.ParseFloat does (what the exposition format specifies):
 * decimal and hex floats, `Inf`/`Infinity`/`NaN` in any case with an optional sign on
 * infinities. Null when the text is not one.
 */
function parseGoFloat(s) {
    if (/^[+-]?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(s) || /^[+-]?\.\d+([eE][+-]?\d+)?$/.test(s))
        return Number(s);
    const special = /^([+-]?)(inf|infinity)$/i.exec(s);
    if (special)
        return special[1] === '-' ? -Infinity : Infinity;
    if (/^nan$/i.test(s))
        return NaN;
    const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
    if (hex && (hex[2] || hex[3])) {
        const int = hex[2] ?? '';
        const frac = hex[3] ?? '';
        const mantissa = parseInt(int + frac || '0', 16) / 16 ** frac.length;
        const v = mantissa * 2 ** Number(hex[4]);
        return hex[1] === '-' ? -v : v;
    }
    return null;
}
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
class Parser {
    file;
    families = [];
    byName = new Map();
    metaOf = new Map();
    series = new Map();
    at = new WeakMap();
    current = null;
    line = 1;
    text = '';
    constructor(file) {
        this.file = file;
    }
    fail(message, column, line = this.line) {
        throw new errors/* ReportError */.$(message, { file: this.file, line, column }, PROMETHEUS_TEXT_FIX);
    }
    parse(text) {
        const lines = text.split('\n');
        if (text.length > 0 && !text.endsWith('\n')) {
            this.fail('the last line does not end with a line feed (truncated?)', lines[lines.length - 1].length + 1, lines.length);
        }
        if (text.endsWith('\n'))
            lines.pop();
        lines.forEach((l, i) => {
            this.line = i + 1;
            this.text = l;
            this.parseLine();
        });
        for (const f of this.families)
            this.checkFamily(f);
        return { file: this.file, families: this.families };
    }
    skipBlanks(i) {
        while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t'))
            i++;
        return i;
    }
    token(i) {
        let end = i;
        while (end < this.text.length && this.text[end] !== ' ' && this.text[end] !== '\t')
            end++;
        return { value: this.text.slice(i, end), end };
    }
    parseLine() {
        const cr = this.text.indexOf('\r');
        if (cr >= 0)
            this.fail('a carriage return: lines must end with \\n only', cr + 1);
        const i = this.skipBlanks(0);
        if (i === this.text.length)
            return;
        if (this.text[i] === '#')
            this.parseComment(i + 1);
        else
            this.parseSample(i);
    }
    metricName(i, what) {
        if (i >= this.text.length)
            this.fail(`${what} is missing`, i + 1);
        if (!NAME_START.test(this.text[i]))
            this.fail(`${what} cannot start with "${this.text[i]}"`, i + 1);
        let end = i + 1;
        while (end < this.text.length && NAME_CHAR.test(this.text[end]))
            end++;
        return { value: this.text.slice(i, end), end };
    }
    parseComment(i) {
        i = this.skipBlanks(i);
        const kw = this.token(i);
        if (kw.value !== 'HELP' && kw.value !== 'TYPE')
            return; // a plain comment
        const nameAt = this.skipBlanks(kw.end);
        if (nameAt === kw.end && nameAt < this.text.length)
            this.fail(`a blank must follow ${kw.value}`, nameAt + 1);
        const name = this.metricName(nameAt, `the metric name after ${kw.value}`);
        if (name.end < this.text.length && this.text[name.end] !== ' ' && this.text[name.end] !== '\t') {
            this.fail(`"${this.text[name.end]}" is not allowed in a metric name`, name.end + 1);
        }
        const family = this.familyForMeta(name.value, nameAt + 1);
        const meta = this.metaOf.get(family);
        if (family.samples.length > 0)
            this.fail(`the ${kw.value} line of ${name.value} comes after its samples (it must come first)`, 1);
        if (kw.value === 'HELP') {
            if (meta.help)
                this.fail(`a second HELP line for ${name.value}`, 1);
            meta.help = true;
            const docAt = this.skipBlanks(name.end);
            family.help = this.unescapeHelp(docAt);
        }
        else {
            if (meta.type)
                this.fail(`a second TYPE line for ${name.value}`, 1);
            meta.type = true;
            const typeAt = this.skipBlanks(name.end);
            const t = this.token(typeAt);
            if (t.value === '')
                this.fail(`the TYPE line of ${name.value} has no type`, typeAt + 1);
            if (!TYPES.has(t.value)) {
                this.fail(`"${t.value}" is not a metric type (counter, gauge, histogram, summary or untyped, in lower case)`, typeAt + 1);
            }
            const rest = this.skipBlanks(t.end);
            if (rest < this.text.length)
                this.fail('text after the type on a TYPE line', rest + 1);
            family.type = t.value;
        }
    }
    unescapeHelp(i) {
        let out = '';
        const end = this.text.replace(/[ \t]+$/, '').length;
        for (; i < end; i++) {
            const c = this.text[i];
            if (c !== '\\') {
                out += c;
                continue;
            }
            const next = this.text[i + 1];
            if (next === '\\')
                out += '\\';
            else if (next === 'n')
                out += '\n';
            else
                this.fail(next === undefined
                    ? 'a backslash ends the HELP text'
                    : `"\\${next}" is not an escape allowed in HELP text (only \\\\ and \\n)`, i + 1);
            i++;
        }
        return out;
    }
    /** The family a HELP or TYPE line names: the open one, or a new one (never one seen before). */
    familyForMeta(name, column) {
        if (this.current?.name === name)
            return this.current;
        return this.open(name, column);
    }
    open(name, column) {
        const seen = this.byName.get(name);
        if (seen)
            this.fail(`the lines of ${name} are not one group: it started on line ${seen.line}`, column);
        const f = { name, type: 'untyped', help: null, samples: [], line: this.line };
        this.families.push(f);
        this.byName.set(name, f);
        this.metaOf.set(f, { help: false, type: false });
        this.current = f;
        return f;
    }
    /** The family a sample belongs to by its name. */
    familyForSample(name, column) {
        const cur = this.current;
        if (cur) {
            if (cur.type === 'histogram') {
                if (name === `${cur.name}_bucket` || name === `${cur.name}_sum` || name === `${cur.name}_count`)
                    return cur;
                if (name === cur.name)
                    this.fail(`${name} is a histogram: its samples are ${name}_bucket, ${name}_sum and ${name}_count`, column);
            }
            else if (cur.type === 'summary') {
                if (name === cur.name || name === `${cur.name}_sum` || name === `${cur.name}_count`)
                    return cur;
            }
            else if (name === cur.name)
                return cur;
        }
        // A sample of a histogram or summary declared earlier is out of its group.
        const base = /^(.*)_(bucket|sum|count)$/.exec(name)?.[1];
        const owner = base !== undefined ? this.byName.get(base) : undefined;
        if (owner && (owner.type === 'histogram' || (owner.type === 'summary' && !name.endsWith('_bucket')))) {
            this.fail(`the lines of ${owner.name} are not one group: it started on line ${owner.line}`, column);
        }
        return this.open(name, column);
    }
    parseSample(i) {
        const name = this.metricName(i, 'the metric name');
        const family = this.familyForSample(name.value, i + 1);
        const labels = {};
        const labelAt = {};
        let j = name.end;
        if (j < this.text.length && this.text[j] !== ' ' && this.text[j] !== '\t' && this.text[j] !== '{') {
            this.fail(`"${this.text[j]}" is not allowed in a metric name`, j + 1);
        }
        j = this.skipBlanks(j); // blanks may stand before "{", as client_golang's parser allows
        if (this.text[j] === '{')
            j = this.parseLabels(j + 1, labels, labelAt);
        j = this.skipBlanks(j);
        if (j >= this.text.length)
            this.fail(`the sample ${name.value} has no value`, j + 1);
        const v = this.token(j);
        const value = parseGoFloat(v.value);
        if (value === null)
            this.fail(`"${v.value.slice(0, 30)}" is not a number (a float such as 1, 2.5e-3, +Inf, -Inf or NaN)`, j + 1);
        let k = this.skipBlanks(v.end);
        let timestamp = null;
        if (k < this.text.length) {
            const t = this.token(k);
            if (!/^[+-]?\d+$/.test(t.value) || BigInt(t.value) > INT64_MAX || BigInt(t.value) < INT64_MIN) {
                this.fail(`"${t.value.slice(0, 30)}" is not a timestamp (whole milliseconds since the epoch)`, k + 1);
            }
            timestamp = Number(t.value);
            k = this.skipBlanks(t.end);
            if (k < this.text.length)
                this.fail('text after the timestamp', k + 1);
        }
        const key = `${name.value}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
        const dup = this.series.get(key);
        if (dup !== undefined)
            this.fail(`a second sample with the same name and labels as line ${dup}`, i + 1);
        this.series.set(key, this.line);
        const sample = { name: name.value, labels, value, timestamp, line: this.line };
        this.at.set(sample, { column: i + 1, labels: labelAt });
        family.samples.push(sample);
    }
    /** Reads `name="value", ...}` from just after `{`; returns the offset after `}`. */
    parseLabels(i, labels, labelAt) {
        for (;;) {
            i = this.skipBlanks(i);
            if (this.text[i] === '}')
                return i + 1;
            if (i >= this.text.length)
                this.fail('the labels are not closed with "}"', i + 1);
            if (!LABEL_START.test(this.text[i]))
                this.fail(`a label name cannot start with "${this.text[i]}"`, i + 1);
            const nameAt = i;
            while (i < this.text.length && LABEL_CHAR.test(this.text[i]))
                i++;
            const label = this.text.slice(nameAt, i);
            if (label === '__name__')
                this.fail('the label name __name__ is reserved', nameAt + 1);
            if (label in labels)
                this.fail(`the label ${label} appears twice`, nameAt + 1);
            i = this.skipBlanks(i);
            if (this.text[i] !== '=')
                this.fail(`"=" must follow the label name ${label}`, i + 1);
            i = this.skipBlanks(i + 1);
            if (this.text[i] !== '"')
                this.fail(`the value of label ${label} must be in double quotes`, i + 1);
            const valueAt = i + 1;
            let value = '';
            i++;
            for (;;) {
                if (i >= this.text.length)
                    this.fail(`the value of label ${label} is not closed (a missing '"')`, valueAt);
                const c = this.text[i];
                if (c === '"')
                    break;
                if (c === '\\') {
                    const next = this.text[i + 1];
                    if (next === '\\')
                        value += '\\';
                    else if (next === '"')
                        value += '"';
                    else if (next === 'n')
                        value += '\n';
                    else
                        this.fail(next === undefined
                            ? `the value of label ${label} is not closed`
                            : `"\\${next}" is not an escape allowed in a label value (only \\\\, \\" and \\n)`, i + 1);
                    i += 2;
                    continue;
                }
                value += c;
                i++;
            }
            labels[label] = value;
            labelAt[label] = valueAt;
            i = this.skipBlanks(i + 1);
            if (this.text[i] === ',') {
                i++;
                continue;
            }
            if (this.text[i] === '}')
                return i + 1;
            this.fail(i >= this.text.length
                ? 'the labels are not closed with "}"'
                : `"," or "}" must follow the value of label ${label}`, i + 1);
        }
    }
    failAt(s, message, label) {
        const at = this.at.get(s);
        const column = (label !== undefined ? at?.labels[label] : undefined) ?? at?.column ?? 1;
        this.fail(message, column, s.line);
    }
    checkFamily(f) {
        if (f.type === 'counter') {
            for (const s of f.samples)
                if (s.value < 0)
                    this.failAt(s, `the counter ${f.name} is negative (${s.value})`);
        }
        else if (f.type === 'histogram')
            this.checkHistogram(f);
        else if (f.type === 'summary')
            this.checkSummary(f);
    }
    checkHistogram(f) {
        const groups = new Map();
        const groupOf = (s) => {
            const key = seriesKey(s.labels, 'le');
            let g = groups.get(key);
            if (!g)
                groups.set(key, (g = { buckets: [], other: [] }));
            return g;
        };
        for (const s of f.samples) {
            if (s.name === `${f.name}_bucket`) {
                if (!('le' in s.labels))
                    this.failAt(s, `the bucket of ${f.name} has no le label`);
                const le = parseGoFloat(s.labels.le);
                if (le === null || Number.isNaN(le))
                    this.failAt(s, `le="${s.labels.le}" is not a number`, 'le');
                const g = groupOf(s);
                const prev = g.buckets[g.buckets.length - 1];
                if (prev && le <= prev.le)
                    this.failAt(s, `the buckets of ${f.name} are not in increasing le order (le="${s.labels.le}" after le="${prev.s.labels.le}")`, 'le');
                if (prev && s.value < prev.s.value) {
                    this.failAt(s, `the bucket le="${s.labels.le}" of ${f.name} counts ${s.value}, fewer than the bucket before it (${prev.s.value}): buckets are cumulative`);
                }
                g.buckets.push({ le, s });
            }
            else {
                if ('le' in s.labels)
                    this.failAt(s, `${s.name} must not have an le label (only ${f.name}_bucket has)`, 'le');
                const g = groupOf(s);
                if (s.name === `${f.name}_count`)
                    g.count = s;
                else
                    g.other.push(s);
            }
        }
        for (const g of groups.values()) {
            const last = g.buckets[g.buckets.length - 1];
            if (!last) {
                const s = g.count ?? g.other[0];
                this.failAt(s, `the histogram ${f.name}${labelText(s.labels)} has no buckets (it needs at least le="+Inf")`);
            }
            if (last.le !== Infinity)
                this.failAt(last.s, `the histogram ${f.name}${labelText(withoutLe(last.s.labels))} has no le="+Inf" bucket (it must end with one)`);
            if (g.count && !sameNumber(g.count.value, last.s.value)) {
                this.failAt(g.count, `${f.name}_count is ${g.count.value} but the le="+Inf" bucket counts ${last.s.value}: they must be equal`);
            }
        }
    }
    checkSummary(f) {
        const prevOf = new Map();
        for (const s of f.samples) {
            if (s.name !== f.name) {
                if ('quantile' in s.labels)
                    this.failAt(s, `${s.name} must not have a quantile label`, 'quantile');
                continue;
            }
            if (!('quantile' in s.labels))
                this.failAt(s, `the summary ${f.name} sample has no quantile label`);
            const q = parseGoFloat(s.labels.quantile);
            if (q === null || !(q >= 0 && q <= 1))
                this.failAt(s, `quantile="${s.labels.quantile}" is not a number from 0 to 1`, 'quantile');
            const key = seriesKey(s.labels, 'quantile');
            const prev = prevOf.get(key);
            if (prev && q <= prev.q)
                this.failAt(s, `the quantiles of ${f.name} are not in increasing order (${s.labels.quantile} after ${prev.s.labels.quantile})`, 'quantile');
            prevOf.set(key, { q, s });
        }
    }
}
function sameNumber(a, b) {
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
function withoutLe(labels) {
    const { le: _le, ...rest } = labels;
    return rest;
}
function seriesKey(labels, without) {
    return JSON.stringify(Object.entries(labels)
        .filter(([k]) => k !== without)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** `{a="x",b="y"}`, escaped as in the format; empty for no labels. */
function labelText(labels) {
    const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
    return parts.length ? `{${parts.join(',')}}` : '';
}
/** Parses and validates an exposition. Pure. */
function parsePrometheusText(text, file) {
    return new Parser(file).parse(text);
}
/**
 * Whether an HTTP Content-Type is the text format 0.0.4: `text/plain`, with `version=0.0.4`
 * or no version (which means the latest text version). Returns the problem, or null.
 */
function contentTypeProblem(contentType) {
    if (!contentType)
        return 'the response has no Content-Type (expected text/plain; version=0.0.4)';
    const [type, ...params] = contentType.split(';').map((p) => p.trim());
    if (type.toLowerCase() === 'application/openmetrics-text')
        return 'the response is OpenMetrics, not the Prometheus text format 0.0.4';
    if (type.toLowerCase() !== 'text/plain')
        return `the Content-Type is ${type}, not text/plain; version=0.0.4`;
    const version = params.map((p) => /^version\s*=\s*"?([^";]*)"?$/i.exec(p)?.[1]).find((v) => v !== undefined);
    if (version !== undefined && version !== '0.0.4')
        return `the text format version is ${version}, not 0.0.4`;
    return null;
}
function findFamily(expo, name) {
    return expo.families.find((f) => f.name === name);
}

;// CONCATENATED MODULE: ./packages/uptime/prometheus-api.ts
/**
 * Prometheus's HTTP API, the parsing side only (no requests are made here): the responses of
 * `/api/v1/query` and `/api/v1/query_range`, and the PromQL this project asks for.
 *
 * Responses (prometheus.io "HTTP API", format overview and expression query result formats):
 * `{status: "success", data: {resultType, result}, warnings?, infos?}` or
 * `{status: "error", errorType, error}`. Sample values are strings (`"1"`, `"NaN"`, `"+Inf"`)
 * and timestamps seconds. An empty result is **no data**, never zero; so is NaN (0/0: an
 * error rate over no requests). A native histogram sample (`histogram` instead of `value`) is
 * refused: ask for a number (`histogram_quantile`, `histogram_count`).
 *
 * PromQL: label values are written as PromQL string literals (`\\`, `"`, line breaks and
 * control characters escaped), names and durations are checked, so a config value cannot
 * change the query's structure.
 */



/** Prometheus answered `status: "error"`: the query is wrong, too heavy, or Prometheus is unwell. */
class PrometheusQueryError extends errors/* ReportError */.$ {
    errorType;
    constructor(message, errorType, place, fix) {
        super(message, place, fix);
        this.errorType = errorType;
        this.name = 'PrometheusQueryError';
    }
}
const ERROR_FIX = {
    bad_data: 'Check the PromQL expression and its parameters (syntax, function arguments, time range).',
    timeout: 'Query a shorter window or a cheaper expression, or raise the Prometheus query timeout.',
    canceled: 'The query was canceled; run it again, over a shorter window if it keeps failing.',
    execution: 'Prometheus could not evaluate the query (too many samples or series?); narrow its selectors or window.',
    unavailable: 'Prometheus is not ready (starting or overloaded); retry later.',
    internal: 'Prometheus failed internally; look at its logs and retry.',
    not_found: 'The API path was not found: check the Prometheus URL (it must be the server root, without /api/v1).',
    not_acceptable: 'Prometheus refused the request format; check the URL and headers.',
};
const RESPONSE_FIX = 'Point the check at a Prometheus server (or compatible API) root URL; its /api/v1/query answers JSON.';
function prometheus_api_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function bad(source, at, message) {
    throw new errors/* ReportError */.$(`the Prometheus response is not the documented shape: ${message}`, { file: source, at }, RESPONSE_FIX);
}
function labelsOf(source, at, v) {
    if (!prometheus_api_isRecord(v))
        bad(source, at, 'metric must be an object of labels');
    for (const [k, x] of Object.entries(v))
        if (typeof x !== 'string')
            bad(source, `${at}.${k}`, 'label values must be strings');
    return v;
}
function samplePair(source, at, v) {
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
        bad(source, at, 'a sample must be [timestamp, "value"]');
    }
    return { t: v[0], raw: v[1] };
}
function sampleValue(source, at, raw) {
    const n = parseGoFloat(raw);
    if (n === null)
        bad(source, at, `"${raw.slice(0, 30)}" is not a number`);
    return n;
}
function vectorSeries(source, result) {
    return result.map((s, i) => {
        const at = `data.result[${i}]`;
        if (!prometheus_api_isRecord(s))
            bad(source, at, 'a series must be an object');
        if (s.value === undefined && s.histogram !== undefined) {
            throw new errors/* ReportError */.$('the query returned a native histogram, not a number', { file: source, at }, 'Wrap it in histogram_quantile(), histogram_count() or histogram_sum().');
        }
        const { t, raw } = samplePair(source, `${at}.value`, s.value);
        return { labels: labelsOf(source, `${at}.metric`, s.metric), t, value: sampleValue(source, `${at}.value`, raw) };
    });
}
function matrixSeries(source, result) {
    return result.map((s, i) => {
        const at = `data.result[${i}]`;
        if (!prometheus_api_isRecord(s))
            bad(source, at, 'a series must be an object');
        if (s.values === undefined && s.histograms !== undefined) {
            throw new errors/* ReportError */.$('the query returned native histograms, not numbers', { file: source, at }, 'Wrap it in histogram_quantile(), histogram_count() or histogram_sum().');
        }
        if (!Array.isArray(s.values))
            bad(source, `${at}.values`, 'values must be an array of [timestamp, "value"]');
        const values = s.values.map((p, j) => {
            const { t, raw } = samplePair(source, `${at}.values[${j}]`, p);
            return { t, value: sampleValue(source, `${at}.values[${j}]`, raw) };
        });
        return { labels: labelsOf(source, `${at}.metric`, s.metric), values };
    });
}
/**
 * Parses a query response: the body text (parsed as JSON) or the already parsed JSON. `source`
 * names where it came from (the URL or a file) and `query` the PromQL, for messages. Throws
 * PrometheusQueryError on `status: "error"`.
 */
function parsePromQueryResponse(body, source, query) {
    const doc = typeof body === 'string' ? (0,json_text/* parseJsonText */.lk)(body, source) : body;
    if (!prometheus_api_isRecord(doc))
        bad(source, '(top level)', 'expected an object with "status"');
    if (doc.status === 'error') {
        const errorType = typeof doc.errorType === 'string' ? doc.errorType : 'unknown';
        const error = typeof doc.error === 'string' ? doc.error : '(no message)';
        throw new PrometheusQueryError(`Prometheus answered an error (${errorType}): ${error}`, errorType, query ? { file: source, at: query } : { file: source }, ERROR_FIX[errorType] ?? 'Check the query and the Prometheus server.');
    }
    if (doc.status !== 'success')
        bad(source, 'status', 'status must be "success" or "error"');
    const warnings = [doc.warnings, doc.infos].flatMap((w) => Array.isArray(w) ? w.filter((x) => typeof x === 'string') : []);
    const data = doc.data;
    if (!prometheus_api_isRecord(data))
        bad(source, 'data', 'data must be an object');
    const { resultType, result } = data;
    switch (resultType) {
        case 'vector':
            if (!Array.isArray(result))
                bad(source, 'data.result', 'a vector result must be an array');
            return { resultType, series: vectorSeries(source, result), warnings };
        case 'matrix':
            if (!Array.isArray(result))
                bad(source, 'data.result', 'a matrix result must be an array');
            return { resultType, series: matrixSeries(source, result), warnings };
        case 'scalar': {
            const { t, raw } = samplePair(source, 'data.result', result);
            return { resultType, t, value: sampleValue(source, 'data.result', raw), warnings };
        }
        case 'string': {
            const { t, raw } = samplePair(source, 'data.result', result);
            return { resultType, t, value: raw, warnings };
        }
        default:
            bad(source, 'data.resultType', 'resultType must be vector, matrix, scalar or string');
    }
}
/**
 * The one number an instant query answered, or null for no data: an empty vector, or NaN.
 * Several series are refused (which one would be meant?): aggregate them in the query.
 */
function singleValue(result, query) {
    let value;
    if (result.resultType === 'scalar')
        value = result.value;
    else if (result.resultType === 'vector') {
        if (result.series.length === 0)
            return null;
        if (result.series.length > 1) {
            throw new errors/* ConfigurationError */.j(`the query returned ${result.series.length} series where one number was expected`, query ? { at: query } : {}, 'Aggregate it to one series, e.g. with sum(...) or avg(...).');
        }
        value = result.series[0].value;
    }
    else {
        throw new errors/* ConfigurationError */.j(`the query returned a ${result.resultType}, not a number`, query ? { at: query } : {}, 'Use an instant query (/api/v1/query) whose expression gives one number.');
    }
    return Number.isNaN(value) ? null : value;
}
/** Parses an instant query response to its one number, or null for no data. */
function queryValue(body, source, query) {
    return singleValue(parsePromQueryResponse(body, source, query), query);
}
// ---------------------------------------------------------------- PromQL builders
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;
/** A PromQL double-quoted string literal holding `value` exactly. */
function promqlString(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
function checkName(kind, name) {
    if (!(kind === 'metric' ? METRIC_NAME : LABEL_NAME).test(name)) {
        throw new errors/* ConfigurationError */.j(`"${name}" is not a valid Prometheus ${kind} name`, {}, `A ${kind} name matches ${kind === 'metric' ? '[a-zA-Z_:][a-zA-Z0-9_:]*' : '[a-zA-Z_][a-zA-Z0-9_]*'}.`);
    }
}
function checkDuration(window) {
    if (!DURATION.test(window))
        throw new errors/* ConfigurationError */.j(`"${window}" is not a PromQL duration`, {}, 'Write a duration such as 5m, 1h, 7d or 1h30m.');
}
/** `{job="neo4j",code=~"5.."}` in the order given; empty for no labels. */
function selector(labels) {
    const parts = Object.entries(labels).map(([name, m]) => {
        checkName('label', name);
        if (typeof m === 'string')
            return `${name}=${promqlString(m)}`;
        return 'regex' in m ? `${name}=~${promqlString(m.regex)}` : `${name}!~${promqlString(m.notRegex)}`;
    });
    return parts.length ? `{${parts.join(',')}}` : '';
}
/**
 * Availability over a window from the `up` series of a scrape job: the share of scrapes that
 * succeeded, `sum(sum_over_time(up{job="x"}[7d])) / sum(count_over_time(up{job="x"}[7d]))`
 * (0..1). The sums make one number of a job with several targets; for one target it is the
 * plain `sum_over_time / count_over_time`.
 */
function availabilityQuery(opts) {
    const window = opts.window ?? '7d';
    checkDuration(window);
    const sel = `up${selector({ job: opts.job, ...opts.labels })}`;
    return `sum(sum_over_time(${sel}[${window}])) / sum(count_over_time(${sel}[${window}]))`;
}
/**
 * The error rate (0..1) of a request counter: the rate of requests whose status label matches
 * `errorRegex` (5xx by default) over the rate of all of them,
 * `sum(rate(http_requests_total{job="x",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="x"}[5m]))`.
 */
function errorRateQuery(opts) {
    const metric = opts.metric ?? 'http_requests_total';
    const window = opts.window ?? '5m';
    const statusLabel = opts.statusLabel ?? 'code';
    checkName('metric', metric);
    checkName('label', statusLabel);
    checkDuration(window);
    const errors = selector({ ...opts.labels, [statusLabel]: { regex: opts.errorRegex ?? '5..' } });
    return `sum(rate(${metric}${errors}[${window}])) / sum(rate(${metric}${selector(opts.labels)}[${window}]))`;
}
/**
 * A latency quantile from a classic histogram, in the histogram's unit (seconds for
 * `*_seconds`): `histogram_quantile(0.95, sum by (le) (rate(<metric>_bucket{...}[5m])))`.
 * `metric` is the histogram's name; a name already ending in `_bucket` is used as it is.
 */
function latencyQuantileQuery(opts) {
    const window = opts.window ?? '5m';
    const q = opts.quantile ?? 0.95;
    checkName('metric', opts.metric);
    checkDuration(window);
    if (!(q >= 0 && q <= 1))
        throw new errors/* ConfigurationError */.j(`quantile ${q} is not from 0 to 1`, {}, 'Use e.g. 0.95 for p95.');
    const bucket = opts.metric.endsWith('_bucket') ? opts.metric : `${opts.metric}_bucket`;
    return `histogram_quantile(${q}, sum by (le) (rate(${bucket}${selector(opts.labels ?? {})}[${window}])))`;
}

;// CONCATENATED MODULE: ./packages/uptime/resource-usage.ts
/**
 * Memory and CPU of a component from Prometheus over a time window (a load test's, else the
 * staging window), for the seed bars "Memory < 512MB per container" and "CPU < 50% average
 * utilization". Pure: the PromQL asked with `/api/v1/query_range`, and the figures read from
 * the matrices it answers.
 *
 * Source: when the component's job exposes cAdvisor metrics, per container
 * `container_memory_working_set_bytes` (what a container's memory limit and the OOM killer
 * judge) and `container_cpu_usage_seconds_total`, leaving out the pod-level cgroup
 * (`container=""`) and the pause container (`POD`); else the client library's process
 * metrics, `process_resident_memory_bytes` and `process_cpu_seconds_total`.
 *
 * - Memory: the peak, per series, over the window. Asked as `max_over_time(m[<step>])` at that
 *   step, so the ranges tile the window and no scraped sample falls between points. A limit
 *   is crossed at one moment, so the peak is what is judged. MB are 2^20 bytes (Kubernetes'
 *   Mi, docker stats' MiB).
 * - CPU: percent of one core, per series: the counter's increase over the window (restarts
 *   counted as Prometheus counts them: a drop means the counter started again from 0) over the
 *   window's length, i.e. the average utilization the seed bar names. The highest rate over any
 *   minute is shown beside it, not judged: a start-up or garbage-collection burst is not the
 *   component's load. The counter is read raw at the step, so the average needs no `rate()`
 *   window that could straddle the test's edges.
 * - Several series (replicas, containers): each is judged, the worst is the figure.
 * An empty answer is no data, never 0.
 */

/** Prometheus answers at most 11,000 points per series; stay under it with a round step. */
const MAX_POINTS = 10_000;
const MB = 1024 * 1024;
const PEAK_SPAN_SECONDS = 60;
/** The query_range step, whole seconds: one point per second, or fewer for long windows. */
function stepSeconds(w) {
    return Math.max(1, Math.ceil((w.end - w.start) / MAX_POINTS));
}
function sel(job, source) {
    const labels = source === 'container' ? { job, container: { notRegex: 'POD|' } } : { job };
    return selector(labels);
}
function memoryQuery(job, source, step) {
    const metric = source === 'container' ? 'container_memory_working_set_bytes' : 'process_resident_memory_bytes';
    return `max_over_time(${metric}${sel(job, source)}[${step}s])`;
}
function cpuQuery(job, source) {
    const metric = source === 'container' ? 'container_cpu_usage_seconds_total' : 'process_cpu_seconds_total';
    return `${metric}${sel(job, source)}`;
}
/** `/api/v1/query_range?query=…&start=…&end=…&step=…` under a Prometheus root URL. */
function rangeQueryPath(query, w, step) {
    return `/api/v1/query_range?query=${encodeURIComponent(query)}&start=${w.start}&end=${w.end}&step=${step}`;
}
/** `{instance="a:9100",container="api"}`: which series a figure came from. */
function seriesName(labels) {
    const keys = Object.keys(labels)
        .filter((k) => k !== '__name__' && k !== 'job')
        .sort();
    return keys.length ? `{${keys.map((k) => `${k}=${promqlString(labels[k])}`).join(',')}}` : '(one series)';
}
function matrix(result) {
    if (result.resultType !== 'matrix')
        throw new TypeError(`a range query answers a matrix, not a ${result.resultType}`);
    return result.series;
}
/** The highest value of any series (bytes), and which series; null for an empty answer. */
function peakMemory(result) {
    let best = null;
    for (const s of matrix(result)) {
        for (const p of s.values)
            if (Number.isFinite(p.value) && (best === null || p.value > best.bytes))
                best = { bytes: p.value, series: seriesName(s.labels) };
    }
    return best;
}
/** A counter's increase between two points of a series, restarts counted as Prometheus counts them. */
function increase(values, from, to) {
    let sum = 0;
    for (let i = from + 1; i <= to; i++) {
        const d = values[i].value - values[i - 1].value;
        sum += d >= 0 ? d : values[i].value;
    }
    return sum;
}
function seriesCpu(values) {
    const points = values.filter((p) => Number.isFinite(p.value));
    if (points.length < 2)
        return null;
    const span = points[points.length - 1].t - points[0].t;
    if (span <= 0)
        return null;
    const average = increase(points, 0, points.length - 1) / span;
    let peak = span < PEAK_SPAN_SECONDS ? average : 0;
    let j = 0;
    for (let i = 0; i < points.length; i++) {
        while (j < points.length && points[j].t - points[i].t < PEAK_SPAN_SECONDS)
            j++;
        if (j >= points.length)
            break;
        peak = Math.max(peak, increase(points, i, j) / (points[j].t - points[i].t));
    }
    return { average, peak };
}
/** CPU of the busiest series (by average); null when no series has two points. */
function cpuUsage(result) {
    let best = null;
    for (const s of matrix(result)) {
        const f = seriesCpu(s.values);
        if (f && (best === null || 100 * f.average > best.averagePercent))
            best = { averagePercent: 100 * f.average, peakPercent: 100 * f.peak, series: seriesName(s.labels) };
    }
    return best;
}

;// CONCATENATED MODULE: ./actions/uptime-check/collect.ts
/**
 * uptime-check's edge: probe targets, load-test reports, Prometheus (instant and range
 * queries), the metrics endpoint and the alert rules files. Only plain data leaves here.
 */











/** The endpoints to probe: the `urls` input, else the component's `health` checks. */
function probeTargets(urls, component, timeoutMs) {
    if (urls.length)
        return urls.map((url) => ({ url, ...(timeoutMs ? { timeoutMs } : {}) }));
    return (component?.health ?? []).map((h) => ({
        url: h.url,
        ...(h.method ? { method: h.method } : {}),
        ...(h['expect-status'] ? { expectStatus: h['expect-status'] } : {}),
        ...(h['expect-json'] ? { expectJson: h['expect-json'] } : {}),
        ...((timeoutMs ?? h['timeout-ms']) ? { timeoutMs: timeoutMs ?? h['timeout-ms'] } : {}),
    }));
}
async function readLoadReports(locust, k6, root) {
    const out = [];
    for (const pattern of locust) {
        // A Locust prefix ("results/run") names two files; a path names the stats file.
        const files = /_stats\.csv$/.test(pattern) || pattern.includes('*')
            ? await (0,report_files/* expandReportGlobs */.Cz)([pattern], root, 'input locust-stats')
            : [`${root}/${pattern}`];
        // readLoadReport says what a history or failures file is, instead of failing on its columns.
        for (const f of files)
            out.push({ file: (0,report_files/* displayPath */.Gt)(f, root), model: await readLoadReport(f) });
    }
    for (const f of await (0,report_files/* expandReportGlobs */.Cz)(k6, root, 'input k6-summary'))
        out.push({ file: (0,report_files/* displayPath */.Gt)(f, root), model: await readK6Summary(f) });
    return out;
}
/** A Prometheus answer or a metrics page is a few MB at most; a larger one is refused, not read whole. */
const MAX_REPLY_BYTES = 64 * 2 ** 20;
/**
 * GETs a URL; `user:password@` in it is sent as basic authentication (fetch refuses URLs with
 * credentials). An error's message never quotes the credentials.
 */
async function fetchText(url, timeoutMs, accept) {
    const headers = { accept };
    let target = url;
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
            u.username = '';
            u.password = '';
            target = u.href;
        }
    }
    catch {
        // not a URL: fetch says so below
    }
    try {
        const r = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), headers });
        return {
            status: r.status,
            contentType: r.headers.get('content-type'),
            text: await (0,bounded_body/* readBoundedText */.Ht)(r, MAX_REPLY_BYTES),
        };
    }
    catch (e) {
        const cause = e.cause;
        const why = cause?.code ?? cause?.message ?? e.message;
        // No `cause`: the original error's text quotes the URL with its credentials.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(hideSecrets(`${e.message}${why && why !== e.message ? ` (${why})` : ''}`, url));
    }
}
/** A message about `url` with its credentials taken out, wherever they appear. */
function hideSecrets(text, url) {
    return (0,redact/* redactValues */.se)((0,redact/* redactUrls */.sK)(text), (0,redact/* urlSecrets */.Fn)(url));
}
/**
 * GETs a Prometheus HTTP API path and reads its answer with `read`; a failure, or an answer that
 * is not JSON (not a Prometheus server), is the error, with the URL's credentials hidden.
 */
async function promApi(url, path, timeoutMs, read) {
    try {
        const r = await fetchText(`${url.replace(/\/$/, '')}${path}`, timeoutMs, 'application/json');
        let body;
        try {
            body = JSON.parse(r.text);
        }
        catch {
            return {
                value: null,
                error: `HTTP ${r.status}: the answer is not JSON; is ${(0,redact/* redactUrl */.BO)(url)} a Prometheus server?`,
            };
        }
        return { value: read(body), error: null };
    }
    catch (e) {
        const msg = e instanceof errors/* ReportError */.$ ? e.message : e.message;
        return { value: null, error: `could not query Prometheus: ${hideSecrets(msg, url)}` };
    }
}
async function promQuery(url, query, timeoutMs) {
    return promApi(url, `/api/v1/query?query=${encodeURIComponent(query)}`, timeoutMs, (body) => queryValue(body, (0,redact/* redactUrl */.BO)(url), query));
}
/**
 * Availability (`up`), the 5xx error rate of the request counter, and p95 latency from the
 * request-duration histogram, each over the window. An empty answer is no data.
 */
async function queryPrometheus(url, opts, timeoutMs) {
    const labels = { job: opts.job };
    const queries = {
        availability: availabilityQuery({ job: opts.job, window: opts.window }),
        errorRate: errorRateQuery({ labels, metric: opts.requestsMetric, window: opts.window }),
        p95: latencyQuantileQuery({ metric: opts.latencyMetric, labels, window: opts.window, quantile: 0.95 }),
    };
    const [availability, errorRate, p95] = await Promise.all([
        promQuery(url, queries.availability, timeoutMs),
        promQuery(url, queries.errorRate, timeoutMs),
        promQuery(url, queries.p95, timeoutMs),
    ]);
    return {
        url: (0,redact/* redactUrl */.BO)(url),
        query: queries.availability,
        availability: availability.value,
        error: availability.error,
        errorRate: { query: queries.errorRate, value: errorRate.value, error: errorRate.error },
        // Histograms of *_seconds are in seconds; the SLA is in ms.
        p95Ms: {
            query: queries.p95,
            value: p95.value === null ? null : opts.latencyMetric.endsWith('_seconds') ? p95.value * 1000 : p95.value,
            error: p95.error,
        },
    };
}
async function checkMetrics(url, timeoutMs) {
    const shown = (0,redact/* redactUrl */.BO)(url);
    try {
        const r = await fetchText(url, timeoutMs, 'text/plain;version=0.0.4');
        if (r.status !== 200)
            return { url: shown, problem: `HTTP ${r.status}`, families: 0 };
        const ct = contentTypeProblem(r.contentType);
        if (ct)
            return { url: shown, problem: ct, families: 0 };
        const expo = parsePrometheusText(r.text, shown);
        return { url: shown, problem: null, families: expo.families.length };
    }
    catch (e) {
        const msg = e instanceof errors/* ConfigurationError */.j ? e.describe() : e.message;
        return { url: shown, problem: hideSecrets(msg, url), families: 0 };
    }
}
/** The alert rules files' coverage of the seed alerts; their parser (YAML) loads only when there are files. */
async function checkAlertRules(patterns, root) {
    const files = (await (0,report_files/* globFiles */.CJ)(patterns, { cwd: root, dot: true, onlyFiles: true })).sort();
    if (files.length === 0)
        return { files: [], coverage: null, problem: `no alert rules file: looked for ${patterns.join(', ')}` };
    const { checkSeedAlerts, parseAlertRules } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6423));
    try {
        const parsed = files.map((f) => parseAlertRules((0,external_node_fs_.readFileSync)(`${root}/${f}`, 'utf8'), f));
        return { files, coverage: checkSeedAlerts(parsed), problem: null };
    }
    catch (e) {
        return { files, coverage: null, problem: e instanceof errors/* ConfigurationError */.j ? e.describe() : e.message };
    }
}
/** A refusal of the token (401, 403). A 404 is not one: the repository or branch is not there, or the token cannot see it. */
function isPermission(e) {
    return e instanceof api_errors/* GitHubApiError */.OS && (e.status === 403 || e.status === 401);
}
/** A range query's matrix, or why there is none. An answer that is not a Prometheus answer is an error, never no data. */
async function promRange(url, query, w, step, timeoutMs) {
    const r = await promApi(url, rangeQueryPath(query, w, step), timeoutMs, (body) => parsePromQueryResponse(body, (0,redact/* redactUrl */.BO)(url), query));
    if (r.value === null)
        return { result: null, error: r.error };
    if (r.value.resultType !== 'matrix')
        return { result: null, error: `a range query answered a ${r.value.resultType}, not a matrix` };
    return { result: r.value, error: null };
}
const hasSeries = (r) => r.result?.resultType === 'matrix' && r.result.series.length > 0;
/**
 * Peak memory and CPU of a job over a window (resource-usage.ts): cAdvisor's container series
 * when the job has them, else the process metrics. Four range queries at once.
 */
async function queryResourceUsage(url, job, window, timeoutMs) {
    const step = stepSeconds(window);
    const sources = ['container', 'process'];
    const [memC, memP, cpuC, cpuP] = await Promise.all([
        ...sources.map((s) => promRange(url, memoryQuery(job, s, step), window, step, timeoutMs)),
        ...sources.map((s) => promRange(url, cpuQuery(job, s), window, step, timeoutMs)),
    ]);
    const source = hasSeries(memC) || hasSeries(cpuC) ? 'container' : 'process';
    const mem = source === 'container' ? memC : memP;
    const cpu = source === 'container' ? cpuC : cpuP;
    const peak = mem.result ? peakMemory(mem.result) : null;
    const usage = cpu.result ? cpuUsage(cpu.result) : null;
    return {
        url: (0,redact/* redactUrl */.BO)(url),
        window,
        source,
        step,
        memory: {
            query: memoryQuery(job, source, step),
            peakMb: peak ? peak.bytes / MB : null,
            series: peak?.series ?? null,
            error: mem.error,
        },
        cpu: {
            query: cpuQuery(job, source),
            averagePercent: usage?.averagePercent ?? null,
            peakPercent: usage?.peakPercent ?? null,
            series: usage?.series ?? null,
            error: cpu.error,
        },
    };
}


/***/ }),

/***/ 8782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eF: () => (/* binding */ syncHistory),
/* harmony export */   gW: () => (/* binding */ dayNeeds),
/* harmony export */   tn: () => (/* binding */ componentDays)
/* harmony export */ });
/** What all the windows need of each day: its samples when any window cuts it, its rollup when any takes it whole. */
function dayNeeds(plans) {
    const needs = new Map();
    for (const p of plans) {
        for (const { day, source } of p.plan) {
            const n = needs.get(day) ?? { day, raw: false, rollup: false };
            if (source === 'raw')
                n.raw = true;
            else
                n.rollup = true;
            needs.set(day, n);
        }
    }
    return [...needs.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
/** One component's days for computeWindow, in plan order: the rollup when the plan takes it and one was read, else the samples. */
function componentDays(plan, data, key) {
    return plan.map(({ day, source }) => {
        const d = data.get(day);
        const rollup = source === 'rollup' ? d?.rollups?.get(key) : undefined;
        if (rollup)
            return rollup;
        return d?.raw?.get(key) ?? [];
    });
}
/** Records this run's probes and reads every window's days, in one pass over the shared files. */
async function syncHistory(history, p) {
    const run = await history.run({
        needs: dayNeeds(p.plans),
        record: p.record,
        components: p.plans.map((x) => x.key),
        intervalMs: p.intervalMs,
        today: p.today,
        readOnly: p.readOnly,
    });
    const days = new Map();
    for (const x of p.plans)
        days.set(x.key, componentDays(x.plan, run.days, x.key));
    return { days, run };
}


/***/ }),

/***/ 1370:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _uptime_check_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9693);

await (0,_uptime_check_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ durationMs),
  T: () => (/* binding */ parseInputs)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/config/defaults.ts
var defaults = __nccwpck_require__(653);
// EXTERNAL MODULE: ./packages/core/path-input.ts
var path_input = __nccwpck_require__(7104);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __nccwpck_require__(8298);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __nccwpck_require__(425);
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
    const n = posix.normalize(p);
    return n === '.' ? '' : n.replace(/^\.\//, '').replace(/\/$/, '');
}
/** Parses the `path-map` input: one `from=to` per line or comma-separated. */
function path_resolver_parsePathMap(text) {
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
        const base = posix.basename(p);
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
;// CONCATENATED MODULE: ./packages/action-io/inputs.ts
/** Reading action inputs with clear errors (the input's name, what was expected, what was found). */




function stringInput(name) {
    return core/* getInput */.V4(name).trim();
}
function optionalInput(name) {
    const v = stringInput(name);
    return v === '' ? null : v;
}
function inputs_listInput(name) {
    return (0,report_files/* splitList */.ry)(core/* getInput */.V4(name));
}
function numberInput(name, range) {
    const raw = optionalInput(name);
    if (raw === null)
        return null;
    const v = Number(raw.replace(/%$/, ''));
    if (!Number.isFinite(v) || v < range.min || v > range.max) {
        throw new errors/* ConfigurationError */.j(`expected a number from ${range.min} to ${range.max}, found "${raw}"`, {
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
    throw new errors/* ConfigurationError */.j(`expected true or false, found "${raw}"`, { at: `input ${name}` });
}
function inputs_enumInput(name, values) {
    const raw = optionalInput(name)?.toLowerCase();
    if (raw === undefined)
        return null;
    if (values.includes(raw))
        return raw;
    throw new errors/* ConfigurationError */.j(`expected one of ${values.join(', ')}, found "${raw}"`, { at: `input ${name}` });
}
/** A `path-map` input: one `from=to` prefix pair per line or comma. */
function pathMapInput(name) {
    try {
        return parsePathMap(stringInput(name));
    }
    catch (e) {
        throw new ConfigurationError(e.message, { at: `input ${name}` }, 'Write one `from=to` prefix pair per line.');
    }
}

// EXTERNAL MODULE: ./packages/action-io/names.ts
var names = __nccwpck_require__(5968);
;// CONCATENATED MODULE: ./packages/action-io/common-inputs.ts
/** The inputs every gate takes (README: config, component, target-stage, github-token, ...). */







function readCommonInputs() {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const wd = optionalInput(names/* CommonInputs */.Rm.WorkingDirectory);
    const root = wd ? (0,path_input/* resolveInputPath */.qL)(wd, workspace) : workspace;
    if (wd)
        (0,path_input/* requireDirectory */.T)(root, wd, `input ${names/* CommonInputs */.Rm.WorkingDirectory}`);
    const dir = optionalInput(names/* CommonInputs */.Rm.ResultsDir);
    const config = optionalInput(names/* CommonInputs */.Rm.Config);
    return {
        root,
        configPath: config ?? defaults/* DEFAULT_CONFIG_PATH */.Bi,
        configExplicit: config !== null,
        component: optionalInput(names/* CommonInputs */.Rm.Component),
        targetStage: inputs_enumInput(names/* CommonInputs */.Rm.TargetStage, ['staging', 'production']),
        githubToken: stringInput(names/* CommonInputs */.Rm.GitHubToken),
        comment: booleanInput(names/* CommonInputs */.Rm.Comment, true),
        resultsDir: dir ? (0,path_input/* resolveInputPath */.qL)(dir, root) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'maturity-results'),
        allowNoData: booleanInput(names/* CommonInputs */.Rm.AllowNoData, false),
    };
}
function readChangeInputs() {
    return {
        scope: enumInput(ChangeInputs.Scope, SCOPE_VALUES),
        baseline: listInput(ChangeInputs.Baseline),
        enforce: enumInput(ChangeInputs.Enforce, ENFORCE_VALUES),
    };
}

// EXTERNAL MODULE: ./packages/github/write-conflicts.ts
var write_conflicts = __nccwpck_require__(8229);
;// CONCATENATED MODULE: ./packages/uptime/history-store.ts

const DEFAULT_DATA_BRANCH = 'maturity-data';
function dayOf(sample) {
    return sample.t.slice(0, 10);
}
const keyOf = (s) => `${s.t}\u0000${s.url}`;
class BranchHistoryStore {
    api;
    branch;
    dir;
    conflicts;
    constructor(api, branch = DEFAULT_DATA_BRANCH, dir = 'uptime', sleep) {
        this.api = api;
        this.branch = branch;
        this.dir = dir;
        this.conflicts = conflictPolicy(sleep ? { sleep } : {});
    }
    pathFor(component, day, suffix = '.jsonl') {
        return `${this.dir}/${component}/${day}${suffix}`;
    }
    /** Creates the data branch from the default branch's head when it does not exist yet. */
    async ensureBranch() {
        if (await this.api.branchSha(this.branch))
            return;
        const base = await this.api.branchSha(await this.api.defaultBranch());
        if (!base)
            throw new Error(`the repository's default branch has no commit to start ${this.branch} from`);
        await this.api.createBranch(this.branch, base); // false: another run created it first, which is as good
    }
    async readText(path) {
        return (await this.api.getFile(path, this.branch))?.text ?? null;
    }
    /** Writes a whole file (a rollup), replacing what is there. */
    async writeText(path, text, message) {
        const current = await this.api.getFile(path, this.branch);
        if (current?.text === text)
            return;
        await this.api.putFile({ path, branch: this.branch, text, message, sha: current?.sha ?? null });
    }
    /**
     * Appends text lines to one file, skipping lines already in it (so a retried append is
     * idempotent); retried from a fresh read when another run wrote first. Returns the lines written.
     */
    async appendLines(path, lines, message) {
        const retry = new ConflictRetry(this.conflicts);
        for (;;) {
            const current = await this.api.getFile(path, this.branch);
            const text = current?.text ?? '';
            const present = new Set(text.split('\n'));
            const fresh = [...new Set(lines)].filter((l) => l && !present.has(l));
            if (fresh.length === 0)
                return { written: 0, conflicts: retry.conflicts };
            const head = text && !text.endsWith('\n') ? `${text}\n` : text;
            try {
                await this.api.putFile({
                    path,
                    branch: this.branch,
                    text: head + fresh.map((l) => `${l}\n`).join(''),
                    message,
                    sha: current?.sha ?? null,
                });
                return { written: fresh.length, conflicts: retry.conflicts };
            }
            catch (e) {
                if (!isWriteConflict(e) || !(await retry.again()))
                    throw e;
            }
        }
    }
    /** Appends samples to their days' files; retried from a fresh read when another run wrote first. */
    async append(component, samples) {
        const byDay = new Map();
        for (const s of samples) {
            const list = byDay.get(dayOf(s)) ?? [];
            list.push(s);
            byDay.set(dayOf(s), list);
        }
        const result = { files: [], conflicts: 0 };
        for (const [day, daySamples] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const path = this.pathFor(component, day);
            const retry = new ConflictRetry(this.conflicts);
            for (;;) {
                const current = await this.api.getFile(path, this.branch);
                const text = current?.text ?? '';
                const present = new Set();
                for (const line of text.split('\n')) {
                    try {
                        const s = JSON.parse(line);
                        if (typeof s.t === 'string' && typeof s.url === 'string')
                            present.add(keyOf(s));
                    }
                    catch {
                        // a malformed line is the reader's to report; appending leaves it as it is
                    }
                }
                const fresh = daySamples.filter((s) => !present.has(keyOf(s)));
                if (fresh.length === 0)
                    break;
                const head = text && !text.endsWith('\n') ? `${text}\n` : text; // a torn last line stays on its own line
                const next = head + fresh.map((s) => `${JSON.stringify(s)}\n`).join('');
                try {
                    await this.api.putFile({
                        path,
                        branch: this.branch,
                        text: next,
                        message: `uptime: ${component} ${day} (+${fresh.length} samples)`,
                        sha: current?.sha ?? null,
                    });
                    break;
                }
                catch (e) {
                    if (!isWriteConflict(e))
                        throw e;
                    result.conflicts++;
                    if (!(await retry.again()))
                        throw e;
                }
            }
            result.files.push(path);
        }
        return result;
    }
}

;// CONCATENATED MODULE: ./actions/uptime-check/inputs.ts
/** uptime-check's inputs, read once into a typed object. */





const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "7d", "36h", "5m", "30s" -> milliseconds, at most `maxMs`. */
function durationMs(text, input, units = 'smhd', maxMs = Number.MAX_SAFE_INTEGER) {
    const m = /^(\d+)\s*([a-z])$/.exec(text.trim().toLowerCase());
    if (!m || !units.includes(m[2]) || Number(m[1]) <= 0) {
        throw new errors/* ConfigurationError */.j(`expected a duration like ${units.includes('d') ? '7d, 36h' : '5m, 30s'}, found "${text}"`, {
            at: `input ${input}`,
        });
    }
    const ms = Number(m[1]) * UNIT_MS[m[2]];
    if (ms > maxMs)
        throw new errors/* ConfigurationError */.j(`${text} is longer than the ${input} can be (${maxMs / 60_000} minutes at most)`, {
            at: `input ${input}`,
        });
    return ms;
}
/** The probe interval the history's sample-coverage figures can be built on: a day at most. */
const MAX_INTERVAL_MS = 86_400_000;
/** A probe's time-out: two minutes at most (as `timeout-ms` in the config). */
const MAX_PROBE_TIMEOUT_MS = 120_000;
function parseInputs() {
    const interval = optionalInput(names/* UptimeCheckInputs */.Kj.Interval);
    const timeout = optionalInput(names/* UptimeCheckInputs */.Kj.ProbeTimeout);
    const window = optionalInput(names/* UptimeCheckInputs */.Kj.Window);
    if (window)
        durationMs(window, names/* UptimeCheckInputs */.Kj.Window, 'hd');
    const urls = inputs_listInput(names/* UptimeCheckInputs */.Kj.Urls);
    for (const u of urls) {
        if (!/^https?:\/\/[^\s]+$/i.test(u))
            throw new errors/* ConfigurationError */.j(`"${u}" is not an http(s) URL`, { at: `input ${names/* UptimeCheckInputs */.Kj.Urls}` });
    }
    return {
        ...readCommonInputs(),
        urls,
        window,
        minUptime: numberInput(names/* UptimeCheckInputs */.Kj.MinUptime, { min: 0, max: 100 }),
        intervalMs: interval ? durationMs(interval, names/* UptimeCheckInputs */.Kj.Interval, 'smh', MAX_INTERVAL_MS) : 5 * 60_000,
        locustStats: inputs_listInput(names/* UptimeCheckInputs */.Kj.LocustStats),
        k6Summary: inputs_listInput(names/* UptimeCheckInputs */.Kj.K6Summary),
        prometheusUrl: optionalInput(names/* UptimeCheckInputs */.Kj.PrometheusUrl),
        prometheusJob: optionalInput(names/* UptimeCheckInputs */.Kj.PrometheusJob),
        prometheusRequestsMetric: optionalInput(names/* UptimeCheckInputs */.Kj.PrometheusRequestsMetric) ?? 'http_requests_total',
        prometheusLatencyMetric: optionalInput(names/* UptimeCheckInputs */.Kj.PrometheusLatencyMetric) ?? 'http_request_duration_seconds',
        metricsUrl: optionalInput(names/* UptimeCheckInputs */.Kj.MetricsUrl),
        alertRules: inputs_listInput(names/* UptimeCheckInputs */.Kj.AlertRules),
        history: inputs_enumInput(names/* UptimeCheckInputs */.Kj.History, ['branch', 'none']) ?? 'branch',
        dataBranch: optionalInput(names/* UptimeCheckInputs */.Kj.DataBranch) ?? DEFAULT_DATA_BRANCH,
        record: booleanInput(names/* UptimeCheckInputs */.Kj.Record, true),
        probeTimeoutMs: timeout ? durationMs(timeout, names/* UptimeCheckInputs */.Kj.ProbeTimeout, 'sm', MAX_PROBE_TIMEOUT_MS) : null,
        retries: numberInput(names/* UptimeCheckInputs */.Kj.Retries, { min: 0, max: 10 }) ?? 2,
        incidents: booleanInput(names/* UptimeCheckInputs */.Kj.Incidents, false),
        mode: inputs_enumInput(names/* UptimeCheckInputs */.Kj.Mode, ['check', 'upkeep']) ?? 'check',
        securityResults: inputs_listInput(names/* UptimeCheckInputs */.Kj.SecurityResults),
        securityArtifact: optionalInput(names/* UptimeCheckInputs */.Kj.SecurityArtifact),
    };
}


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ MAX_WINDOW_DAYS),
/* harmony export */   n: () => (/* binding */ planUnits)
/* harmony export */ });
/* harmony import */ var _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(425);
/* harmony import */ var _packages_core_subject_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3512);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2691);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2540);




/** Each day of a window is one read of the history: a window is at most this long (a quarter; seeds ask 7 days, or a month in production). */
const MAX_WINDOW_DAYS = 92;
async function unitFor(config, inputs, componentId) {
    const subject = await (0,_packages_core_subject_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSubject */ .f9)(config, inputs.root, componentId, inputs.targetStage);
    const { component, policy } = subject;
    const windowText = inputs.window ?? policy.uptime.window;
    const windowMs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .durationMs */ .p)(windowText, 'window', 'hd');
    if (windowMs > MAX_WINDOW_DAYS * 86_400_000) {
        throw new _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`the uptime window ${windowText} is longer than ${MAX_WINDOW_DAYS} days`, { at: inputs.window ? 'input window' : `policy.${subject.target}.uptime.window` }, `Use a window of at most ${MAX_WINDOW_DAYS}d: each of its days is one read of the history on every run.`);
    }
    return {
        key: component?.id ?? 'default',
        component,
        subject,
        targets: (0,_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .probeTargets */ .$F)(inputs.urls, component, inputs.probeTimeoutMs),
        windowText,
        windowMs,
        notBefore: subject.maturity?.since ? new Date(`${subject.maturity.since}T00:00:00Z`) : undefined,
        maintenance: (component?.maintenance ?? []).map((m) => ({ start: new Date(m.start), end: new Date(m.end) })),
    };
}
/** Inputs that name one component's evidence cannot be spread over every component. */
function refuseOneComponentInputs(inputs) {
    const given = [
        inputs.locustStats.length ? 'locust-stats' : '',
        inputs.k6Summary.length ? 'k6-summary' : '',
        inputs.prometheusJob ? 'prometheus-job' : '',
        inputs.metricsUrl ? 'metrics-url' : '',
        inputs.alertRules.length ? 'alert-rules' : '',
    ].filter(Boolean);
    if (given.length) {
        throw new _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${given.join(', ')} describe one component, and this run (no \`component\`, no \`urls\`) checks every component with health checks`, { at: `input ${given[0]}` }, 'Set `component` to check them for one component (as the staging validation does), or leave them out of the scheduled run.');
    }
}
async function planUnits(config, inputs) {
    if (inputs.component || inputs.urls.length)
        return { scheduled: false, units: [await unitFor(config, inputs, inputs.component)], withoutHealth: [] };
    refuseOneComponentInputs(inputs);
    const all = [...config.components.values()];
    const probed = all.filter((c) => c.health.length > 0);
    if (probed.length === 0) {
        throw new _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`no component in ${config.file ?? 'the config (there is no config file)'} has \`health\` checks, so there is nothing to probe`, { at: 'components.<id>.health' }, 'Add `health: [{ url: https://…/health }]` to the components that have a health endpoint, or set `component` or `urls`.');
    }
    const units = [];
    for (const c of probed)
        units.push(await unitFor(config, inputs, c.id)); // in order: the first bad one is the error
    return {
        scheduled: true,
        units,
        withoutHealth: all.filter((c) => c.health.length === 0).map((c) => c.id),
    };
}


/***/ }),

/***/ 9693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __nccwpck_require__(425);
// EXTERNAL MODULE: ./packages/core/json-text.ts
var json_text = __nccwpck_require__(3082);
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
    const nesting = (0,json_text/* jsonNestingProblem */.e1)(text);
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
const path = process.env.GITHUB_EVENT_PATH;
const problem = path ? check(path) : null;
if (problem)
    delete process.env.GITHUB_EVENT_PATH;
/** The payload's problem as an error (thrown by runAction before the action's main), or null. */
function eventPayloadError() {
    if (!problem)
        return null;
    return new errors/* ConfigurationError */.j(`the event payload ${path} (GITHUB_EVENT_PATH) ${problem}`, { at: 'GITHUB_EVENT_PATH' }, 'The runner writes this file; a step before this one may have overwritten it. Re-run the job; if it persists, check the steps that write to $GITHUB_EVENT_PATH.');
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __nccwpck_require__(8298);
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
    const load = () => (client ??= (0,undici_on_demand.withUndici)(() => Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(710)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4710))).then((m) => m.createGitHubClient(options)));
    const api = { owner: options.owner, repo: options.repo };
    for (const name of METHODS) {
        api[name] = async (...args) => (await load())[name](...args);
    }
    return api;
}

// EXTERNAL MODULE: ./packages/core/redact.ts
var redact = __nccwpck_require__(3591);
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
    const log = (m) => core/* info */.pq((0,workflow_text/* logLine */.B)((0,redact/* redactUrls */.sK)(m).split(token).join('***')));
    return lazyGitHubClient({
        token,
        owner: ctx.owner,
        repo: ctx.repo,
        log,
        note: (m) => core/* warning */.$e((0,workflow_text/* logLine */.B)((0,redact/* redactUrls */.sK)(m))),
        ...boundsFromEnv(),
    });
}

// EXTERNAL MODULE: ./packages/action-io/names.ts
var names = __nccwpck_require__(5968);
// EXTERNAL MODULE: ./packages/action-io/publish.ts + 1 modules
var publish = __nccwpck_require__(1594);
// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __nccwpck_require__(9430);
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
        if (e instanceof errors/* ConfigurationError */.j) {
            const { file, line, column } = e.place;
            core/* error */.z3(`${name}: ${e.describe()}`, {
                title: `${name}: cannot run`,
                ...(file && !file.includes('#') ? { file } : {}),
                ...(line ? { startLine: line } : {}),
                ...(column ? { startColumn: column } : {}),
            });
        }
        else if (e instanceof api_errors/* GitHubApiError */.OS) {
            core/* error */.z3(`${name}: ${e.message}`, { title: `${name}: GitHub API` });
        }
        else {
            const err = e instanceof Error ? e : new Error(String(e));
            core/* debug */.Yz(err.stack ?? err.message);
            core/* error */.z3(`${name}: unexpected error: ${err.message}. This is a bug in maturity-actions; please report it with this step's log (re-run with debug logging for the stack trace).`);
        }
        // 1 is core.ExitCode.Failure, written out: stand-ins for @actions/core (@github/local-action's)
        // have no ExitCode.
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: ./packages/core/config/load-config.ts
var load_config = __nccwpck_require__(9846);
// EXTERNAL MODULE: ./packages/core/logger.ts
var logger = __nccwpck_require__(3346);
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

// EXTERNAL MODULE: ./packages/report/markdown.ts
var markdown = __nccwpck_require__(5676);
// EXTERNAL MODULE: ./packages/uptime/history-lines.ts
var history_lines = __nccwpck_require__(7317);
// EXTERNAL MODULE: ./packages/github/sticky-comment.ts
var sticky_comment = __nccwpck_require__(5449);
// EXTERNAL MODULE: ./packages/github/keyed-issue.ts
var keyed_issue = __nccwpck_require__(2548);
;// CONCATENATED MODULE: ./packages/uptime/incidents.ts
/**
 * Incident issues (opt-in): when a component's endpoints go down, one issue labelled
 * `incident`, `component:<id>` and `severity:<critical|high>`; when they answer again, a
 * comment saying so and the issue closed. Never a duplicate (github/keyed-issue.ts): an
 * incident already open is left as it is, a create that failed after GitHub made it is not
 * made again, and when two runs overlap and both open one, the newer copies are closed as
 * duplicates of the oldest, so every run converges on one issue. The recovery comment is a
 * sticky comment: one per issue, whatever the runs do.
 */



const INCIDENT_LABEL = 'incident';
function incidentLabels(component) {
    return [INCIDENT_LABEL, `component:${component}`];
}
function describeDown(down) {
    return down
        .map((s) => `- \`${s.url.replace(/`/g, '')}\`: ${s.error ?? 'down'}${s.status ? ` (HTTP ${s.status})` : ''}${s.detail ? `, ${(0,markdown/* escapeText */.X1)(s.detail)}` : ''}`)
        .join('\n');
}
/**
 * Opens, keeps or closes the component's incident issue. `openIncidents`: the open issues
 * labelled `incident`, listed once for a run that syncs many components (one request instead
 * of one per component); without it, the component's are listed here.
 */
async function syncIncident(api, p, openIncidents) {
    const labels = incidentLabels(p.component);
    const down = p.probes.filter((s) => s.state === 'down');
    const open = openIncidents ? openIncidents.filter((i) => (0,keyed_issue/* carriesAll */.bA)(i, labels)) : await api.listOpenIssues(labels);
    if (down.length > 0) {
        const severity = down.length === p.probes.length ? 'critical' : 'high';
        const body = [
            `**${(0,markdown/* escapeText */.X1)(p.name)}** stopped answering its health checks at ${down[0].t}.`,
            '',
            describeDown(down),
            '',
            p.runUrl ? `Detected by [this uptime check](${p.runUrl}).` : 'Detected by the uptime check.',
            'This issue is closed automatically when the endpoints answer again.',
        ].join('\n');
        const made = await (0,keyed_issue/* ensureKeyedIssue */.kq)(api, { match: labels, labels: [`severity:${severity}`], title: `Incident: ${p.name} is down`, body }, open);
        return {
            action: made.created ? 'opened' : 'still-open',
            issue: made.issue,
            duplicatesClosed: made.duplicatesClosed,
        };
    }
    if (open.length === 0 || p.probes.length === 0)
        return { action: 'none', issue: null, duplicatesClosed: 0 };
    const note = `Recovered: every health endpoint answered at ${p.now.toISOString()}${p.runUrl ? ` ([uptime check](${p.runUrl}))` : ''}.`;
    for (const issue of open) {
        await (0,sticky_comment/* upsertStickyComment */.q)(api, issue.number, (0,sticky_comment/* stickyMarker */.Y)('uptime-check:recovered', p.component), note);
        await api.closeIssue(issue.number, 'completed');
    }
    return { action: 'resolved', issue: open[0], duplicatesClosed: 0 };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./packages/uptime/probe.ts
/**
 * The HTTP health probe: one `Sample` per endpoint. Pure logic apart from the network (node's
 * own http/https clients, one fresh connection per request, `Connection: close`), so nothing is
 * left open: every request is destroyed when its attempt ends, and the attempt's deadline
 * destroys the socket wherever the request is (DNS, connect, TLS, headers, a trickling body).
 *
 * A failure counts as down only when `retries` further attempts confirm it; a retry that
 * succeeds makes the sample up (or degraded) and says so in `detail`. Network problems never
 * throw: they become a sample with an error kind.
 */





const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 1000;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_CONCURRENCY = 20;
/** The most of a body that is read; a larger body with expect-json is a `body` failure. */
const MAX_BODY_BYTES = 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'maturity-actions-uptime-probe';
/** A failure of one attempt, carrying what is known of the response. */
class AttemptFailure extends Error {
    kind;
    status;
    constructor(kind, detail, status) {
        super(detail);
        this.kind = kind;
        this.status = status;
    }
}
/** Probes one endpoint, confirming a failure with retries. Never throws for network problems. */
async function probe(target, opts = {}) {
    const retries = Math.max(0, Math.floor(opts.retries ?? DEFAULT_RETRIES));
    const delayMs = Math.max(0, opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
    const t = (opts.now ?? (() => new Date()))().toISOString();
    const attempts = retries + 1;
    let first;
    for (let n = 1;; n++) {
        const a = await attempt(target, opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS);
        if (a.ok) {
            const degraded = target.degradedMs !== undefined && a.ms !== undefined && a.ms > target.degradedMs;
            const notes = [];
            if (degraded)
                notes.push(`latency ${a.ms} ms above ${target.degradedMs} ms`);
            if (n > 1)
                notes.push(`recovered after ${n} attempts (attempt 1: ${first?.detail ?? first?.error ?? 'failed'})`);
            return sample(t, target.url, degraded ? 'degraded' : 'up', a, notes.join('; ') || undefined);
        }
        first ??= a;
        if (n >= attempts) {
            const suffix = attempts > 1 ? `; all ${attempts} attempts failed` : '';
            return sample(t, target.url, 'down', a, `${a.detail ?? a.error ?? 'failed'}${suffix}`);
        }
        if (delayMs > 0)
            await sleep(delayMs);
    }
}
/** Probes every target, at most `concurrency` at a time; the samples are in the order of the targets. */
async function probeAll(targets, opts = {}) {
    const { concurrency, ...probeOpts } = opts;
    const limit = Math.max(1, Math.floor(concurrency ?? DEFAULT_CONCURRENCY));
    const out = new Array(targets.length);
    let next = 0;
    const worker = async () => {
        while (next < targets.length) {
            const i = next++;
            out[i] = await probe(targets[i], probeOpts);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, targets.length) }, worker));
    return out;
}
/**
 * The sample as it is shown and stored (log, summary, history, incident issue): the URL without
 * its credentials (`user:password@`, `?token=`), and a detail that does not quote them.
 */
function sample(t, url, state, a, detail) {
    const s = { t, url: (0,redact/* redactUrl */.BO)(url), state };
    if (a.status !== undefined)
        s.status = a.status;
    if (a.ms !== undefined)
        s.ms = a.ms;
    if (state === 'down' && a.error)
        s.error = a.error;
    if (detail)
        s.detail = (0,redact/* redactValues */.se)((0,redact/* redactUrls */.sK)(detail), (0,redact/* urlSecrets */.Fn)(url));
    return s;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** One attempt: the request, its redirects and the body, all bounded by the target's timeout. */
async function attempt(target, maxRedirects) {
    const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const started = external_node_perf_hooks_.performance.now();
    let url;
    try {
        url = new URL(target.url);
    }
    catch {
        return { ok: false, error: 'connect', detail: 'the URL is not valid' };
    }
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const progress = { url, tcpConnected: false, secured: false };
    try {
        const res = await followRedirects(target, maxRedirects, deadline.signal, progress);
        return judge(target, res, Math.round(external_node_perf_hooks_.performance.now() - started));
    }
    catch (e) {
        return failedAttempt(e, deadline.signal.aborted ? timeoutMs : null, progress);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * The response at the end of the redirects (GET and HEAD only, and not when the redirect is
 * the status expected). Throws an AttemptFailure for a redirect that cannot be followed.
 */
async function followRedirects(target, maxRedirects, deadline, progress) {
    const method = target.method ?? 'GET';
    const seen = new Set([progress.url.href]);
    for (let redirects = 0;; redirects++) {
        const url = progress.url;
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new AttemptFailure(redirects ? 'redirect' : 'connect', `unsupported protocol ${(0,workflow_text/* oneLine */.T)(url.protocol, 20)}`);
        }
        progress.tcpConnected = progress.secured = false;
        progress.status = undefined;
        const res = await exchange(url, method, method !== 'HEAD', target.expectJson !== undefined, deadline, progress);
        const follow = (method === 'GET' || method === 'HEAD') &&
            REDIRECTS.has(res.status) &&
            res.location !== undefined &&
            res.status !== target.expectStatus;
        if (!follow)
            return res;
        progress.url = redirectTarget(res, url, seen, redirects, maxRedirects);
    }
}
/**
 * Where a redirect leads, added to `seen`. Refused when its Location is not a URL, when it
 * leads back to a URL already asked for (a loop would only end at the deadline), or when it
 * is one more than `maxRedirects`; `redirects` is how many were followed before it.
 */
function redirectTarget(res, from, seen, redirects, maxRedirects) {
    let to;
    try {
        to = new URL(res.location, from);
    }
    catch {
        throw new AttemptFailure('redirect', `HTTP ${res.status} to an invalid Location`, res.status);
    }
    to.hash = '';
    if (seen.has(to.href))
        throw new AttemptFailure('redirect', `redirect loop after ${redirects + 1} redirect${redirects ? 's' : ''}`, res.status);
    if (redirects + 1 > maxRedirects)
        throw new AttemptFailure('redirect', `more than ${maxRedirects} redirects`, res.status);
    seen.add(to.href);
    return to;
}
/** The final response against the target: the status expected (default any 2xx), then the JSON field. */
function judge(target, res, ms) {
    const statusOk = target.expectStatus !== undefined ? res.status === target.expectStatus : res.status >= 200 && res.status < 300;
    if (!statusOk) {
        const expected = target.expectStatus !== undefined ? String(target.expectStatus) : '2xx';
        return { ok: false, status: res.status, ms, error: 'status', detail: `HTTP ${res.status}, expected ${expected}` };
    }
    if (target.expectJson) {
        const problem = checkJson(res, target.expectJson, target.method ?? 'GET');
        if (problem)
            return { ok: false, status: res.status, ms, error: 'body', detail: problem };
    }
    return { ok: true, status: res.status, ms };
}
/**
 * A failed attempt: past the deadline (`timeoutMs` given), whatever the error the abort
 * caused, a timeout that says how far the response got; else our own refusals as they are,
 * and network errors classified.
 */
function failedAttempt(e, timeoutMs, progress) {
    if (timeoutMs !== null) {
        const what = progress.status !== undefined
            ? `HTTP ${progress.status} headers came but the body did not finish`
            : 'no response';
        return withStatus({ ok: false, error: 'timeout', detail: `${what} within ${timeoutMs} ms` }, progress.status);
    }
    if (e instanceof AttemptFailure)
        return withStatus({ ok: false, error: e.kind, detail: e.message }, e.status);
    const [kind, detail] = classify(e, progress.url, progress);
    return withStatus({ ok: false, error: kind, detail }, progress.status);
}
function withStatus(a, status) {
    if (status !== undefined)
        a.status = status;
    return a;
}
/**
 * One request and its response. The returned promise settles exactly once; on every path the
 * request (and so its socket) is destroyed, and the deadline destroys it wherever it is.
 */
function exchange(url, method, wantBody, needAll, deadline, progress) {
    return new Promise((resolve, reject) => {
        let settled = false;
        let req;
        let res;
        const settle = (err, value) => {
            if (settled)
                return;
            settled = true;
            deadline.removeEventListener('abort', onDeadline);
            res?.destroy();
            req?.destroy();
            if (err !== undefined)
                reject(err);
            else
                resolve(value);
        };
        const onDeadline = () => settle(new Error('deadline'));
        if (deadline.aborted)
            return settle(new Error('deadline'));
        deadline.addEventListener('abort', onDeadline, { once: true });
        const client = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_;
        try {
            req = client.request(url, { method, headers: requestHeaders(method, needAll), agent: false });
        }
        catch (e) {
            return settle(e);
        }
        req.on('socket', (socket) => {
            socket.once('connect', () => (progress.tcpConnected = true));
            socket.once('secureConnect', () => (progress.secured = true));
        });
        req.on('error', (e) => settle(e));
        req.on('response', (r) => {
            res = r;
            receive(r, wantBody, progress, settle);
        });
        req.end();
    });
}
/** A fresh connection per request (`Connection: close`), so nothing is left open between probes. */
function requestHeaders(method, needAll) {
    const headers = {
        'user-agent': USER_AGENT,
        accept: needAll ? 'application/json' : '*/*',
        connection: 'close',
    };
    if (method === 'POST')
        headers['content-length'] = '0';
    return headers;
}
/** A response: settled at its headers when no body is wanted or it redirects, else when its body ends (or fills MAX_BODY_BYTES). */
function receive(r, wantBody, progress, settle) {
    const status = r.statusCode ?? 0;
    progress.status = status;
    const location = typeof r.headers.location === 'string' ? r.headers.location : undefined;
    const redirecting = REDIRECTS.has(status) && location !== undefined;
    if (!wantBody || redirecting)
        return settle(undefined, { status, location, truncated: false });
    const chunks = [];
    let size = 0;
    r.on('data', (chunk) => {
        // Past the bound, the rest is not read: the body is cut there and the connection closed.
        const room = MAX_BODY_BYTES - size;
        if (chunk.length > room) {
            if (room > 0)
                chunks.push(chunk.subarray(0, room));
            size = MAX_BODY_BYTES;
            return settle(undefined, { status, location, body: Buffer.concat(chunks, size), truncated: true });
        }
        chunks.push(chunk);
        size += chunk.length;
    });
    r.on('end', () => settle(undefined, { status, location, body: Buffer.concat(chunks, size), truncated: false }));
    r.on('error', (e) => settle(e));
    r.on('close', () => {
        // Closed without its end (the server hung up mid-body): a reset, not a short body.
        if (!r.complete)
            settle(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
    });
}
/** Why the body does not satisfy expect-json, or undefined when it does. */
function checkJson(res, expect, method) {
    if (method === 'HEAD' || res.body === undefined)
        return 'expect-json needs a body, and HEAD responses have none';
    if (res.truncated)
        return `the body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB`;
    let doc;
    try {
        doc = JSON.parse(res.body.toString('utf8').replace(/^\uFEFF/, ''));
    }
    catch {
        return res.body.length === 0 ? 'the body is empty, not JSON' : 'the body is not JSON';
    }
    const field = (0,workflow_text/* oneLine */.T)(expect.field, 60);
    let value = doc;
    for (const key of expect.field.split('.')) {
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key))
            return `field ${field} is missing`;
        value = value[key];
    }
    if (value === expect.equals)
        return undefined;
    return `${field} was ${describeValue(value)}, expected ${(0,workflow_text/* oneLine */.T)(JSON.stringify(expect.equals), 80)}`;
}
/** A short, sanitized rendering of a JSON value: a primitive's JSON text (≤ 80 chars), or its type. */
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return (0,workflow_text/* oneLine */.T)(JSON.stringify(value) ?? String(value), 80);
}
/** The error codes of an error, its cause and (happy-eyeballs) aggregated errors. */
function codesOf(e, depth = 0) {
    if (!e || typeof e !== 'object' || depth > 3)
        return [];
    const err = e;
    const codes = typeof err.code === 'string' ? [err.code] : [];
    if (Array.isArray(err.errors))
        for (const inner of err.errors)
            codes.push(...codesOf(inner, depth + 1));
    if (err.cause)
        codes.push(...codesOf(err.cause, depth + 1));
    return codes;
}
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const CONNECT_WORDS = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
    EPIPE: 'connection closed',
};
function classify(e, url, progress) {
    const codes = codesOf(e);
    const err = (e && typeof e === 'object' ? e : {});
    const message = typeof err.message === 'string' ? err.message : String(e);
    const code = codes[0];
    const dns = codes.find((c) => DNS_CODES.has(c));
    if (dns)
        return ['dns', `cannot resolve ${(0,workflow_text/* oneLine */.T)(url.hostname, 80)} (${dns})`];
    const handshake = url.protocol === 'https:' && progress.tcpConnected && !progress.secured && progress.status === undefined;
    const tlsCode = codes.find((c) => /CERT|SSL|TLS|EPROTO/.test(c));
    if (tlsCode || handshake || /certificate|handshake|\bTLS\b|\bSSL\b/i.test(message)) {
        // OpenSSL messages read "write EPROTO 80..:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/..".
        const openssl = /routines:[^:]*:([^:]+)/.exec(message)?.[1];
        const reason = typeof err.reason === 'string' && err.reason ? err.reason : (openssl ?? message);
        return ['tls', `TLS: ${(0,workflow_text/* oneLine */.T)(reason, 80)}${tlsCode ? ` (${(0,workflow_text/* oneLine */.T)(tlsCode, 40)})` : ''}`];
    }
    const connect = codes.find((c) => c in CONNECT_WORDS);
    if (connect)
        return ['connect', `${CONNECT_WORDS[connect]} (${connect})`];
    if (code?.startsWith('HPE_'))
        return ['connect', `invalid HTTP response (${(0,workflow_text/* oneLine */.T)(code, 40)})`];
    return ['connect', `network error: ${(0,workflow_text/* oneLine */.T)(code ?? message, 80)}`];
}

// EXTERNAL MODULE: ./packages/uptime/shared-history.ts + 4 modules
var shared_history = __nccwpck_require__(945);
// EXTERNAL MODULE: ./packages/uptime/window.ts
var uptime_window = __nccwpck_require__(2759);
// EXTERNAL MODULE: ./packages/core/result/build-result.ts + 1 modules
var build_result = __nccwpck_require__(7837);
// EXTERNAL MODULE: ./packages/core/result/gate-result.ts
var gate_result = __nccwpck_require__(751);
// EXTERNAL MODULE: ./packages/uptime/load/model.ts
var model = __nccwpck_require__(8013);
;// CONCATENATED MODULE: ./packages/uptime/load/sla.ts


const PAGE_PREFIX = 'page:';
const DB_PREFIX = 'db:';
function endpointKind(e) {
    const n = e.name.trimStart().toLowerCase();
    if (n.startsWith(PAGE_PREFIX))
        return 'page';
    if (n.startsWith(DB_PREFIX))
        return 'db';
    return 'api';
}
const KIND_BAR = {
    api: { key: 'api-p95-ms', word: 'API' },
    page: { key: 'page-load-p95-ms', word: 'page load' },
    db: { key: 'db-p95-ms', word: 'database' },
};
/** Up to 2 decimals, no trailing zeros: 412, 0.35, 57.14. */
function fmt(n) {
    return String(Math.round(n * 100) / 100);
}
function sla_check(id, title, measured, comparator, bar, unit, why, missing) {
    const u = unit === '%' ? '%' : ` ${unit}`;
    if (measured === null)
        return {
            id,
            title,
            measured,
            bar,
            comparator,
            unit,
            pass: null,
            detail: `${missing} (bar: ${comparator} ${fmt(bar)}${u}${why})`,
        };
    const pass = (0,gate_result/* meets */.D)(measured, comparator, bar);
    return {
        id,
        title,
        measured,
        bar,
        comparator,
        unit,
        pass,
        detail: `${fmt(measured)}${u}, bar ${comparator} ${fmt(bar)}${u}${why}`,
    };
}
function noP95(e) {
    return e.requests === 0 ? 'no requests, so no p95' : 'the report has no p95';
}
function checkLoadAgainstSla(model, perf) {
    return [...model.endpoints.flatMap((e) => endpointChecks(e, perf)), ...totalChecks(model, perf)];
}
/** An endpoint's p95 against the bar of its kind, and its failure rate: one failing endpoint cannot hide in the total. */
function endpointChecks(e, perf) {
    const label = (0,model/* endpointLabel */.md)(e);
    const kind = KIND_BAR[endpointKind(e)];
    return [
        sla_check(`load.p95:${label}`, `p95 response time of ${label}`, e.p95, '<=', perf[kind.key], 'ms', ` for ${kind.word}`, noP95(e)),
        sla_check(`load.error-rate:${label}`, `Failed requests of ${label}`, e.failureRate, '<=', perf['max-error-rate'], '%', '', e.requests === 0 ? 'no requests' : 'the report does not count failures'),
    ];
}
/** The figures of all requests together: p95 (when every endpoint is an API call), rate, failures, peak users. */
function totalChecks(model, perf) {
    const a = model.aggregate;
    // A total that mixes pages and API calls has no single latency bar.
    const p95 = model.endpoints.every((e) => endpointKind(e) === 'api')
        ? [
            sla_check('load.p95', 'p95 response time, all requests', a.p95, '<=', perf['api-p95-ms'], 'ms', ' for API', noP95(a)),
        ]
        : [];
    return [
        ...p95,
        sla_check('load.rps', 'Requests per second, all requests', a.rps, '>=', perf['min-requests-per-second'], 'req/s', '', 'the report has no request rate'),
        sla_check('load.error-rate', 'Failed requests, all requests', a.failureRate, '<=', perf['max-error-rate'], '%', '', a.requests === 0 ? 'no requests' : 'the report does not count failures'),
        sla_check('load.peak-users', 'Peak concurrent users', model.peakUsers, '>=', perf['min-concurrent-users'], 'users', '', model.tool === 'locust' ? 'unknown: no _stats_history.csv rows' : 'unknown: no vus metric'),
    ];
}

// EXTERNAL MODULE: ./actions/uptime-check/collect.ts + 8 modules
var collect = __nccwpck_require__(2691);
// EXTERNAL MODULE: ./packages/core/stages.ts
var stages = __nccwpck_require__(6293);
// EXTERNAL MODULE: ./packages/report/criteria.ts
var criteria = __nccwpck_require__(192);
// EXTERNAL MODULE: ./packages/coverage/totals.ts
var totals = __nccwpck_require__(2382);
;// CONCATENATED MODULE: ./actions/uptime-check/render.ts
/** uptime-check's job summary, comment and messages, with a small daily uptime/latency chart. Pure. */






const GATE_TITLE = 'Uptime check';
const ms = (v) => `${Math.round(v)} ms`;
function oneLine(m, who) {
    const w = m.window;
    if (!w || w.uptimeText === null)
        return `${who}: no uptime figure for ${m.windowText}`;
    return `${who}: uptime ${w.uptimeText}% over ${m.windowText} (${w.samples} samples)${w.latency ? `, p95 ${ms(w.latency.p95)}` : ''}`;
}
function failureMessage(result, who) {
    const lines = (0,criteria/* shortfalls */.Tn)(result.criteria);
    if (lines.length === 0) {
        const missing = result.criteria
            .filter((c) => c.status === 'no-data')
            .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
        return `${who} has no uptime evidence yet: ${missing.join('; ')}. Run this action on a schedule (e.g. every 5 minutes) so the window fills up.`;
    }
    return `${who} does not meet the bars: ${lines.join('; ')}.`;
}
/**
 * A Mermaid xychart (GitHub renders it): daily uptime as bars. Values are plain numbers we
 * computed; day labels are dates, so nothing untrusted reaches the chart.
 */
function uptimeChart(days) {
    const shown = days.filter((d) => d.uptimeText !== null);
    if (shown.length < 2)
        return '';
    const values = shown.map((d) => Number(d.uptimeText));
    const low = Math.max(0, Math.floor(Math.min(...values) - 1));
    const lines = [
        '```mermaid',
        'xychart-beta',
        '  title "Uptime per day (%)"',
        `  x-axis [${shown.map((d) => `"${d.day.slice(5)}"`).join(', ')}]`,
        `  y-axis "uptime %" ${low} --> 100`,
        `  bar [${values.join(', ')}]`,
        '```',
    ];
    return lines.join('\n');
}
function daysSection(m) {
    if (m.days.length === 0)
        return '';
    const rows = m.days.map((d) => [
        d.day,
        String(d.samples),
        d.uptimeText === null ? '_no data_' : `${d.uptimeText}%`,
        d.p95 === null ? '—' : ms(d.p95),
    ]);
    return `### Per day\n\n${uptimeChart(m.days)}\n\n${(0,markdown/* table */.tp)(['Day (UTC)', 'Samples', 'Uptime', 'p95 latency'], rows, ['l', 'r', 'r', 'r'])}`;
}
function probesSection(m) {
    if (m.probes.length === 0)
        return '';
    const rows = m.probes.map((p) => [
        p.state === 'up' ? '🟢 up' : p.state === 'degraded' ? '🟡 degraded' : '🔴 down',
        (0,markdown/* code */.aY)(p.url),
        p.status ? String(p.status) : '—',
        p.ms === undefined ? '—' : ms(p.ms),
        (0,markdown/* escapeText */.X1)([p.error, p.detail].filter(Boolean).join(': ')),
    ]);
    return `### This run's probes\n\n${(0,markdown/* table */.tp)(['State', 'Endpoint', 'Status', 'Latency', 'Detail'], rows, ['l', 'l', 'r', 'r', 'l'])}`;
}
function head(ctx) {
    const w = ctx.model.window;
    const figures = [];
    if (w) {
        figures.push(`**${w.uptimeText === null ? 'no data' : `${w.uptimeText}%`}** uptime over ${ctx.model.windowText}`);
        figures.push((0,uptime_window/* coverageText */._)(w));
        if (w.latency)
            figures.push(`p50 ${ms(w.latency.p50)} · p95 ${ms(w.latency.p95)} · p99 ${ms(w.latency.p99)}`);
        if (w.errorRate !== null)
            figures.push(`error rate ${Math.round(w.errorRate * 100) / 100}%`);
        figures.push(`${w.flaps} state change(s)`);
        if (w.excluded)
            figures.push(`${w.excluded} sample(s) in maintenance left out`);
    }
    return (0,criteria/* stageSummary */.Jv)(GATE_TITLE, ctx.result, figures, ctx.warnings, notApplicableNote(ctx.model));
}
/** Why there are no load-test or performance criteria, when the config says they do not apply. */
function notApplicableNote(m) {
    return m.loadTestNotApplicable === null
        ? ''
        : `Load test, memory and CPU: **not applicable**: ${(0,markdown/* escapeText */.X1)(m.loadTestNotApplicable)} (\`not-applicable.load-test\` in the config).`;
}
function renderSummary(ctx, limitBytes) {
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: probesSection(ctx.model), priority: 60 },
        { markdown: daysSection(ctx.model), priority: 50 },
    ];
    return (0,markdown/* fitSummary */.mW)(sections, limitBytes);
}
function renderComment(ctx, limitChars) {
    const sections = [
        { markdown: head(ctx), priority: 100 },
        { markdown: (0,markdown/* runFooter */.Vm)(ctx.runUrl), priority: 90 },
    ];
    return (0,markdown/* fitComment */.pI)(sections, limitChars);
}
function componentRow(o) {
    const { model: m, result: r } = o;
    const w = m.window;
    const up = m.probes.filter((p) => p.state !== 'down').length;
    const target = stages/* STAGE_TITLES */.XV[r.stage.target] ?? r.stage.target;
    const failing = (0,gate_result/* worstFirst */.md)(r.criteria).filter((c) => c.status !== 'pass' && c.enforced !== false);
    return [
        `${criteria/* STATUS_ICON */.tW[r.status]} ${(0,markdown/* code */.aY)(o.unit.key)}`,
        (0,markdown/* escapeText */.X1)(target),
        // Below the sample-coverage bar there is no uptime figure, only samples.
        !w || w.status !== 'ok' || w.uptimeText === null ? '_no data_' : `${w.uptimeText}%`,
        !w || w.coverage === null ? '—' : `${w.samples} (${(0,totals/* formatCoveragePercent */.b7)(w.coverage)}%)`,
        w?.latency ? ms(w.latency.p95) : '—',
        `${up} of ${m.probes.length}`,
        failing.length ? failing.map((c) => `${criteria/* STATUS_ICON */.tW[c.status]} ${(0,markdown/* escapeText */.X1)(c.title)}`).join('<br>') : '',
    ];
}
function componentDetails(o) {
    const w = o.model.window;
    const head = [w ? (0,uptime_window/* coverageText */._)(w) : '', `${w?.flaps ?? 0} state change(s)`, notApplicableNote(o.model)]
        .filter(Boolean)
        .join(' · ');
    return (0,markdown/* details */.zH)(`${criteria/* STATUS_ICON */.tW[o.result.status]} ${(0,markdown/* code */.aY)(o.unit.key)}: ${criteria/* STATUS_WORD */.I1[o.result.status]}`, [head, (0,criteria/* criteriaTable */.qi)(o.result.criteria)].join('\n\n'));
}
function renderScheduledSummary(ctx, limitBytes) {
    const status = (0,gate_result/* overallStatus */.gX)(ctx.outcomes.map((o) => ({ status: o.result.status })));
    const window = ctx.outcomes[0]?.model.windowText ?? '';
    const rows = ctx.outcomes.map(componentRow);
    const head = [
        `## ${criteria/* STATUS_ICON */.tW[status]} ${GATE_TITLE}: ${ctx.outcomes.length} component(s) with health checks`,
        (0,markdown/* table */.tp)(['Component', 'Bars', `Uptime (${(0,markdown/* escapeText */.X1)(window)})`, 'Samples (coverage)', 'p95', 'Up now', 'Not passing'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'l']),
        ctx.withoutHealth.length ? `No health checks (not probed): ${ctx.withoutHealth.map(markdown/* code */.aY).join(', ')}.` : '',
        ctx.warnings.map((x) => `> [!WARNING]\n> ${(0,markdown/* escapeText */.X1)(x)}`).join('\n\n'),
    ]
        .filter(Boolean)
        .join('\n\n');
    const sections = [
        { markdown: head, priority: 100 },
        { markdown: ctx.outcomes.map(componentDetails).join('\n\n'), priority: 50 },
        { markdown: (0,markdown/* runFooter */.Vm)(ctx.runUrl), priority: 90 },
    ];
    return (0,markdown/* fitSummary */.mW)(sections, limitBytes);
}
function scheduledFailureMessage(outcomes) {
    const short = outcomes.filter((o) => o.result.status === 'fail' || o.result.status === 'error');
    if (short.length)
        return `${short.length} of ${outcomes.length} component(s) do not meet the bars: ${short.map((o) => `${o.unit.key} (${(0,criteria/* shortfalls */.Tn)(o.result.criteria).join('; ')})`).join('; ')}.`;
    const noData = outcomes.filter((o) => o.result.status === 'no-data').map((o) => o.unit.key);
    return `${noData.join(', ')} ha${noData.length === 1 ? 's' : 've'} no uptime evidence yet (the window fills as the schedule runs): see the summary.`;
}

;// CONCATENATED MODULE: ./actions/uptime-check/uptime-check.ts



/**
 * Uptime and p95 of each planned day, for the chart: the window's figures, cut at the day's
 * edges (and at the window's start and end). No coverage bar: a partial day still shows.
 */
function dayFigures(plan, days, window, measuredFrom) {
    const out = [];
    plan.forEach((p, i) => {
        const dayStart = (0,history_lines/* dayStartMs */.Hw)(p.day);
        const start = new Date(Math.max(dayStart, measuredFrom.getTime()));
        const end = new Date(Math.min(dayStart + history_lines/* DAY_MS */.sO, window.to.getTime()));
        if (end <= start)
            return;
        const d = (0,uptime_window/* computeWindow */.ci)({ ...window, from: start, to: end, days: [days[i]], minSampleCoverage: 0 });
        out.push({ day: p.day, uptimeText: d.uptimeText, p95: d.latency?.p95 ?? null, samples: d.samples });
    });
    return out;
}
const pct2 = (x) => Math.round(x * 100) / 100;
function windowCriteria(m, evidence) {
    const w = m.window;
    const base = {
        id: 'uptime.window',
        title: `Uptime over ${m.windowText}`,
        bar: m.minUptime,
        comparator: '>=',
        unit: '%',
        evidence,
    };
    if (!w)
        return [
            {
                ...base,
                status: 'no-data',
                measured: null,
                detail: 'no health endpoint to probe and no history: set `urls` or `health` in the config',
            },
        ];
    const coverage = (0,uptime_window/* coverageText */._)(w);
    const out = [];
    if (w.status === 'no-data' || w.uptime === null || w.uptimeText === null) {
        // A coverage shortfall names the coverage already.
        const reason = w.noDataReason ?? 'no samples';
        out.push({
            ...base,
            status: 'no-data',
            measured: null,
            detail: reason.includes('expected samples') ? reason : `${reason}; ${coverage}`,
        });
    }
    else {
        const ok = (0,totals/* meetsBar */.wx)(w.uptime, m.minUptime);
        out.push({
            ...base,
            status: ok ? 'pass' : 'fail',
            measured: Number(w.uptimeText),
            ...(ok ? {} : { gap: pct2(m.minUptime - Number(w.uptimeText)) }),
            detail: `${w.up + w.degraded} of ${w.samples} samples up; ${coverage}; ${w.flaps} state change(s)`,
        });
    }
    if (m.production) {
        const bar = m.policy.performance['max-error-rate'];
        const rate = w.errorRate;
        out.push({
            id: 'uptime.error-rate',
            title: `Error rate over ${m.windowText} (probes down)`,
            status: rate === null || w.status === 'no-data' ? 'no-data' : rate <= bar ? 'pass' : 'fail',
            measured: rate === null ? null : pct2(rate),
            bar,
            comparator: '<=',
            unit: '%',
            ...(rate !== null && rate > bar ? { gap: pct2(rate - bar) } : {}),
            detail: rate === null ? 'no samples' : `${w.down} of ${w.samples} probes down`,
            evidence,
        });
    }
    return out;
}
function probesCriterion(m) {
    if (m.probes.length === 0)
        return null;
    const down = m.probes.filter((p) => p.state === 'down');
    return {
        id: 'monitoring.health',
        title: 'Health endpoints answer',
        status: down.length === 0 ? 'pass' : 'fail',
        measured: m.probes.length - down.length,
        bar: m.probes.length,
        comparator: '>=',
        unit: 'endpoints',
        ...(down.length ? { gap: down.length } : {}),
        detail: down.length
            ? down.map((p) => `${p.url}: ${p.error ?? 'down'}${p.detail ? ` (${p.detail})` : ''}`).join('; ')
            : `${m.probes.length} endpoint(s) up in this run`,
        evidence: m.probes.map((p) => ({ url: p.url })),
    };
}
function loadCriteria(m) {
    return m.load.flatMap(({ file, model, checks }) => checks.map((c) => ({
        id: c.id,
        title: `${c.title} (${model.tool})`,
        status: c.pass === null ? 'no-data' : c.pass ? 'pass' : 'fail',
        measured: c.measured === null ? null : Math.round(c.measured * 100) / 100,
        bar: c.bar,
        comparator: c.comparator,
        unit: c.unit,
        ...(c.pass === false && c.measured !== null ? { gap: Math.round(Math.abs(c.measured - c.bar) * 100) / 100 } : {}),
        detail: c.detail,
        evidence: [{ file, tool: model.tool }],
    })));
}
function promCriterion(id, title, f, bar, comparator, unit, url, scale) {
    const base = { id, title, bar, comparator, unit, evidence: [{ url, tool: 'Prometheus' }] };
    if (f.error)
        return { ...base, status: 'error', measured: null, detail: f.error };
    if (f.value === null)
        return { ...base, status: 'no-data', measured: null, detail: `the query returned no series: ${f.query}` };
    const v = pct2(scale(f.value));
    const ok = comparator === '>=' ? v >= bar : v <= bar;
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured: v,
        ...(ok ? {} : { gap: pct2(Math.abs(bar - v)) }),
        detail: f.query,
    };
}
function prometheusCriteria(m) {
    const p = m.prometheus;
    if (!p)
        return [];
    const perf = m.policy.performance;
    return [
        promCriterion('prometheus.availability', `Availability in Prometheus over ${m.windowText}`, { query: p.query, value: p.availability, error: p.error }, m.minUptime, '>=', '%', p.url, (v) => 100 * v),
        promCriterion('prometheus.error-rate', `Error rate (5xx) in Prometheus over ${m.windowText}`, p.errorRate, perf['max-error-rate'], '<=', '%', p.url, (v) => 100 * v),
        promCriterion('prometheus.p95', `API p95 latency in Prometheus over ${m.windowText}`, p.p95Ms, perf['api-p95-ms'], '<=', 'ms', p.url, (v) => v),
    ];
}
const mb = (x) => `${pct2(x)} MB`;
function usageCriterion(base, r, figure, value, describe) {
    if (r.missing || !figure)
        return { ...base, status: 'no-data', measured: null, detail: r.missing ?? 'no figures' };
    if (figure.error)
        return { ...base, status: 'error', measured: null, detail: figure.error };
    if (value === null)
        return { ...base, status: 'no-data', measured: null, detail: `the query returned no series: ${figure.query}` };
    const v = pct2(value);
    const ok = v <= base.bar;
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured: v,
        ...(ok ? {} : { gap: pct2(v - base.bar) }),
        detail: `${describe(value, figure.series ?? '')}; ${figure.query}`,
    };
}
/** Memory (peak per container) and CPU (average per container, percent of one core) against the seed bars; no-data without figures. */
function performanceCriteria(m) {
    const r = m.performance;
    if (!r)
        return [];
    const perf = m.policy.performance;
    const e = r.evidence;
    const per = e?.source === 'container' ? 'container' : 'process';
    const evidence = e ? [{ url: e.url, tool: 'Prometheus' }] : [];
    return [
        usageCriterion({
            id: 'performance.memory',
            title: `Peak memory per ${per} ${r.during}`,
            bar: perf['max-memory-mb'],
            comparator: '<=',
            unit: 'MB',
            evidence,
        }, r, e?.memory, e?.memory.peakMb ?? null, (v, series) => `${series}: peak ${mb(v)}`),
        usageCriterion({
            id: 'performance.cpu',
            title: `Average CPU per ${per} ${r.during} (percent of one core)`,
            bar: perf['max-cpu-percent'],
            comparator: '<=',
            unit: '%',
            evidence,
        }, r, e?.cpu, e?.cpu.averagePercent ?? null, (v, series) => `${series}: average ${pct2(v)}%, highest over a minute ${pct2(e?.cpu.peakPercent ?? v)}% (not judged)`),
    ];
}
function monitoringCriteria(m) {
    const out = [];
    if (m.metrics) {
        out.push({
            id: 'monitoring.metrics',
            title: 'Metrics endpoint serves Prometheus text format',
            status: m.metrics.problem ? 'fail' : 'pass',
            measured: m.metrics.problem ? 'invalid' : 'valid',
            bar: 'valid',
            comparator: null,
            unit: '',
            detail: m.metrics.problem ?? `${m.metrics.families} metric families`,
            evidence: [{ url: m.metrics.url }],
        });
    }
    if (m.alerts) {
        const a = m.alerts;
        const ok = !a.problem && !!a.coverage?.ok;
        out.push({
            id: 'monitoring.alerts',
            title: 'Alert rules with the seed thresholds (error rate > 1% / 5%, p95 > 1 s / 3 s)',
            status: ok ? 'pass' : 'fail',
            measured: ok ? 'present' : 'missing',
            bar: 'present',
            comparator: null,
            unit: '',
            detail: a.problem ??
                (a.coverage?.problems.join('; ') || `${a.coverage?.alerts.length ?? 0} alerts in ${a.files.join(', ')}`),
            evidence: a.files.map((file) => ({ file })),
        });
    }
    return out;
}
function evaluateUptime(m) {
    const evidence = m.historySource
        ? [{ tool: `probes; history on ${m.historySource}` }]
        : [{ tool: 'probes of this run' }];
    const criteria = m.measureUptime ? [...windowCriteria(m, evidence)] : [];
    const probes = probesCriterion(m);
    if (probes)
        criteria.push(probes);
    if (m.loadTestNotApplicable === null) {
        criteria.push(...loadCriteria(m));
        criteria.push(...performanceCriteria(m));
    }
    criteria.push(...prometheusCriteria(m));
    criteria.push(...monitoringCriteria(m));
    return { criteria };
}

;// CONCATENATED MODULE: ./actions/uptime-check/check-unit.ts






const GATE = 'uptime-check';
function windowOf(unit, probes, h, env) {
    if (!unit.targets.length && !h.source)
        return { window: null, perDay: [] };
    const from = new Date(env.now.getTime() - unit.windowMs);
    const input = {
        from,
        to: env.now,
        ...(unit.notBefore ? { notBefore: unit.notBefore } : {}),
        intervalMs: env.inputs.intervalMs,
        maintenance: unit.maintenance,
        minSampleCoverage: unit.subject.policy.uptime['min-sample-coverage'],
    };
    const window = (0,uptime_window/* computeWindow */.ci)({ ...input, days: h.source ? h.days : [probes] });
    return { window, perDay: h.source ? dayFigures(h.plan, h.days, input, window.from) : [] };
}
/**
 * Memory and CPU: over the load test's window (Locust's history), else over the uptime window;
 * null when not judged here (a scheduled run without Prometheus). No-data reasons say what to give.
 */
async function performanceOf(unit, load, window, env) {
    const { inputs } = env;
    if (env.scheduled && !inputs.prometheusUrl)
        return null;
    const windows = load.map((l) => l.model.window).filter((w) => w !== null);
    const during = load.length ? 'during the load test' : `over the uptime window (${unit.windowText})`;
    let missing = null;
    if (!inputs.prometheusUrl)
        missing = 'no Prometheus URL: set `prometheus-url` to judge memory and CPU';
    else if (load.length && !windows.length) {
        missing = load.every((l) => l.model.tool === 'k6')
            ? "k6's summary export has no start time, so there is no load-test window to ask Prometheus about; give Locust's --csv files (their _stats_history.csv has the timestamps)"
            : 'no load-test window: the _stats_history.csv beside the Locust stats is missing or has fewer than two timestamps';
    }
    else if (!load.length && !window)
        missing = 'no uptime window (no health endpoints and no history) to ask Prometheus about';
    if (missing)
        return { evidence: null, missing, during };
    const span = windows.length
        ? {
            start: Math.min(...windows.map((w) => w.start)),
            end: Math.max(...windows.map((w) => w.end)),
            from: 'load-test',
        }
        : {
            start: Math.floor(window.from.getTime() / 1000),
            end: Math.ceil(window.to.getTime() / 1000),
            from: 'staging',
        };
    const evidence = await (0,collect/* queryResourceUsage */.Ay)(inputs.prometheusUrl, inputs.prometheusJob ?? unit.key, span, inputs.probeTimeoutMs ?? 10_000);
    return { evidence, missing: null, during };
}
async function evidenceOf(unit, window, env) {
    const { inputs } = env;
    const notApplicable = unit.component?.notApplicable['load-test'] ?? null;
    if (notApplicable && (inputs.locustStats.length || inputs.k6Summary.length))
        env.log.warning(`load tests are not applicable to ${unit.key} (${notApplicable}): the load-test reports given were not judged`);
    const reports = notApplicable ? [] : await (0,collect/* readLoadReports */.A$)(inputs.locustStats, inputs.k6Summary, inputs.root);
    const load = reports.map((l) => ({ ...l, checks: checkLoadAgainstSla(l.model, unit.subject.policy.performance) }));
    const timeout = inputs.probeTimeoutMs ?? 10_000;
    const job = inputs.prometheusJob ?? unit.key;
    const prometheus = inputs.prometheusUrl
        ? await (0,collect/* queryPrometheus */.$k)(inputs.prometheusUrl, {
            job,
            window: unit.windowText,
            requestsMetric: inputs.prometheusRequestsMetric,
            latencyMetric: inputs.prometheusLatencyMetric,
        }, timeout)
        : null;
    const performance = notApplicable ? null : await performanceOf(unit, load, window, env);
    const metricsUrl = inputs.metricsUrl ?? unit.component?.metricsUrl ?? null;
    const metrics = metricsUrl ? await (0,collect/* checkMetrics */.Ux)(metricsUrl, timeout) : null;
    const production = unit.subject.target === 'production';
    const alertPatterns = inputs.alertRules.length
        ? inputs.alertRules
        : production && unit.component
            ? unit.component.alertRules
            : [];
    const alerts = alertPatterns.length ? await (0,collect/* checkAlertRules */.Ak)(alertPatterns, inputs.root) : null;
    return { notApplicable, load, prometheus, performance, metrics, alerts };
}
/** What the result file keeps of a unit's check: the figures, and where each came from. */
function resultData(window, days, probes, history, e, incident) {
    return {
        window: window && { ...window, from: window.from.toISOString(), to: window.to.toISOString() },
        days,
        probes,
        history: history.source,
        load: e.load.map((l) => ({
            file: l.file,
            tool: l.model.tool,
            endpoints: l.model.endpoints,
            aggregate: l.model.aggregate,
            peakUsers: l.model.peakUsers,
            window: l.model.window,
        })),
        prometheus: e.prometheus,
        resources: e.performance?.evidence ?? null,
        notApplicable: e.notApplicable ? { 'load-test': e.notApplicable } : {},
        incident: incident && { action: incident.action, issue: incident.issue?.number ?? null },
        metrics: e.metrics,
        alerts: e.alerts && {
            files: e.alerts.files,
            problem: e.alerts.problem,
            problems: e.alerts.coverage?.problems ?? [],
        },
    };
}
async function checkUnit(unit, probes, history, incident, env) {
    const { window, perDay } = windowOf(unit, probes, history, env);
    const e = await evidenceOf(unit, window, env);
    const { subject } = unit;
    const model = {
        probes,
        window,
        windowText: unit.windowText,
        days: perDay,
        historySource: history.source,
        minUptime: env.inputs.minUptime ?? subject.policy.uptime.min,
        load: e.load,
        prometheus: e.prometheus,
        performance: e.performance,
        loadTestNotApplicable: e.notApplicable,
        metrics: e.metrics,
        alerts: e.alerts,
        policy: subject.policy,
        production: subject.target === 'production',
        measureUptime: unit.targets.length > 0 || env.inputs.history !== 'none',
    };
    const { criteria } = evaluateUptime(model);
    const who = unit.component ? unit.component.id : 'the endpoints';
    const result = (0,build_result/* buildGateResult */.R)({
        gate: GATE,
        component: unit.component?.id ?? null,
        current: subject.current,
        target: subject.target,
        criteria,
        summary: oneLine(model, who),
        data: resultData(window, perDay, probes, history, e, incident),
        context: env.ctx,
        now: env.now,
    });
    return { unit, model, result, incident };
}

// EXTERNAL MODULE: ./actions/uptime-check/history.ts
var uptime_check_history = __nccwpck_require__(8782);
// EXTERNAL MODULE: ./actions/uptime-check/inputs.ts + 5 modules
var uptime_check_inputs = __nccwpck_require__(2540);
// EXTERNAL MODULE: ./actions/uptime-check/units.ts
var uptime_check_units = __nccwpck_require__(4245);
;// CONCATENATED MODULE: ./actions/uptime-check/uptime-check-action.ts
/**
 * uptime-check, the action: parseInputs() -> the units to check (one component, the `urls`,
 * or on a schedule every component with health checks) -> probe every endpoint at once ->
 * record to and read the shared history in one pass -> incidents -> per unit: load tests,
 * Prometheus, metrics, alert rules, evaluateUptime() (pure) -> publish one result per unit.
 * `mode: upkeep` (upkeep-mode.ts) probes nothing: it judges the Production components'
 * maintenance criteria over the recorded history and keeps their breach issues.
 */
// First: checks the event payload before @actions/github reads it while being imported.






















/** Every endpoint of every unit at once (up to 200 in flight): a run takes about one time-out however many hang. */
async function probeUnits(units, retries, log) {
    const targets = units.flatMap((u) => u.targets);
    const samples = targets.length
        ? await probeAll(targets, { retries, concurrency: Math.min(200, targets.length) })
        : [];
    for (const p of samples)
        log.info((0,workflow_text/* logLine */.B)(`${p.url}: ${p.state}${p.status ? ` (HTTP ${p.status}` + (p.ms !== undefined ? `, ${p.ms} ms)` : ')') : ''}${p.error ? ` ${p.error}` : ''}`));
    let i = 0;
    return units.map((u) => samples.slice(i, (i += u.targets.length)));
}
/** The days each unit's window covers, ending now. */
function windowPlans(units, now) {
    return units.map((u) => ({
        key: u.key,
        plan: (0,uptime_window/* planWindowDays */.rb)({
            from: new Date(now.getTime() - u.windowMs),
            to: now,
            ...(u.notBefore ? { notBefore: u.notBefore } : {}),
            maintenance: u.maintenance,
        }),
    }));
}
/**
 * Records the probes and reads every unit's window from the data branch; only this run's
 * probes when that fails. Samples that could not be recorded are reported in `lost`: the run
 * then fails after publishing, since a lost sample is a hole in every later window.
 */
async function readHistory(units, probes, api, env, lost) {
    const { inputs, now, log } = env;
    const plans = windowPlans(units, now);
    const without = units.map((u, i) => ({ days: [probes[i]], plan: plans[i].plan, source: null }));
    if (inputs.history !== 'branch')
        return without;
    if (!api) {
        log.warning("no token or repository: the history cannot be read or written, so the window has only this run's probes");
        return without;
    }
    try {
        const record = inputs.record
            ? units.flatMap((u, i) => probes[i].map((sample) => ({ component: u.key, sample })))
            : [];
        const synced = await (0,uptime_check_history/* syncHistory */.eF)(new shared_history/* SharedHistory */.S(api, inputs.dataBranch), {
            plans,
            record,
            intervalMs: inputs.intervalMs,
            today: (0,history_lines/* utcDay */.dA)(now.getTime()),
            readOnly: !inputs.record,
        });
        for (const problem of synced.run.problems)
            log.warning(problem);
        const w = synced.run.written;
        if (w.conflicts)
            log.info(`${GATE}: ${w.conflicts} concurrent write(s) to the history were retried`);
        if (synced.run.copied.components.length)
            log.info(`${GATE}: copied the format-1 history of ${synced.run.copied.components.join(', ')} (${synced.run.copied.samples} samples) into the shared files`);
        return units.map((u, i) => ({
            days: synced.days.get(u.key),
            plan: plans[i].plan,
            source: `branch ${inputs.dataBranch}`,
        }));
    }
    catch (e) {
        const why = e.message;
        if ((0,collect/* isPermission */.Yo)(e)) {
            log.warning(`the token cannot use the history on branch ${inputs.dataBranch} (${why}); give the job \`permissions: contents: write\`. Only this run's probes are counted.`);
        }
        else {
            log.warning(`the history could not be read or written (${why}); only this run's probes are counted.`);
            const samples = inputs.record ? probes.reduce((n, p) => n + p.length, 0) : 0;
            if (samples > 0)
                lost.push({ samples, why });
        }
        return without;
    }
}
/** Opens or closes each unit's incident issue; the open incidents are listed once for all of them. */
async function syncIncidents(units, probes, api, env) {
    const none = units.map(() => null);
    if (!env.inputs.incidents || !units.some((u, i) => u.component && probes[i].length))
        return none;
    if (!api) {
        env.log.warning('incidents: there is no token, so no incident issue can be opened or closed');
        return none;
    }
    try {
        const open = await api.listOpenIssues([INCIDENT_LABEL]);
        const out = [];
        for (const [i, u] of units.entries()) {
            if (!u.component || !probes[i].length) {
                out.push(null);
                continue;
            }
            const sync = await syncIncident(api, {
                component: u.component.id,
                name: u.component.name,
                probes: probes[i],
                runUrl: env.ctx.run?.url ?? null,
                now: env.now,
            }, open);
            if (sync.action !== 'none')
                env.log.info(`${GATE}: ${u.key}: incident ${sync.action}${sync.issue ? ` (#${sync.issue.number})` : ''}`);
            out.push(sync);
        }
        return out;
    }
    catch (e) {
        env.log.warning(`incidents: could not update the incident issues (${e.message}); give the job \`permissions: issues: write\``);
        return none;
    }
}
function unitOutputs(o) {
    const w = o?.model.window;
    const lat = w?.latency;
    return {
        // Below the sample-coverage bar there is no uptime figure, only samples.
        [names/* UptimeCheckOutputs */.hH.Uptime]: w?.status === 'ok' ? (w.uptimeText ?? '') : '',
        [names/* UptimeCheckOutputs */.hH.P50]: lat ? String(Math.round(lat.p50)) : '',
        [names/* UptimeCheckOutputs */.hH.P95]: lat ? String(Math.round(lat.p95)) : '',
        [names/* UptimeCheckOutputs */.hH.P99]: lat ? String(Math.round(lat.p99)) : '',
        [names/* UptimeCheckOutputs */.hH.ErrorRate]: w?.status === 'ok' && w.errorRate !== null ? String(Math.round(w.errorRate * 100) / 100) : '',
        [names/* UptimeCheckOutputs */.hH.Samples]: w ? String(w.samples) : o ? '0' : '',
    };
}
/** A scheduled run's MATURITY.md warnings, the "unknown stage" ones as one line for all the components they concern. */
function stageWarnings(units) {
    const unknown = [];
    const others = [];
    for (const u of units) {
        for (const w of u.subject.warnings) {
            if (/does not exist, so its current stage is unknown$/.test(w))
                unknown.push(u.key);
            else
                others.push(w);
        }
    }
    if (unknown.length > 1)
        others.unshift(`${unknown.length} components have no MATURITY.md (${unknown.join(', ')}), so their current stage is unknown and the staging bars apply`);
    else if (unknown.length === 1)
        others.unshift(...units.find((u) => u.key === unknown[0]).subject.warnings.filter((w) => /stage is unknown$/.test(w)));
    return others;
}
async function main() {
    const inputs = (0,uptime_check_inputs/* parseInputs */.T)();
    const ctx = readRunContext();
    const config = await (0,load_config/* loadConfig */.Z9)(inputs.configPath, inputs.root, false, inputs.configExplicit);
    if (inputs.mode === 'upkeep') {
        // The daily upkeep run's parts (breach issues, patch deadlines, MATURITY.md) load only for it.
        const { upkeepMode } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(182), __nccwpck_require__.e(685)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7685));
        return upkeepMode(inputs, ctx, githubFor(ctx, inputs.githubToken), config);
    }
    const plan = await (0,uptime_check_units/* planUnits */.n)(config, inputs);
    const { scheduled, units } = plan;
    const log = new logger/* RunLog */.s(core/* debug */.Yz, core/* info */.pq);
    for (const w of scheduled ? stageWarnings(units) : units.flatMap((u) => u.subject.warnings))
        log.warning(w);
    const probes = await probeUnits(units, inputs.retries, log);
    // The windows end after this run's probes, so that they are in them.
    const env = { inputs, ctx, now: new Date(), scheduled, log };
    const api = githubFor(ctx, inputs.githubToken);
    const lost = [];
    const histories = await readHistory(units, probes, api, env, lost);
    const incidents = await syncIncidents(units, probes, api, env);
    const outcomes = [];
    for (const [i, u] of units.entries())
        outcomes.push(await checkUnit(u, probes[i], histories[i], incidents[i], env));
    if (scheduled)
        await publishScheduled(env, outcomes, plan.withoutHealth);
    else
        await publishUnit(env, outcomes[0], api);
    failOnLostSamples(lost, inputs.dataBranch);
}
function publicationOf(env) {
    const { inputs, log } = env;
    return { gate: GATE, warnings: log.warnings, resultsDir: inputs.resultsDir, allowNoData: inputs.allowNoData };
}
/** A scheduled run: one result per component, one summary for all of them. */
async function publishScheduled(env, outcomes, withoutHealth) {
    const { inputs, ctx, log } = env;
    await (0,publish/* publishAll */.V7)({
        ...publicationOf(env),
        results: outcomes.map((o) => o.result),
        summary: renderScheduledSummary({ outcomes, withoutHealth, warnings: log.warnings, runUrl: ctx.run?.url ?? null }, markdown/* SUMMARY_LIMIT_BYTES */.Jz),
        outputs: {
            ...unitOutputs(null),
            [names/* UptimeCheckOutputs */.hH.ResultFiles]: outcomes.map((x) => (0,publish/* resultFilePath */.FE)(inputs.resultsDir, x.result)).join('\n'),
        },
        failureMessage: scheduledFailureMessage(outcomes),
    });
}
/** A run for one component or the `urls`: its result, summary, comment and outputs. */
async function publishUnit(env, o, api) {
    const { inputs, ctx, log } = env;
    const who = o.unit.component ? o.unit.component.id : 'the endpoints';
    const renderCtx = { result: o.result, model: o.model, warnings: log.warnings, runUrl: ctx.run?.url ?? null };
    await (0,publish/* publish */.mk)({
        ...publicationOf(env),
        result: o.result,
        summary: renderSummary(renderCtx, markdown/* SUMMARY_LIMIT_BYTES */.Jz),
        comment: (0,publish/* commentOn */.Jt)(ctx, api, inputs.comment, () => renderComment(renderCtx, markdown/* COMMENT_LIMIT_CHARS */.iW)),
        annotations: [],
        outputs: { ...unitOutputs(o), [names/* UptimeCheckOutputs */.hH.ResultFiles]: (0,publish/* resultFilePath */.FE)(inputs.resultsDir, o.result) },
        failureMessage: failureMessage(o.result, who),
    });
}
/** A sample that was not recorded leaves a hole in every later window: the run fails, saying so. */
function failOnLostSamples(lost, branch) {
    for (const l of lost) {
        core/* setFailed */.C1(`${GATE}: ${l.samples} probe sample(s) of this run could not be recorded in the history on branch ${branch} (${l.why}). Later windows will have a gap there.`);
    }
}
/**
 * The action. The entry file (index.ts, what the bundle starts from) calls it; tests and
 * @github/local-action call it in process with INPUT_* and the runner's files in the environment.
 */
async function run() {
    await runAction(GATE, main);
}


/***/ }),

/***/ 5968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ UptimeCheckInputs),
/* harmony export */   Mg: () => (/* binding */ CommonOutputs),
/* harmony export */   Rm: () => (/* binding */ CommonInputs),
/* harmony export */   hH: () => (/* binding */ UptimeCheckOutputs)
/* harmony export */ });
/* unused harmony exports ChangeInputs, CoverageGateInputs, CoverageGateOutputs, QualityGateInputs, QualityGateOutputs, SecurityGateInputs, SecurityGateOutputs, PromotionReportInputs, PromotionReportOutputs, PlannerInputs, PlannerOutputs, DashboardInputs, DashboardOutputs */
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
const CommonOutputs = {
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


/***/ }),

/***/ 1594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Jt: () => (/* binding */ commentOn),
  mk: () => (/* binding */ publish),
  V7: () => (/* binding */ publishAll),
  FE: () => (/* binding */ resultFilePath)
});

// UNUSED EXPORTS: ANNOTATION_SHARE_ENV, resultFileName, writeResultFile, writeStickyComment, writeSummary

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var lib_core = __nccwpck_require__(8298);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __nccwpck_require__(425);
// EXTERNAL MODULE: ./packages/core/path-input.ts
var path_input = __nccwpck_require__(7104);
// EXTERNAL MODULE: ./packages/core/result/gate-result.ts
var gate_result = __nccwpck_require__(751);
// EXTERNAL MODULE: ./packages/core/safe-write.ts
var safe_write = __nccwpck_require__(4209);
// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __nccwpck_require__(9430);
// EXTERNAL MODULE: ./packages/github/sticky-comment.ts
var sticky_comment = __nccwpck_require__(5449);
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

// EXTERNAL MODULE: ./packages/report/workflow-text.ts
var workflow_text = __nccwpck_require__(7794);
// EXTERNAL MODULE: ./packages/action-io/names.ts
var names = __nccwpck_require__(5968);
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
    const at = `input ${names/* CommonInputs */.Rm.ResultsDir}`;
    (0,path_input/* prepareOutputDir */.g$)(dir, dir, at);
    const path = resultFilePath(dir, result);
    (0,safe_write/* writeFileSafely */.kv)(path, `${JSON.stringify(result, null, 2)}\n`, at);
    return path;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        lib_core/* info */.pq(markdown.split('\n').map(workflow_text/* logLine */.B).join('\n'));
        return;
    }
    await lib_core/* summary */.z.addRaw(markdown, true).write();
}
/**
 * Creates or updates a sticky comment; returns the warning when it cannot be written (a fork's
 * read-only token, missing `permissions:`, an outage): never a failure, the summary has it all.
 */
async function stickyCommentProblem(c) {
    try {
        const r = await (0,sticky_comment/* upsertStickyComment */.q)(c.api, c.issue, c.marker, c.body);
        lib_core/* info */.pq((0,workflow_text/* logLine */.B)(`${c.name}: comment ${r.action} (${r.comment.html_url})${r.removedDuplicates ? `; removed ${r.removedDuplicates} duplicate(s)` : ''}`));
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
        throw new errors/* ConfigurationError */.j(`expected a whole number from 1 to ${STEP_LIMIT}, found "${raw}"`, { at: `env ${ANNOTATION_SHARE_ENV}` }, `Give each gate of the job its share of GitHub's 50 annotations per job, e.g. 16 for three gates.`);
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
        lib_core/* error */.z3(message, props);
    else if (level === 'warning')
        lib_core/* warning */.$e(message, props);
    else
        lib_core/* notice */.lm(message, props);
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
        lib_core/* info */.pq(`${more} more finding(s) are listed in the job summary (GitHub shows 10 annotations of each level per step and 50 per job).`);
    addToLedger(plan.total);
    if (o.final?.fails)
        lib_core/* setFailed */.C1(o.final.message);
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
    const status = (0,gate_result/* overallStatus */.gX)(p.results.map((r) => ({ status: r.status })));
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.Passed, String(status === 'pass'));
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.Status, status);
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.ResultFile, '');
    for (const [name, value] of Object.entries(p.outputs))
        lib_core/* setOutput */.uH(name, value);
    for (const r of p.results)
        lib_core/* info */.pq((0,workflow_text/* logLine */.B)(`${p.gate}: ${r.summary} (${r.status})`));
    lib_core/* info */.pq(`${p.gate}: ${files.length} result file(s) written to ${p.resultsDir}`);
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
        ? await stickyCommentProblem({ name: p.gate, ...p.comment, marker: (0,sticky_comment/* stickyMarker */.Y)(p.gate, p.result.component) })
        : null;
    if (problem)
        messages.push({ level: 'warning', message: problem });
    const status = p.result.status;
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.Passed, String(status === 'pass'));
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.Status, status);
    lib_core/* setOutput */.uH(names/* CommonOutputs */.Mg.ResultFile, file);
    for (const [name, value] of Object.entries(p.outputs))
        lib_core/* setOutput */.uH(name, value);
    lib_core/* info */.pq((0,workflow_text/* logLine */.B)(`${p.gate}: ${p.result.summary} (${status}); result written to ${file}`));
    emitAnnotations({
        findings: p.annotations,
        messages,
        final: finalMessage(p.gate, status, p.failureMessage, p.allowNoData, p.enforce),
    });
}


/***/ }),

/***/ 1014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ boundedFetch),
/* harmony export */   Ht: () => (/* binding */ readBoundedText)
/* harmony export */ });
/* unused harmony exports ReplyTooLargeError, formatBytes, boundedResponse */
/**
 * The one bounded reader of HTTP replies (the GitHub API through octokit, Prometheus, a
 * metrics endpoint). `fetch`'s `text()`, `json()` and `arrayBuffer()` read whatever the server
 * sends: a 2 GB reply ends the process with V8's "invalid string length" or an out-of-memory
 * abort. Here a reply declared larger than the limit is refused before its body is read, and
 * one that runs past it while streaming is cut there, with an error that says so.
 *
 * `onFailure` hears every failure of the body (too large, cut by a time-out, connection lost):
 * octokit swallows those and hands back an empty reply, so its caller must be told.
 */
class ReplyTooLargeError extends Error {
    limitBytes;
    kind = 'too-large';
    constructor(limitBytes, declared) {
        super(declared !== null
            ? `the reply is ${formatBytes(declared)}, over the ${formatBytes(limitBytes)} this action reads`
            : `the reply runs past the ${formatBytes(limitBytes)} this action reads; reading stopped there`);
        this.limitBytes = limitBytes;
        this.name = 'ReplyTooLargeError';
    }
}
function formatBytes(n) {
    if (n >= 1 << 30)
        return `${(n / (1 << 30)).toFixed(1)} GB`;
    if (n >= 1 << 20)
        return `${Math.round(n / (1 << 20))} MB`;
    if (n >= 1 << 10)
        return `${Math.round(n / (1 << 10))} KB`;
    return `${n} bytes`;
}
function declaredLength(response) {
    const value = response.headers.get('content-length');
    const n = value === null ? Number.NaN : Number(value);
    return Number.isFinite(n) && n >= 0 ? n : null;
}
/** The same reply, its body limited to `maxBytes`. */
function boundedResponse(response, maxBytes, onFailure = () => { }) {
    const source = response.body;
    if (source === null)
        return response;
    const declared = declaredLength(response);
    let body;
    if (declared !== null && declared > maxBytes) {
        void source.cancel().catch(() => undefined);
        const refused = new ReplyTooLargeError(maxBytes, declared);
        onFailure(refused);
        body = new ReadableStream({ start: (ctl) => ctl.error(refused) });
    }
    else {
        body = limitStream(source, maxBytes, onFailure);
    }
    const bounded = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
    });
    Object.defineProperty(bounded, 'url', { value: response.url });
    return bounded;
}
function limitStream(source, maxBytes, onFailure) {
    const reader = source.getReader();
    let seen = 0;
    return new ReadableStream({
        async pull(ctl) {
            try {
                const { done, value } = await reader.read();
                if (done)
                    return ctl.close();
                seen += value.byteLength;
                if (seen > maxBytes) {
                    const e = new ReplyTooLargeError(maxBytes, null);
                    onFailure(e);
                    ctl.error(e);
                    await reader.cancel(e).catch(() => undefined);
                    return;
                }
                ctl.enqueue(value);
            }
            catch (e) {
                const error = e instanceof Error ? e : new Error(String(e));
                onFailure(error);
                ctl.error(error);
            }
        },
        cancel(reason) {
            return reader.cancel(reason);
        },
    });
}
/** A reply's text, read up to `maxBytes` (ReplyTooLargeError past that). */
async function readBoundedText(response, maxBytes) {
    return boundedResponse(response, maxBytes).text();
}
/** `fetch`, every reply bounded: for octokit's `request.fetch`. */
function boundedFetch(maxBytes, onFailure, base = globalThis.fetch) {
    return async (input, init) => boundedResponse(await base(input, init), maxBytes, onFailure);
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
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9913));
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

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   e1: () => (/* binding */ jsonNestingProblem),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, jsonTooDeepAt */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(425);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(`the JSON nests deeper than ${MAX_JSON_DEPTH} levels, which no report does`, { file, ...lineColumnAt(text, deep) }, 'Regenerate the report; this is not the output of the tool.');
    }
    try {
        return JSON.parse(text);
    }
    catch {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const end = text.trimEnd().length;
        const truncated = !first || first.offset >= end || (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error) === 'UnexpectedEndOfString';
        const where = lineColumnAt(text, first ? Math.min(first.offset, text.length) : text.length);
        const reason = truncated
            ? 'the JSON ends early (truncated)'
            : `the JSON is malformed: ${PARSE_ERRORS[(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)] ?? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportError */ .$(reason, { file, ...where }, 'Regenerate the report.');
    }
}


/***/ }),

/***/ 3346:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ RunLog)
/* harmony export */ });
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


/***/ }),

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ maturityReader),
/* harmony export */   l: () => (/* binding */ readMaturityRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        return { warning: `${component.id}: ${path} does not exist, so its current stage is unknown` };
    return { abs };
}
function parseAt(abs, component, parse) {
    return { record: parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8'), component.maturityFile) };
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

/***/ 3591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   sK: () => (/* binding */ redactUrls),
/* harmony export */   se: () => (/* binding */ redactValues)
/* harmony export */ });
/* unused harmony export REDACTED */
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

/***/ 7837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ buildGateResult)
});

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


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ meets),
/* harmony export */   Rr: () => (/* binding */ RESULT_VERSION),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   gX: () => (/* binding */ overallStatus),
/* harmony export */   j_: () => (/* binding */ RESULT_KIND),
/* harmony export */   md: () => (/* binding */ worstFirst)
/* harmony export */ });
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
/* harmony export */   Jb: () => (/* binding */ stageIndex),
/* harmony export */   XV: () => (/* binding */ STAGE_TITLES),
/* harmony export */   YA: () => (/* binding */ parseStage)
/* harmony export */ });
/* unused harmony exports STAGES, nextStage */
/** The maturity stages, in order. No skipping forward; demotion is possible. */
const STAGES = ['development', 'staging', 'production'];
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

/***/ 3512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ findComponent),
/* harmony export */   f9: () => (/* binding */ resolveSubject)
/* harmony export */ });
/* unused harmony export findComponentByName */
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9846);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(425);
/* harmony import */ var _maturity_read_maturity_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9714);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6293);




function findComponent(config, id) {
    const component = config.components.get(id);
    if (component)
        return component;
    const known = [...config.components.keys()];
    const hint = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(id, known);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`"${id}" is not a component in ${config.file ?? 'the config (there is no config file)'}`, { at: 'component' }, hint
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
        const lookup = await (0,_maturity_read_maturity_js__WEBPACK_IMPORTED_MODULE_2__/* .readMaturityRecord */ .l)(root, component);
        if (lookup.record) {
            maturity = lookup.record;
            warnings.push(...lookup.record.warnings.map((w) => `${component.maturityFile}: ${w}`));
        }
        else {
            warnings.push(lookup.warning);
        }
    }
    const current = maturity?.stage ?? null;
    const resolvedTarget = target ?? (0,_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultTargetStage */ .$A)(current ?? undefined);
    return { component, maturity, current, target: resolvedTarget, policy: config.policy[resolvedTarget], warnings };
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

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Git's object id of a file's bytes, as `git hash-object` computes it: sha1("blob <length>\0" + bytes). */

function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 2548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bA: () => (/* binding */ carriesAll),
/* harmony export */   kq: () => (/* binding */ ensureKeyedIssue)
/* harmony export */ });
/* unused harmony export closeDuplicates */
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8586);
/**
 * The one open issue of a kind (an incident, a maintenance breach), identified by its labels:
 * found when it is open, else created exactly once. GitHub has no conditional create, so:
 *  - the client never repeats a create blindly after a failure that may have been applied (a
 *    502 from the edge after GitHub made the issue, a time-out): it looks first (create-once.ts);
 *  - two runs that create at once both list again afterwards, and the newer copies (written by
 *    the same account) are closed as duplicates of the oldest, one request each, so every run
 *    converges on one issue and never piles up comments.
 */

const carriesAll = (issue, labels) => labels.every((l) => issue.labels.includes(l));
/** Keeps the oldest open copy; the newer ones (ours, from overlapping runs) are closed as its duplicates, saying so in their text. */
async function closeDuplicates(api, open) {
    const copies = open.map((i) => ({ ...i, order: i.number, author: i.user }));
    const r = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_0__/* .keepOldest */ .b)(copies, (extra, kept) => api.closeIssue(extra.number, 'duplicate', `Duplicate of #${kept.number}: two checks ran at once and both opened this issue. It continues in #${kept.number}.`));
    return { kept: r ? open.find((i) => i.number === r.kept.number) : null, closed: r?.retracted ?? 0 };
}
/**
 * The open issue carrying every label of `spec.match`, created when there is none. `open`: the
 * open issues already listed by the caller (one listing for many components), else listed here.
 */
async function ensureKeyedIssue(api, spec, open) {
    const existing = (open ?? (await api.listOpenIssues([...spec.match]))).filter((i) => carriesAll(i, spec.match));
    if (existing.length > 0) {
        const { kept, closed } = existing.length > 1 ? await closeDuplicates(api, existing) : { kept: existing[0], closed: 0 };
        return { issue: kept, created: false, duplicatesClosed: closed };
    }
    await api.createIssue({ title: spec.title, body: spec.body, labels: [...new Set([...spec.match, ...spec.labels])] });
    // Another run may have created its copy at the same moment: everyone keeps the oldest.
    const { kept, closed } = await closeDuplicates(api, await api.listOpenIssues([...spec.match]));
    if (!kept)
        throw new Error(`the issue "${spec.title}" was created but is not listed as open`);
    return { issue: kept, created: true, duplicatesClosed: closed };
}


/***/ }),

/***/ 5449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ stickyMarker),
/* harmony export */   q: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8586);

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
    const r = (await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_0__/* .keepOldest */ .b)(tagged, (extra) => api.deleteIssueComment(extra.id)));
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
    undici ??= await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
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

/***/ 8229:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ conflictPolicy),
/* harmony export */   Xk: () => (/* binding */ ConflictRetry),
/* harmony export */   wk: () => (/* binding */ isWriteConflict)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9430);
/**
 * Optimistic writes through the contents API carry the blob sha that was read; GitHub refuses
 * one (409, or 422 for a file created meanwhile) when another run wrote first, and the writer
 * starts over from a fresh read. Every refusal means another writer succeeded, so the writers
 * as a whole always progress; what must not happen is that one of them gives up while the
 * others are still busy: with 20 writers on one file, the last one needs up to 20 tries.
 *
 * So the bound is a time budget (and a generous count), and the waits spread the writers out
 * with "decorrelated jitter" (each wait random between the base and three times the last,
 * capped), which keeps a crowd from colliding again in step.
 */

function isWriteConflict(e) {
    return e instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS && (e.status === 409 || (e.status === 422 && /sha/i.test(e.message)));
}
function conflictPolicy(o = {}) {
    return {
        attempts: o.attempts ?? 60,
        budgetMs: o.budgetMs ?? 180_000,
        baseMs: o.baseMs ?? 50,
        capMs: o.capMs ?? 2_000,
        sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: o.now ?? Date.now,
        random: o.random ?? Math.random,
    };
}
/** One write's refusals: `again()` after each waits and says whether to read and try again. */
class ConflictRetry {
    policy;
    conflicts = 0;
    last;
    deadline = null;
    constructor(policy) {
        this.policy = policy;
        this.last = policy.baseMs;
    }
    async again() {
        const p = this.policy;
        this.conflicts++;
        this.deadline ??= p.now() + p.budgetMs;
        if (this.conflicts + 1 > p.attempts || p.now() >= this.deadline)
            return false;
        this.last = Math.min(p.capMs, p.baseMs + p.random() * (this.last * 3 - p.baseMs));
        await p.sleep(Math.round(this.last));
        return true;
    }
}


/***/ }),

/***/ 192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ STATUS_WORD),
/* harmony export */   Jv: () => (/* binding */ stageSummary),
/* harmony export */   Tn: () => (/* binding */ shortfalls),
/* harmony export */   U6: () => (/* binding */ formatMeasured),
/* harmony export */   qi: () => (/* binding */ criteriaTable),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* unused harmony exports formatValue, formatBar, formatGap, gateTitle, warningCallouts */
/* harmony import */ var _core_stages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6293);
/* harmony import */ var _core_result_gate_result_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(751);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5676);
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
        const label = e.file ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(e.file) : e.tool ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(e.tool) : 'link';
        const tool = e.file && e.tool ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(e.tool)})` : '';
        return e.url && /^https?:\/\//.test(e.url) ? `[${label}](${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .linkUrl */ .YY)(e.url)})${tool}` : `${label}${tool}`;
    })
        .join('<br>');
}
function plainTable(criteria) {
    const rows = (0,_core_result_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .worstFirst */ .md)(criteria).map((c) => [
        STATUS_ICON[c.status],
        c.detail ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(c.title)}<br><sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(c.detail)}</sub>` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(c.title),
        formatMeasured(c),
        formatBar(c),
        formatGap(c),
        evidenceCell(c),
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'Criterion', 'Measured', 'Bar', 'Short by', 'Evidence'], rows, ['c', 'l', 'r', 'r', 'r', 'l']);
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
    const stage = target ? (_core_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[target] ?? target) : 'the next stage';
    const head = judged.length
        ? `**What this change does** (judged)\n\n${plainTable(judged)}`
        : '_Nothing of this change is judged here._';
    return `${head}\n\n**Progress toward ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(stage)}** (shown, not enforced on pull requests)\n\n${plainTable(progress)}`;
}
function gateTitle(gateTitleText, result) {
    const target = _core_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[result.stage.target] ?? result.stage.target;
    const who = result.component ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(result.component)} ` : 'whole report, ';
    const currentTitle = result.stage.current
        ? (_core_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[result.stage.current] ?? result.stage.current)
        : null;
    if (result.scope === 'change') {
        return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}this change${currentTitle ? ` (in ${currentTitle})` : ''}, progress toward ${target}`;
    }
    const current = currentTitle ? `${currentTitle} → ` : '→ ';
    return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}${current}${target} bars`;
}
/** Each warning as a GitHub alert (`> [!WARNING]`), escaped; blank-line separated. */
function warningCallouts(warnings) {
    return warnings.map((w) => `> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(w)}`).join('\n\n');
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
    return (0,_core_result_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .worstFirst */ .md)(criteria)
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


/***/ }),

/***/ 5676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   Vm: () => (/* binding */ runFooter),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   YY: () => (/* binding */ linkUrl),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   pI: () => (/* binding */ fitComment),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports escapeHtml, fitSections */
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

/***/ 7317:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ dayStartMs),
/* harmony export */   JF: () => (/* binding */ parseSampleTime),
/* harmony export */   dA: () => (/* binding */ utcDay),
/* harmony export */   hT: () => (/* binding */ parseHistoryLines),
/* harmony export */   qF: () => (/* binding */ toSample),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   sS: () => (/* binding */ readJsonLines)
/* harmony export */ });
/* unused harmony exports dayOfHistoryFile, formatHistoryLines */
const DAY_MS = 86_400_000;
const STATES = ['up', 'down', 'degraded'];
const ERROR_KINDS = ['dns', 'connect', 'tls', 'timeout', 'status', 'body', 'redirect'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FILE = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})\.jsonl$/;
function digits(t, from, n) {
    let v = 0;
    for (let i = from; i < from + n; i++) {
        const c = t.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        v = v * 10 + c;
    }
    return v;
}
const daysInMonth = (y, m) => m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
/**
 * Milliseconds since the epoch of a sample time written as `Date#toISOString()` writes it
 * (`2026-05-01T12:00:03.250Z`), or NaN for anything else (other formats, offsets, Feb 30).
 * Read by hand: a day file has tens of thousands of lines, and Date.parse plus a round trip
 * through toISOString took half of the parse time.
 */
function parseSampleTime(t) {
    if (t.length !== 24 ||
        t[4] !== '-' ||
        t[7] !== '-' ||
        t[10] !== 'T' ||
        t[13] !== ':' ||
        t[16] !== ':' ||
        t[19] !== '.' ||
        t[23] !== 'Z') {
        return Number.NaN;
    }
    const y = digits(t, 0, 4);
    const mo = digits(t, 5, 2);
    const d = digits(t, 8, 2);
    const h = digits(t, 11, 2);
    const mi = digits(t, 14, 2);
    const sec = digits(t, 17, 2);
    const ms = digits(t, 20, 3);
    if (y < 0 ||
        mo < 1 ||
        mo > 12 ||
        d < 1 ||
        d > daysInMonth(y, mo) ||
        h < 0 ||
        h > 23 ||
        mi < 0 ||
        mi > 59 ||
        sec < 0 ||
        sec > 59 ||
        ms < 0) {
        return Number.NaN;
    }
    const v = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
    // Date.UTC maps years 0-99 to 1900-1999.
    return y < 100 ? new Date(v).setUTCFullYear(y) : v;
}
/** The start (ms since the epoch) of a UTC day `YYYY-MM-DD`, or null when it is not a real date. */
function dayStartMs(day) {
    if (!DAY.test(day))
        return null;
    const ms = Date.parse(`${day}T00:00:00.000Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day)
        return null;
    return ms;
}
/** The UTC day `YYYY-MM-DD` of an instant. */
function utcDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** The day a history file holds, from its name (`…/2026-05-01.jsonl`), or null when the name says none. */
function dayOfHistoryFile(file) {
    const m = DAY_FILE.exec(file);
    if (!m)
        return null;
    return dayStartMs(m[1]) === null ? null : m[1];
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'object')
        return 'an object';
    return String(value);
}
/** A Sample from a parsed JSON value, or why it is not one. `day`: the file's day, when known. */
function toSample(value, day) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return `not a JSON object (got ${describe(value)})`;
    }
    const o = value;
    for (const key of ['t', 'url', 'state']) {
        if (!Object.hasOwn(o, key))
            return `missing field "${key}"`;
    }
    const { t, url, state, status, ms, error, detail } = o;
    if (typeof t !== 'string' || Number.isNaN(parseSampleTime(t))) {
        return `field "t" must be an ISO 8601 UTC time with milliseconds like 2026-05-01T12:00:00.000Z (got ${describe(t)})`;
    }
    if (day !== null && t.slice(0, 10) !== day)
        return `time ${t} is outside the file's day ${day}`;
    if (typeof url !== 'string' || url.length === 0)
        return `field "url" must be a non-empty string (got ${describe(url)})`;
    if (typeof state !== 'string' || !STATES.includes(state)) {
        return `field "state" must be one of ${STATES.join(', ')} (got ${describe(state)})`;
    }
    const sample = { t, url, state: state };
    if (status !== undefined) {
        if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
            return `field "status" must be an HTTP status 100-599 (got ${describe(status)})`;
        }
        sample.status = status;
    }
    if (ms !== undefined) {
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
            return `field "ms" must be a number of milliseconds >= 0 (got ${describe(ms)})`;
        }
        sample.ms = ms;
    }
    if (error !== undefined) {
        if (typeof error !== 'string' || !ERROR_KINDS.includes(error)) {
            return `field "error" must be one of ${ERROR_KINDS.join(', ')} (got ${describe(error)})`;
        }
        sample.error = error;
    }
    if (detail !== undefined) {
        if (typeof detail !== 'string')
            return `field "detail" must be a string (got ${describe(detail)})`;
        sample.detail = detail;
    }
    return sample;
}
/**
 * Reads one history file's text. `file` is its path or name: when the name is
 * `YYYY-MM-DD.jsonl`, a sample whose time is not on that UTC day is a malformed line.
 */
function parseHistoryLines(text, file) {
    const day = dayOfHistoryFile(file);
    const { items, problems } = readJsonLines(text, (value) => toSample(value, day));
    return { samples: items, problems };
}
/**
 * The JSONL reader under every history format: each non-blank line parsed as JSON and handed
 * to `convert`, which returns the item or why the line is malformed. CRLF is accepted; a
 * line that is not JSON is reported (a last line without a newline as truncated).
 */
function readJsonLines(text, convert) {
    const samples = [];
    const problems = [];
    const lines = text.split('\n');
    // A final newline ends the last line; it does not start another one.
    const unterminated = lines[lines.length - 1] !== '';
    if (!unterminated)
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line.trim() === '')
            continue;
        const isLast = i === lines.length - 1;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            problems.push({
                line: i + 1,
                message: isLast && unterminated
                    ? `truncated last line (no newline at the end of the file, not valid JSON: ${why})`
                    : `not valid JSON (${why})`,
            });
            continue;
        }
        const item = convert(value);
        if (typeof item === 'string')
            problems.push({ line: i + 1, message: item });
        else
            samples.push(item);
    }
    return { items: samples, problems };
}
/** One JSON object per line, keys always in the order t, url, state, status, ms, error, detail; a final newline. */
function formatHistoryLines(samples) {
    let out = '';
    for (const s of samples) {
        const o = { t: s.t, url: s.url, state: s.state };
        if (s.status !== undefined)
            o.status = s.status;
        if (s.ms !== undefined)
            o.ms = s.ms;
        if (s.error !== undefined)
            o.error = s.error;
        if (s.detail !== undefined)
            o.detail = s.detail;
        out += `${JSON.stringify(o)}\n`;
    }
    return out;
}


/***/ }),

/***/ 8013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ AGGREGATE_NAME),
/* harmony export */   cG: () => (/* binding */ failureRateOf),
/* harmony export */   md: () => (/* binding */ endpointLabel)
/* harmony export */ });
/**
 * The normalized result of one load test, whatever tool ran it (Locust's CSV files, k6's
 * summary export). Times are milliseconds, rates per second, failure rates percent (like the
 * policy's `max-error-rate`). A figure the report does not hold is `null`, never 0: a Locust
 * endpoint that made no requests has no p95, a k6 run without `p(99)` in its
 * `summaryTrendStats` has no p99.
 */
const AGGREGATE_NAME = 'Aggregated';
/**
 * `GET /api/x` or `/api/x`: how an endpoint is named in checks and messages. A name that
 * already starts with its method (Locust scripts that group requests with
 * `name="GET /api/x"` get Type GET and Name "GET /api/x") is not prefixed a second time.
 */
function endpointLabel(e) {
    if (!e.method)
        return e.name;
    const prefix = `${e.method} `;
    return e.name.slice(0, prefix.length).toUpperCase() === prefix.toUpperCase() ? e.name : prefix + e.name;
}
/** Percent of requests that failed; null when nothing was requested (no data, not 0 %). */
function failureRateOf(requests, failures) {
    if (requests === null || failures === null)
        return null;
    if (requests === 0)
        return failures > 0 ? 100 : null;
    return (100 * failures) / requests;
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ rollupDay),
/* harmony export */   Eh: () => (/* binding */ ROLLUP_VERSION),
/* harmony export */   JI: () => (/* binding */ checkRollup),
/* harmony export */   Zz: () => (/* binding */ summarizeSequence),
/* harmony export */   a9: () => (/* binding */ groupByUrl),
/* harmony export */   p3: () => (/* binding */ nearestRank),
/* harmony export */   t2: () => (/* binding */ LatencyHistogram)
/* harmony export */ });
/* unused harmony exports LATENCY_SUB_BUCKETS, LATENCY_OCTAVES, LATENCY_BUCKETS, LATENCY_RELATIVE_ERROR, latencyBucket, latencyBucketValue, successfulLatency, readRollup */
/* harmony import */ var _history_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7317);
/**
 * Daily rollups: a closed UTC day of probes reduced, per endpoint, to what window figures need,
 * so that a window costs O(days × endpoints), not O(samples). Stored as JSON beside the day file
 * (`YYYY-MM-DD.rollup.json`); `readRollup` checks one read back from the store.
 *
 * Per endpoint a rollup keeps:
 * - the number of samples by state;
 * - the first and last sample (time and state), so flapping across day boundaries can be counted;
 * - `flaps`: state changes between consecutive samples within the day, counted between "down" and
 *   "not down": degraded counts as up for flapping (up→degraded is no flap, degraded→down is one);
 * - time attribution (`upMs`, `attributedMs`), see `summarizeSequence`;
 * - a latency summary of successful probes (state up or degraded, with `ms`): the exact min and
 *   max and a log-linear histogram, see `latencyBucket`.
 */

const ROLLUP_VERSION = 1;
// ---------------------------------------------------------------------------------------------
// Latency histogram
/** Linear sub-buckets per power of two (HDR-style log-linear buckets). */
const LATENCY_SUB_BUCKETS = 64;
/** Powers of two covered with bounded relative error: [1 ms, 2^20 ms ≈ 17.5 min), which includes 1 ms..10 min. */
const LATENCY_OCTAVES = 20;
/** Bucket 0 is [0, 1 ms); buckets 1..1280 are the log-linear ones; the last is [2^20 ms, ∞). */
const LATENCY_BUCKETS = 2 + LATENCY_OCTAVES * LATENCY_SUB_BUCKETS;
/**
 * The error bound of a latency read from the histogram: for a value v ≥ 1 ms (and below 2^20 ms)
 * the bucket's midpoint m satisfies |m − v| ≤ v / 128 (0.78%): a bucket in [2^k, 2^(k+1)) is
 * 2^k / 64 wide, so the midpoint is at most 2^k / 128 ≤ v / 128 away. Below 1 ms the absolute
 * error is at most 0.5 ms. Read values are clamped to the exact [min, max], which only reduces
 * the error; a value at or above 2^20 ms is reported as that bound clamped to the exact max.
 */
const LATENCY_RELATIVE_ERROR = 1 / (2 * LATENCY_SUB_BUCKETS);
const TOP = 2 ** LATENCY_OCTAVES;
/** The histogram bucket of a latency in milliseconds. */
function latencyBucket(ms) {
    if (!(ms >= 1))
        return 0;
    if (ms >= TOP)
        return LATENCY_BUCKETS - 1;
    let k = Math.floor(Math.log2(ms));
    let base = 2 ** k;
    // Math.log2 may be off by one ulp next to a power of two.
    if (base > ms) {
        k--;
        base /= 2;
    }
    else if (base * 2 <= ms) {
        k++;
        base *= 2;
    }
    // ms / base is in [1, 2) and exact (a power-of-two division), so is the rest.
    return 1 + k * LATENCY_SUB_BUCKETS + Math.floor((ms / base - 1) * LATENCY_SUB_BUCKETS);
}
/** The value a bucket stands for: its midpoint (bucket 0: 0.5 ms; the overflow bucket: 2^20 ms). */
function latencyBucketValue(index) {
    if (index <= 0)
        return 0.5;
    if (index >= LATENCY_BUCKETS - 1)
        return TOP;
    const k = Math.floor((index - 1) / LATENCY_SUB_BUCKETS);
    const sub = (index - 1) % LATENCY_SUB_BUCKETS;
    const width = 2 ** k / LATENCY_SUB_BUCKETS;
    return 2 ** k + (sub + 0.5) * width;
}
/** Nearest-rank: the value of rank ceil(p/100 · n) (1-based) in ascending order. `p` in (0, 100]. */
function nearestRank(p, n) {
    return Math.max(1, Math.ceil((p * n) / 100));
}
/** A dense, reusable histogram: fast to add to; sparse in and out. */
class LatencyHistogram {
    counts = new Float64Array(LATENCY_BUCKETS);
    touched = [];
    count = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    add(ms) {
        const i = latencyBucket(ms);
        if (this.counts[i] === 0)
            this.touched.push(i);
        this.counts[i] += 1;
        this.count++;
        if (ms < this.min)
            this.min = ms;
        if (ms > this.max)
            this.max = ms;
    }
    addSummary(s) {
        const b = s.buckets;
        for (let j = 0; j < b.length; j += 2) {
            const i = b[j];
            if (this.counts[i] === 0)
                this.touched.push(i);
            this.counts[i] += b[j + 1];
        }
        this.count += s.count;
        if (s.min < this.min)
            this.min = s.min;
        if (s.max > this.max)
            this.max = s.max;
    }
    toSummary() {
        if (this.count === 0)
            return null;
        const idx = [...this.touched].sort((a, b) => a - b);
        const buckets = [];
        for (const i of idx)
            buckets.push(i, this.counts[i]);
        return { count: this.count, min: this.min, max: this.max, buckets };
    }
    /** Nearest-rank percentiles read from the buckets (midpoints clamped to the exact min and max). */
    percentiles(ps) {
        if (this.count === 0)
            return ps.map(() => Number.NaN);
        const idx = [...this.touched].sort((a, b) => a - b);
        const out = [];
        let j = 0;
        let seen = 0;
        for (const p of ps) {
            const rank = nearestRank(p, this.count);
            while (j < idx.length && seen + this.counts[idx[j]] < rank)
                seen += this.counts[idx[j++]];
            const i = idx[Math.min(j, idx.length - 1)];
            out.push(Math.min(this.max, Math.max(this.min, latencyBucketValue(i))));
        }
        return out;
    }
    reset() {
        for (const i of this.touched)
            this.counts[i] = 0;
        this.touched = [];
        this.count = 0;
        this.min = Number.POSITIVE_INFINITY;
        this.max = Number.NEGATIVE_INFINITY;
    }
}
/** A probe whose latency counts: it succeeded (up or degraded) and timed a response. */
function successfulLatency(s) {
    return s.state !== 'down' && s.ms !== undefined && Number.isFinite(s.ms) && s.ms >= 0 ? s.ms : undefined;
}
/**
 * Summarizes one endpoint's samples of one UTC day, sorted by time (not empty).
 *
 * Time attribution: each sample stands for the time from its start until the next sample of the
 * same endpoint, but never more than one probe interval (a gap is no data, not up or down) and
 * never past `limit(at)`: the end of its UTC day (so days add up without looking at the next),
 * and in a window also the window's end and the start of the next maintenance period.
 * `upMs / attributedMs` is a time-weighted uptime over the observed time.
 */
function summarizeSequence(seq, intervalMs, limit, onLatency) {
    let up = 0;
    let down = 0;
    let degraded = 0;
    let flaps = 0;
    let upMs = 0;
    let attributedMs = 0;
    let prevDown = false;
    for (let i = 0; i < seq.length; i++) {
        const cur = seq[i];
        const s = cur.sample;
        const isDown = s.state === 'down';
        if (s.state === 'up')
            up++;
        else if (isDown)
            down++;
        else
            degraded++;
        if (i > 0 && isDown !== prevDown)
            flaps++;
        prevDown = isDown;
        let end = limit(cur.at);
        const next = seq[i + 1];
        if (next !== undefined && next.at < end)
            end = next.at;
        const attr = Math.max(0, Math.min(intervalMs, end - cur.at));
        attributedMs += attr;
        if (!isDown) {
            upMs += attr;
            const ms = successfulLatency(s);
            if (ms !== undefined)
                onLatency(ms);
        }
    }
    const f = seq[0];
    const l = seq[seq.length - 1];
    return {
        up,
        down,
        degraded,
        first: { t: new Date(f.at).toISOString(), state: f.sample.state },
        last: { t: new Date(l.at).toISOString(), state: l.sample.state },
        flaps,
        upMs,
        attributedMs,
    };
}
function checkInterval(intervalMs) {
    if (!Number.isFinite(intervalMs) || intervalMs <= 0)
        throw new RangeError(`probe interval must be a positive number of ms (got ${intervalMs})`);
}
/** Groups samples by URL, each group sorted by time (stable for equal times). */
function groupByUrl(timed) {
    const groups = new Map();
    for (const ts of timed) {
        let g = groups.get(ts.sample.url);
        if (g === undefined)
            groups.set(ts.sample.url, (g = []));
        g.push(ts);
    }
    for (const g of groups.values())
        g.sort((a, b) => a.at - b.at);
    return groups;
}
/**
 * The rollup of one UTC day (`YYYY-MM-DD`) from its samples (in any order). Every sample must
 * lie on that day: a sample of another day throws (the caller mixed up files).
 */
function rollupDay(samples, day, intervalMs) {
    const start = (0,_history_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .dayStartMs */ .Hw)(day);
    if (start === null)
        throw new RangeError(`not a UTC day YYYY-MM-DD: ${JSON.stringify(day)}`);
    checkInterval(intervalMs);
    const end = start + _history_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    const timed = new Array(samples.length);
    for (let i = 0; i < samples.length; i++) {
        const s = samples[i];
        const at = Date.parse(s.t);
        if (Number.isNaN(at))
            throw new RangeError(`sample time is not a date: ${JSON.stringify(s.t)}`);
        if (at < start || at >= end)
            throw new RangeError(`sample at ${s.t} is not on day ${day}`);
        timed[i] = { at, sample: s };
    }
    const groups = groupByUrl(timed);
    const hist = new LatencyHistogram();
    const endpoints = [];
    const dayEnd = () => end;
    const addLatency = (ms) => hist.add(ms);
    for (const url of [...groups.keys()].sort()) {
        hist.reset();
        const summary = summarizeSequence(groups.get(url), intervalMs, dayEnd, addLatency);
        endpoints.push({ url, ...summary, latency: hist.toSummary() });
    }
    return {
        v: ROLLUP_VERSION,
        day,
        intervalMs,
        expected: Math.floor(_history_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO / intervalMs),
        samples: samples.length,
        endpoints,
    };
}
// ---------------------------------------------------------------------------------------------
// Reading a stored rollup
const STATES = ['up', 'down', 'degraded'];
const isCount = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isMs = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
function endpointProblem(e, day) {
    if (typeof e !== 'object' || e === null)
        return 'an endpoint is not an object';
    const o = e;
    if (typeof o.url !== 'string' || o.url === '')
        return 'an endpoint has no url';
    const where = `endpoint ${o.url}`;
    for (const k of ['up', 'down', 'degraded', 'flaps'])
        if (!isCount(o[k]))
            return `${where}: "${k}" is not a count`;
    for (const k of ['upMs', 'attributedMs'])
        if (!isMs(o[k]))
            return `${where}: "${k}" is not a duration`;
    for (const k of ['first', 'last']) {
        const p = o[k];
        if (typeof p !== 'object' || p === null || typeof p.t !== 'string' || !STATES.includes(p.state))
            return `${where}: "${k}" is not a sample time and state`;
        if (Number.isNaN((0,_history_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSampleTime */ .JF)(p.t)) || p.t.slice(0, 10) !== day)
            return `${where}: "${k}" time is not on ${day}`;
    }
    if (o.latency !== null) {
        const l = o.latency;
        if (typeof l !== 'object' ||
            !isCount(l.count) ||
            !isMs(l.min) ||
            !isMs(l.max) ||
            !Array.isArray(l.buckets) ||
            l.buckets.length % 2 !== 0) {
            return `${where}: "latency" is not a latency summary`;
        }
        let total = 0;
        let prev = -1;
        for (let j = 0; j < l.buckets.length; j += 2) {
            const i = l.buckets[j];
            const c = l.buckets[j + 1];
            if (!isCount(i) || i <= prev || i >= LATENCY_BUCKETS || !isCount(c) || c === 0)
                return `${where}: latency buckets are malformed`;
            prev = i;
            total += c;
        }
        if (total !== l.count || l.count === 0)
            return `${where}: latency buckets do not add up to the count`;
    }
    return null;
}
/**
 * A stored rollup read back, checked; a problem means the caller should rebuild it from the
 * day's JSONL file (which stays the source of truth).
 */
function readRollup(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    return checkRollup(value);
}
/** A parsed JSON value checked to be a day rollup (as `readRollup` checks a file). */
function checkRollup(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { problem: 'not a JSON object' };
    const o = value;
    if (o.v !== ROLLUP_VERSION)
        return { problem: `unknown rollup version ${JSON.stringify(o.v)} (this reader knows ${ROLLUP_VERSION})` };
    if (typeof o.day !== 'string' || (0,_history_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .dayStartMs */ .Hw)(o.day) === null)
        return { problem: '"day" is not a UTC day YYYY-MM-DD' };
    if (!isMs(o.intervalMs) || o.intervalMs === 0)
        return { problem: '"intervalMs" is not a positive duration' };
    if (!isCount(o.expected) || !isCount(o.samples))
        return { problem: '"expected" or "samples" is not a count' };
    if (!Array.isArray(o.endpoints))
        return { problem: '"endpoints" is not an array' };
    let total = 0;
    let prevUrl = null;
    for (const e of o.endpoints) {
        const p = endpointProblem(e, o.day);
        if (p !== null)
            return { problem: p };
        const ep = e;
        if (prevUrl !== null && !(prevUrl < ep.url))
            return { problem: `endpoints are not sorted by URL, or ${ep.url} is listed twice` };
        prevUrl = ep.url;
        total += ep.up + ep.down + ep.degraded;
    }
    if (total !== o.samples)
        return { problem: `"samples" (${o.samples}) is not the endpoints' total (${total})` };
    return { rollup: value };
}


/***/ }),

/***/ 945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ SharedHistory)
});

// EXTERNAL MODULE: ./packages/github/git-blob.ts
var git_blob = __nccwpck_require__(890);
// EXTERNAL MODULE: ./packages/github/write-conflicts.ts
var write_conflicts = __nccwpck_require__(8229);
// EXTERNAL MODULE: ./packages/uptime/history-lines.ts
var history_lines = __nccwpck_require__(7317);
;// CONCATENATED MODULE: ./packages/uptime/legacy.ts
const DAY = /^\d{4}-\d{2}-\d{2}$/;
function parseLegacyMarker(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    const o = value;
    if (typeof o !== 'object' ||
        o === null ||
        o.v !== 2 ||
        typeof o.since !== 'string' ||
        !DAY.test(o.since) ||
        typeof o.components !== 'object' ||
        o.components === null) {
        return { problem: 'not a format-2 legacy marker ({v: 2, since, components})' };
    }
    for (const [c, e] of Object.entries(o.components)) {
        const from = e?.from;
        if (!(from === null || (typeof from === 'string' && DAY.test(from))))
            return { problem: `${c}: "from" is neither a day nor null` };
    }
    return o;
}
function formatLegacyMarker(m) {
    const components = {};
    for (const c of Object.keys(m.components).sort())
        components[c] = m.components[c];
    return `${JSON.stringify({ v: 2, since: m.since, components })}\n`;
}
/** Two writers' markers together: the earliest `since`, and per component the earliest day copied (a day beats null). */
function mergeLegacyMarkers(a, b) {
    const components = { ...a.components };
    for (const [c, e] of Object.entries(b.components)) {
        const prev = components[c];
        if (!prev || (e.from !== null && (prev.from === null || e.from < prev.from)))
            components[c] = e;
    }
    return { v: 2, since: a.since < b.since ? a.since : b.since, components };
}
/**
 * The days of `component` to copy for a window starting on `firstDay`, as [from, to]
 * (inclusive), or null when there is nothing to copy: the marker says they are in format 2
 * already, or that the component has no format-1 history.
 */
function daysToCopy(marker, component, firstDay, today) {
    const known = marker?.components[component];
    if (known && known.from === null)
        return null;
    const last = marker?.since ?? today;
    if (!known)
        return firstDay <= last ? { from: firstDay, to: last } : null;
    if (firstDay >= known.from)
        return null;
    const dayBefore = new Date(Date.parse(`${known.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return { from: firstDay, to: dayBefore < last ? dayBefore : last };
}

;// CONCATENATED MODULE: ./packages/uptime/shared-layout.ts
/**
 * Where the shared uptime history (format 2) lives on the data branch. Every component's
 * samples of one UTC day are in one file, so a run reads and writes a day once however many
 * components it probes:
 *
 *   uptime/v2/<YYYY-MM>/<DD>.jsonl        every component's samples of the day (one per line, with `c`)
 *   uptime/v2/<YYYY-MM>/<DD>.rollup.json  every component's figures of the closed day, with the
 *                                         blob sha of the .jsonl file it was made from
 *   uptime/v2/<YYYY-MM>/legacy.json      in the month the format was first written: which
 *                                         components' format-1 history was copied in, from which day
 *
 * One folder per month keeps a listing small (at most 63 names) and a window's listings few
 * (a 7-day window touches one month or two). Format 1 (`uptime/<component>/<YYYY-MM-DD>.jsonl`,
 * one file per component and day) is read once, when it is copied in (legacy.ts).
 */
const SHARED_DIR = 'uptime/v2';
/** Format 1's root: `uptime/<component>/<day>.jsonl`. */
const LEGACY_ROOT = 'uptime';
const LEGACY_MARKER = 'legacy.json';
/** `2026-11-21` -> `2026-11`. */
function monthOf(day) {
    return day.slice(0, 7);
}
function monthDir(month) {
    return `${SHARED_DIR}/${month}`;
}
/** The name of a day's samples file in its month folder: `21.jsonl`. */
function dayFileName(day) {
    return `${day.slice(8, 10)}.jsonl`;
}
function rollupFileName(day) {
    return `${day.slice(8, 10)}.rollup.json`;
}
function dayFilePath(day) {
    return `${monthDir(monthOf(day))}/${dayFileName(day)}`;
}
function rollupFilePath(day) {
    return `${monthDir(monthOf(day))}/${rollupFileName(day)}`;
}
function legacyMarkerPath(month) {
    return `${monthDir(month)}/${LEGACY_MARKER}`;
}
/** A component's format-1 day file. */
function legacyDayPath(component, day) {
    return `${LEGACY_ROOT}/${component}/${day}.jsonl`;
}
/** The months of some days, ascending, each once. */
function monthsOf(days) {
    return [...new Set([...days].map(monthOf))].sort();
}

;// CONCATENATED MODULE: ./packages/uptime/shared-lines.ts
/**
 * The lines of a shared day file (format 2): a format-1 `Sample` with the component first,
 * `{"c":"neo4j","t":"2026-11-21T10:05:00.120Z","url":"https://…/health","state":"up",…}`.
 * A line is identified by component, time and URL, so appending the same probe twice (a
 * retried write) adds nothing. Malformed lines are skipped and reported, as format 1's are.
 */

/** Component ids as the config allows them (they become labels like component:<id>). */
const COMPONENT_ID = /^[a-z0-9][a-z0-9_-]*$/;
function lineKey(component, s) {
    return `${component}\u0000${s.t}\u0000${s.url}`;
}
/** One line, fields in a fixed order (c, t, url, state, status, ms, error, detail), with its newline. */
function sharedLine(component, s) {
    const o = { c: component, t: s.t, url: s.url, state: s.state };
    if (s.status !== undefined)
        o.status = s.status;
    if (s.ms !== undefined)
        o.ms = s.ms;
    if (s.error !== undefined)
        o.error = s.error;
    if (s.detail !== undefined)
        o.detail = s.detail;
    return `${JSON.stringify(o)}\n`;
}
/** Reads a shared day file of `day` (YYYY-MM-DD): a sample of another day is a malformed line. */
function parseSharedDay(text, day) {
    const { items, problems } = (0,history_lines/* readJsonLines */.sS)(text, (value) => {
        const c = value?.c;
        if (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            (typeof c !== 'string' || !COMPONENT_ID.test(c))) {
            return `field "c" must be a component id (got ${c === undefined ? 'nothing' : JSON.stringify(c).slice(0, 40)})`;
        }
        const sample = (0,history_lines/* toSample */.qF)(value, day);
        return typeof sample === 'string' ? sample : { c: c, sample };
    });
    const byComponent = new Map();
    const keys = new Set();
    for (const { c, sample } of items) {
        keys.add(lineKey(c, sample));
        let list = byComponent.get(c);
        if (list === undefined)
            byComponent.set(c, (list = []));
        list.push(sample);
    }
    return { byComponent, keys, problems };
}
/**
 * The text after appending the samples not already in `current` (by component, time and URL).
 * A last line cut short stays on its own line. Returns null when nothing is new.
 */
function appendShared(current, keys, add) {
    const seen = new Set(keys);
    let tail = '';
    let added = 0;
    for (const { component, sample } of add) {
        const key = lineKey(component, sample);
        if (seen.has(key))
            continue;
        seen.add(key);
        tail += sharedLine(component, sample);
        added++;
    }
    if (added === 0)
        return null;
    const head = current && !current.endsWith('\n') ? `${current}\n` : current;
    return { text: head + tail, added };
}

// EXTERNAL MODULE: ./packages/uptime/rollup.ts
var rollup = __nccwpck_require__(4089);
;// CONCATENATED MODULE: ./packages/uptime/shared-rollup.ts
/**
 * The rollup of a closed day in the shared history (format 2): every component's day rollup
 * (rollup.ts) in one file, with the blob sha of the day file it was made from. A reader that
 * lists the month folder sees the day file's current sha: when a late write changed the day
 * after its rollup was made, the shas differ and the rollup is made again, so a rollup never
 * hides a sample.
 */

const SHARED_ROLLUP_VERSION = 2;
function buildSharedRollup(day, intervalMs, source, byComponent) {
    const components = {};
    for (const c of [...byComponent.keys()].sort())
        components[c] = (0,rollup/* rollupDay */.DW)(byComponent.get(c), day, intervalMs);
    return { v: SHARED_ROLLUP_VERSION, day, intervalMs, source, components };
}
function formatSharedRollup(r) {
    return `${JSON.stringify(r)}\n`;
}
/** A stored shared rollup read back and checked; a problem means: make it again from the day file. */
function readSharedRollup(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { problem: 'not a JSON object' };
    const o = value;
    if (o.v !== SHARED_ROLLUP_VERSION)
        return { problem: `unknown rollup version ${JSON.stringify(o.v)} (this reader knows ${SHARED_ROLLUP_VERSION})` };
    if (typeof o.source !== 'string' || !/^[0-9a-f]{40}$/.test(o.source))
        return { problem: '"source" is not a blob sha' };
    if (typeof o.components !== 'object' || o.components === null || Array.isArray(o.components))
        return { problem: '"components" is not an object' };
    for (const [c, r] of Object.entries(o.components)) {
        const checked = (0,rollup/* checkRollup */.JI)(r);
        if ('problem' in checked)
            return { problem: `${c}: ${checked.problem}` };
        if (checked.rollup.day !== o.day || checked.rollup.intervalMs !== o.intervalMs)
            return { problem: `${c}: its day or interval is not the file's` };
    }
    return { rollup: value };
}

;// CONCATENATED MODULE: ./packages/uptime/shared-history.ts







/** Malformed lines reported per file; the rest are counted. */
const PROBLEMS_PER_FILE = 5;
class SharedHistory {
    api;
    branch;
    listing = new Map();
    result;
    conflicts;
    constructor(api, branch, conflicts = {}) {
        this.api = api;
        this.branch = branch;
        this.conflicts = (0,write_conflicts/* conflictPolicy */.TX)(typeof conflicts === 'function' ? { sleep: conflicts } : conflicts);
    }
    async run(input) {
        this.result = {
            days: new Map(),
            problems: [],
            written: { samples: 0, files: [], conflicts: 0 },
            copied: { components: [], samples: 0 },
        };
        this.listing = new Map();
        const write = !input.readOnly;
        const states = this.dayStates(input);
        const listed = await this.listMonths(monthsOf(states.keys()));
        if (!listed && write)
            await this.ensureBranch();
        const marker = await this.copyLegacy(states, input, listed);
        for (const s of states.values())
            await this.readDay(s, input);
        for (const s of [...states.values()].sort((a, b) => (a.day < b.day ? -1 : 1))) {
            if (write)
                await this.appendDay(s);
            else
                this.mergeInMemory(s);
        }
        if (marker && write)
            await this.writeMarker(marker, input.today);
        for (const s of states.values())
            this.prepareRollup(s, input);
        if (write)
            for (const s of states.values())
                if (s.writeRollup)
                    await this.writeRollup(s);
        return this.finish(states, input);
    }
    /** One state per day that is needed or receives samples. */
    dayStates(input) {
        const states = new Map();
        const state = (day) => {
            let s = states.get(day);
            if (!s)
                states.set(day, (s = {
                    day,
                    need: undefined,
                    entry: undefined,
                    rollupEntry: undefined,
                    file: null,
                    parsed: null,
                    add: [],
                    rollup: null,
                    writeRollup: false,
                }));
            return s;
        };
        for (const n of input.needs)
            state(n.day).need = n;
        if (!input.readOnly)
            for (const r of input.record)
                state(r.sample.t.slice(0, 10)).add.push(r);
        return states;
    }
    /** Lists the month folders; false when none exists (no format-2 history, or no branch). */
    async listMonths(months) {
        let any = false;
        for (const m of months) {
            const entries = await this.api.listDirectory(monthDir(m), this.branch);
            if (!entries)
                continue;
            any = true;
            for (const e of entries)
                if (e.type === 'file')
                    this.listing.set(e.path, e);
        }
        return any;
    }
    /** Creates the data branch from the default branch's head when it does not exist yet. */
    async ensureBranch() {
        if (await this.api.branchSha(this.branch))
            return;
        const base = await this.api.branchSha(await this.api.defaultBranch());
        if (!base)
            throw new Error(`the repository's default branch has no commit to start ${this.branch} from`);
        await this.api.createBranch(this.branch, base); // false: another run created it first, which is as good
    }
    /**
     * Copies format-1 history the windows need into the shared day files (legacy.ts). Returns
     * the marker to write, or null when nothing changed.
     */
    async copyLegacy(states, input, listed) {
        const markerEntry = [...this.listing.values()].find((e) => e.name === LEGACY_MARKER);
        let marker = null;
        if (markerEntry)
            marker = await this.readMarker(markerEntry.path);
        const sharedDaysVisible = [...this.listing.values()].some((e) => e.name.endsWith('.jsonl'));
        if (!marker && sharedDaysVisible)
            return null; // the switch to format 2 was before these windows
        const firstDay = [...states.keys()].sort()[0];
        if (firstDay === undefined)
            return null;
        const pending = input.components.filter((c) => daysToCopy(marker, c, firstDay, input.today) !== null);
        if (pending.length === 0)
            return null;
        const legacyDirs = await this.legacyComponents(listed);
        if (legacyDirs === 'after-switch')
            return null;
        const next = marker ?? { v: 2, since: input.today, components: {} };
        let changed = false;
        for (const c of pending) {
            const range = daysToCopy(marker, c, firstDay, input.today);
            if (!legacyDirs.has(c)) {
                if (marker || legacyDirs.size > 0)
                    next.components[c] = { from: null };
                changed = changed || marker !== null || legacyDirs.size > 0;
                continue;
            }
            await this.copyComponent(c, range, states);
            next.components[c] = { from: range.from };
            changed = true;
        }
        return changed ? next : null;
    }
    /** Components with a format-1 folder; 'after-switch' when format 2 exists already outside the listed months. */
    async legacyComponents(listed) {
        const root = await this.api.listDirectory(LEGACY_ROOT, this.branch);
        if (!root)
            return new Set();
        const sharedRoot = SHARED_DIR.slice(LEGACY_ROOT.length + 1);
        if (!listed && root.some((e) => e.type === 'dir' && e.name === sharedRoot))
            return 'after-switch';
        return new Set(root.filter((e) => e.type === 'dir' && e.name !== sharedRoot).map((e) => e.name));
    }
    async copyComponent(component, range, states) {
        for (const s of states.values()) {
            if (s.day < range.from || s.day > range.to)
                continue;
            const path = legacyDayPath(component, s.day);
            const file = await this.api.getFile(path, this.branch);
            if (!file)
                continue;
            const parsed = (0,history_lines/* parseHistoryLines */.hT)(file.text, path);
            this.report(path, parsed.problems);
            for (const sample of parsed.samples)
                s.add.push({ component, sample });
            this.result.copied.samples += parsed.samples.length;
        }
        this.result.copied.components.push(component);
    }
    async readMarker(path) {
        const file = await this.api.getFile(path, this.branch);
        if (!file)
            return null;
        const m = parseLegacyMarker(file.text);
        if ('problem' in m) {
            this.result.problems.push(`${path}: ${m.problem} (read as absent; copying again adds nothing twice)`);
            return null;
        }
        return m;
    }
    /** Reads what a day needs: the rollup of a closed day when it is current, else the day file. */
    async readDay(s, input) {
        const need = s.need;
        s.entry = this.listing.get(dayFilePath(s.day));
        s.rollupEntry = this.listing.get(rollupFilePath(s.day));
        const wantsRaw = (need?.raw ?? false) || s.add.length > 0;
        if (!wantsRaw && need?.rollup && s.day < input.today) {
            if (!s.entry)
                return; // no samples that day
            if (s.rollupEntry) {
                const stored = await this.api.getFile(s.rollupEntry.path, this.branch);
                const read = stored ? readSharedRollup(stored.text) : null;
                if (read &&
                    'rollup' in read &&
                    read.rollup.source === s.entry.sha &&
                    read.rollup.intervalMs === input.intervalMs) {
                    s.rollup = read.rollup;
                    return;
                }
            }
        }
        else if (!wantsRaw) {
            return;
        }
        await this.readDayFile(s);
    }
    /** Reads the day file when the listing shows one (a file created since is met as a conflict when writing). */
    async readDayFile(s) {
        const path = dayFilePath(s.day);
        const file = s.entry ? await this.api.getFile(path, this.branch) : null;
        s.file = file ? { text: file.text, sha: file.sha } : { text: '', sha: null };
        s.parsed = parseSharedDay(s.file.text, s.day);
        this.report(path, s.parsed.problems);
    }
    /** Appends the day's pending lines, from a fresh read whenever another run wrote first. */
    async appendDay(s) {
        if (s.add.length === 0 || !s.file || !s.parsed)
            return;
        const path = dayFilePath(s.day);
        const retry = new write_conflicts/* ConflictRetry */.Xk(this.conflicts);
        for (;;) {
            const next = appendShared(s.file.text, s.parsed.keys, s.add);
            if (!next)
                return;
            try {
                await this.api.putFile({
                    path,
                    branch: this.branch,
                    text: next.text,
                    message: `uptime: ${s.day} (+${next.added} samples)`,
                    sha: s.file.sha,
                });
                s.file = { text: next.text, sha: (0,git_blob/* gitBlobSha */.A)(next.text) };
                s.parsed = parseSharedDay(next.text, s.day);
                this.result.written.samples += next.added;
                this.result.written.files.push(path);
                return;
            }
            catch (e) {
                if (!(0,write_conflicts/* isWriteConflict */.wk)(e))
                    throw e;
                this.result.written.conflicts++;
                if (!(await retry.again()))
                    throw new Error(`${path}: ${retry.conflicts} writes in a row were refused because other runs wrote first; ${next.added} sample(s) of this run are not recorded`, { cause: e });
                const fresh = await this.api.getFile(path, this.branch);
                s.file = fresh ? { text: fresh.text, sha: fresh.sha } : { text: '', sha: null };
                s.parsed = parseSharedDay(s.file.text, s.day);
            }
        }
    }
    /** Format-1 samples copied in without writing them (a read-only run). */
    mergeInMemory(s) {
        if (s.add.length === 0 || !s.file || !s.parsed)
            return;
        const next = appendShared(s.file.text, s.parsed.keys, s.add);
        if (next)
            s.parsed = parseSharedDay(next.text, s.day);
    }
    /**
     * A closed day whose rollup was wanted but missing, made from an older day file, or outdated
     * by this run's writes gets one, made from the day file as it now is. (A day read whole
     * because a window cuts it, like the first day of a 7-day window, keeps the rollup it has.)
     */
    prepareRollup(s, input) {
        if (s.day >= input.today ||
            !s.need?.rollup ||
            s.need.raw ||
            !s.file ||
            !s.parsed ||
            s.file.sha === null ||
            s.rollup)
            return;
        s.rollup = buildSharedRollup(s.day, input.intervalMs, s.file.sha, s.parsed.byComponent);
        s.writeRollup = s.parsed.byComponent.size > 0;
    }
    /** Writes a rollup; a conflict means another run wrote one: kept when it is made from the same day file. */
    async writeRollup(s) {
        const path = rollupFilePath(s.day);
        const text = formatSharedRollup(s.rollup);
        let sha = s.rollupEntry?.sha ?? null;
        const retry = new write_conflicts/* ConflictRetry */.Xk(this.conflicts);
        for (;;) {
            try {
                await this.api.putFile({ path, branch: this.branch, text, message: `uptime: ${s.day} rollup`, sha });
                this.result.written.files.push(path);
                return;
            }
            catch (e) {
                // A rollup is a cache: the day file stays the truth, so a write that cannot be made only costs a later run this work.
                if (!(0,write_conflicts/* isWriteConflict */.wk)(e))
                    return;
                this.result.written.conflicts++;
                if (!(await retry.again()))
                    return;
                const current = await this.api.getFile(path, this.branch);
                const read = current ? readSharedRollup(current.text) : null;
                if (read &&
                    'rollup' in read &&
                    read.rollup.source === s.rollup.source &&
                    read.rollup.intervalMs === s.rollup.intervalMs)
                    return;
                sha = current?.sha ?? null;
            }
        }
    }
    /** Writes the legacy marker in the month it was first written, merged with what another run wrote meanwhile. */
    async writeMarker(marker, today) {
        const existing = [...this.listing.values()].find((e) => e.name === LEGACY_MARKER);
        const path = existing?.path ?? legacyMarkerPath(monthOf(today));
        let sha = existing?.sha ?? null;
        let next = marker;
        const retry = new write_conflicts/* ConflictRetry */.Xk(this.conflicts);
        for (;;) {
            try {
                await this.api.putFile({
                    path,
                    branch: this.branch,
                    text: formatLegacyMarker(next),
                    message: 'uptime: format-1 history copied in',
                    sha,
                });
                this.result.written.files.push(path);
                return;
            }
            catch (e) {
                if (!(0,write_conflicts/* isWriteConflict */.wk)(e))
                    throw e;
                this.result.written.conflicts++;
                if (!(await retry.again()))
                    throw e;
                const current = await this.api.getFile(path, this.branch);
                const read = current ? parseLegacyMarker(current.text) : null;
                if (read && !('problem' in read))
                    next = mergeLegacyMarkers(read, marker);
                sha = current?.sha ?? null;
            }
        }
    }
    finish(states, input) {
        for (const s of states.values()) {
            const rollups = s.rollup ? new Map(Object.entries(s.rollup.components)) : null;
            this.result.days.set(s.day, {
                raw: s.parsed ? s.parsed.byComponent : null,
                rollups: s.day < input.today ? rollups : null,
            });
        }
        return this.result;
    }
    report(path, problems) {
        for (const p of problems.slice(0, PROBLEMS_PER_FILE))
            this.result.problems.push(`${path}:${p.line}: ${p.message} (line skipped)`);
        if (problems.length > PROBLEMS_PER_FILE)
            this.result.problems.push(`${path}: ${problems.length - PROBLEMS_PER_FILE} more malformed line(s) skipped`);
    }
}


/***/ }),

/***/ 2759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ coverageText),
/* harmony export */   ci: () => (/* binding */ computeWindow),
/* harmony export */   rb: () => (/* binding */ planWindowDays)
/* harmony export */ });
/* harmony import */ var _coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2382);
/* harmony import */ var _history_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7317);
/* harmony import */ var _rollup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4089);
/**
 * Uptime figures over a window (7 days by default), as the promotion criteria judge them
 * ("7-day uptime in staging ≥ 99.5%"). Pure: the caller reads the store.
 *
 * The window is [from, to), `from` raised to `notBefore` (the component's entry into its stage).
 * Samples inside a maintenance period [start, end) are excluded from every figure, and the
 * periods' time from the expected count.
 *
 * Input days mix closed days as rollups and raw samples (today, and the partial days at the
 * window's edges). A rollup cannot be cut, so it may only stand for a day that lies wholly inside
 * the window and that no maintenance period touches; `planWindowDays` says which days those are
 * (the others must be given raw), and `computeWindow` throws when handed a rollup it would have
 * to cut, or a day given both ways. A rollup wholly outside the window is ignored.
 *
 * Figures:
 * - `uptime` = (up + degraded) / samples, over the samples in the window: missing samples are no
 *   data, not up. `uptimeText` shows it with two decimals as coverage figures are shown
 *   (half-even, never a false 100.00 or 0.00).
 * - `expected` = floor((window length − maintenance) / interval) per endpoint, times the number of
 *   endpoints (1 with `url`; else those with samples in the window). `covered` counts each
 *   endpoint's samples up to its expected number, and `coverage` = covered / expected: a window
 *   of exactly 7 days holds 2016 five-minute slots, but scheduled runs start late by varying
 *   amounts, so it often holds 2017 samples (the run 7 days ago started later than this one);
 *   the extra sample is counted for uptime, not as coverage above 100%, and one endpoint's
 *   surplus never hides another's missing samples. `status` is `no-data` with no samples or
 *   coverage below the minimum. `coverageText()` words it.
 * - `flaps`: changes between consecutive samples of an endpoint (in the window, outside
 *   maintenance) between down and not down: degraded counts as up. Summed over endpoints.
 * - `latency`: successful probes only (up or degraded, with `ms`), all endpoints pooled.
 *   Percentiles are nearest-rank (the value of rank ceil(p/100 · n)). When no rollup contributes,
 *   they are exact, from the raw values (`latencyMethod: 'exact'`); otherwise they are read from
 *   the rollups' histograms with the raw days' values added (`'histogram'`): each is then within
 *   LATENCY_RELATIVE_ERROR (1/128, 0.78%) of the exact nearest-rank value (0.5 ms below 1 ms).
 *   min and max are always exact.
 * - `errorRate` = down / samples. `upMs` / `attributedMs`: time attribution (see rollup.ts).
 */



/** Maintenance periods as sorted, disjoint [start, end) ms intervals (empty ones dropped). */
function maintenanceUnion(periods) {
    const spans = [];
    for (const p of periods) {
        const s = p.start.getTime();
        const e = p.end.getTime();
        if (Number.isNaN(s) || Number.isNaN(e))
            throw new RangeError('a maintenance period has an invalid date');
        if (e > s)
            spans.push([s, e]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const sp of spans) {
        const last = out[out.length - 1];
        if (last !== undefined && sp[0] <= last[1])
            last[1] = Math.max(last[1], sp[1]);
        else
            out.push([sp[0], sp[1]]);
    }
    return out;
}
/** Index of the first span whose end is after `at` (the one containing `at`, or the next). */
function spanAfter(spans, at) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid][1] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function effectiveBounds(from, to, notBefore) {
    let f = from.getTime();
    const t = to.getTime();
    if (Number.isNaN(f) || Number.isNaN(t))
        throw new RangeError('window bounds must be valid dates');
    if (f > t)
        throw new RangeError(`window starts after it ends (${from.toISOString()} > ${to.toISOString()})`);
    if (notBefore !== undefined) {
        const nb = notBefore.getTime();
        if (Number.isNaN(nb))
            throw new RangeError('notBefore must be a valid date');
        if (nb > f)
            f = Math.min(nb, t);
    }
    return [f, t];
}
function rollupUsable(dayStart, from, to, spans) {
    const dayEnd = dayStart + _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
    if (dayStart < from || dayEnd > to)
        return false;
    const i = spanAfter(spans, dayStart);
    return !(i < spans.length && spans[i][0] < dayEnd);
}
/**
 * The UTC days a window touches, each with how it may be given to `computeWindow`: `rollup`
 * when it lies wholly inside the window and no maintenance period touches it, else `raw`.
 */
function planWindowDays(w) {
    const [from, to] = effectiveBounds(w.from, w.to, w.notBefore);
    const spans = maintenanceUnion(w.maintenance);
    const out = [];
    if (from >= to)
        return out;
    for (let d = Math.floor(from / _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO) * _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO; d < to; d += _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO) {
        out.push({ day: (0,_history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .utcDay */ .dA)(d), source: rollupUsable(d, from, to, spans) ? 'rollup' : 'raw' });
    }
    return out;
}
function percentOf(part, whole) {
    return whole === 0 ? null : (100 * part) / whole;
}
/** The closed days given as rollups: each one whole inside the window and outside maintenance. */
function addRollups(entries, b, into) {
    const rollupDays = new Set();
    for (const entry of entries) {
        if (Array.isArray(entry))
            continue;
        const r = entry;
        if (r.v !== _rollup_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLLUP_VERSION */ .Eh)
            throw new RangeError(`rollup ${r.day}: unknown version ${String(r.v)}`);
        const dayStart = (0,_history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .dayStartMs */ .Hw)(r.day);
        if (dayStart === null)
            throw new RangeError(`rollup has an invalid day ${JSON.stringify(r.day)}`);
        const dayNum = dayStart / _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
        if (dayStart + _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO <= b.from || dayStart >= b.to)
            continue; // wholly outside the window
        if (!rollupUsable(dayStart, b.from, b.to, b.spans)) {
            throw new RangeError(`the rollup of ${r.day} cannot be used: the day is cut by the window's edge or by maintenance; pass its raw samples (planWindowDays)`);
        }
        if (r.intervalMs !== b.intervalMs) {
            throw new RangeError(`the rollup of ${r.day} was made for a ${r.intervalMs} ms interval, not ${b.intervalMs} ms: rebuild it`);
        }
        if (rollupDays.has(dayNum))
            throw new RangeError(`two rollups for ${r.day}`);
        rollupDays.add(dayNum);
        const pieces = new Map();
        for (const e of r.endpoints) {
            if (b.url !== undefined && e.url !== b.url)
                continue;
            pieces.set(e.url, { summary: e, latency: e.latency });
            into.endpoints.add(e.url);
        }
        into.days.set(dayNum, pieces);
    }
    return rollupDays;
}
/** The raw samples inside the window, by UTC day; those in maintenance are only counted. */
function rawSamplesByDay(entries, b, rollupDays, endpoints) {
    const byDay = new Map();
    let excluded = 0;
    for (const entry of entries) {
        if (!Array.isArray(entry))
            continue;
        for (const s of entry) {
            if (b.url !== undefined && s.url !== b.url)
                continue;
            const at = Date.parse(s.t);
            if (Number.isNaN(at))
                throw new RangeError(`sample time is not a date: ${JSON.stringify(s.t)}`);
            if (at < b.from || at >= b.to)
                continue;
            const dayNum = Math.floor(at / _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO);
            if (rollupDays.has(dayNum))
                throw new RangeError(`day ${(0,_history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .utcDay */ .dA)(at)} is given both as a rollup and as raw samples`);
            endpoints.add(s.url);
            if (inSpans(b.spans, at)) {
                excluded++;
                continue;
            }
            let list = byDay.get(dayNum);
            if (list === undefined)
                byDay.set(dayNum, (list = []));
            list.push({ at, sample: s });
        }
    }
    return { byDay, excluded };
}
function inSpans(spans, at) {
    const i = spanAfter(spans, at);
    return i < spans.length && spans[i][0] <= at;
}
/** Summarizes each raw day per endpoint; a sample's time counts up to the day's end, the window's or the next maintenance. */
function addRawDays(byDay, b, onLatency, into) {
    for (const [dayNum, list] of byDay) {
        const dayEnd = (dayNum + 1) * _history_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO;
        const limit = (at) => {
            let end = Math.min(dayEnd, b.to);
            const i = spanAfter(b.spans, at);
            if (i < b.spans.length && b.spans[i][0] < end)
                end = b.spans[i][0];
            return end;
        };
        const pieces = new Map();
        for (const [u, seq] of (0,_rollup_js__WEBPACK_IMPORTED_MODULE_1__/* .groupByUrl */ .a9)(list))
            pieces.set(u, { summary: (0,_rollup_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeSequence */ .Zz)(seq, b.intervalMs, limit, onLatency), latency: null });
        into.days.set(dayNum, pieces);
    }
}
/** Adds the days up in time order: flaps across day boundaries need each endpoint's last state. */
function addUpDays(days, hist) {
    const t = { up: 0, down: 0, degraded: 0, flaps: 0, upMs: 0, attributedMs: 0, perEndpoint: new Map() };
    const lastDown = new Map();
    for (const dayNum of [...days.keys()].sort((a, b) => a - b)) {
        for (const [u, { summary: p, latency }] of days.get(dayNum)) {
            t.perEndpoint.set(u, (t.perEndpoint.get(u) ?? 0) + p.up + p.down + p.degraded);
            const prev = lastDown.get(u);
            if (prev !== undefined && prev !== (p.first.state === 'down'))
                t.flaps++;
            lastDown.set(u, p.last.state === 'down');
            t.flaps += p.flaps;
            t.up += p.up;
            t.down += p.down;
            t.degraded += p.degraded;
            t.upMs += p.upMs;
            t.attributedMs += p.attributedMs;
            if (latency !== null)
                hist.addSummary(latency);
        }
    }
    return t;
}
/** Exact percentiles from every latency when no rollup was used, else from the merged histograms. */
function latencyFigures(exactValues, hist) {
    if (exactValues !== null) {
        if (exactValues.length === 0)
            return null;
        const sorted = Float64Array.from(exactValues).sort();
        const n = sorted.length;
        const at = (p) => sorted[(0,_rollup_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestRank */ .p3)(p, n) - 1];
        return { p50: at(50), p95: at(95), p99: at(99), min: sorted[0], max: sorted[n - 1] };
    }
    if (hist.count === 0)
        return null;
    const [p50, p95, p99] = hist.percentiles([50, 95, 99]);
    return { p50, p95, p99, min: hist.min, max: hist.max };
}
function maintenanceWithin(spans, from, to) {
    let ms = 0;
    for (const [s, e] of spans)
        ms += Math.max(0, Math.min(e, to) - Math.max(s, from));
    return ms;
}
function computeWindow(input) {
    const { intervalMs, url } = input;
    if (!Number.isFinite(intervalMs) || intervalMs <= 0)
        throw new RangeError(`probe interval must be a positive number of ms (got ${intervalMs})`);
    const [from, to] = effectiveBounds(input.from, input.to, input.notBefore);
    const b = { from, to, spans: maintenanceUnion(input.maintenance), intervalMs, url };
    const maintenanceMs = maintenanceWithin(b.spans, from, to);
    const pieces = { days: new Map(), endpoints: new Set() };
    const rollupDays = addRollups(input.days, b, pieces);
    const raw = rawSamplesByDay(input.days, b, rollupDays, pieces.endpoints);
    const exact = rollupDays.size === 0;
    const exactValues = exact ? [] : null;
    const hist = new _rollup_js__WEBPACK_IMPORTED_MODULE_1__/* .LatencyHistogram */ .t2();
    addRawDays(raw.byDay, b, exactValues ? (ms) => void exactValues.push(ms) : (ms) => hist.add(ms), pieces);
    const t = addUpDays(pieces.days, hist);
    const samples = t.up + t.down + t.degraded;
    const endpointCount = url !== undefined ? 1 : pieces.endpoints.size;
    const perEndpointExpected = Math.floor(Math.max(0, to - from - maintenanceMs) / intervalMs);
    const expected = perEndpointExpected * endpointCount;
    let covered = 0;
    for (const n of t.perEndpoint.values())
        covered += Math.min(n, perEndpointExpected);
    const coverage = expected > 0 ? (100 * covered) / expected : samples > 0 ? 100 : null;
    const uptime = percentOf(t.up + t.degraded, samples);
    let noDataReason;
    if (samples === 0)
        noDataReason = 'no samples in the window outside maintenance';
    else if (coverage !== null && coverage < input.minSampleCoverage) {
        noDataReason = `${coverageText({ samples, covered, expected, coverage })}, below the minimum ${input.minSampleCoverage}%`;
    }
    const figures = {
        from: new Date(from),
        to: new Date(to),
        endpoints: endpointCount,
        samples,
        excluded: raw.excluded,
        expected,
        covered,
        coverage,
        up: t.up,
        down: t.down,
        degraded: t.degraded,
        uptime,
        uptimeText: uptime === null ? null : (0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCoveragePercent */ .b7)(uptime),
        status: noDataReason === undefined ? 'ok' : 'no-data',
        flaps: t.flaps,
        latency: latencyFigures(exactValues, hist),
        latencyMethod: exact ? 'exact' : 'histogram',
        errorRate: percentOf(t.down, samples),
        upMs: t.upMs,
        attributedMs: t.attributedMs,
        maintenanceMs,
    };
    if (noDataReason !== undefined)
        figures.noDataReason = noDataReason;
    return figures;
}
/**
 * "1990 of 2016 expected samples (98.71%)"; with samples beyond one per interval,
 * "2016 of 2016 expected samples (100%), and 1 more (runs that started late or twice)".
 */
function coverageText(w) {
    if (w.coverage === null)
        return 'no samples expected';
    const head = `${w.covered} of ${w.expected} expected samples (${(0,_coverage_totals_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCoveragePercent */ .b7)(w.coverage)}%)`;
    const extra = w.samples - w.covered;
    return extra > 0 ? `${head}, and ${extra} more (runs that started late or twice)` : head;
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

/***/ }),

/***/ 8298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, setSecret, startGroup, toPlatformPath, toPosixPath, toWin32Path

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
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
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
/******/ var __webpack_exports__ = __nccwpck_require__(1370);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
