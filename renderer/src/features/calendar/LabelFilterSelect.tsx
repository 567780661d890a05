import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import ClearIcon from '@mui/icons-material/Clear';
import { IsolatedText } from '../../components/IsolatedText';
import type { Label } from '../../../../shared/domain/label';
import { LabelChip } from '../labels';
import { i18n, useMessages } from '../../i18n';
import { labelsShownText, toolbarText } from './toolbarText';

const messages = i18n('calendar/LabelFilterSelect', {
  labelsShown: 'Labels shown',
  showAll: 'Show every appointment',
  clear: 'Clear the label filter',
});

/** The menu's "All appointments" entry: choosing it clears the filter. */
const ALL = -1;

interface LabelFilterSelectProps {
  labels: readonly Label[];
  /** The labels the calendar is filtered by; none = every appointment. */
  chosen: readonly number[];
  onChange: (ids: number[]) => void;
}

/** "Labels shown": the calendar draws only appointments carrying one of the chosen labels. */
export function LabelFilterSelect({ labels, chosen, onChange }: LabelFilterSelectProps) {
  const t = useMessages(messages);
  const words = useMessages(toolbarText);
  return (
    <Stack direction="row" sx={{ alignItems: 'center' }}>
      <Select
        size="small"
        multiple
        displayEmpty
        value={[...chosen]}
        onChange={(event) => {
          const value = event.target.value;
          const ids = (typeof value === 'string' ? value.split(',') : value).map(Number);
          onChange(ids.includes(ALL) ? [] : ids);
        }}
        renderValue={(ids) => <IsolatedText text={labelsShownText(labels, ids)} />}
        inputProps={{ 'aria-label': t.labelsShown }}
        sx={{ minWidth: 170, maxWidth: 260 }}
      >
        <MenuItem value={ALL}>
          <Checkbox size="small" checked={chosen.length === 0} />
          <ListItemText primary={words.allAppointments} />
        </MenuItem>
        {labels.map((label) => (
          <MenuItem key={label.id} value={label.id}>
            <Checkbox size="small" checked={chosen.includes(label.id)} />
            <LabelChip label={label} />
          </MenuItem>
        ))}
      </Select>
      {chosen.length > 0 && (
        <Tooltip title={t.showAll}>
          <IconButton size="small" aria-label={t.clear} onClick={() => onChange([])}>
            <ClearIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Stack>
  );
}
