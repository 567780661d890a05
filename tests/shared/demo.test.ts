import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../electron/emulator';
import { DEMO_SIGN_IN } from '../../shared/demo';

describe('demo credentials', () => {
  it('shown on the sign-in screen are the ones the emulator accepts', () => {
    expect(DEMO_SIGN_IN).toEqual({
      partnerToken: DEMO_CREDENTIALS.partnerToken,
      login: DEMO_CREDENTIALS.login,
      phone: DEMO_CREDENTIALS.phone,
      password: DEMO_CREDENTIALS.password,
    });
  });
});
