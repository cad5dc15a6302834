/** workflow_dispatch inputs typed by `on.workflow_dispatch.inputs`: defaults, required, choice options. */
import { isMapping, isSequence } from '@actions/workflow-parser';
import { coerceToString, evaluateToken, type JsonValue } from './expressions.js';
import { child, type LoadedWorkflow } from './load-workflow.js';

export function dispatchInputs(
  workflow: LoadedWorkflow,
  given: Record<string, string | boolean | number>,
): Record<string, JsonValue> {
  const definitions = child(child(child(workflow.root, 'on'), 'workflow_dispatch'), 'inputs');
  const inputs: Record<string, JsonValue> = {};
  const known = new Set<string>();
  if (definitions && isMapping(definitions)) {
    for (const pair of definitions) {
      const name = pair.key.assertString('input').value;
      known.add(name);
      const spec = pair.value;
      const typeToken = child(spec, 'type');
      const type = typeToken ? coerceToString(evaluateToken(typeToken, noScope())) : 'string';
      const defaultToken = child(spec, 'default');
      const raw = given[name] ?? (defaultToken ? coerceToString(evaluateToken(defaultToken, noScope())) : undefined);
      const requiredToken = child(spec, 'required');
      const required = requiredToken ? coerceToString(evaluateToken(requiredToken, noScope())) === 'true' : false;
      if (raw === undefined || raw === '') {
        if (required) throw new Error(`Required input '${name}' not provided`);
        inputs[name] = type === 'boolean' ? false : '';
        continue;
      }
      inputs[name] = typedInput(name, type, raw, child(spec, 'options'));
    }
  }
  for (const name of Object.keys(given))
    if (!known.has(name)) throw new Error(`Unexpected inputs provided: ["${name}"]`);
  return inputs;
}

function typedInput(
  name: string,
  type: string,
  raw: string | boolean | number,
  optionsToken: ReturnType<typeof child>,
): JsonValue {
  const text = String(raw);
  if (type === 'boolean') {
    if (text !== 'true' && text !== 'false')
      throw new Error(`Provided value '${text}' for input '${name}' not in the list of allowed values`);
    return text === 'true';
  }
  if (type === 'number') {
    const number = Number(text);
    if (!Number.isFinite(number)) throw new Error(`Provided value '${text}' for input '${name}' is not a number`);
    return number;
  }
  if (type === 'choice' && optionsToken && isSequence(optionsToken)) {
    const options: string[] = [];
    for (const option of optionsToken) options.push(coerceToString(evaluateToken(option, noScope())));
    if (!options.includes(text))
      throw new Error(`Provided value '${text}' for input '${name}' not in the list of allowed values`);
  }
  return text;
}

function noScope(): { contexts: Record<string, never>; functions: [] } {
  return { contexts: {}, functions: [] };
}
