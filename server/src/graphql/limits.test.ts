import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, parse, specifiedRules, validate, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { schema } from './schema';
import { limitRules, OPERATION_LIMITS } from './limits';

/** Every GraphQL document the web app defines (graphql(`…`) in web/src), fragments included. */
function webDocuments(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts')) {
        for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) found.push(match[1]!);
      }
    }
  };
  walk(path.join(REPO_ROOT, 'web', 'src'));
  return found;
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(root: DefinitionNode, fragments: FragmentDefinitionNode[]): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const visitNode = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.find((f) => f.name.value === spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          visitNode(fragment);
        }
      },
    });
  visitNode(root);
  return [...used.values()];
}

/** Limit errors of a document (Armor's rules throw when no one collects their reports). */
function limitErrors(document: DocumentNode): string[] {
  try {
    return validate(schema, document, [...specifiedRules, ...limitRules()]).map((error) => error.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

const check = (source: string) => limitErrors(parse(source, { maxTokens: OPERATION_LIMITS.tokens }));

describe('operation limits', () => {
  const definitions: DefinitionNode[] = webDocuments().flatMap((source) => parse(source).definitions);
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  it('let every operation of the web app through', () => {
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments(operation, fragments)] };
      expect(limitErrors(document), 'name' in operation ? operation.name?.value : 'anonymous').toEqual([]);
    }
  });

  it("let GraphiQL's introspection query through (its depth and cost are not counted)", () => {
    expect(check(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('refuse alias, depth, cost and token bombs (valid queries otherwise)', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    expect(check(aliases(15))).toEqual([]);
    expect(check(aliases(16)).join()).toMatch(/Aliases limit of 15 exceeded, found 16/);
    // The bomb: 500 aliases of tasks { samples { … } } never gets past the parser.
    const samples = (first: number) => `tasks(first: ${first}) { edges { node { runs { samples(first: ${first}) { edges { node { id rawOutput } } } } } } }`;
    const bomb = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: ${samples(100)}`).join(' ')} }`;
    expect(() => check(bomb)).toThrow(/more th[ae][nt] 2000 tokens/);
    // Lists multiply the cost by their page size.
    expect(check(`{ ${samples(10)} }`)).toEqual([]);
    expect(check(`{ ${samples(100)} }`).join()).toMatch(/Query Cost limit of 20000 exceeded/);
    const nest = (levels: number): string => (levels === 0 ? 'id' : `runs { task { ${nest(levels - 1)} } }`);
    expect(check(`{ task(id: "x") { ${nest(4)} } }`)).toEqual([]); // depth 10: the limit
    expect(check(`{ task(id: "x") { ${nest(5)} } }`).join()).toMatch(/depth limit of 10 exceeded, found 12/i);
  });
});
