import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { defaultCountry, isCountryCode, rememberCountry } from '@/lib/countries';

/** The country of a URL: its `country` param, else the remembered or browser default. */
export function countryOf(search: URLSearchParams): string {
  const code = search.get('country');
  return isCountryCode(code) ? code : defaultCountry();
}

/**
 * The editorial country: in the URL (a shared link shows the same results), defaulting to
 * the remembered choice or the browser's region. Choosing one remembers it.
 */
export function useCountry(): [string, (code: string) => void] {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const country = countryOf(searchParams);
  const setCountry = useCallback(
    (code: string) => {
      rememberCountry(code);
      const next = new URLSearchParams(location.search);
      next.set('country', code);
      void navigate({ pathname: location.pathname, search: `?${next.toString()}` });
    },
    [location.pathname, location.search, navigate],
  );
  return [country, setCountry];
}
