import { useState } from 'react';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { LabelTarget } from '../../../../shared/contract/labels';
import type { Label, LabelChange } from '../../../../shared/domain/label';
import type { Location } from '../../../../shared/domain/location';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { NoticeBar, type Notice } from '../../components/NoticeBar';
import { useLabels } from './api';
import { DeleteLabelDialog } from './DeleteLabelDialog';
import { LabelDialog } from './LabelDialog';
import { LabelsTable } from './LabelsTable';
import { labelRefOf } from './model';
import { targetWords } from './targetWords';
import { isolate } from '../../components/isolate';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('labels/LabelsSettings', {
  intro:
    'Labels mark appointments and clients in Altegio; the calendar shows an appointment’s labels on its card. Common labels fit both.',
  labelsOf: 'Labels of',
  newLabel: 'New label',
  loading: 'Loading labels',
  notLoaded: 'The labels could not be loaded.',
  saved: params('The label “{title}” is saved.'),
  deleted: params('The label “{title}” is deleted.'),
});

/**
 * The location's appointment and client labels, to add, change and delete. Altegio does not count a
 * label edit as a change of the appointments carrying it, so `onLabelChange` tells whoever holds them.
 */
export function LabelsSettings({
  location,
  onLabelChange,
}: {
  location: Location;
  onLabelChange: (change: LabelChange) => void;
}) {
  const [target, setTarget] = useState<LabelTarget>('appointment');
  const [dialog, setDialog] = useState<{ editing: Label | null } | null>(null);
  const [deleting, setDeleting] = useState<Label | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const labels = useLabels(location.id, target, { afresh: true });
  const t = useMessages(messages);
  const words = targetWords[target];
  const list = labels.data ?? [];

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Tabs
          value={target}
          onChange={(_event, next: LabelTarget) => setTarget(next)}
          aria-label={t.labelsOf}
        >
          {LabelTarget.options.map((kind) => (
            <Tab
              key={kind}
              value={kind}
              label={targetWords[kind].tab}
              id={`labels-tab-${kind}`}
              aria-controls="labels-panel"
            />
          ))}
        </Tabs>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          sx={{ ml: 'auto' }}
          disabled={!labels.isSuccess}
          onClick={() => setDialog({ editing: null })}
        >
          {t.newLabel}
        </Button>
      </Stack>
      <Stack spacing={2} role="tabpanel" id="labels-panel" aria-labelledby={`labels-tab-${target}`}>
        {labels.isFetching && <LinearProgress aria-label={t.loading} />}
        {labels.error && (
          <LoadProblem error={labels.error} fallback={t.notLoaded} onRetry={() => void labels.refetch()} />
        )}
        {labels.isSuccess &&
          (list.length > 0 ? (
            <LabelsTable
              caption={words.tab}
              labels={list}
              onEdit={(label) => setDialog({ editing: label })}
              onDelete={setDeleting}
            />
          ) : (
            <EmptyState title={words.none} description={words.noneHint} />
          ))}
      </Stack>
      {dialog && (
        <LabelDialog
          locationId={location.id}
          target={target}
          label={dialog.editing}
          known={list}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            onLabelChange({ kind: 'changed', label: labelRefOf(saved) });
            setDialog(null);
            setNotice({ severity: 'success', message: t.saved({ title: isolate(saved.title) }) });
          }}
        />
      )}
      {deleting && (
        <DeleteLabelDialog
          locationId={location.id}
          label={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(deleted) => {
            onLabelChange({ kind: 'removed', id: deleted.id });
            setDeleting(null);
            setNotice({ severity: 'success', message: t.deleted({ title: isolate(deleted.title) }) });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
