import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { i18n, useMessages } from '../../i18n';
import { iconChoices, labelIcon } from './labelIcons';

const messages = i18n('labels/LabelIconField', {
  icon: 'Icon',
  help: 'Altegio shows it beside the label in its own apps.',
});

interface LabelIconFieldProps {
  value: string;
  onChange: (icon: string) => void;
  error: string | undefined;
}

function IconName({ icon }: { icon: string }) {
  const { name, Icon } = labelIcon(icon);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Icon fontSize="small" aria-hidden />
      <span>{name}</span>
    </Stack>
  );
}

/** Altegio's icon names, each shown with its picture. */
export function LabelIconField({ value, onChange, error }: LabelIconFieldProps) {
  const t = useMessages(messages);
  return (
    <TextField
      select
      label={t.icon}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? t.help}
      sx={{ maxWidth: 260 }}
      slotProps={{
        // "" (no icon) is a choice like any other, so the field always shows what is chosen.
        select: { displayEmpty: true, renderValue: (icon) => <IconName icon={String(icon)} /> },
        inputLabel: { shrink: true },
      }}
    >
      {iconChoices(value).map((icon) => {
        const { name, Icon } = labelIcon(icon);
        return (
          <MenuItem key={icon || 'none'} value={icon}>
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={name} />
          </MenuItem>
        );
      })}
    </TextField>
  );
}
