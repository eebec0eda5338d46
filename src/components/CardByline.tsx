import { useContributorLabel } from './use-contributor-label';

/** "Photo · by <name>": a card's details line once its grid has been hovered or focused. */
export function CardByline({ kind, contributorId }: { kind?: string; contributorId: string }) {
  const byline = useContributorLabel(contributorId);
  return [kind, byline].filter(Boolean).join(' · ');
}
