/**
 * Recognises a `Name: words` speaker prefix. Shared by the plain-text, VTT and SRT parsers.
 */

/** A speaker label: 1–4 words, up to 40 characters, then a colon and a space (or end of line). */
const LABEL = /^([\p{L}\p{N}(][\p{L}\p{N} .'’()&_-]{0,39}?)\s*:(?:\s+([\s\S]*)|\s*$)/u;

/**
 * Splits `Name: words` into its parts, or returns undefined when the line is not labelled.
 * Multi-word labels must be capitalised ("Dana Ortiz:"), so prose such as
 * "the thing is: we..." stays part of the previous turn; "10:30" and URLs never match
 * because a label needs a space after its colon.
 */
export function splitSpeakerLabel(line: string): { speaker: string; text: string } | undefined {
  const match = LABEL.exec(line.trim());
  if (!match) return undefined;
  const speaker = (match[1] ?? '').trim();
  const words = speaker.split(/\s+/);
  if (words.length > 4) return undefined;
  // Capitalised, or from a script without case (Arabic, Chinese…), where capitals cannot help.
  if (words.length > 1 && !words.every((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}(&]/u.test(w))) return undefined;
  return { speaker, text: (match[2] ?? '').trim() };
}

/** Two spellings of a name refer to the same speaker when they match ignoring case and spacing. */
export function sameSpeaker(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}

export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
