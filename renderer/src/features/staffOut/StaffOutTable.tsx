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
  const when = (row: StaffOutRow) => {
    const start = DateTime.fromISO(row.start).setZone(zone);
    const end = DateTime.fromISO(row.end).setZone(zone);
    return `${manyDays ? `${start.toFormat('ccc d LLL')} ` : ''}${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
  };
  return (
    <Table size="small" aria-label="Appointments to hand over">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Client</TableCell>
          <TableCell>Who takes it</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const label = `${when(row)} ${row.clientName ?? 'No client'}`;
          const choice = choiceFor(row, props.choices[row.id]);
          const timeChanges = optionOf(row, choice)?.sameTime === false;
          const notes = [
            row.noOption ? noOptionWords[row.noOption] : null,
            !row.options[0]?.sameTime && row.options.some((o) => !o.sameTime)
              ? 'Nobody is free at this time: another time is offered.'
              : null,
            refusalText(row.refusals, members),
          ].filter(Boolean);
          return (
            <TableRow key={row.id} data-testid={`staff-out-row-${row.id}`} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(row)}</TableCell>
              <TableCell>
                <Typography variant="body2">{row.clientName ?? 'No client'}</Typography>
                {row.clientPhone && (
                  <Stack direction="row" sx={{ alignItems: 'center' }}>
                    <Typography variant="body2" color="text.secondary">
                      {row.clientPhone}
                    </Typography>
                    <CopyButton
                      text={row.clientPhone}
                      label={`Copy the phone of ${row.clientName ?? 'the client'}`}
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
                    Asked for <UserText>{memberName}</UserText>: call the client first.
                  </Typography>
                )}
                {isPast(row) ? (
                  <Typography variant="body2">
                    Stays with <UserText>{memberName}</UserText>
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
                      htmlInput: { 'aria-label': `Who takes ${label}` },
                    }}
                  >
                    {row.options.map((option) => (
                      <option key={optionChoice(option)} value={optionChoice(option)}>
                        {optionLabel(option, members, zone)}
                      </option>
                    ))}
                    <option value="leave">Leave with {memberName}</option>
                    <option value="cancel">Cancel the appointment</option>
                  </TextField>
                )}
                {timeChanges && (
                  <Typography variant="body2" color="warning.main" sx={{ fontWeight: 500 }}>
                    Time changes — tell the client.
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
