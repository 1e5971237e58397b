/**
 * @module
 * When flows are open: business hours and holidays in the flow's time zone. The menus themselves are run by
 * the call state machine (`src/calls`), which reads flows from the configuration.
 */
export { localTime, scheduleAt } from './schedule';
