import { describe, expect, it } from 'vitest';
import { detectFormat, parseTranscript } from '../../../core/transcript';
import { transcriptErrorOf } from './errorOf';

const errorOf = (source: string, fileName: string) => transcriptErrorOf(source, fileName);

const VTT = `WEBVTT - exported from Teams

NOTE this line is ignored

1
00:00:00.000 --> 00:00:04.500 align:start
<v Sam Rivera>Thanks for joining, Dana.</v>

2
00:00:04.500 --> 00:00:08.000
<v Sam Rivera>What made you <i>take</i> the call?

00:00:08.000 --> 00:00:15.250
<v.customer Dana>Our close takes <c.yellow>eight</c> days &amp; it hurts.

00:01:02.000 --> 00:01:05.000
Sam Rivera: What does that cost you?
`;

describe('WebVTT transcripts', () => {
  it('reads voice tags and Name: prefixes, strips markup, merges consecutive cues and keeps timings', () => {
    const t = parseTranscript(VTT, { rep: 'Sam Rivera' });
    expect(t.format).toBe('vtt');
    expect(t.turns.map(({ speaker, role, text, start, end }) => ({ speaker, role, text, start, end }))).toEqual([
      { speaker: 'Sam Rivera', role: 'rep', text: 'Thanks for joining, Dana. What made you take the call?', start: 0, end: 8 },
      { speaker: 'Dana', role: 'customer', text: 'Our close takes eight days & it hurts.', start: 8, end: 15.25 },
      { speaker: 'Sam Rivera', role: 'rep', text: 'What does that cost you?', start: 62, end: 65 },
    ]);
  });

  it('reads the rep from a "NOTE rep:" block', () => {
    const t = parseTranscript(`WEBVTT\n\nNOTE rep: Dana\n\n00:00.000 --> 00:02.000\n<v Sam>Hi.\n\n00:02.000 --> 00:03.000\n<v Dana>Hello.\n`);
    expect(t.rep).toBe('Dana');
    expect(t.repGuessed).toBe(false);
  });

  it('gives a cue without a speaker to the previous speaker', () => {
    const t = parseTranscript('WEBVTT\n\n00:00.000 --> 00:02.000\nSam: So tell me,\n\n00:02.000 --> 00:04.000\nhow does approval work?\n\n00:04.000 --> 00:05.000\nDana: Slowly.\n', { rep: 'Sam' });
    expect(t.turns[0]).toMatchObject({ speaker: 'Sam', text: 'So tell me, how does approval work?', start: 0, end: 4 });
  });

  it('skips cues that carry no words', () => {
    const t = parseTranscript('WEBVTT\n\n00:00.000 --> 00:01.000\n\n00:01.000 --> 00:02.000\n<i></i>\n\n00:02.000 --> 00:03.000\nSam: Hi.\n\n00:03.000 --> 00:04.000\nDana: Hello.\n', { rep: 'Sam' });
    expect(t.turns.map((x) => x.text)).toEqual(['Hi.', 'Hello.']);
  });

  it('names the line of a broken timing', () => {
    expect(errorOf('WEBVTT\n\n1\n00:00:01.000 --> soon\n<v Sam>Hi\n', 'call.vtt')).toBe(
      'call.vtt:4: malformed cue timing "00:00:01.000 --> soon": expected something like 00:00:01.000 --> 00:00:04.000',
    );
  });

  it('names the line of a cue that ends before it starts', () => {
    expect(errorOf('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v Sam>Hi\n', 'call.vtt')).toMatch(/^call\.vtt:3: cue ends .* before it starts/);
  });

  it('names the line of a cue without timing', () => {
    expect(errorOf('WEBVTT\n\n<v Sam>Hi\n<v Dana>Hello\n', 'call.vtt')).toMatch(/^call\.vtt:3: cue has no timing line/);
  });

  it('reports a .vtt file without its header as broken WebVTT, not prose', () => {
    expect(errorOf('00:00:00.000 --> 00:00:01.000\n<v Sam>Hi\n', 'call.vtt')).toBe('call.vtt:1: not a WebVTT file: the first line must be "WEBVTT"');
  });

  it('names the line of a first cue with no speaker', () => {
    expect(errorOf('WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n', 'call.vtt')).toMatch(/^call\.vtt:3: cue has no speaker/);
  });

  it('rejects a header-only file as having no turns', () => {
    expect(errorOf('WEBVTT\n', 'call.vtt')).toBe('call.vtt:1: no turns found: the file has no spoken words');
  });
});

const SRT = `1
00:00:00,000 --> 00:00:03,000
Sam: Hi Dana, how is the rollout going?

2
00:00:03,000 --> 00:00:09,500
Dana: Behind schedule.
The vendor keeps slipping.

3
00:00:09,500 --> 00:00:12,000
Dana: And the board noticed.

4
00:00:12,000 --> 00:00:14,000
Sam: What did they say?
`;

describe('SRT transcripts', () => {
  it('reads Name: prefixes, multi-line cues, merges consecutive cues and keeps timings', () => {
    const t = parseTranscript(SRT, { fileName: 'call.srt' });
    expect(t.format).toBe('srt');
    expect(t.turns.map(({ speaker, text, start, end }) => ({ speaker, text, start, end }))).toEqual([
      { speaker: 'Sam', text: 'Hi Dana, how is the rollout going?', start: 0, end: 3 },
      { speaker: 'Dana', text: 'Behind schedule. The vendor keeps slipping. And the board noticed.', start: 3, end: 12 },
      { speaker: 'Sam', text: 'What did they say?', start: 12, end: 14 },
    ]);
    expect(t.rep).toBe('Sam');
    expect(t.repGuessed).toBe(true);
  });

  it('names the line of a broken timing', () => {
    expect(errorOf('1\n00:00:00,000 --> 00:00:03,000\nSam: Hi\n\n2\n00:00:03 --> 00:00:05,000\nDana: Hello\n', 'call.srt')).toMatch(
      /^call\.srt:6: malformed cue timing "00:00:03 --> 00:00:05,000"/,
    );
  });

  it('names the line where a cue number is missing', () => {
    expect(errorOf('1\n00:00:00,000 --> 00:00:03,000\nSam: Hi\n\n00:00:03,000 --> 00:00:05,000\nDana: Hello\n', 'call.srt')).toBe(
      'call.srt:5: expected a cue number before the timing line (the cue number is missing)',
    );
  });

  it('names the line where the timing line should be', () => {
    expect(errorOf('1\nSam: Hi\n', 'call.srt')).toMatch(/^call\.srt:2: expected a timing line like 00:00:01,000 --> 00:00:04,000/);
  });

  it('rejects a single speaker, naming them', () => {
    expect(errorOf('1\n00:00:00,000 --> 00:00:03,000\nSam: Hi\n\n2\n00:00:03,000 --> 00:00:04,000\nSam: Hello?\n', 'call.srt')).toBe(
      'call.srt:2: only one speaker (Sam) found: a conversation needs a rep and a customer',
    );
  });
});

describe('format detection', () => {
  it('decides by content first and by extension when the content is ambiguous', () => {
    expect(detectFormat('WEBVTT\n\n', 'notes.txt')).toBe('vtt');
    expect(detectFormat('1\n00:00:00,000 --> 00:00:01,000\nSam: hi', 'x.txt')).toBe('srt');
    expect(detectFormat('{"format":"listenfirst.session"}', 'x')).toBe('session');
    expect(detectFormat('Sam: hi', 'call.SRT')).toBe('srt');
    expect(detectFormat('Sam: hi', 'call.md')).toBe('text');
  });
});
