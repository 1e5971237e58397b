import { createRoot } from 'react-dom/client';
import { AgentTab } from './agent-tab';

/** The agent workspace's entry point: everything it does starts in AgentTab. */
createRoot(document.getElementById('root')!).render(<AgentTab />);
