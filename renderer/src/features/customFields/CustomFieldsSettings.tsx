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
import { categoryNames, typeNames } from './model';

const yes = (value: boolean, what: string) =>
  value ? <CheckIcon fontSize="small" aria-label={what} /> : <span aria-label={`not ${what}`}>—</span>;

function FieldsTable(props: {
  fields: readonly CustomField[];
  onEdit: (field: CustomField) => void;
  onDelete: (field: CustomField) => void;
}) {
  return (
    <Table size="small" aria-label="Custom fields">
      <TableHead>
        <TableRow>
          <TableCell>Title</TableCell>
          <TableCell>Code</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>Shown in the app</TableCell>
          <TableCell>Editable by staff</TableCell>
          <TableCell>Values</TableCell>
          <TableCell align="right">
            <ScreenReaderOnly>Actions</ScreenReaderOnly>
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
            <TableCell>{yes(field.showInUi, 'shown')}</TableCell>
            <TableCell>{yes(field.userCanEdit, 'editable')}</TableCell>
            <TableCell>
              <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                {field.values.map((value) => (
                  <Chip key={value} size="small" label={value} />
                ))}
              </Stack>
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Tooltip title="Edit">
                <IconButton aria-label={`Edit ${field.title}`} onClick={() => props.onEdit(field)}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title="Delete">
                <IconButton aria-label={`Delete ${field.title}`} onClick={() => props.onDelete(field)}>
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
  const names = categoryNames[category];
  const list = fields.data ?? [];

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Extra information Altegio keeps on each appointment or client. Appointment fields are filled in the
        appointment dialog; client fields on the client.
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Tabs
          value={category}
          onChange={(_event, next: CustomFieldCategory) => setCategory(next)}
          aria-label="Custom fields of"
        >
          <Tab value="record" label="Appointments" />
          <Tab value="client" label="Clients" />
        </Tabs>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          sx={{ ml: 'auto' }}
          disabled={!fields.isSuccess}
          onClick={() => setDialog({ editing: null })}
        >
          New field
        </Button>
      </Stack>
      {fields.isFetching && <LinearProgress aria-label="Loading custom fields" />}
      {fields.error && (
        <LoadProblem
          error={fields.error}
          fallback="The custom fields could not be loaded."
          onRetry={() => void fields.refetch()}
        />
      )}
      {fields.isSuccess &&
        (list.length > 0 ? (
          <FieldsTable
            fields={list}
            onEdit={(field) => setDialog({ editing: field })}
            onDelete={setDeleting}
          />
        ) : (
          <EmptyState
            title={`No ${names.one} fields yet`}
            description={`Add one to keep extra information on every ${names.one}.`}
          />
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
