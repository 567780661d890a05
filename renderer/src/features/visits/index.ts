import { lazyPart } from '../../lazyPart';

export { visitsKeys, type VisitKey } from './api';
/** Lazy: render it inside a Suspense boundary. */
export const VisitDialog = lazyPart(() => import('./VisitDialog').then((module) => module.VisitDialog));
