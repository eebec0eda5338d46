import { lazy } from 'react';

/** The open save menu's code: fetched on intent, loaded with the first opening. */
export const loadSavePanel = () => import('./SaveToCollectionPanel');
export const LazySavePanel = lazy(loadSavePanel);
