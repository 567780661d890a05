import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { LatePushPreview, LatePushRow } from '../../../../shared/contract/runningLate';
import { CopyButton } from '../../components/CopyButton';
import { wordIssue } from '../../errors';
import { CopyAllPhones } from './CopyAllPhones';
import { canSaveAnyway, clockTime, phoneList, rowProblemText } from './model';
import { i18n, params, plural, useMessages } from '../../i18n';

const messages = i18n('runningLate/LatePushTable', {
  unreadable: plural({
    one: '{count} appointment of this day could not be read, so it is neither pushed nor checked: look at it in Altegio.',
    other:
      '{count} appointments of this day could not be read, so they are neither pushed nor checked: look at them in Altegio.',
  }),
  none: 'No appointment of this team member starts at or after this time on this day.',
  table: 'Appointments to push',
  client: 'Client',
  phone: 'Phone',
  now: 'Now',
  newTime: 'New time',
  inTheWay: 'In the way',
  noClient: 'No client',
  copyPhone: params('Copy the phone number of {name}'),
  stays: 'Stays',
  saveAnywayFor: params('Save anyway: {name} at {time}'),
  saveAnyway: 'Save anyway',
});

interface LatePushTableProps {
  zone: string;
  preview: LatePushPreview;
  saveAnyway: ReadonlySet<number>;
  /** Rows a later one that stays keeps where they are. */
  held: ReadonlyMap<number, number>;
  /** Whether apply will move it as things stand (its client is one to call). */
  willCall: (id: number) => boolean;
  onSaveAnyway: (id: number, on: boolean) => void;
}

/** The preview: who to tell (with their phones), the old and new times, and what stands in the way. */
export function LatePushTable(props: LatePushTableProps) {
  const { zone, preview, saveAnyway, held, willCall, onSaveAnyway } = props;
  const { rows, unreadable } = preview;
  const t = useMessages(messages);
  return (
    <Stack spacing={1}>
      {unreadable > 0 && <Alert severity="warning">{t.unreadable(unreadable)}</Alert>}
      {rows.length === 0 ? (
        <Typography color="text.secondary" data-testid="running-late-none">
          {t.none}
        </Typography>
      ) : (
        <>
          <CopyAllPhones text={phoneList(rows.filter((row) => willCall(row.id)))} />
          <Table size="small" aria-label={t.table}>
            <TableHead>
              <TableRow>
                <TableCell>{t.client}</TableCell>
                <TableCell>{t.phone}</TableCell>
                <TableCell>{t.now}</TableCell>
                <TableCell>{t.newTime}</TableCell>
                <TableCell>{t.inTheWay}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <PushRow
                  key={row.id}
                  row={row}
                  zone={zone}
                  saveAnyway={saveAnyway.has(row.id)}
                  held={held.has(row.id)}
                  onSaveAnyway={(on) => onSaveAnyway(row.id, on)}
                />
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
}

function PushRow(props: {
  row: LatePushRow;
  zone: string;
  saveAnyway: boolean;
  held: boolean;
  onSaveAnyway: (on: boolean) => void;
}) {
  const { row, zone } = props;
  const t = useMessages(messages);
  const name = row.clientName ?? t.noClient;
  const problem = rowProblemText(row);
  const problemId = `running-late-problem-${row.id}`;
  return (
    <TableRow data-testid={`running-late-row-${row.id}`}>
      <TableCell>
        {name}
        {row.services.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {row.services.join(', ')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {row.clientPhone && (
          <Stack direction="row" sx={{ alignItems: 'center' }}>
            {row.clientPhone}
            <CopyButton text={row.clientPhone} label={t.copyPhone({ name })} />
          </Stack>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {clockTime(row.start, zone)}–{clockTime(row.end, zone)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {row.moves ? `${clockTime(row.newStart, zone)}–${clockTime(row.newEnd, zone)}` : t.stays}
      </TableCell>
      <TableCell>
        {props.held && (
          <Typography variant="body2" color="warning.main">
            {wordIssue('issue.runningLate.heldInPreview')}
          </Typography>
        )}
        {problem && (
          <>
            <Typography id={problemId} variant="body2" color="warning.main">
              {problem}
            </Typography>
            {canSaveAnyway(row) && (
              <FormControlLabel
                control={
                  <Checkbox
                    size="small"
                    checked={props.saveAnyway}
                    onChange={(event) => props.onSaveAnyway(event.target.checked)}
                    slotProps={{
                      input: {
                        'aria-label': t.saveAnywayFor({ name, time: clockTime(row.newStart, zone) }),
                        'aria-describedby': problemId,
                      },
                    }}
                  />
                }
                label={t.saveAnyway}
              />
            )}
          </>
        )}
      </TableCell>
    </TableRow>
  );
}
