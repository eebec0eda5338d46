import { EditorialDetailPage } from '../components/EditorialDetailPage';

export function Component() {
  return <EditorialDetailPage kind="images" />;
}
