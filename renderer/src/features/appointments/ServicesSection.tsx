import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { serviceDurationFor, type Service } from '../../../../shared/domain/service';
import { formatMoney, useCurrency } from '../../money';
import { formatMinutes } from './format';
import { lineCost, newServiceLine, totalCost, type AppointmentFormValues } from './formModel';
import { NumberField } from './NumberField';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('appointments/ServicesSection', {
  section: 'Services',
  services: 'Services',
  notDone: 'Not done by this team member',
  add: 'Add a service',
  pick: 'Pick one or more; the duration follows them',
  chosen: 'Chosen services',
  service: 'Service',
  price: 'Price',
  discount: 'Discount %',
  cost: 'Cost',
  priceOf: params('Price of {service}'),
  discountOf: params('Discount of {service}'),
  remove: params('Remove {service}'),
  total: 'Total',
});

interface ServicesSectionProps {
  services: readonly Service[];
  /** Recomputes the duration after the list changed. */
  onChange: () => void;
}

/** The services, each with its price, discount and final cost; the team member's own first. */
export function ServicesSection({ services, onChange }: ServicesSectionProps) {
  const { control, formState } = useFormContext<AppointmentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'services', keyName: 'key' });
  const lines = useWatch({ control, name: 'services' });
  const currency = useCurrency();
  const teamMemberId = useWatch({ control, name: 'teamMemberId' });
  const [text, setText] = useState('');
  const t = useMessages(messages);

  const performs = (service: Service) =>
    teamMemberId === 0 || service.teamMembers.some((link) => link.teamMemberId === teamMemberId);
  const options = [...services.filter(performs), ...services.filter((service) => !performs(service))];
  const problem = formState.errors.services?.message ?? formState.errors.services?.root?.message;

  return (
    <Box component="section" aria-label={t.section}>
      <Autocomplete
        options={options}
        value={null}
        inputValue={text}
        onInputChange={(_event, value, reason) => setText(reason === 'reset' ? '' : value)}
        getOptionLabel={(option) => option.title}
        groupBy={(option) => (performs(option) ? t.services : t.notDone)}
        onChange={(_event, service) => {
          if (!service) return;
          append(newServiceLine(service));
          setText('');
          onChange();
        }}
        renderOption={({ key, ...props }, option) => (
          <li key={key} {...props}>
            <Box sx={{ display: 'flex', width: '100%', gap: 1 }}>
              <Typography sx={{ flexGrow: 1 }}>{option.title}</Typography>
              <Typography variant="caption" color="text.secondary">
                {formatMinutes(Math.round(serviceDurationFor(option, teamMemberId) / 60))} ·{' '}
                {formatMoney(option.priceMin, currency)}
                {option.priceMax > option.priceMin ? `–${formatMoney(option.priceMax, currency)}` : ''}
              </Typography>
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t.add}
            error={Boolean(problem)}
            helperText={problem ?? (fields.length ? ' ' : t.pick)}
          />
        )}
      />
      {fields.length > 0 && (
        <Table size="small" aria-label={t.chosen}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>{t.service}</TableCell>
              <TableCell sx={{ width: 110 }}>{t.price}</TableCell>
              <TableCell sx={{ width: 100 }}>{t.discount}</TableCell>
              <TableCell align="right" sx={{ width: 90 }}>
                {t.cost}
              </TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((field, index) => {
              const line = lines[index] ?? field;
              return (
                <TableRow key={field.key}>
                  <TableCell sx={{ pl: 0 }}>{field.title}</TableCell>
                  <TableCell>
                    <NumberField
                      name={`services.${index}.firstCost`}
                      size="small"
                      min={0}
                      step={0.01}
                      ariaLabel={t.priceOf({ service: field.title })}
                    />
                  </TableCell>
                  <TableCell>
                    <NumberField
                      name={`services.${index}.discountPercent`}
                      size="small"
                      min={0}
                      max={100}
                      ariaLabel={t.discountOf({ service: field.title })}
                    />
                  </TableCell>
                  <TableCell align="right" data-testid={`cost-${field.serviceId}`}>
                    {Number.isFinite(lineCost(line)) ? formatMoney(lineCost(line), currency) : '—'}
                  </TableCell>
                  <TableCell>
                    <IconButton
                      aria-label={t.remove({ service: field.title })}
                      size="small"
                      onClick={() => {
                        remove(index);
                        onChange();
                      }}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
            <TableRow>
              <TableCell sx={{ pl: 0, fontWeight: 600 }} colSpan={3}>
                {t.total}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="services-total">
                {Number.isFinite(totalCost(lines)) ? formatMoney(totalCost(lines), currency) : '—'}
              </TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
