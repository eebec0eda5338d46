// Computer vision (reverse image search): upload a picture, then images, videos and
// keywords that look like it, all keyed by the upload id the API answers.
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiRequest } from './client';
import { pagedOptions } from './paged';
import type { ApiErrorItem, ImageSearchResults } from './types';
import type { VideoSearchResults } from './video-types';

/** The body of `POST /v2/cv/images`: a base64-encoded JPEG or PNG. */
export interface ImageCreateRequest {
  base64_image: string;
}

/** The answer of `POST /v2/cv/images`. */
export interface ComputerVisionImageCreateResponse {
  upload_id: string;
}

/** The answer of `GET /v2/cv/keywords`. */
export interface KeywordDataList {
  data: string[];
  errors?: ApiErrorItem[];
  message?: string;
}

/** The vendor's limits on uploads: 10 MB, 10,000 pixels a side, JPEG or PNG. */
export const CV_MAX_BYTES = 10 * 1024 * 1024;
export const CV_MAX_SIDE = 10_000;
export const CV_TYPES = ['image/jpeg', 'image/png'] as const;

export const CV_IMAGES_PAGE_SIZE = 40;
export const CV_VIDEOS_PAGE_SIZE = 12;
const HOUR = 3_600_000;

export const cvKeys = {
  all: ['cv'] as const,
  similarImages: (uploadId: string) => [...cvKeys.all, 'similar-images', uploadId] as const,
  similarVideos: (uploadId: string) => [...cvKeys.all, 'similar-videos', uploadId] as const,
  keywords: (uploadId: string) => [...cvKeys.all, 'keywords', uploadId] as const,
};

/** `GET /v2/cv/similar/images`, page by page. An upload never changes, so neither do its results. */
export function cvSimilarImagesOptions(uploadId: string) {
  return pagedOptions({
    queryKey: cvKeys.similarImages(uploadId),
    fetchPage: (page, signal) =>
      apiGet<ImageSearchResults>(
        '/v2/cv/similar/images',
        { asset_id: uploadId, page, per_page: CV_IMAGES_PAGE_SIZE, view: 'minimal' },
        signal,
      ),
    staleTime: HOUR,
    retryOnMount: true,
  });
}

/** `GET /v2/cv/similar/videos`: the first page is enough next to the images. */
export function cvSimilarVideosOptions(uploadId: string) {
  return queryOptions({
    queryKey: cvKeys.similarVideos(uploadId),
    queryFn: ({ signal }) =>
      apiGet<VideoSearchResults>(
        '/v2/cv/similar/videos',
        { asset_id: uploadId, per_page: CV_VIDEOS_PAGE_SIZE, view: 'full' },
        signal,
      ),
    staleTime: HOUR,
  });
}

/** `GET /v2/cv/keywords`. */
export function cvKeywordsOptions(uploadId: string) {
  return queryOptions({
    queryKey: cvKeys.keywords(uploadId),
    queryFn: ({ signal }) =>
      apiGet<KeywordDataList>('/v2/cv/keywords', { asset_id: uploadId }, signal),
    staleTime: HOUR,
  });
}

export function useCvSimilarVideos(uploadId: string) {
  return useQuery(cvSimilarVideosOptions(uploadId));
}

export function useCvKeywords(uploadId: string) {
  return useQuery(cvKeywordsOptions(uploadId));
}

/** `POST /v2/cv/images`: uploads a base64 JPEG or PNG and answers its upload id. */
export function useUploadImage() {
  return useMutation({
    mutationFn: (base64Image: string) => {
      const body: ImageCreateRequest = { base64_image: base64Image };
      return apiRequest<ComputerVisionImageCreateResponse>('/v2/cv/images', {
        method: 'POST',
        body,
      });
    },
  });
}
