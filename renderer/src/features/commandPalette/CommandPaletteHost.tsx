import { Suspense, useState } from 'react';
import { useCommandKeys } from '../../commands';
import { lazyPart, useOpenedOnce } from '../../lazyPart';
import { useOpenLocation } from '../session';
import type { FeatureEntry } from '../../featureEntry';
import { paletteCommands } from './commands';

// cmdk and the palette load on the first Ctrl+K (or once the calendar is painted), not with the calendar.
const CommandPalette = lazyPart(() => import('./CommandPalette').then((module) => module.CommandPalette));

/** Binds Ctrl/⌘+K in the signed-in app and hosts the palette; `sections` are what the navigation lists. */
export function CommandPaletteHost({ sections }: { sections: readonly FeatureEntry[] }) {
  const [open, setOpen] = useState(false);
  const opened = useOpenedOnce(open);
  const location = useOpenLocation();
  useCommandKeys(paletteCommands, { 'palette.open': () => setOpen(true) });
  return opened && location ? (
    <Suspense fallback={null}>
      <CommandPalette open={open} onClose={() => setOpen(false)} sections={sections} location={location} />
    </Suspense>
  ) : null;
}
