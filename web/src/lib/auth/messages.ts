/** Field problems and sign-in failures as UI messages (translated by the caller's `t`). */
import type { MessageKey, Params } from '$lib/i18n/core';
import type { SignInFailure } from './api';
import { MIN_PASSWORD_LENGTH, type FieldProblem } from './forms';

type Translate = (key: MessageKey, params?: Params) => string;

export function problemMessage(t: Translate, problem: FieldProblem | undefined): string | null {
  switch (problem) {
    case undefined:
      return null;
    case 'required':
      return t('auth.required');
    case 'emailInvalid':
      return t('auth.emailInvalid');
    case 'passwordTooShort':
      return t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
    case 'passwordMismatch':
      return t('auth.passwordMismatch');
  }
}

export function signInFailureMessage(t: Translate, failure: SignInFailure): string {
  switch (failure.kind) {
    case 'invalid':
      return t('signin.invalid');
    case 'forbidden':
      return failure.message ? `${t('signin.forbidden')} (${failure.message})` : t('signin.forbidden');
    case 'rateLimited':
      return failure.retryAfterSeconds !== null ? t('signin.rateLimited', { seconds: failure.retryAfterSeconds }) : t('signin.rateLimitedSoon');
    case 'other':
      return t('signin.failed', { message: failure.message });
  }
}
