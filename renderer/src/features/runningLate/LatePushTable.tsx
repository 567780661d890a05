import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { LatePushPreview, LatePushRow } from '../../../../shared/contract/runningLate';
import { call } from '../../api';
import { CopyButton } from '../../components/CopyButton';
import { wordIssue } from '../../errors';
import { clockTime, phoneList, rowProblemText } from './model';

interface LatePushTableProps {
  zone: string;
  preview: LatePushPreview;
  saveAnyway: ReadonlySet<number>;
  /** Rows a later one that stays keeps where they are. */
  held: ReadonlyMap<number, number>;
  onSaveAnyway: (id: number, on: boolean) => void;
}

/** The preview: who to tell (with their phones), the old and new times, and what stands in the way. */
export function LatePushTable({ zone, preview, saveAnyway, held, onSaveAnyway }: LatePushTableProps) {
  const { rows, unreadable } = preview;
  return (
    <Stack spacing={1}>
      {unreadable > 0 && (
        <Alert severity="warning">
          {unreadable === 1
            ? '1 appointment of this day could not be read, so it is neither pushed nor checked: look at it in Altegio.'
            : `${unreadable} appointments of this day could not be read, so they are neither pushed nor checked: look at them in Altegio.`}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary" data-testid="running-late-none">
          No appointment of this team member starts at or after this time on this day.
        </Typography>
      ) : (
        <>
          <CopyAllPhones text={phoneList(rows)} />
          <Table size="small" aria-label="Appointments to push">
            <TableHead>
              <TableRow>
                <TableCell>Client</TableCell>
                <TableCell>Phone</TableCell>
                <TableCell>Now</TableCell>
                <TableCell>New time</TableCell>
                <TableCell>In the way</TableCell>
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
  const name = row.clientName ?? 'No client';
  const problem = rowProblemText(row);
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
            <CopyButton text={row.clientPhone} label={`Copy the phone number of ${name}`} />
          </Stack>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {clockTime(row.start, zone)}–{clockTime(row.end, zone)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {row.moves ? `${clockTime(row.newStart, zone)}–${clockTime(row.newEnd, zone)}` : 'Stays'}
      </TableCell>
      <TableCell>
        {props.held && (
          <Typography variant="body2" color="warning.main">
            {wordIssue('issue.runningLate.heldInPreview')}
          </Typography>
        )}
        {problem && (
          <>
            <Typography variant="body2" color="warning.main">
              {problem}
            </Typography>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={props.saveAnyway}
                  onChange={(event) => props.onSaveAnyway(event.target.checked)}
                />
              }
              label="Save anyway"
            />
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

function CopyAllPhones({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (!text) return null;
  return (
    <Button
      size="small"
      startIcon={<ContentCopyIcon fontSize="small" />}
      sx={{ alignSelf: 'flex-start' }}
      onClick={() => {
        call('app.copyText', { text }).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {state === 'copied'
        ? 'Phone numbers copied'
        : state === 'failed'
          ? 'Could not copy: try again'
          : 'Copy all phone numbers'}
    </Button>
  );
}
