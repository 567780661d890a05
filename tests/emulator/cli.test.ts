import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const LISTENING = /^Altegio emulator listening on (http:\/\/127\.0\.0\.1:(\d+)\/api\/v1)$/;

describe('command line', () => {
  let child: ChildProcess | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('prints the listening line first, serves the API and stops on SIGTERM', async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/emulator/cli.ts', '--port', '0', '--seed', '3', '--rate-limit', 'off'],
      {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // An iterator buffers the lines that arrive together, which `once(lines, 'line')` would drop.
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
    const nextLine = async () => String((await lines.next()).value);
    const firstLine = await nextLine();
    const match = LISTENING.exec(firstLine);
    expect(match).not.toBeNull();
    const url = match?.[1] ?? '';
    expect(await nextLine()).toMatch(/^Demo sign-in: /);
    expect(await nextLine()).toBe(
      'Demo online booking: account client@demo.frontdesk (or +15555550123), password demo; SMS code 123456;' +
        ' review token demo-review (location 101)',
    );
    const auth = await fetch(`${url}/auth`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-partner-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'admin@demo.frontdesk', password: 'demo' }),
    });
    expect(auth.status).toBe(201);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    await expect(fetch(`${url.replace('/api/v1', '')}/__emulator/health`)).rejects.toThrow();
  });

  it('rejects an invalid option with exit code 2', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'electron/emulator/cli.ts', '--scale', 'huge'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
  });
});
