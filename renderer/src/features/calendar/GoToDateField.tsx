import { useMemo, useRef, useState } from 'react';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTime } from 'luxon';
import { pressed, type Command } from '../../commands';
import { i18n, useMessages } from '../../i18n';
import { typedDate } from './dateInput';
import { goToDateCommands } from './keys';

const [goKey, putBackKey] = goToDateCommands as [Command, Command];

const messages = i18n('calendar/GoToDateField', { goToDate: 'Go to date' });

export interface GoToDateFieldProps {
  /** The calendar's date, "YYYY-MM-DD" in the location's zone. */
  date: string;
  zone: string;
  onDate: (date: string) => void;
}

/**
 * "Go to date": the field keeps what the user types, even the impossible dates it passes through on the
 * way (02/29/2026 on the way to 02/02/2027), and moves the calendar only on a complete, valid date —
 * when the user presses Enter, leaves the field, picks a day in the pop-up or pastes a date.
 */
export function GoToDateField({ date, zone, onDate }: GoToDateFieldProps) {
  const shown = useMemo(() => DateTime.fromISO(date, { zone }), [date, zone]);
  const [draft, setDraft] = useState<DateTime | null>(shown);
  const [editing, setEditing] = useState(false);
  const [followed, setFollowed] = useState(shown);
  const pasted = useRef(false);
  const t = useMessages(messages);

  // The calendar moved by other means (Today, arrows, keys): show its date unless the user is typing.
  if (followed !== shown && !editing) {
    setFollowed(shown);
    setDraft(shown);
  }

  const go = (value: DateTime | null) => {
    const target = typedDate(value);
    if (target && target !== date) onDate(target);
    return target !== null;
  };
  const settle = () => {
    // Incomplete or impossible: the calendar stays, and the field shows where it is.
    if (!go(draft)) setDraft(shown);
  };

  return (
    <DatePicker
      label={t.goToDate}
      value={draft}
      timezone={zone}
      onChange={(value) => {
        setDraft(value);
        if (pasted.current) {
          pasted.current = false;
          go(value);
        }
      }}
      // Typing "accepts" every keystroke too; only a day picked in the pop-up is a choice to go there.
      onAccept={(value, context) => {
        if (context.source === 'view') go(value);
      }}
      slotProps={{
        textField: {
          size: 'small',
          sx: { width: 170 },
          onFocus: () => setEditing(true),
          onBlur: () => {
            setEditing(false);
            settle();
          },
          onKeyDown: (event) => {
            // A paste that produced no date leaves nothing behind for the next keystroke.
            pasted.current = false;
            // Enter leaves the field (which goes there), so the calendar's keys work again.
            if (pressed(event, goKey) && document.activeElement instanceof HTMLElement)
              document.activeElement.blur();
            if (pressed(event, putBackKey)) setDraft(shown);
          },
          onPaste: () => {
            pasted.current = true;
          },
        },
      }}
    />
  );
}
