/** Why a source could not be ingested. The message names the file and the reason. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'the file does not exist (or disappeared while reading)',
  EACCES: 'the file cannot be read (permission denied)',
  EISDIR: 'it is a folder, not a file',
};

/** A short reason for a failure, for the lists of failed files that users read. */
export function reasonOf(error: unknown): string {
  if (error instanceof IngestError) return error.reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FILE_ERRORS[code]) return FILE_ERRORS[code];
  return error instanceof Error ? error.message : String(error);
}
