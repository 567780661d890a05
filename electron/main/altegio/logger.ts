/** What the API client logs through: main injects its redacting logger; tests may pass nothing. */
export interface AltegioLogger {
  debug(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
}
