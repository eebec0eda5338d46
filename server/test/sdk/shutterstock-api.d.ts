// Just enough of the official SDK's surface (shutterstock-api ships no types) for the tests
// that drive it against the sandbox. Results are `unknown`: the tests narrow what they read.
declare module 'shutterstock-api' {
  type Options = Record<string, unknown>;

  export class ApiClient {
    basePath: string;
    timeout: number;
    authentications: {
      basic: { type: 'basic'; username?: string; password?: string };
      customer_accessCode: { type: 'oauth2'; accessToken?: string };
    };
  }

  export class ImagesApi {
    constructor(client?: ApiClient);
    searchImages(opts?: Options): Promise<unknown>;
    getImage(id: string, opts?: Options): Promise<unknown>;
    getImageList(id: string[], opts?: Options): Promise<unknown>;
    listImageCategories(opts?: Options): Promise<unknown>;
    getImageSuggestions(query: string, opts?: Options): Promise<unknown>;
    listSimilarImages(id: string, opts?: Options): Promise<unknown>;
    getUpdatedImages(opts?: Options): Promise<unknown>;
    getImageRecommendations(id: string[], opts?: Options): Promise<unknown>;
    bulkSearchImages(body: Options[], opts?: Options): Promise<unknown>;
    getImageKeywordSuggestions(body: Options): Promise<unknown>;
    createImageCollection(body: Options): Promise<unknown>;
    getImageCollectionList(opts?: Options): Promise<unknown>;
    getImageCollection(id: string, opts?: Options): Promise<unknown>;
    renameImageCollection(id: string, body: Options): Promise<unknown>;
    addImageCollectionItems(id: string, body: Options): Promise<unknown>;
    getImageCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteImageCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteImageCollection(id: string): Promise<unknown>;
    licenseImages(body: Options, opts?: Options): Promise<unknown>;
    getImageLicenseList(opts?: Options): Promise<unknown>;
    downloadImage(id: string, body: Options): Promise<unknown>;
  }

  export class CatalogApi {
    constructor(client?: ApiClient);
    createCollection(body: Options): Promise<unknown>;
    getCollections(opts?: Options): Promise<unknown>;
    updateCollection(collectionId: string, body: Options): Promise<unknown>;
    addToCollection(collectionId: string, body: Options): Promise<unknown>;
    deleteFromCollection(collectionId: string, body: Options): Promise<unknown>;
    searchCatalog(opts?: Options): Promise<unknown>;
    deleteCollection(collectionId: string): Promise<unknown>;
  }

  export class ContributorsApi {
    constructor(client?: ApiClient);
    getContributor(contributorId: string): Promise<unknown>;
    getContributorList(id: string[]): Promise<unknown>;
    getContributorCollectionsList(contributorId: string, opts?: Options): Promise<unknown>;
    getContributorCollections(contributorId: string, id: string): Promise<unknown>;
    getContributorCollectionItems(
      contributorId: string,
      id: string,
      opts?: Options,
    ): Promise<unknown>;
  }

  export class EditorialImagesApi {
    constructor(client?: ApiClient);
    getEditorialImage(id: string, country: string): Promise<unknown>;
    listEditorialImages(id: string[], country: string, opts?: Options): Promise<unknown>;
    getEditorialImageLivefeed(id: string, country: string): Promise<unknown>;
    getEditorialImageLivefeedItems(id: string, country: string): Promise<unknown>;
    getEditorialImageLivefeedList(country: string, opts?: Options): Promise<unknown>;
    getUpdatedEditorialImages(
      type: string,
      dateUpdatedStart: string,
      dateUpdatedEnd: string,
      country: string,
      opts?: Options,
    ): Promise<unknown>;
    listEditorialImageCategories(): Promise<unknown>;
    searchEditorialImages(country: string, opts?: Options): Promise<unknown>;
    // The older /v2/editorial/... operations, kept by the SDK.
    getEditorialCategories(): Promise<unknown>;
    getEditorialImage_0(id: string, country: string, opts?: Options): Promise<unknown>;
    getEditorialLivefeed(id: string, country: string): Promise<unknown>;
    getEditorialLivefeedItems(id: string, country: string): Promise<unknown>;
    getEditorialLivefeedList(country: string, opts?: Options): Promise<unknown>;
    getUpdatedEditorialImage(
      type: string,
      dateUpdatedStart: string,
      dateUpdatedEnd: string,
      country: string,
      opts?: Options,
    ): Promise<unknown>;
    searchEditorial(country: string, opts?: Options): Promise<unknown>;
    licenseEditorialImages(body: Options): Promise<unknown>;
    getEditorialImageLicenseList(opts?: Options): Promise<unknown>;
  }

