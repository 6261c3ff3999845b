/**
 * Plain-text transcripts: one `Name: words` per turn; lines without a label continue the
 * previous turn; `#` lines are comments, and `# rep: NAME` names the rep.
 */
import { splitSpeakerLabel } from './speakerLabel';
import { TranscriptError, type ParsedTurns, type RawTurn } from './types';

const REP_COMMENT = /^#\s*rep\s*:\s*(.+?)\s*$/i;

export function parsePlainText(source: string): ParsedTurns {
  const lines = source.split(/\r\n|\r|\n/);
  const turns: RawTurn[] = [];
  let declaredRep: ParsedTurns['declaredRep'];
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') return;
    if (line.startsWith('#')) {
      const rep = REP_COMMENT.exec(line);
      if (rep?.[1]) declaredRep = { name: rep[1], line: lineNo };
      return;
    }
    const labelled = splitSpeakerLabel(line);
    if (labelled) {
      turns.push({ speaker: labelled.speaker, text: labelled.text, line: lineNo });
      return;
    }
    const previous = turns.at(-1);
    if (!previous) {
      throw new TranscriptError(`expected a turn like 'Name: words' but found "${clip(line)}" before any speaker`, lineNo);
    }
    previous.text = previous.text ? `${previous.text} ${line}` : line;
  });
  return { turns: turns.filter((t) => t.text !== ''), declaredRep };
}

/** Shortens quoted input in error messages so a giant line cannot flood the terminal. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
