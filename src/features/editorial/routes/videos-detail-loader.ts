import { detailLoader } from './detail-loader';

export const clientLoader = detailLoader('videos');
