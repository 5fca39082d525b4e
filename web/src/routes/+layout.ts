// A single-page app: every page loads its data from the API (/graphql) in the browser.
export const ssr = false;
export const prerender = false;
