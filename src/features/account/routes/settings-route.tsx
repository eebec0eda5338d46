// Scaffold: filled in by the accounts work.
export function Component() {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
      <title>Settings — Stockroom</title>
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
    </main>
  );
}
