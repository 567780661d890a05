import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { Suspense, useState } from 'react';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, useOpenedOnce } from '../../lazyPart';

const messages = i18n('calendar/DeskToolsMenu', { deskTools: 'Desk tools' });

const DeskToolsMenuList = lazyPart(() =>
  import('./DeskToolsMenuList').then((module) => module.DeskToolsMenuList),
);

/** A tool that changes many appointments at once (a member running late, a member out…). */
export interface DeskTool {
  id: string;
  label: string;
  /** The single key that opens it, shown beside the label. */
  shortcut?: string;
  run: () => void;
}

/** The toolbar's "Desk tools" menu; nothing at all when no tool is offered. */
export function DeskToolsMenu({ tools, disabled }: { tools: readonly DeskTool[]; disabled?: boolean }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const opened = useOpenedOnce(anchor !== null);
  const t = useMessages(messages);
  if (tools.length === 0) return null;
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        endIcon={<ArrowDropDownIcon />}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t.deskTools}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <DeskToolsMenuList tools={tools} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
