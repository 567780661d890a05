import { ok } from '../http/envelope';
import { ApiError, FieldCollector } from '../http/errors';
import { readBody } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import { phoneToWire } from '../wire/clients';

export function registerAuthRoutes(app: ApiApp, state: EmulatorState): void {
  app.post('/auth', async (c) => {
    const body = await readBody(c);
    const fields = new FieldCollector();
    if (typeof body.login !== 'string' || !body.login.trim())
      fields.add('login', 'The login field is required.');
    if (typeof body.password !== 'string' || !body.password)
      fields.add('password', 'The password field is required.');
    fields.throwIfAny(400);
    const login = String(body.login).trim().toLowerCase();
    const digits = login.replace(/\D/g, '');
    const user = [...state.store.users.values()].find(
      (u) =>
        u.login.toLowerCase() === login ||
        (u.email && u.email.toLowerCase() === login) ||
        (u.phone && !login.includes('@') && digits.length >= 9 && u.phone === digits),
    );
    if (!user || user.password !== body.password) throw new ApiError(401, 'Incorrect login or password');
    return ok(
      c,
      {
        id: user.id,
        user_token: user.userToken,
        name: user.name,
        phone: phoneToWire(user.phone),
        login: user.login,
        email: user.email,
        avatar: '',
        is_approved: true,
        is_email_confirmed: true,
      },
      201,
    );
  });
}
