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
  const words = targetWords[target];
  const list = labels.data ?? [];

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Labels mark appointments and clients in Altegio; the calendar shows an appointment’s labels on its
        card. Common labels fit both.
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Tabs value={target} onChange={(_event, next: LabelTarget) => setTarget(next)} aria-label="Labels of">
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
          New label
        </Button>
      </Stack>
      <Stack spacing={2} role="tabpanel" id="labels-panel" aria-labelledby={`labels-tab-${target}`}>
        {labels.isFetching && <LinearProgress aria-label="Loading labels" />}
        {labels.error && (
          <LoadProblem
            error={labels.error}
            fallback="The labels could not be loaded."
            onRetry={() => void labels.refetch()}
          />
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
            <EmptyState
              title={`No ${words.one} labels yet`}
              description={`Make one to mark ${words.one}s at a glance.`}
            />
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
            setNotice({ severity: 'success', message: `The label “${isolate(saved.title)}” is saved.` });
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
            setNotice({ severity: 'success', message: `The label “${isolate(deleted.title)}” is deleted.` });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
