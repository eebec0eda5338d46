// Custom music render requests for the tests: the smallest timeline that is real music.
import type { CreateRender } from '../sandbox/ai-audio/timeline';

/** One metered span of `seconds` in one descriptor and tempo, then the end. */
export const oneSection = (
  descriptor: string,
  tempo: number,
  seconds: number,
  preset: CreateRender['preset'] = 'MASTER_MP3',
): CreateRender => ({
  preset,
  filename: `${descriptor}-${tempo}.mp3`,
  timeline: {
    spans: [
      {
        id: 1,
        span_type: 'metered',
        time: 0,
        tempo,
        regions: [{ id: 1, region: 'music', descriptor, beat: 0 }],
      },
      { span_type: 'unmetered', time: seconds },
    ],
  } as CreateRender['timeline'],
});
