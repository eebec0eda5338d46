import { lazy } from 'react';

/** The license dialog's code: fetched on intent, loaded with the first opening. */
export const loadLicenseDialog = () => import('./LicenseDialog');
export const LazyLicenseDialog = lazy(loadLicenseDialog);
