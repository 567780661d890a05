import type { Context } from 'hono';
import type { AppEnv } from '../state';
import { ApiError, FieldCollector } from './errors';
import { readBody } from './params';

interface SignInPerson {
  login: string;
  email: string;
  /** Digits only; empty when none. */
  phone: string;
  /** Empty for an account that signs in only by SMS code. */
  password: string;
}

/** Whether a typed login names this person: their login or e-mail (any case), or their phone (9+ digits). */
function loginNames(person: SignInPerson, typed: string): boolean {
  const login = typed.trim().toLowerCase();
  const digits = login.includes('@') ? '' : login.replace(/\D/g, '');
  return (
    person.login.toLowerCase() === login ||
    (person.email !== '' && person.email.toLowerCase() === login) ||
    (person.phone !== '' && digits.length >= 9 && person.phone === digits)
  );
}

/**
 * A `{login, password}` sign-in among `people`: 400 naming each missing field, 401 "Incorrect login or
 * password" when nobody matches. `POST /auth` (desk users) and the booking sign-ins share it.
 */
export async function signIn<T extends SignInPerson>(c: Context<AppEnv>, people: Iterable<T>): Promise<T> {
  const body = await readBody(c);
  const fields = new FieldCollector();
  if (typeof body.login !== 'string' || !body.login.trim())
    fields.add('login', 'The login field is required.');
  if (typeof body.password !== 'string' || !body.password)
    fields.add('password', 'The password field is required.');
  fields.throwIfAny(400);
  const login = String(body.login);
  const person = [...people].find((candidate) => loginNames(candidate, login));
  if (!person?.password || person.password !== body.password)
    throw new ApiError(401, 'Incorrect login or password');
  return person;
}
