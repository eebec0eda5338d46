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
    createImageCollection(body: Options): Promise<unknown>;
    getImageCollectionList(opts?: Options): Promise<unknown>;
    getImageCollection(id: string, opts?: Options): Promise<unknown>;
    renameImageCollection(id: string, body: Options): Promise<unknown>;
    addImageCollectionItems(id: string, body: Options): Promise<unknown>;
    getImageCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteImageCollectionItems(id: string, opts?: Options): Promise<unknown>;
    deleteImageCollection(id: string): Promise<unknown>;
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
    getContributorCollectionsList(contributorId: string, opts?: Options): Promise<unknown>;
    getContributorCollections(contributorId: string, id: string): Promise<unknown>;
    getContributorCollectionItems(
      contributorId: string,
      id: string,
      opts?: Options,
    ): Promise<unknown>;
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

  const sdk: {
    ApiClient: typeof ApiClient;
    CatalogApi: typeof CatalogApi;
    ContributorsApi: typeof ContributorsApi;
    ImagesApi: typeof ImagesApi;
    TestApi: typeof TestApi;
    UsersApi: typeof UsersApi;
  };
  export default sdk;
}
