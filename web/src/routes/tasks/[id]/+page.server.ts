import { error } from '@sveltejs/kit';
import { TaskQuery } from '$lib/graphql/operations';
import { dataOrError, loadCategories, loadClient, requireSignedIn } from '$lib/server/ssr';
import { requestLocale } from '$lib/server/locale';
import type { PageServerLoad } from './$types';

// Rendered on the server (./+layout.ts): the first paint carries the task (goal, status, runs, ranking); the page
// then follows its progress live.
export const load: PageServerLoad = async ({ fetch, params, url, request, cookies, isDataRequest }) => {
  // Moving here inside the app (e.g. after "Start evaluation"): the page loads the task itself, as it did before
  // this page was server-rendered, so the navigation does not wait for the API.
  if (isDataRequest) return { session: null, initial: null };
  const client = loadClient(fetch, url.origin);
  const [session, task, categories] = await Promise.all([
    requireSignedIn(client, url),
    client.query(TaskQuery, { id: params.id }).toPromise(),
    loadCategories(client),
  ]);
  const found = dataOrError(task).task;
  if (!found) error(404, 'No task with this id.');
  return { session, locale: requestLocale(cookies, request.headers), initial: { task: found, categories } };
};
