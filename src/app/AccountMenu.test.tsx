import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { stubApi } from '@/test/fixtures';

// Each test loads the menu afresh, so its code is not there yet when the test begins.
beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

async function setup() {
  stubApi((url) =>
    url.pathname === '/api/session'
      ? { body: { signed_in: true, user: { username: 'sam', name: 'Sam Rivera' } } }
      : undefined,
  );
  const { AccountMenu } = await import('./AccountMenu');
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <AccountMenu />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  // The stand-in, until the menu's code has come.
  return screen.findByRole('button', { name: 'Account: Sam Rivera' });
}

/** The stand-in has been swapped for the menu's own trigger. */
const swapped = async (standIn: HTMLElement) => {
  await waitFor(() => expect(standIn).not.toBeInTheDocument());
  return screen.getByRole('button', { name: 'Account: Sam Rivera' });
};

describe('AccountMenu', () => {
  it('opens on a press that began on the stand-in and ended on the trigger that replaced it', async () => {
    const user = userEvent.setup();
    const standIn = await setup();
    // Hovered, pressed: the menu's code loads while the button is held down.
    await user.pointer({ keys: '[MouseLeft>]', target: standIn });
    const trigger = await swapped(standIn);
    await user.pointer({ keys: '[/MouseLeft]', target: trigger });
    expect(await screen.findByRole('menu')).toBeVisible();
    expect(screen.getByTestId('account-name')).toHaveTextContent('Sam Rivera');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('hands focus to the trigger, which opens with Enter and closes with Escape back to itself', async () => {
    const user = userEvent.setup();
    const standIn = await setup();
    await user.tab();
    const trigger = await swapped(standIn);
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Account' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it('opens from a click on the stand-in (Enter, or a screen reader’s), made before the menu’s code came', async () => {
    const user = userEvent.setup();
    const standIn = await setup();
    // Focused and clicked in one go: the code asked for on focus cannot have come yet.
    standIn.focus();
    fireEvent.click(standIn);
    const menu = await screen.findByRole('menu');
    expect(menu).toBeVisible();
    // Focus is in the menu, where the arrow keys move through its items.
    await waitFor(() => expect(menu).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Account' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });
});
