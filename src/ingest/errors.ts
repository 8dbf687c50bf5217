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
