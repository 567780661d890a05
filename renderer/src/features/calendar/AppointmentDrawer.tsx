import { Suspense, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { Appointment, AppointmentStatus } from '../../../../shared/domain/appointment';
import { AppointmentStatus as Statuses } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { formatMoney, useCurrency } from '../../money';
import { paymentStateOf } from '../../../../shared/domain/payment';
import { appointmentTotal, paymentText, statusNames, useAppointment } from '../appointments';
import { useClientCard } from '../clients';
import { shownValues, useCustomFields } from '../customFields';
import { labelTextColour } from '../labels';
import { VisitDialog } from '../visits';
import { canRebook } from '../rebook';
import type { VisitMoveEntry } from '../visitMove';
import { textWith } from '../../components/textWith';
import { UserText } from '../../components/UserText';
import { DetailRow as Row, DetailsDrawer } from './DetailsDrawer';
import { useReadOnly } from '../offline';

const messages = i18n('calendar/AppointmentDrawer', {
  statusFailed: 'The status could not be changed.',
  details: 'Appointment details',
  noClient: 'No client',
  status: 'Status',
  edit: 'Edit',
  clientCard: 'Client card',
  cancel: 'Cancel appointment',
  moveVisit: 'Move the whole visit',
  runningLate: 'Running late from here',
  rebook: 'Rebook…',
  phone: 'Phone',
  email: 'E-mail',
  technicalBreak: 'Technical break',
  minutes: params('{minutes} min'),
  none: 'None',
  booked: 'Booked',
  online: 'Online',
  atDesk: 'At the desk',
  payment: 'Payment',
  request: 'Request',
  askedFor: 'Asked for {name}',
  askedForAny: 'Asked for this team member',
  visit: 'Visit',
  openVisit: 'Open visit',
  services: 'Services',
  total: 'Total',
  labels: 'Labels',
  comment: 'Comment',
});

export interface AppointmentDrawerProps {
  locationId: number;
  appointmentId: number | null;
  zone: string;
  teamMembers: readonly TeamMember[];
  onClose: () => void;
  onStatus: (id: number, status: AppointmentStatus) => Promise<void>;
  onEdit: (appointment: Appointment) => void;
  onCancel: (appointment: Appointment) => void;
  /** "Running late from here": this member's appointments from this one's start on. */
  onRunningLate?: (appointment: Appointment) => void;
  /** "Rebook in N weeks" (the rebook feature's dialog). */
  onRebook?: (appointment: Appointment) => void;
  moveVisit?: VisitMoveEntry;
  /** False where the appointment is not at the open location: the client card opens at the open one. */
  withClientCard?: boolean;
}

/** Everything about one appointment, kept current from the cache (polls and saves update it). */
export function AppointmentDrawer({
  locationId,
  appointmentId,
  zone,
  teamMembers,
  onClose,
  onStatus,
  onEdit,
  onCancel,
  onRunningLate,
  onRebook,
  moveVisit,
  withClientCard = true,
}: AppointmentDrawerProps) {
  const appointment = useAppointment(locationId, appointmentId);
  const customFields = useCustomFields(locationId, 'record');
  const currency = useCurrency();
  const clientCard = useClientCard();
  const [problem, setProblem] = useState<string | null>(null);
  const t = useMessages(messages);
  const [saving, setSaving] = useState(false);
  const readOnly = useReadOnly();
  const off = readOnly !== null;
  /** The appointment whose visit is open (another appointment in the drawer closes it). */
  const [visitOf, setVisitOf] = useState<number | null>(null);
  const member = appointment ? teamMembers.find((item) => item.id === appointment.teamMemberId) : undefined;

  const changeStatus = async (status: AppointmentStatus | null) => {
    if (!appointment || !status || status === appointment.status) return;
    setSaving(true);
    setProblem(null);
    try {
      await onStatus(appointment.id, status);
    } catch (error) {
      setProblem(problemText(error, t.statusFailed));
    } finally {
      setSaving(false);
    }
  };

  const start = appointment ? DateTime.fromISO(appointment.start).setZone(zone) : null;
  const end = appointment ? DateTime.fromISO(appointment.end).setZone(zone) : null;

  return (
    <DetailsDrawer
      open={appointment !== null}
      label={t.details}
      title={<UserText>{appointment?.client?.name ?? t.noClient}</UserText>}
      onClose={onClose}
    >
      {appointment && start && end && (
        <>
          <Typography color="text.secondary" data-testid="drawer-when">
            {start.toFormat('ccc d LLL yyyy')} · {start.toFormat('HH:mm')}–{end.toFormat('HH:mm')}
            {member && (
              <>
                {' · '}
                <UserText>{member.name}</UserText>
              </>
            )}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={appointment.status}
            onChange={(_event, value: AppointmentStatus | null) => void changeStatus(value)}
            aria-label={t.status}
            disabled={saving || off}
            sx={{ my: 2, flexWrap: 'wrap' }}
          >
            {Statuses.options.map((status) => (
              <ToggleButton key={status} value={status}>
                {statusNames[status]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
            <Button variant="outlined" size="small" disabled={off} onClick={() => onEdit(appointment)}>
              {t.edit}
            </Button>
            {appointment.client && withClientCard && (
              <Button size="small" onClick={() => clientCard.open(appointment.client?.id ?? 0)}>
                {t.clientCard}
              </Button>
            )}
            <Button color="error" size="small" disabled={off} onClick={() => onCancel(appointment)}>
              {t.cancel}
            </Button>
            {moveVisit?.canMove(appointment) && (
              <Button size="small" disabled={off} onClick={() => moveVisit.open(appointment)}>
                {t.moveVisit}
              </Button>
            )}
          </Stack>
          {onRunningLate && appointment.activityId === null && (
            <Button size="small" sx={{ mb: 2 }} disabled={off} onClick={() => onRunningLate(appointment)}>
              {t.runningLate}
            </Button>
          )}
          {onRebook && canRebook(appointment) && (
            <Button size="small" sx={{ mb: 2 }} disabled={off} onClick={() => onRebook(appointment)}>
              {t.rebook}
            </Button>
          )}
          {readOnly && (
            <Typography variant="body2" color="warning.main" data-testid="drawer-read-only" sx={{ mb: 2 }}>
              {readOnly}
            </Typography>
          )}
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem}
            </Alert>
          )}
          <Table size="small">
            <TableBody>
              <Row label={t.phone}>{appointment.client?.phone || '—'}</Row>
              {appointment.client?.email && <Row label={t.email}>{appointment.client.email}</Row>}
              <Row label={t.technicalBreak}>
                {appointment.technicalBreakSeconds
                  ? t.minutes({ minutes: appointment.technicalBreakSeconds / 60 })
                  : t.none}
              </Row>
              <Row label={t.booked}>{appointment.online ? t.online : t.atDesk}</Row>
              <Row label={t.payment}>
                <span data-payment={paymentStateOf(appointment)}>{paymentText(appointment, currency)}</span>
              </Row>
              {appointment.requestedTeamMember && (
                <Row label={t.request}>
                  {member
                    ? textWith(t.askedFor, { name: <UserText>{member.name}</UserText> })
                    : t.askedForAny}
                </Row>
              )}
              {appointment.visitId !== null && (
                <Row label={t.visit}>
                  #{appointment.visitId}
                  <Button size="small" sx={{ ml: 1 }} onClick={() => setVisitOf(appointment.id)}>
                    {t.openVisit}
                  </Button>
                </Row>
              )}
              {shownValues(customFields.data ?? [], appointment.customFields).map((value) => (
                <Row key={value.code} label={value.title}>
                  {value.text}
                </Row>
              ))}
            </TableBody>
          </Table>
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="subtitle2" component="h3">
            {t.services}
          </Typography>
          <Table size="small" aria-label={t.services}>
            <TableBody>
              {appointment.services.map((service) => (
                <TableRow key={service.id}>
                  <TableCell sx={{ pl: 0 }}>{service.title}</TableCell>
                  <TableCell align="right">
                    {service.discountPercent > 0 && (
                      <Typography
                        component="span"
                        variant="caption"
                        sx={{ textDecoration: 'line-through', mr: 1 }}
                      >
                        {formatMoney(service.firstCost, currency)}
                      </Typography>
                    )}
                    {formatMoney(service.cost, currency)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell sx={{ pl: 0, fontWeight: 600 }}>{t.total}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {formatMoney(appointmentTotal(appointment), currency)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          {appointment.labels.length > 0 && (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', mt: 1.5 }} aria-label={t.labels}>
              {appointment.labels.map((label) => (
                <Chip
                  key={label.id}
                  size="small"
                  label={label.title}
                  sx={
                    label.colour ? { bgcolor: label.colour, color: labelTextColour(label.colour) } : undefined
                  }
                />
              ))}
            </Stack>
          )}
          {appointment.comment && (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {t.comment}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {appointment.comment}
              </Typography>
            </>
          )}
          {visitOf === appointment.id && appointment.visitId !== null && (
            <Suspense fallback={null}>
              <VisitDialog
                visitKey={{ locationId, visitId: appointment.visitId, appointmentId: appointment.id }}
                zone={zone}
                teamMembers={teamMembers}
                onClose={() => setVisitOf(null)}
              />
            </Suspense>
          )}
        </>
      )}
    </DetailsDrawer>
  );
}
