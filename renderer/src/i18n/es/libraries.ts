import fullCalendar from '@fullcalendar/core/locales/es';
import { esES as mui } from '@mui/material/locale';
import { esES as pickers } from '@mui/x-date-pickers/locales';
import type { LibraryLocales } from '../libraryLocales';

/** The libraries' own Spanish: MUI's components, the date pickers, and FullCalendar. */
export const libraries: LibraryLocales = {
  mui,
  pickersLocaleText: pickers.components.MuiLocalizationProvider.defaultProps.localeText,
  fullCalendar,
};
