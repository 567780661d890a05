import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { CustomField, CustomFieldCategory } from '../../../../shared/domain/customField';
import type { Location } from '../../../../shared/domain/location';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { useCustomFields } from './api';
import { CustomFieldDialog } from './CustomFieldDialog';
import { DeleteCustomFieldDialog } from './DeleteCustomFieldDialog';
import { i18n, params, useMessages } from '../../i18n';
import { typeNames } from './model';

const messages = i18n('customFields/CustomFieldsSettings', {
  shown: 'shown',
  notShown: 'not shown',
  editable: 'editable',
  notEditable: 'not editable',
  table: 'Custom fields',
  title: 'Title',
  code: 'Code',
  type: 'Type',
  shownInApp: 'Shown in the app',
  editableByStaff: 'Editable by staff',
  values: 'Values',
  actions: 'Actions',
  edit: 'Edit',
  delete: 'Delete',
  editNamed: params('Edit {title}'),
  deleteNamed: params('Delete {title}'),
  intro:
    'Extra information Altegio keeps on each appointment or client. Appointment fields are filled in the appointment dialog; client fields on the client.',
  fieldsOf: 'Custom fields of',
  appointments: 'Appointments',
  clients: 'Clients',
  newField: 'New field',
  loading: 'Loading custom fields',
  notLoaded: 'The custom fields could not be loaded.',
  recordNone: 'No appointment fields yet',
  recordNoneHint: 'Add one to keep extra information on every appointment.',
  clientNone: 'No client fields yet',
  clientNoneHint: 'Add one to keep extra information on every client.',
});

const yes = (value: boolean, what: string, not: string) =>
  value ? <CheckIcon fontSize="small" aria-label={what} /> : <span aria-label={not}>—</span>;

function FieldsTable(props: {
  fields: readonly CustomField[];
  onEdit: (field: CustomField) => void;
  onDelete: (field: CustomField) => void;
}) {
  const t = useMessages(messages);
  return (
    <Table size="small" aria-label={t.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t.title}</TableCell>
          <TableCell>{t.code}</TableCell>
          <TableCell>{t.type}</TableCell>
          <TableCell>{t.shownInApp}</TableCell>
          <TableCell>{t.editableByStaff}</TableCell>
          <TableCell>{t.values}</TableCell>
          <TableCell align="right">
            <ScreenReaderOnly>{t.actions}</ScreenReaderOnly>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.fields.map((field) => (
          <TableRow key={field.id} data-field-code={field.code}>
            <TableCell component="th" scope="row">
              {field.title}
            </TableCell>
            <TableCell>
              <code>{field.code}</code>
            </TableCell>
            <TableCell>{typeNames[field.type]}</TableCell>
            <TableCell>{yes(field.showInUi, t.shown, t.notShown)}</TableCell>
            <TableCell>{yes(field.userCanEdit, t.editable, t.notEditable)}</TableCell>
            <TableCell>
              <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                {field.values.map((value) => (
                  <Chip key={value} size="small" label={value} />
                ))}
              </Stack>
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Tooltip title={t.edit}>
                <IconButton
                  aria-label={t.editNamed({ title: field.title })}
                  onClick={() => props.onEdit(field)}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title={t.delete}>
                <IconButton
                  aria-label={t.deleteNamed({ title: field.title })}
                  onClick={() => props.onDelete(field)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The location's custom fields of appointments and of clients, to add, change and delete. A deleted
 * field's values are gone from Altegio, so `onFieldDeleted` tells whoever holds appointments or clients.
 */
export function CustomFieldsSettings({
  location,
  onFieldDeleted,
}: {
  location: Location;
  onFieldDeleted: (field: CustomField) => void;
}) {
  const [category, setCategory] = useState<CustomFieldCategory>('record');
  const [dialog, setDialog] = useState<{ editing: CustomField | null } | null>(null);
  const [deleting, setDeleting] = useState<CustomField | null>(null);
  const fields = useCustomFields(location.id, category, { afresh: true });
  const t = useMessages(messages);
  const list = fields.data ?? [];

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Tabs
          value={category}
          onChange={(_event, next: CustomFieldCategory) => setCategory(next)}
          aria-label={t.fieldsOf}
        >
          <Tab value="record" label={t.appointments} />
          <Tab value="client" label={t.clients} />
        </Tabs>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          sx={{ ml: 'auto' }}
          disabled={!fields.isSuccess}
          onClick={() => setDialog({ editing: null })}
        >
          {t.newField}
        </Button>
      </Stack>
      {fields.isFetching && <LinearProgress aria-label={t.loading} />}
      {fields.error && (
        <LoadProblem error={fields.error} fallback={t.notLoaded} onRetry={() => void fields.refetch()} />
      )}
      {fields.isSuccess &&
        (list.length > 0 ? (
          <FieldsTable
            fields={list}
            onEdit={(field) => setDialog({ editing: field })}
            onDelete={setDeleting}
          />
        ) : (
          <EmptyState title={t[`${category}None`]} description={t[`${category}NoneHint`]} />
        ))}
      {dialog && (
        <CustomFieldDialog
          locationId={location.id}
          category={category}
          editing={dialog.editing}
          fields={list}
          onClose={() => setDialog(null)}
        />
      )}
      {deleting && (
        <DeleteCustomFieldDialog
          locationId={location.id}
          field={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(field) => {
            onFieldDeleted(field);
            setDeleting(null);
          }}
        />
      )}
    </Stack>
  );
}
