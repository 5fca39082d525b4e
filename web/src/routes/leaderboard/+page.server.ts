import { LeaderboardPivotQuery } from '$lib/graphql/operations';
import { pivotPlan, pivotRankingOf, pivotViewFromParams } from '$lib/pivot';
import { dataOrMessage, loadCategories, loadClient, requireSignedIn } from '$lib/server/ssr';
import { requestLocale } from '$lib/server/locale';
import type { PageServerLoad } from './$types';

// Rendered on the server (./+layout.ts): the first paint carries the ranking table of the view in the URL; the
// page then refreshes it live.
export const load: PageServerLoad = async ({ fetch, url, request, cookies, isDataRequest }) => {
  // Moving here inside the app: the page asks for its ranking itself, as before, without waiting for the API here.
  if (isDataRequest) return { session: null, initial: null };
  const client = loadClient(fetch, url.origin);
  const locale = requestLocale(cookies, request.headers);
  const view = pivotViewFromParams(url.searchParams, locale === 'ko' ? 'KOREAN' : 'ENGLISH');
  const [session, answer, categories] = await Promise.all([
    requireSignedIn(client, url, locale),
    client.query(LeaderboardPivotQuery, { plan: pivotPlan(view, []) }).toPromise(),
    loadCategories(client),
  ]);
  const { data, error } = dataOrMessage(answer, { locale, session });
  const ranking = data ? pivotRankingOf(data.personalizedRanking) : error;
  return {
    session,
    locale,
    initial: typeof ranking === 'string' ? { view, ranking: null, error: ranking, categories } : { view, ranking, error: null, categories },
  };
};
