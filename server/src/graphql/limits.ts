/**
 * Limits on every GraphQL operation (issue #9 item 7), checked while parsing and validating, before anything runs:
 * tokens (GraphQL Armor's max-tokens: the parser stops counting at the limit, so a huge document costs no more than
 * the limit), depth, aliases and a static cost (Armor's max-depth, max-aliases, cost-limit). Outside development
 * (NODE_ENV), field suggestions ("Did you mean …") are masked and introspection is refused to anonymous callers;
 * signed-in users and API tokens may still introspect, so GraphiQL keeps its documentation and completion for them.
 *
 * The numbers are chosen so every operation the web app sends passes with room to spare (limits.test.ts checks each
 * of them), while a query with hundreds of aliases, deep nesting or a 100 KB document is refused in milliseconds.
 */
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

export const OPERATION_LIMITS = {
  /** Lexical tokens in the document (names, punctuation, values). */
  tokens: 2000,
  /** Nesting of selection sets, fragments flattened; introspection (GraphiQL's schema query) is not counted. */
  depth: 10,
  /** Aliased fields in the operation. */
  aliases: 15,
  /**
   * Armor's static cost: objects 2, scalars 1, each level ×1.5, a list's subtree × its literal `first`/`last`.
   * The web app's costliest operation (the per-question matrix) costs 188; one list of 1,000 small rows fits, two
   * nested lists of 100 (10,000 rows) do not.
   */
  cost: 20_000,
} as const;

/** The validation rules behind the depth, alias and cost limits (also used by the tests on the web app's operations). */
export function limitRules() {
  const common = { exposeLimits: true, propagateOnRejection: true } as const;
  return [
    maxDepthRule({ ...common, n: OPERATION_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...common, n: OPERATION_LIMITS.aliases }),
    costLimitRule({ ...common, maxCost: OPERATION_LIMITS.cost, ignoreIntrospection: true, flattenFragments: true }),
  ];
}

/** Whether the caller is signed in (a session or an API token): set by the auth layer as `viewer` on the context. */
const signedIn = (context: unknown): boolean => Boolean((context as { viewer?: unknown } | null)?.viewer);

/** Refuses `__schema` / `__type` to anonymous callers (outside development). */
function useIntrospectionForSignedInOnly(): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      if (!signedIn(context)) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function operationLimitPlugins(options: { development: boolean }): Plugin[] {
  const common = { exposeLimits: true, propagateOnRejection: true } as const;
  return [
    maxTokensPlugin({ ...common, n: OPERATION_LIMITS.tokens }),
    maxDepthPlugin({ ...common, n: OPERATION_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesPlugin({ ...common, n: OPERATION_LIMITS.aliases }),
    costLimitPlugin({ ...common, maxCost: OPERATION_LIMITS.cost, ignoreIntrospection: true, flattenFragments: true }),
    ...(options.development ? [] : [blockFieldSuggestionsPlugin(), useIntrospectionForSignedInOnly()]),
  ] as Plugin[];
}
