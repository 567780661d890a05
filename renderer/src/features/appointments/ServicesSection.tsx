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

  const performs = (service: Service) =>
    teamMemberId === 0 || service.teamMembers.some((link) => link.teamMemberId === teamMemberId);
  const options = [...services.filter(performs), ...services.filter((service) => !performs(service))];
  const problem = formState.errors.services?.message ?? formState.errors.services?.root?.message;

  return (
    <Box component="section" aria-label="Services">
      <Autocomplete
        options={options}
        value={null}
        inputValue={text}
        onInputChange={(_event, value, reason) => setText(reason === 'reset' ? '' : value)}
        getOptionLabel={(option) => option.title}
        groupBy={(option) => (performs(option) ? 'Services' : 'Not done by this team member')}
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
            label="Add a service"
            error={Boolean(problem)}
            helperText={problem ?? (fields.length ? ' ' : 'Pick one or more; the duration follows them')}
          />
        )}
      />
      {fields.length > 0 && (
        <Table size="small" aria-label="Chosen services">
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>Service</TableCell>
              <TableCell sx={{ width: 110 }}>Price</TableCell>
              <TableCell sx={{ width: 100 }}>Discount %</TableCell>
              <TableCell align="right" sx={{ width: 90 }}>
                Cost
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
                      ariaLabel={`Price of ${field.title}`}
                    />
                  </TableCell>
                  <TableCell>
                    <NumberField
                      name={`services.${index}.discountPercent`}
                      size="small"
                      min={0}
                      max={100}
                      ariaLabel={`Discount of ${field.title}`}
                    />
                  </TableCell>
                  <TableCell align="right" data-testid={`cost-${field.serviceId}`}>
                    {Number.isFinite(lineCost(line)) ? formatMoney(lineCost(line), currency) : '—'}
                  </TableCell>
                  <TableCell>
                    <IconButton
                      aria-label={`Remove ${field.title}`}
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
                Total
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
