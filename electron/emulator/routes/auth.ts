import { ok } from '../http/envelope';
import { signIn } from '../http/credentials';
import type { ApiApp, EmulatorState } from '../state';
import { phoneToWire } from '../wire/clients';

export function registerAuthRoutes(app: ApiApp, state: EmulatorState): void {
  app.post('/auth', async (c) => {
    const user = await signIn(c, state.store.users.values());
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
