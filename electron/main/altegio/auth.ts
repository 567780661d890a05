import { z } from 'zod';
import type { Http } from './http';
import { parseWire, WireId, WireText } from './wire';

const WireAuthUser = z.object({
  id: WireId.optional(),
  user_token: z.string().min(1),
  name: WireText,
  login: WireText,
  email: WireText,
  phone: WireText,
});

export interface SignedInUser {
  userToken: string;
  name: string;
}

export function createAuthApi(http: Http) {
  return {
    /** POST /auth with the partner token only; the password goes no further than this request. */
    async signIn(login: string, password: string): Promise<SignedInUser> {
      const { data } = await http.request('POST', '/auth', { auth: 'partner', body: { login, password } });
      const user = parseWire(WireAuthUser, data, 'a sign-in answer');
      return { userToken: user.user_token, name: user.name || user.login || user.email || login };
    },
  };
}
