// Both leaderboard tabs render on the server (their +page.server.ts load the data), and so does an error page of
// theirs (403, 503): SvelteKit renders an error with the ssr option of the layouts above its +error.svelte.
export const ssr = true;
