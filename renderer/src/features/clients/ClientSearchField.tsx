import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContactPageOutlinedIcon from '@mui/icons-material/ContactPageOutlined';
import type { ClientSearchHit } from '../../../../shared/domain/client';
import { i18n, params, useMessages } from '../../i18n';
import { useDebounced } from '../../useDebounced';
import { useClientSearch } from './api';
import { useClientCard } from './ClientCardProvider';
import { visitsText } from './format';

const MIN_SEARCH_LENGTH = 2;

const messages = i18n('clients/ClientSearchField', {
  typeToSearch: 'Type a name or phone',
  noneFound: 'No client found',
  noName: 'No name',
  cardOf: params('Client card of {name}'),
  card: 'Client card',
  client: 'Client',
  placeholder: 'Name or phone',
});

interface ClientSearchFieldProps {
  locationId: number;
  picked: ClientSearchHit | null;
  onPick: (hit: ClientSearchHit | null) => void;
  /** What is typed: kept by the caller, so "New client" can start from it. */
  text: string;
  onTextChange: (text: string) => void;
  error?: string;
  /** Shown under a picked client in place of its phone and visits. */
  helperText?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** Type-ahead over the location's clients by name or phone, each with its phone and visit count. */
export function ClientSearchField(props: ClientSearchFieldProps) {
  const { picked, text } = props;
  const query = useDebounced(text.trim());
  const search = useClientSearch(props.locationId, query);
  const clientCard = useClientCard();
  const t = useMessages(messages);
  const pickedLine = picked
    ? [picked.phone, visitsText(picked.visitsCount)].filter(Boolean).join(' · ')
    : ' ';
  return (
    <Autocomplete
      fullWidth
      disabled={props.disabled}
      options={search.data ?? []}
      value={picked}
      inputValue={picked ? picked.name : text}
      filterOptions={(options) => options}
      getOptionLabel={(option) => option.name || option.phone}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      loading={search.isFetching}
      noOptionsText={query.length < MIN_SEARCH_LENGTH ? t.typeToSearch : t.noneFound}
      onInputChange={(_event, value, reason) => {
        if (reason === 'input' || reason === 'clear') props.onTextChange(value);
      }}
      onChange={(_event, hit) => {
        props.onTextChange('');
        props.onPick(hit);
      }}
      renderOption={({ key, ...optionProps }, option) => (
        <li key={key} {...optionProps}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography>{option.name || t.noName}</Typography>
            <Typography variant="caption" color="text.secondary">
              {[option.phone, visitsText(option.visitsCount)].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          {clientCard.available && (
            <IconButton
              size="small"
              aria-label={t.cardOf({ name: option.name || option.phone })}
              title={t.card}
              // The option picks the client on click; the card opens instead, leaving the search as it is
              // (and the input keeps the focus until the card takes it, so the list stays open meanwhile).
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => {
                event.stopPropagation();
                clientCard.open(option.id, { canBook: false });
              }}
            >
              <ContactPageOutlinedIcon fontSize="small" />
            </IconButton>
          )}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t.client}
          placeholder={t.placeholder}
          autoFocus={props.autoFocus}
          error={Boolean(props.error)}
          helperText={props.error ?? props.helperText ?? pickedLine}
        />
      )}
    />
  );
}
