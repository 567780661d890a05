import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import type { Label } from '../../../../shared/domain/label';
import { LabelChip } from './LabelChip';
import { i18n, params, useMessages } from '../../i18n';
import { labelIcon } from './labelIcons';

const messages = i18n('labels/LabelsTable', {
  altegioOwn: 'Altegio’s own label: it cannot be changed or deleted.',
  edit: 'Edit',
  delete: 'Delete',
  editNamed: params('Edit {title}'),
  deleteNamed: params('Delete {title}'),
  onCalendar: 'On the calendar',
  title: 'Title',
  colour: 'Colour',
  icon: 'Icon',
  common: 'Common to appointments and clients',
  actions: 'Actions',
  yes: 'Yes',
  no: 'No',
});

interface LabelsTableProps {
  caption: string;
  labels: readonly Label[];
  onEdit: (label: Label) => void;
  onDelete: (label: Label) => void;
}

function IconCell({ icon }: { icon: string }) {
  const { name, Icon } = labelIcon(icon);
  if (!icon) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <Icon fontSize="small" aria-hidden />
      <span>{name}</span>
    </Stack>
  );
}

function Actions({
  label,
  onEdit,
  onDelete,
}: { label: Label } & Pick<LabelsTableProps, 'onEdit' | 'onDelete'>) {
  const t = useMessages(messages);
  if (!label.editable)
    return (
      <Typography variant="caption" color="text.secondary">
        {t.altegioOwn}
      </Typography>
    );
  return (
    <>
      <Tooltip title={t.edit}>
        <IconButton aria-label={t.editNamed({ title: label.title })} onClick={() => onEdit(label)}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={t.delete}>
        <IconButton aria-label={t.deleteNamed({ title: label.title })} onClick={() => onDelete(label)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </>
  );
}

/** The labels of one kind: how each looks on the calendar, its colour, icon and reach. */
export function LabelsTable({ caption, labels, onEdit, onDelete }: LabelsTableProps) {
  const t = useMessages(messages);
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell>{t.onCalendar}</TableCell>
          <TableCell>{t.title}</TableCell>
          <TableCell>{t.colour}</TableCell>
          <TableCell>{t.icon}</TableCell>
          <TableCell>{t.common}</TableCell>
          <TableCell align="right">{t.actions}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {labels.map((label) => (
          <TableRow key={label.id} data-label-id={label.id}>
            <TableCell>
              <LabelChip label={label} />
            </TableCell>
            <TableCell component="th" scope="row">
              {label.title}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                <Box
                  aria-hidden
                  sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: label.colour, flexShrink: 0 }}
                />
                <code>{label.colour}</code>
              </Stack>
            </TableCell>
            <TableCell>
              <IconCell icon={label.icon} />
            </TableCell>
            <TableCell>{label.entity === 'common' ? t.yes : t.no}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Actions label={label} onEdit={onEdit} onDelete={onDelete} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
