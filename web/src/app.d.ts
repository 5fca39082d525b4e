// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionSnapshot } from '$lib/auth/session.svelte';
import type { Locale } from '$lib/i18n/core';

declare global {
  namespace App {
    // interface Error {}
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
