import { formatTranscriptError, parseTranscript, TranscriptError, type ParseTranscriptOptions } from '../../../core/transcript';

/** Parses and returns the error as the CLI prints it (`file:line: message`); fails if nothing was thrown. */
export function transcriptErrorOf(source: string, fileName: string, options: ParseTranscriptOptions = {}): string {
  try {
    parseTranscript(source, { fileName, ...options });
  } catch (error) {
    if (error instanceof TranscriptError) return formatTranscriptError(fileName, error);
    throw error;
  }
  throw new Error('expected a TranscriptError');
}
