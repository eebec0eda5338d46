import { useContributorName } from '@/api/contributors';

/**
 * "by <name>" for an asset that only carries its contributor's id: the name once the
 * batched lookup has it, the id meanwhile (or when the API knows no name for it).
 */
export function useContributorLabel(id: string | undefined): string | undefined {
  const name = useContributorName(id);
  if (!id) return undefined;
  return name ? `by ${name}` : `by contributor ${id}`;
}
