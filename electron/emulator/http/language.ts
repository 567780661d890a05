/**
 * The language of the emulator's own messages. Altegio words `meta.message` and field errors by the
 * request's Accept-Language (*inferred*: the reference does not list its translations); the emulator
 * knows Spanish for a few messages and keeps English for the rest, and for any other language.
 */

export type MessageLanguage = 'en' | 'es';

/** The language Accept-Language prefers among the ones the emulator has (`es, en;q=0.8` → 'es'). */
export function messageLanguage(header: string | null | undefined): MessageLanguage {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/i.exec(param)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => (entry.base === 'es' || entry.base === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.base === 'es' ? 'es' : 'en';
}

const SPANISH: Readonly<Record<string, string>> = {
  'An error has occurred.': 'Se ha producido un error.',
  'Authentication needed.': 'Se necesita autenticación.',
  'Access denied.': 'Acceso denegado.',
  'Not enough rights': 'No tiene permisos suficientes',
  'Not found': 'No encontrado',
  'Location not found.': 'Centro no encontrado.',
  'Team Member not found.': 'Profesional no encontrado.',
  'Receipt not found': 'Recibo no encontrado',
  'Too many requests': 'Demasiadas solicitudes',
  'Online booking is disabled for this location': 'La reserva online está desactivada en este centro',
  'A client with this phone already exists': 'Ya existe un cliente con este teléfono',
  'The code has already been taken.': 'El código ya está en uso.',
  'phone must contain 9 to 15 digits': 'el teléfono debe tener entre 9 y 15 dígitos',
  'The email must be a valid email address.': 'El correo electrónico debe ser una dirección válida.',
  'Unknown client.': 'Cliente desconocido.',
  'Unknown service.': 'Servicio desconocido.',
  'Unknown team member.': 'Profesional desconocido.',
};

/** "The name field is required." and its siblings: the field keeps its wire name. */
const REQUIRED = /^The (\w+) field is required\.$/;

/** A message of the emulator's in `language`; one it has no translation for stays in English. */
export function localise(message: string, language: MessageLanguage): string {
  if (language === 'en') return message;
  const known = SPANISH[message];
  if (known) return known;
  const required = REQUIRED.exec(message);
  return required ? `El campo ${required[1]} es obligatorio.` : message;
}
