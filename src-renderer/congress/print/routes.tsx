import type { ReactNode } from 'react';
import { CompilationPrintPage } from './CompilationPrintPage';
import { DelegatesPrintPage } from './DelegatesPrintPage';
import { MotionBatchPrintPage } from './MotionBatchPrintPage';
import { MotionPrintPage } from './MotionPrintPage';
import { NoticePrintPage } from './NoticePrintPage';
import { ReplyBatchPrintPage } from './ReplyBatchPrintPage';
import { ReplyPrintPage } from './ReplyPrintPage';
import { ResolutionPrintPage } from './ResolutionPrintPage';
import { SignInPrintPage } from './SignInPrintPage';
import { UrgePrintPage } from './UrgePrintPage';
import { VotePrintPage } from './VotePrintPage';

/** The congress print views, registered in the app's printRoutes. */
export const congressPrintRoutes: { path: string; element: ReactNode }[] = [
  { path: '/print/congress/motions/:motionId', element: <MotionPrintPage /> },
  { path: '/print/congress/motions/:motionId/reply', element: <ReplyPrintPage /> },
  { path: '/print/congress/motions/:motionId/notice', element: <NoticePrintPage /> },
  { path: '/print/congress/sessions/:sessionId/motions', element: <MotionBatchPrintPage /> },
  { path: '/print/congress/sessions/:sessionId/replies', element: <ReplyBatchPrintPage /> },
  { path: '/print/congress/sessions/:sessionId/urge', element: <UrgePrintPage /> },
  { path: '/print/congress/sessions/:sessionId/compilation', element: <CompilationPrintPage /> },
  { path: '/print/congress/sessions/:sessionId/sign-in', element: <SignInPrintPage /> },
  { path: '/print/congress/delegates/:term', element: <DelegatesPrintPage /> },
  { path: '/print/congress/sessions/:sessionId/resolution', element: <ResolutionPrintPage /> },
  { path: '/print/congress/votes/:voteId', element: <VotePrintPage /> },
];
