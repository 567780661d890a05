import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A loaded CI machine can take longer than the default second to settle a dialog after an answer from main.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset['themeMode'];
});
