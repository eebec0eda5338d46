import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { audioPlayer } from './audio-player';
import { RangeField } from './RangeField';
import { Waveform } from './Waveform';

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});
afterEach(() => {
  audioPlayer.stop();
  vi.restoreAllMocks();
});

describe('Waveform', () => {
  it('is a labelled slider that seeks by keyboard', async () => {
    const user = userEvent.setup();
    render(
      <Waveform playerId="audio:1" src="/a.mp3" image="/w.png" label="Neon Story" duration={120} />,
    );
    const slider = screen.getByRole('slider', { name: 'Seek Neon Story' });
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '30');
    expect(slider).toHaveAttribute('aria-valuenow', '0');
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '10');
    expect(slider).toHaveAttribute('aria-valuetext', '0:10 of 0:30');
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '5');
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuenow', '30');
    expect(audioPlayer.getState().current).toBe('audio:1');
  });

  it('draws the played part over the waveform, and a playhead where it ends', async () => {
    const user = userEvent.setup();
    render(<Waveform playerId="sfx:2" src="/b.mp3" image="/w.png" label="Knock" duration={4} />);
    expect(screen.queryByTestId('waveform-playhead')).not.toBeInTheDocument();
    screen.getByRole('slider').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByTestId('waveform-progress').style.width).toBe(`${(2 / 4) * 100}%`);
    expect(screen.getByTestId('waveform-playhead').style.left).toBe(`${(2 / 4) * 100}%`);
  });
});

describe('RangeField', () => {
  it('commits each end on Enter, and swaps a reversed range', async () => {
    const user = userEvent.setup();
    const onRangeChange = vi.fn();
    const { rerender } = render(
      <RangeField
        legend="Tempo"
        unit="BPM"
        from={undefined}
        to={undefined}
        onRangeChange={onRangeChange}
      />,
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Tempo from' }), '120{Enter}');
    expect(onRangeChange).toHaveBeenLastCalledWith(120, undefined);
    rerender(<RangeField legend="Tempo" from={120} to={undefined} onRangeChange={onRangeChange} />);
    await user.type(screen.getByRole('spinbutton', { name: 'Tempo to' }), '90{Enter}');
    expect(onRangeChange).toHaveBeenLastCalledWith(90, 120);
  });
});
