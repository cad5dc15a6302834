/**
 * Injected failures and delays. Faults are tried in the order they were injected; the first
 * one that matches answers the request instead of the fake's normal handler, and each is used
 * up after `times` hits. Delays (`slow`) hold the reply back and then let it proceed normally.
 */
import { matchesMethod, matchesPath, type PathPattern } from './path-pattern.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD';

export interface FaultSpec {
  method?: HttpMethod;
  path: PathPattern;
  /** Usually 403, 429, 500, 502 or 503; any status is accepted. */
  status: number;
  /** How many requests the fault answers before it is used up (default 1). */
  times?: number;
  /** Added to (and overriding) the usual response headers. */
  headers?: Record<string, string>;
  /**
   * The JSON body; defaults to GitHub's error shape with the status text as message.
   * A function is called with the request id, for bodies that quote it as GitHub's do.
   */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Let the request take effect first, then answer with the fault (a write that "failed" after it was applied). */
  afterApplying?: boolean;
  /** Sent as it is instead of `body`, labelled JSON unless `headers` say otherwise: JSON that does not parse. */
  raw?: string;
  /**
   * A body of this many bytes (a JSON array of spaces), streamed in 1 MB chunks until the client
   * stops reading; with `declareLength`, announced by `content-length`.
   */
  streamBytes?: number;
  declareLength?: boolean;
  /** Answer with the request's own URL as `Link: rel="next"` (with the page number raised): pagination that never ends. */
  endlessPages?: boolean;
}

export interface SlowSpec {
  method?: HttpMethod;
  path: PathPattern;
  delayMs: number;
  /** How many requests are delayed (default: all of them until `reset()`). */
  times?: number;
}

/** Lets a test check how often a fault or delay was used. */
export interface RuleHandle {
  readonly hits: number;
  readonly remaining: number;
}

class Rule<Spec extends { method?: HttpMethod; path: PathPattern; times?: number }> implements RuleHandle {
  hits = 0;
  constructor(
    readonly spec: Spec,
    private readonly allowed: number,
  ) {}

  get remaining(): number {
    return this.allowed - this.hits;
  }

  matches(method: string, path: string): boolean {
    return this.remaining > 0 && matchesMethod(this.spec.method, method) && matchesPath(this.spec.path, path);
  }
}

export class FaultInjector {
  private readonly faults: Rule<FaultSpec>[] = [];
  private readonly delays: Rule<SlowSpec>[] = [];

  inject(spec: FaultSpec): RuleHandle {
    const rule = new Rule(spec, spec.times ?? 1);
    this.faults.push(rule);
    return rule;
  }

  slow(spec: SlowSpec): RuleHandle {
    const rule = new Rule(spec, spec.times ?? Number.POSITIVE_INFINITY);
    this.delays.push(rule);
    return rule;
  }

  /** The fault that answers this request, if any; counts the hit. */
  take(method: string, path: string): FaultSpec | undefined {
    const rule = this.faults.find((candidate) => candidate.matches(method, path));
    if (!rule) return undefined;
    rule.hits += 1;
    return rule.spec;
  }

  /** How long to hold this request back: the longest matching delay (each counts a hit). */
  delayFor(method: string, path: string): number {
    let delay = 0;
    for (const rule of this.delays) {
      if (!rule.matches(method, path)) continue;
      rule.hits += 1;
      delay = Math.max(delay, rule.spec.delayMs);
    }
    return delay;
  }

  clear(): void {
    this.faults.length = 0;
    this.delays.length = 0;
  }
}
