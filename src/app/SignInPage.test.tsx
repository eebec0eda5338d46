import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInPage } from './SignInPage';

const at = (url: string) => {
  const parsed = new URL(url, 'http://stockroom.test');
  return { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
};

describe('SignInPage', () => {
  it('signs in with Shutterstock and comes back to the page the user asked for', () => {
    render(<SignInPage location={at('/collections/42?sort=newest#top')} />);
    const link = screen.getByRole('link', { name: 'Sign in with Shutterstock' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://stockroom.test');
    expect(target.pathname).toBe('/auth/signin');
    expect(target.searchParams.get('return_to')).toBe('/collections/42?sort=newest#top');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why the last sign-in failed, and then starts over from the beginning', () => {
    render(<SignInPage location={at('/account?signin_error=denied')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in was cancelled');
    const link = screen.getByRole('link', { name: 'Sign in with Shutterstock' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://stockroom.test');
    expect(target.searchParams.get('return_to')).toBe('/');
  });
});
