// Prepares the shared test data directory once for all server test files.
export default async function setup(): Promise<void> {}
