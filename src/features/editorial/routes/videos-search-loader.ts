import { searchLoader } from './search-loader';

export const clientLoader = searchLoader('videos');
