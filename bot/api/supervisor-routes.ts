import type { Route } from './api-route';
import { deleteContact } from './routes/delete-contact';
import { getContact } from './routes/get-contact';
import { getContacts } from './routes/get-contacts';
import { patchContact } from './routes/patch-contact';
import { postContact } from './routes/post-contact';
import { getAgentGrid } from './routes/supervisor/get-agent-grid';
import { getAudit } from './routes/supervisor/get-audit';
import { getInteractions } from './routes/supervisor/get-interactions';
import { getInteractionsCsv } from './routes/supervisor/get-interactions-csv';
import { getIntraday } from './routes/supervisor/get-intraday';
import { getQueueTiles } from './routes/supervisor/get-queue-tiles';
import { getReport } from './routes/supervisor/get-report';
import { getReportCsv } from './routes/supervisor/get-report-csv';
import { getSupervisorStream } from './routes/supervisor/get-supervisor-stream';
import { postMove } from './routes/supervisor/post-move';
import { postAgentSignOut, putAgentStatus } from './routes/supervisor/put-agent-status';
import { putPriority } from './routes/supervisor/put-priority';

/** The contacts directory (Supervisor or Admin) and the supervisor's routes (Supervisor). */
export const SUPERVISOR_ROUTES: readonly Route[] = [
  getContacts,
  getContact,
  postContact,
  patchContact,
  deleteContact,
  getQueueTiles,
  getAgentGrid,
  getIntraday,
  getReport,
  getReportCsv,
  getInteractions,
  getInteractionsCsv,
  getSupervisorStream,
  putAgentStatus,
  postAgentSignOut,
  postMove,
  putPriority,
  getAudit,
];
