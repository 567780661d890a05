import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Location } from '../../../../shared/domain/location';
import { forgetCustomFieldValues, relabelAppointments } from '../appointments';
import { BreaksSettings } from '../breaks';
import { CustomFieldsSettings } from '../customFields';
import { LabelsSettings } from '../labels';
import { DeskSettings } from '../preferences';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('settings/SettingsPage', {
  title: 'Settings',
  desk: 'This desk',
  customFields: 'Custom fields',
  labels: 'Labels',
  breaks: 'Technical breaks',
});

interface SettingsPanel {
  id: 'desk' | 'customFields' | 'labels' | 'breaks';
  render: (location: Location) => ReactNode;
}

/** Custom fields, wired to the loaded appointments so a deleted field's values leave them at once. */
function CustomFieldsPanel({ location }: { location: Location }) {
  const queryClient = useQueryClient();
  return (
    <CustomFieldsSettings
      location={location}
      onFieldDeleted={(field) => {
        if (field.category === 'record') forgetCustomFieldValues(queryClient, location.id, field.code);
      }}
    />
  );
}

/** Labels, wired to the loaded appointments so their cards follow a label edit at once. */
function LabelsPanel({ location }: { location: Location }) {
  const queryClient = useQueryClient();
  return (
    <LabelsSettings
      location={location}
      onLabelChange={(change) => relabelAppointments(queryClient, location.id, change)}
    />
  );
}

/** The panels of Settings, one per feature a manager configures, in the order the tabs show them. */
const panels: readonly SettingsPanel[] = [
  { id: 'desk', render: () => <DeskSettings /> },
  { id: 'customFields', render: (location) => <CustomFieldsPanel location={location} /> },
  { id: 'labels', render: (location) => <LabelsPanel location={location} /> },
  { id: 'breaks', render: (location) => <BreaksSettings location={location} /> },
];

export function SettingsPage({ location }: { location: Location }) {
  const t = useMessages(messages);
  const [shown, setShown] = useState<string>(panels[0]?.id ?? '');
  const panel = panels.find((item) => item.id === shown) ?? panels[0];
  return (
    <Stack sx={{ p: 3, gap: 2, minHeight: 0, overflow: 'auto', flexGrow: 1 }}>
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Tabs
        value={panel?.id ?? false}
        onChange={(_event, id: string) => setShown(id)}
        aria-label={t.title}
        variant="scrollable"
      >
        {panels.map((item) => (
          <Tab
            key={item.id}
            value={item.id}
            label={t[item.id]}
            id={`settings-tab-${item.id}`}
            aria-controls={`settings-panel-${item.id}`}
          />
        ))}
      </Tabs>
      {panel && (
        <Box
          role="tabpanel"
          id={`settings-panel-${panel.id}`}
          aria-labelledby={`settings-tab-${panel.id}`}
          sx={{ maxWidth: 1000 }}
        >
          {panel.render(location)}
        </Box>
      )}
    </Stack>
  );
}
