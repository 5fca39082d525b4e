// The task page renders on the server (+page.server.ts loads the task), and so does its error page (404 for an
// unknown id, 403): SvelteKit renders an error with the ssr option of the layouts above its +error.svelte.
// The samples and report pages below stay client-rendered (their +page.ts).
export const ssr = true;
