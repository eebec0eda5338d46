// Scaffold: filled in by the reverse-image-search work.
export function Component() {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
      <title>Search by image — Stockroom</title>
      <h1 className="text-2xl font-semibold tracking-tight">Search by image</h1>
    </main>
  );
}
