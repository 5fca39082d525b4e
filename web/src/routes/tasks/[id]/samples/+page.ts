// Client-rendered, as every page but the leaderboard and the task page (src/routes/tasks/[id]/+layout.ts).
export const ssr = false;
