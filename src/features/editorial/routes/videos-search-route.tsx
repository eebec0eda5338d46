import { EditorialSearchPage } from '../components/EditorialSearchPage';

export function Component() {
  return <EditorialSearchPage kind="videos" />;
}
