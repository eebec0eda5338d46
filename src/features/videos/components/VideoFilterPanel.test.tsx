import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { stubApi } from '@/test/fixtures';
import { VideoFilterPanel } from './VideoFilterPanel';

afterEach(() => vi.unstubAllGlobals());

function renderPanel(params = {}) {
  stubApi((url) =>
    url.pathname === '/api/v2/videos/categories'
      ? { body: { data: [{ id: '1', name: 'Animals/Wildlife' }] } }
      : undefined,
  );
  const onChange = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <VideoFilterPanel scope="test" params={params} onChange={onChange} />
    </QueryClientProvider>,
  );
  return onChange;
}

describe('video filter panel', () => {
  it('commits a duration range on Enter and blur, as whole seconds', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    await user.type(screen.getByLabelText('Duration from'), '5{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ duration_from: 5, duration_to: undefined });
    await user.type(screen.getByLabelText('Duration to'), '30');
    expect(onChange).not.toHaveBeenCalledWith({ duration_from: undefined, duration_to: 3 }); // not on every keystroke
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ duration_from: undefined, duration_to: 30 });
  });

  it('takes fractional frame rates and clears a range when emptied', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ fps_to: 30 });
    await user.type(screen.getByLabelText('Frame rate from'), '23.976{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ fps_from: 23.976, fps_to: 30 });
    await user.clear(screen.getByLabelText('Frame rate to'));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ fps_from: undefined, fps_to: undefined });
  });

  it('chooses a resolution and a category', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel();
    await user.click(screen.getByRole('radio', { name: '4K' }));
    expect(onChange).toHaveBeenLastCalledWith({ resolution: '4k' });
    await screen.findByRole('option', { name: 'Animals/Wildlife' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), '1');
    expect(onChange).toHaveBeenLastCalledWith({ category: '1' });
  });

  it('takes several contributors by name or id, and turns safe search off', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ contributor: ['1234'] });
    const contributors = screen.getByRole('textbox', { name: 'Contributor names or IDs' });
    expect(contributors).toHaveValue('1234');
    await user.clear(contributors);
    await user.type(contributors, 'Ana Lee, 1234,{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ contributor: ['Ana Lee', '1234'] });
    await user.click(screen.getByRole('checkbox', { name: /Safe search/ }));
    expect(onChange).toHaveBeenLastCalledWith({ safe: false });
  });
});
