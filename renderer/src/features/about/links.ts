/** Where the About dialog points; each opens in the system browser. */
export const links = {
  home: 'https://frontdesk.app',
  source: 'https://frontdesk.app/source',
  licence: 'https://www.gnu.org/licenses/gpl-3.0.html',
  altegioDocs: 'https://developer.alteg.io/',
  download: 'https://frontdesk.app/download',
} as const;
