import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { stubApi } from '@/test/fixtures';
import type { Section } from '../timeline';
import { Composer } from './Composer';

afterEach(() => vi.unstubAllGlobals());

const descriptors = [
  { id: 'ambient_drone_calm', name: 'Ambient Drone Calm', min_tempo: 60, max_tempo: 80 },
];

function Harness({ initial }: { initial: Section[] }) {
  const [sections, setSections] = useState(initial);
  return <Composer descriptors={descriptors} sections={sections} onSectionsChange={setSections} />;
}

function setup(initial: Section[]) {
  const posts: unknown[] = [];
  stubApi((url, { method, body }) => {
    if (url.pathname === '/api/v2/ai/audio/renders' && method === 'POST') {
      posts.push(body);
      return { status: 200, body: { audio_renders: [{ id: 'r1', status: 'WAITING_COMPOSE' }] } };
    }
    return undefined;
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Harness initial={initial} />
    </QueryClientProvider>,
  );
  return { posts };
}

describe('Composer', () => {
  it('shows a section’s problem beside its field and focuses it on submit, sending nothing', async () => {
    const user = userEvent.setup();
    const { posts } = setup([
      { key: 1, descriptor: 'ambient_drone_calm', seconds: 8, tempo: 70 },
      { key: 2, descriptor: 'ambient_drone_calm', seconds: 6, tempo: 20 },
    ]);
    const tempo = screen.getByRole('spinbutton', { name: /Section 2\s*Tempo/ });
    expect(tempo).toHaveAttribute('aria-invalid', 'true');
    expect(tempo).toHaveAccessibleDescription('Tempos go from 40 to 240 BPM.');
    expect(screen.getByRole('spinbutton', { name: /Section 1\s*Tempo/ })).not.toHaveAttribute(
      'aria-invalid',
    );
    await user.click(screen.getByRole('button', { name: 'Render music' }));
    await waitFor(() => expect(tempo).toHaveFocus());
    expect(posts).toHaveLength(0);

    await user.clear(tempo);
    await user.type(tempo, '90');
    expect(tempo).not.toHaveAttribute('aria-invalid');
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '  Opening  ');
    await user.click(screen.getByRole('button', { name: 'Render music' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({
      audio_renders: [{ preset: 'MASTER_MP3', filename: 'Opening.mp3' }],
    });
  });
});
