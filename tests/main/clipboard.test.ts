import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/security';
import { createTestCore } from '../support/mainCore';

const own = { senderUrl: `${APP_ORIGIN}/index.html` };

describe('app.copyText', () => {
  it('puts the text on the clipboard through main, and refuses empty text and foreign senders', async () => {
    const core = createTestCore({ trustedOrigins: [APP_ORIGIN] });
    await expect(core.invoke('app.copyText', { text: '+1 555 0100\n+1 555 0101' }, own)).resolves.toEqual({
      ok: true,
      data: null,
    });
    expect(core.copied).toEqual(['+1 555 0100\n+1 555 0101']);

    const empty = await core.invoke('app.copyText', { text: '' }, own);
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const foreign = await core.invoke('app.copyText', { text: 'x' }, { senderUrl: 'https://evil.example/' });
    expect(foreign).toMatchObject({ ok: false });
    expect(core.copied).toHaveLength(1);
  });
});
