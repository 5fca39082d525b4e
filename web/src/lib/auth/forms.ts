/**
 * Client-side checks of the account forms, so obvious mistakes are shown at the field before a request is made.
 * The server validates again (its messages are shown the same way).
 */

/** better-auth's default minimum; the server may ask for more and says so in its error. */
export const MIN_PASSWORD_LENGTH = 8;

export type FieldProblem = 'required' | 'emailInvalid' | 'passwordTooShort' | 'passwordMismatch';
export type Problems<F extends string> = Partial<Record<F, FieldProblem>>;

// Deliberately loose (one @, something on both sides, a dot in the domain): the server has the final word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): FieldProblem | undefined {
  if (!email.trim()) return 'required';
  if (!EMAIL.test(email.trim())) return 'emailInvalid';
  return undefined;
}

export function passwordProblem(password: string): FieldProblem | undefined {
  if (!password) return 'required';
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  return undefined;
}

function clean<F extends string>(problems: Problems<F>): Problems<F> {
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v !== undefined)) as Problems<F>;
}

export interface SetupForm {
  email: string;
  name: string;
  password: string;
  confirm: string;
}

export function validateSetup(form: SetupForm): Problems<keyof SetupForm> {
  return clean({
    email: emailProblem(form.email),
    name: form.name.trim() ? undefined : 'required',
    password: passwordProblem(form.password),
    confirm: !form.confirm ? 'required' : form.confirm !== form.password ? 'passwordMismatch' : undefined,
  });
}

export interface SignInForm {
  email: string;
  password: string;
}

/** Sign-in does not judge the password's length (an old account may have a shorter one). */
export function validateSignIn(form: SignInForm): Problems<keyof SignInForm> {
  return clean({ email: emailProblem(form.email), password: form.password ? undefined : 'required' });
}

export interface InviteForm {
  email: string;
  name: string;
  role: string;
  /** Empty: the server generates a one-time password. */
  password: string;
}

export function validateInvite(form: InviteForm): Problems<keyof InviteForm> {
  return clean({
    email: emailProblem(form.email),
    name: form.name.trim() ? undefined : 'required',
    role: form.role ? undefined : 'required',
    password: form.password ? passwordProblem(form.password) : undefined,
  });
}

export function hasProblems(problems: Problems<string>): boolean {
  return Object.keys(problems).length > 0;
}
