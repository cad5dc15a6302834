/**
 * `${{ }}` evaluation with GitHub's own expression library (@actions/expressions): the lexer,
 * parser and evaluator the Actions language service uses, over `data.Dictionary` contexts.
 * The workflow parser has already turned every `${{ }}` of a workflow value into one
 * BasicExpressionToken (text around expressions becomes `format('...{0}', ...)`), so nothing
 * here looks for expressions in text: a token is an expression or it is not.
 *
 * The library knows the pure functions (contains, format, fromJSON, toJSON, join ...); the
 * status functions and hashFiles depend on where they are evaluated, so callers pass them in
 * (status-functions.ts).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { Expr } from '@actions/expressions/ast';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A function the evaluator calls by (case-insensitive) name. */
export interface ExpressionFunction {
  name: string;
  minArgs: number;
  maxArgs: number;
  call: (...args: data.ExpressionData[]) => data.ExpressionData;
}

/** What an expression can see: named contexts (plain JSON values) and extra functions. */
export interface ExpressionScope {
  contexts: Record<string, JsonValue | undefined>;
  functions: readonly ExpressionFunction[];
}

export class ExpressionFailure extends Error {
  constructor(
    readonly expression: string,
    cause: string,
  ) {
    super(`Error evaluating '${expression}': ${cause}`);
    this.name = 'ExpressionFailure';
  }
}

/** Evaluates one expression (the text inside `${{ }}`) to a JSON value. */
export function evaluateExpression(expression: string, scope: ExpressionScope): JsonValue {
  const tree = parseExpression(expression, scope);
  const contexts = new data.Dictionary(
    ...Object.entries(scope.contexts)
      .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
      .map(([key, value]) => ({ key, value: toExpressionData(value) })),
  );
  const functions = new Map(scope.functions.map((fn) => [fn.name.toLowerCase(), fn]));
  try {
    return fromExpressionData(new Evaluator(tree, contexts, functions).evaluate());
  } catch (error) {
    throw new ExpressionFailure(expression, error instanceof Error ? error.message : String(error));
  }
}

function parseExpression(expression: string, scope: ExpressionScope): Expr {
  try {
    const lexed = new Lexer(expression).lex();
    return new Parser(lexed.tokens, Object.keys(scope.contexts), [...scope.functions]).parse();
  } catch (error) {
    throw new ExpressionFailure(expression, error instanceof Error ? error.message : String(error));
  }
}

/** Evaluates a template token (a whole workflow value, expressions included) to JSON. */
export function evaluateToken(token: TemplateToken, scope: ExpressionScope): JsonValue {
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope);
  if (isString(token)) return token.value;
  if (isNumber(token) || isBoolean(token)) return token.value;
  if (isSequence(token)) {
    const items: JsonValue[] = [];
    for (const item of token) items.push(evaluateToken(item, scope));
    return items;
  }
  if (isMapping(token)) {
    const result: Record<string, JsonValue> = {};
    for (const pair of token) result[coerceToString(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
    return result;
  }
  return null;
}

/** A value as GitHub turns it into a string (inputs, env, outputs): its expression coercion. */
export function coerceToString(value: JsonValue): string {
  return toExpressionData(value).coerceString();
}

/** Truthiness as the expression language defines it (if: conditions). */
export function isTruthy(value: JsonValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value !== '';
  return true;
}

export function toExpressionData(value: JsonValue): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

export function fromExpressionData(value: data.ExpressionData): JsonValue {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
    case data.Kind.Number:
    case data.Kind.String:
      return (value as data.StringData | data.NumberData | data.BooleanData).value;
    case data.Kind.Array:
      return (value as data.Array).values().map(fromExpressionData);
    default: {
      const result: Record<string, JsonValue> = {};
      for (const pair of (value as data.Dictionary).pairs()) result[pair.key] = fromExpressionData(pair.value);
      return result;
    }
  }
}
