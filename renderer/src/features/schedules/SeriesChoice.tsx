import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { UserText } from '../../components/UserText';
import type { ScheduleOverview } from '../../../../shared/domain/schedule';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, params, useMessages } from '../../i18n';
import { enrolledIn, lengthText, seriesInWeekOrder, seriesName } from './model';

const messages = i18n('schedules/SeriesChoice', {
  series: 'Series',
  aTeamMember: 'a team member',
  enrolled: params('{enrolled}/{capacity} enrolled'),
  places: params('{capacity} places'),
});

interface SeriesChoiceProps {
  overview: ScheduleOverview;
  team: readonly TeamMember[];
  value: readonly number[];
  onChange: (dayIds: number[]) => void;
  error?: string;
  disabled?: boolean;
}

/** The schedule's series to tick, each with who leads it and how many places are taken. */
export function SeriesChoice({ overview, team, value, onChange, error, disabled }: SeriesChoiceProps) {
  const t = useMessages(messages);
  const toggle = (dayId: number, on: boolean) =>
    onChange(on ? [...value, dayId] : value.filter((id) => id !== dayId));
  return (
    <FormControl component="fieldset" error={Boolean(error)} disabled={disabled}>
      <FormLabel component="legend">{t.series}</FormLabel>
      <FormGroup>
        {seriesInWeekOrder(overview.schedule.days).map((day) => {
          const member = team.find((m) => m.id === day.teamMemberId)?.name ?? t.aTeamMember;
          const enrolled = enrolledIn(overview, day.id);
          return (
            <FormControlLabel
              key={day.id}
              control={
                <Checkbox
                  checked={value.includes(day.id)}
                  onChange={(event) => toggle(day.id, event.target.checked)}
                />
              }
              label={
                <>
                  {seriesName(day)} · {lengthText(day.durationSeconds)} · <UserText>{member}</UserText> ·{' '}
                  {overview.enrolmentsListed
                    ? t.enrolled({ enrolled, capacity: day.capacity })
                    : t.places({ capacity: day.capacity })}
                </>
              }
            />
          );
        })}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
