import { lazy, Suspense } from 'react';
import { useStore } from '../store/store';

const NoticeList = lazy(() => import('./NoticeList'));

/** Where problems that did not stop the app are reported; its code loads the first time one is. */
export function Notices() {
  const any = useStore((s) => Boolean(s.importError || s.storageError));
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <NoticeList />
    </Suspense>
  );
}
