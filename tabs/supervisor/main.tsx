import { createRoot } from 'react-dom/client';
import { SupervisorTab } from './supervisor-tab';

/** The supervisor dashboard's entry point: everything it does starts in SupervisorTab. */
createRoot(document.getElementById('root')!).render(<SupervisorTab />);