  export class VideosApi {
    constructor(client?: ApiClient);
    searchVideos(opts?: Options): Promise<unknown>;
    getVideo(id: string, opts?: Options): Promise<unknown>;
    getVideoList(id: string[], opts?: Options): Promise<unknown>;
    findSimilarVideos(id: string, opts?: Options): Promise<unknown>;
    listVideoCategories(opts?: Options): Promise<unknown>;
    getVideoSuggestions(query: string, opts?: Options): Promise<unknown>;
    getUpdatedVideos(opts?: Options): Promise<unknown>;
    createVideoCollection(body: Options): Promise<unknown>;
    getVideoCollectionList(opts?: Options): Promise<unknown>;
    getVideoCollection(id: string, opts?: Options): Promise<unknown>;
    renameVideoCollection(id: string, body: Options): Promise<unknown>;
    addVideoCollectionItems(id: string, body: Options): Promise<unknown>;
    getVideoCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteVideoCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteVideoCollection(id: string): Promise<unknown>;
    licenseVideos(body: Options, opts?: Options): Promise<unknown>;
    getVideoLicenseList(opts?: Options): Promise<unknown>;
    downloadVideos(id: string, body: Options): Promise<unknown>;
  }

  export class EditorialVideoApi {
    constructor(client?: ApiClient);
    searchEditorialVideos(country: string, opts?: Options): Promise<unknown>;
    getEditorialVideo(id: string, country: string, opts?: Options): Promise<unknown>;
    listEditorialVideoCategories(): Promise<unknown>;
    licenseEditorialVideo(body: Options): Promise<unknown>;
  }

  export class TestApi {
    constructor(client?: ApiClient);
    echo(opts?: Options): Promise<unknown>;
    validate(id: number, opts?: Options): Promise<unknown>;
  }

  export class UsersApi {
    constructor(client?: ApiClient);
    getUser(): Promise<unknown>;
    getAccessToken(): Promise<unknown>;
    getUserSubscriptionList(): Promise<unknown>;
  }

  export class AudioApi {
    constructor(client?: ApiClient);
    searchTracks(opts?: Options): Promise<unknown>;
    getTrack(id: number | string, opts?: Options): Promise<unknown>;
    getTrackList(id: string[], opts?: Options): Promise<unknown>;
    listGenres(opts?: Options): Promise<unknown>;
    listInstruments(opts?: Options): Promise<unknown>;
    listMoods(opts?: Options): Promise<unknown>;
    createTrackCollection(body: Options): Promise<unknown>;
    getTrackCollectionList(opts?: Options): Promise<unknown>;
    getTrackCollection(id: string, opts?: Options): Promise<unknown>;
    renameTrackCollection(id: string, body: Options): Promise<unknown>;
    addTrackCollectionItems(id: string, body: Options): Promise<unknown>;
    getTrackCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteTrackCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteTrackCollection(id: string): Promise<unknown>;
    licenseTrack(body: Options, opts?: Options): Promise<unknown>;
    getTrackLicenseList(opts?: Options): Promise<unknown>;
    downloadTracks(id: string): Promise<unknown>;
  }

  export class SoundEffectsApi {
    constructor(client?: ApiClient);
    searchSFX(opts?: Options): Promise<unknown>;
    getSfxDetails(id: number | string, opts?: Options): Promise<unknown>;
    getSfxListDetails(id: string[], opts?: Options): Promise<unknown>;
    licensesSFX(body: Options): Promise<unknown>;
    getSfxLicenseList(opts?: Options): Promise<unknown>;
    downloadSfx(id: string): Promise<unknown>;
  }

  const sdk: {
    ApiClient: typeof ApiClient;
    AudioApi: typeof AudioApi;
    SoundEffectsApi: typeof SoundEffectsApi;
    CatalogApi: typeof CatalogApi;
    ContributorsApi: typeof ContributorsApi;
    EditorialImagesApi: typeof EditorialImagesApi;
    ImagesApi: typeof ImagesApi;
    TestApi: typeof TestApi;
    UsersApi: typeof UsersApi;
    VideosApi: typeof VideosApi;
    EditorialVideoApi: typeof EditorialVideoApi;
  };
  export default sdk;
}

// The SDK's older editorial client (/v2/editorial/...): shipped in its sources, not exported
// from its index.
declare module 'shutterstock-api/src/api/EditorialApi' {
  import type { ApiClient } from 'shutterstock-api';

  type Options = Record<string, unknown>;

  export default class EditorialApi {
    constructor(client?: ApiClient);
    getEditorialCategories(): Promise<unknown>;
    getEditorialImage(id: string, country: string): Promise<unknown>;
    getEditorialLivefeed(id: string, country: string): Promise<unknown>;
    getEditorialLivefeedItems(id: string, country: string): Promise<unknown>;
    getEditorialLivefeedList(country: string, opts?: Options): Promise<unknown>;
    getUpdatedImages(
      type: string,
      dateUpdatedStart: string,
      dateUpdatedEnd: string,
      country: string,
      opts?: Options,
    ): Promise<unknown>;
    searchEditorial(country: string, opts?: Options): Promise<unknown>;
  }
}
