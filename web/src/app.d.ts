// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionSnapshot } from '$lib/auth/session.svelte';
import type { Locale } from '$lib/i18n/core';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Names the message in the UI dictionary (error.<code>); `message` is the English fallback. */
      code?: string;
      /** A server-rendered error page: who it was rendered for and in which language (lib/server/ssr.ts pageError). */
      session?: SessionSnapshot;
      locale?: Locale;
    }
    // interface Locals {}
    interface PageData {
      /** Set by the load of a server-rendered page on its first request: who it was rendered for. */
      session?: SessionSnapshot | null;
      /** The request's UI language (server-rendered pages). */
      locale?: Locale;
    }
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
