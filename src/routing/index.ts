/**
 * @module
 * Routing: which agent gets which waiting call. `pickAgent` is the pure choice per routing method;
 * `agentTransition` the agent's state machine; `createRouter` makes offers in row-locked transactions;
 * `criteriaAfter` the skills and queues a caller may reach after escalation steps;
 * `createAgentService` feeds presence and the agents' own status changes through the same machinery.
 */

export { type AgentService, createAgentService } from './agent-service';
export { type AgentCommand, type AgentEvent, agentTransition } from './agent-transition';
export { criteriaAfter, queuesEscalationMayAdd, type RoutingCriteria, stepsReached } from './escalation';
export { type Candidate, hasSkills, isEligible, pickAgent } from './pick-agent';
export { agentPage, createRouter, type Router, readyOptions } from './router';
export { createTaskRouter, type TaskRouter } from './task-router';
