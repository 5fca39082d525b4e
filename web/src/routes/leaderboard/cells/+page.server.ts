import { LeaderboardQuery, LeaderboardRollupsQuery } from '$lib/graphql/operations';
import { leaderboardVariables, paramsToView, viewToFilter } from '$lib/leaderboard';
import { dataOrMessage, loadCategories, loadClient, requireSignedIn } from '$lib/server/ssr';
import { requestLocale } from '$lib/server/locale';
import type { PageServerLoad } from './$types';

// Rendered on the server (../+layout.ts): the first paint carries the first page of cells and the top-models
// chart of the view in the URL.
export const load: PageServerLoad = async ({ fetch, url, request, cookies, isDataRequest }) => {
  // Moving here inside the app: the page asks for its cells itself, as before, without waiting for the API here.
  if (isDataRequest) return { session: null, initial: null };
  const client = loadClient(fetch, url.origin);
  const view = paramsToView(url.searchParams);
  const locale = requestLocale(cookies, request.headers);
  const [session, cells, rollups, categories] = await Promise.all([
    requireSignedIn(client, url, locale),
    client.query(LeaderboardQuery, leaderboardVariables(view, {})).toPromise(),
    client.query(LeaderboardRollupsQuery, { filter: viewToFilter(view) }).toPromise(),
    loadCategories(client),
  ]);
  const table = dataOrMessage(cells, { locale, session });
  const chart = dataOrMessage(rollups, { locale, session });
  return {
    session,
    locale,
    initial: {
      connection: table.data?.leaderboard ?? null,
      error: table.error,
      rollups: chart.data?.leaderboardRollups ?? null,
      rollupsError: chart.error,
      categories,
    },
  };
};
