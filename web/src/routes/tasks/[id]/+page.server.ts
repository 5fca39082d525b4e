import { TaskQuery } from '$lib/graphql/operations';
import { dataOrError, loadCategories, loadClient, pageError, requireSignedIn } from '$lib/server/ssr';
import { requestLocale } from '$lib/server/locale';
import type { PageServerLoad } from './$types';

// Rendered on the server (./+layout.ts): the first paint carries the task (goal, status, runs, ranking); the page
// then follows its progress live.
export const load: PageServerLoad = async ({ fetch, params, url, request, cookies, isDataRequest }) => {
  // Moving here inside the app (e.g. after "Start evaluation"): the page loads the task itself, as it did before
  // this page was server-rendered, so the navigation does not wait for the API.
  if (isDataRequest) return { session: null, initial: null };
  const client = loadClient(fetch, url.origin);
  const locale = requestLocale(cookies, request.headers);
  const [session, task, categories] = await Promise.all([
    requireSignedIn(client, url, locale),
    client.query(TaskQuery, { id: params.id }).toPromise(),
    loadCategories(client),
  ]);
  const found = dataOrError(task, { locale, session }).task;
  if (!found) pageError(404, 'No task with this id.', { locale, session }, 'TASK_NOT_FOUND');
  return { session, locale, initial: { task: found, categories } };
};
