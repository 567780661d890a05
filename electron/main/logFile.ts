import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One runaway detail cannot fill a file. */
const MAX_LINE = 8_000;

export interface LogFileOptions {
  dir: string;
  name?: string;
  /** The current file is rotated before it would grow past this. */
  maxBytes?: number;
  /** Rotated files kept beside the current one (name.1.log is the newest); older ones are deleted. */
  keep?: number;
}

/**
 * A size-capped, rotating log file: at most (keep + 1) × maxBytes on disk. Lines are appended
 * synchronously, so that the last lines before a crash are not lost in a buffer.
 */
export function createLogFile({ dir, name = 'frontdesk', maxBytes = 1_000_000, keep = 3 }: LogFileOptions) {
  mkdirSync(dir, { recursive: true });
  const path = (index: number) => join(dir, index === 0 ? `${name}.log` : `${name}.${index}.log`);
  let size = existsSync(path(0)) ? statSync(path(0)).size : 0;

  const rotate = () => {
    rmSync(path(keep), { force: true });
    for (let index = keep - 1; index >= 0; index--) {
      if (existsSync(path(index))) renameSync(path(index), path(index + 1));
    }
    size = 0;
  };

  return {
    path: path(0),
    write(line: string): void {
      const text = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
      const bytes = Buffer.byteLength(text) + 1;
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(path(0), text + '\n');
      size += bytes;
    },
  };
}
