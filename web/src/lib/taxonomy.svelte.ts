/**
 * Loads the taxonomy from the API (`categories`) for a component. The query is static for a running server, so it is
 * read cache-first: every component (and every later page) shares urql's cached answer, one request per language.
 */
import { getContextClient } from '@urql/svelte';
import { CategoriesQuery } from '$lib/graphql/operations';
import type { Language } from '$lib/graphql/enums';
import { buildTaxonomy, type Taxonomy } from '$lib/taxonomy';
import type { ResultOf } from '$lib/graphql/graphql';

export type Categories = ResultOf<typeof CategoriesQuery>['categories'];

export interface TaxonomyState {
  /** The last taxonomy loaded (kept while another language loads); null before the first answer. */
  readonly current: Taxonomy | null;
  readonly fetching: boolean;
  readonly error: string | null;
  retry(): void;
}

/**
 * Call during component initialisation. `language` picks the item counts (null = all languages); it is read
 * reactively, so a getter over state reloads when it changes. `initial` is the answer a server-rendered page's load
 * got for the first language: labels render with it on the server and in the browser without a request.
 */
export function useTaxonomy(language: () => Language | null = () => null, initial?: Categories | null): TaxonomyState {
  const client = getContextClient();
  let current = $state.raw<Taxonomy | null>(initial ? buildTaxonomy(initial) : null);
  let fetching = $state(!initial);
  let error = $state<string | null>(null);
  let attempt = $state(0);
  let given = !!initial;

  $effect(() => {
    const variables = { language: language() };
    if (given) {
      given = false;
      return;
    }
    const policy = attempt > 0 ? 'network-only' : 'cache-first';
    let cancelled = false;
    fetching = true;
    void client
      .query(CategoriesQuery, variables, { requestPolicy: policy })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        fetching = false;
        if (result.data) {
          current = buildTaxonomy(result.data.categories);
          error = null;
        } else {
          error = result.error?.message ?? 'No taxonomy';
        }
      });
    return () => {
      cancelled = true;
    };
  });

  return {
    get current() {
      return current;
    },
    get fetching() {
      return fetching;
    },
    get error() {
      return error;
    },
    retry() {
      attempt++;
    },
  };
}
