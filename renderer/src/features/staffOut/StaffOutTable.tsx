import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { UserText } from '../../components/UserText';
import type { StaffOutRow } from '../../../../shared/contract/staffOut';
import { CopyButton } from '../../components/CopyButton';
import {
  choiceFor,
  isPast,
  noOptionWords,
  optionChoice,
  optionLabel,
  optionOf,
  refusalText,
  type Choice,
  type Chosen,
} from './model';
import { textWith } from '../../components/textWith';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('staffOut/StaffOutTable', {
  table: 'Appointments to hand over',
  when: 'When',
  client: 'Client',
  whoTakes: 'Who takes it',
  noClient: 'No client',
  anotherTime: 'Nobody is free at this time: another time is offered.',
  copyPhone: params('Copy the phone of {name}'),
  theClient: 'the client',
  askedFor: 'Asked for {name}: call the client first.',
  staysWith: 'Stays with {name}',
  whoTakesLabel: params('Who takes {label}'),
  leaveWith: params('Leave with {name}'),
  cancel: 'Cancel the appointment',
  timeChanges: 'Time changes — tell the client.',
});

interface StaffOutTableProps {
  rows: readonly StaffOutRow[];
  zone: string;
  members: ReadonlyArray<{ id: number; name: string }>;
  /** The member who is out. */
  memberName: string;
  /** The plan spans several dates: each row names its own. */
  manyDays: boolean;
  choices: Readonly<Record<number, Chosen>>;
  /** Why the last try failed, per appointment still here. */
  failures: Readonly<Record<number, string>>;
  disabled: boolean;
  onChoose: (id: number, choice: Choice) => void;
}

/** Each appointment of the member who is out, with who takes it (the proposal preselected) and why not. */
export function StaffOutTable(props: StaffOutTableProps) {
  const { rows, zone, members, memberName, manyDays } = props;
  const t = useMessages(messages);
  const when = (row: StaffOutRow) => {
    const start = DateTime.fromISO(row.start).setZone(zone);
    const end = DateTime.fromISO(row.end).setZone(zone);
    return `${manyDays ? `${start.toFormat('ccc d LLL')} ` : ''}${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
  };
  return (
    <Table size="small" aria-label={t.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t.when}</TableCell>
          <TableCell>{t.client}</TableCell>
          <TableCell>{t.whoTakes}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const label = `${when(row)} ${row.clientName ?? t.noClient}`;
          const choice = choiceFor(row, props.choices[row.id]);
          const timeChanges = optionOf(row, choice)?.sameTime === false;
          const notes = [
            row.noOption ? noOptionWords[row.noOption] : null,
            !row.options[0]?.sameTime && row.options.some((o) => !o.sameTime) ? t.anotherTime : null,
            refusalText(row.refusals, members),
          ].filter(Boolean);
          return (
            <TableRow key={row.id} data-testid={`staff-out-row-${row.id}`} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(row)}</TableCell>
              <TableCell>
                <Typography variant="body2">{row.clientName ?? t.noClient}</Typography>
                {row.clientPhone && (
                  <Stack direction="row" sx={{ alignItems: 'center' }}>
                    <Typography variant="body2" color="text.secondary">
                      {row.clientPhone}
                    </Typography>
                    <CopyButton
                      text={row.clientPhone}
                      label={t.copyPhone({ name: row.clientName ?? t.theClient })}
                    />
                  </Stack>
                )}
                <Typography variant="caption" color="text.secondary">
                  {row.services.join(', ')}
                </Typography>
              </TableCell>
              <TableCell sx={{ minWidth: 260 }}>
                {row.requestedTeamMember && (
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {textWith(t.askedFor, { name: <UserText>{memberName}</UserText> })}
                  </Typography>
                )}
                {isPast(row) ? (
                  <Typography variant="body2">
                    {textWith(t.staysWith, { name: <UserText>{memberName}</UserText> })}
                  </Typography>
                ) : (
                  <TextField
                    select
                    size="small"
                    fullWidth
                    disabled={props.disabled}
                    value={choice}
                    onChange={(event) => props.onChoose(row.id, event.target.value as Choice)}
                    slotProps={{
                      select: { native: true },
                      htmlInput: { 'aria-label': t.whoTakesLabel({ label }) },
                    }}
                  >
                    {row.options.map((option) => (
                      <option key={optionChoice(option)} value={optionChoice(option)}>
                        {optionLabel(option, members, zone)}
                      </option>
                    ))}
                    <option value="leave">{t.leaveWith({ name: memberName })}</option>
                    <option value="cancel">{t.cancel}</option>
                  </TextField>
                )}
                {timeChanges && (
                  <Typography variant="body2" color="warning.main" sx={{ fontWeight: 500 }}>
                    {t.timeChanges}
                  </Typography>
                )}
                {props.failures[row.id] && (
                  <Typography variant="body2" color="error">
                    {props.failures[row.id]}
                  </Typography>
                )}
                {notes.map((note) => (
                  <Typography key={note} variant="caption" component="p" color="text.secondary">
                    {note}
                  </Typography>
                ))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
