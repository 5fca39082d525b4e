// Pages load their data from the API (/graphql) in the browser, except the ones whose first paint should carry it:
// the leaderboard (both tabs) and the task page render on the server (leaderboard/+layout.ts, tasks/[id]/+layout.ts).
export const ssr = false;
export const prerender = false;
